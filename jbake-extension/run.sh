#!/bin/sh
# Runs one of the extension's commands for editors - the live preview, the translation status,
# a new article - in the project's root folder, after the Maven wrapper has compiled the extension
# and listed its classpath. Called by ./preview, ./translation-status and ./new-article.
# Usage: jbake-extension/run.sh <main class> [arguments...]
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
main=$1
shift
classpath="$root/jbake-extension/target/tool.classpath"
"$root/mvnw" -q -f "$root/pom.xml" -pl jbake-extension compile dependency:build-classpath \
  -Dmdep.includeScope=compile "-Dmdep.outputFile=$classpath"
cd "$root"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
  -cp "$root/jbake-extension/target/classes:$(cat "$classpath")" "$main" "$@"
