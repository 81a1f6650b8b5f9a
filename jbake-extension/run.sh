#!/bin/sh
# Runs one of the extension's commands for editors - the live preview, the translation status,
# a new article, the content check - in the project's root folder. The Maven wrapper compiles the
# extension and lists its classpath only when that has not been done since the extension's code
# or a pom last changed, so a command run on every save starts Java directly.
# Called by ./preview, ./translation-status, ./new-article and ./check-content.
# Usage: jbake-extension/run.sh <main class> [arguments...]; JAVA_OPTS are passed to java.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
main=$1
shift
classpath="$root/jbake-extension/target/tool.classpath"
if [ ! -f "$classpath" ] || [ ! -d "$root/jbake-extension/target/classes" ] \
  || [ -n "$(find "$root/jbake-extension/src/main" "$root/jbake-extension/pom.xml" \
    "$root/build-parent/pom.xml" -newer "$classpath" 2>/dev/null | head -n 1)" ]; then
  "$root/mvnw" -q -f "$root/pom.xml" -pl jbake-extension compile dependency:build-classpath \
    -Dmdep.includeScope=compile "-Dmdep.outputFile=$classpath"
  touch "$classpath"
fi
cd "$root"
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:-} \
  -cp "$root/jbake-extension/target/classes:$(cat "$classpath")" "$main" "$@"
