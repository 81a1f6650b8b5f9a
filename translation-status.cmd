@echo off
rem Translation status: prints every article (by translation key) and its state in each language -
rem present, missing or stale - and a warning for each one to look at. --strict (or
rem site.translations.strict=true in jbake.properties) makes them fail. See README.md,
rem "Translations". The twin of ./translation-status.
setlocal
call "%~dp0jbake-extension\run.cmd" translation-status %*
exit /b %ERRORLEVEL%
