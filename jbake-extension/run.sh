#!/bin/sh
# Runs one of the editors' commands - preview, check-content, new-article, translation-status - in
# the project's root folder; jbake-extension\run.cmd is its twin for Windows. The very first run
# (and the first after "./mvnw clean") compiles the extension with the Maven wrapper; from then on
# the Java class CommandLauncher compiles it again only when its code or a pom has changed, lists
# its classpath and starts the command, so a command run on every save starts Java directly.
# Called by ./preview, ./check-content, ./new-article and ./translation-status.
# Usage: jbake-extension/run.sh <command> [arguments...]; JAVA_OPTS are passed to java.
set -e
cd "$(dirname "$0")/.."
if [ ! -f jbake-extension/target/classes/org/beihaiyatsushiro/site/commands/CommandLauncher.class ]; then
  ./mvnw -q -pl jbake-extension compile dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/tool.classpath
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:-} -cp jbake-extension/target/classes \
  org.beihaiyatsushiro.site.commands.CommandLauncher "$@"
