@echo off
rem Content check: reads every file in content\ and the UI strings in data\i18n\ as the build
rem does, without baking, and prints each problem as path:line: what is wrong (how to fix it).
rem Exits with 1 when there is any. See README.md, "Checking content". Optional arguments:
rem --messages=zh (or ja, en) to read every problem in one language (by default each is in the
rem language of its file's folder), and another site folder, relative to the project's. The twin
rem of ./check-content.
setlocal
call "%~dp0jbake-extension\run.cmd" check-content %*
exit /b %ERRORLEVEL%
