@echo off
rem Runs one of the editors' commands - preview, check-content, new-article, translation-status -
rem in the project's root folder: the Windows twin of jbake-extension/run.sh, with the same steps.
rem The very first run (and the first after "mvnw clean") compiles the extension with the Maven
rem wrapper; from then on the Java class CommandLauncher compiles it again only when its code or a
rem pom has changed, lists its classpath and starts the command.
rem Called by preview.cmd, check-content.cmd, new-article.cmd and translation-status.cmd.
rem Usage: jbake-extension\run.cmd <command> [arguments...]; JAVA_OPTS are passed to java.
setlocal
for %%i in ("%~dp0..") do set "ROOT=%%~fi"

if defined JAVA_HOME goto javaHome
where java >nul 2>nul
if errorlevel 1 goto noJava
set "JAVA=java"
goto haveJava
:javaHome
set "JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA%" goto noJava
:haveJava

cd /d "%ROOT%"
if exist "jbake-extension\target\classes\org\beihaiyatsushiro\site\commands\CommandLauncher.class" goto launch
call "%ROOT%\mvnw.cmd" -q -pl jbake-extension compile dependency:build-classpath "-Dmdep.includeScope=compile" "-Dmdep.outputFile=target/tool.classpath"
if errorlevel 1 exit /b %ERRORLEVEL%
:launch
"%JAVA%" %JAVA_OPTS% -cp "%ROOT%\jbake-extension\target\classes" org.beihaiyatsushiro.site.commands.CommandLauncher %*
exit /b %ERRORLEVEL%

:noJava
echo Java 17 or newer is needed: install a JDK, then set JAVA_HOME to its folder or put its bin folder on the PATH. 1>&2
exit /b 1
