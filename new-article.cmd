@echo off
rem New article: creates content\<lang>\<slug>.md as a draft with the right front matter, and with
rem --translations a draft stub in each other language recording what it translates.
rem   new-article.cmd --lang en --title "Silver Beach" [--slug silver-beach] [--translations]
rem Never overwrites a file. See README.md, "New articles". The twin of ./new-article.
setlocal
call "%~dp0jbake-extension\run.cmd" new-article %*
exit /b %ERRORLEVEL%
