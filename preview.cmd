@echo off
rem Live preview for editors: serves the site at http://127.0.0.1:8820/ (this computer only),
rem bakes it again on every save in content\, templates\, assets\ or data\, and the open page
rem reloads by itself. Problems show in the browser and here. Ctrl+C stops it.
rem Options: --port N (another port). See README.md, "Preview". The twin of ./preview.
setlocal
call "%~dp0jbake-extension\run.cmd" preview %*
exit /b %ERRORLEVEL%
