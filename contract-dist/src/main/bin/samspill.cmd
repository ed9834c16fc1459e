@echo off
rem samspill @project.version@: runs the samspill command line from this installation (Windows).
rem The same steps as bin/samspill, the POSIX launcher; LaunchersIT holds the two to the same
rem main class, class path and JVM options. The java command lines stand outside parenthesised
rem blocks, so that a ")" in an argument or a folder name cannot end a block early.
setlocal EnableExtensions DisableDelayedExpansion

for %%H in ("%~dp0..") do set "SAMSPILL_HOME=%%~fH"
if exist "%SAMSPILL_HOME%\lib\" goto home_found
echo samspill: "%SAMSPILL_HOME%" has no lib folder; unpack the whole archive, not only bin\samspill.cmd 1>&2
exit /b 3
:home_found

rem The Java to run: the image's own runtime, else JAVA_HOME, else the PATH.
set "JAVA_EXE="
set "JAVA_DIR="
if exist "%SAMSPILL_HOME%\runtime\bin\java.exe" set "JAVA_DIR=%SAMSPILL_HOME%\runtime"
if defined JAVA_DIR goto java_dir_found
if not defined JAVA_HOME goto java_on_path
set "JAVA_DIR=%JAVA_HOME%"
if exist "%JAVA_DIR%\bin\java.exe" goto java_dir_found
echo samspill: JAVA_HOME is "%JAVA_HOME%", but it has no bin\java.exe; point JAVA_HOME at a JDK 17 or newer, or remove it 1>&2
exit /b 3
:java_on_path
for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if defined JAVA_EXE goto java_found
echo samspill: no Java found: samspill needs Java 17 or newer. Install a JDK 17, for example Eclipse Temurin, and set JAVA_HOME or put its bin folder on the PATH; see docs\install.md 1>&2
exit /b 3
:java_dir_found
set "JAVA_EXE=%JAVA_DIR%\bin\java.exe"
:java_found
if not defined JAVA_DIR for %%J in ("%JAVA_EXE%") do set "JAVA_DIR=%%~dpJ.."

rem The Java's version: from its release file (cheap), else from the "... version "17.0.15" ..."
rem line of java -version. `call` keeps cmd from stripping the quotes of a path with spaces.
set "JAVA_VERSION="
if exist "%JAVA_DIR%\release" for /f "usebackq tokens=1,* delims==" %%A in ("%JAVA_DIR%\release") do if "%%A"=="JAVA_VERSION" set "JAVA_VERSION=%%~B"
if defined JAVA_VERSION goto version_found
for /f "tokens=1,2,3" %%A in ('call "%JAVA_EXE%" -version 2^>^&1') do if /i "%%B"=="version" if not defined JAVA_VERSION set "JAVA_VERSION=%%~C"
:version_found
set "JAVA_MAJOR=0"
for /f "delims=.-+_ " %%M in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%M"
rem Java 8 and older call themselves 1.8.0_...; anything not a number counts as too old.
if "%JAVA_MAJOR%"=="1" set "JAVA_MAJOR=0"
set /a "JAVA_MAJOR=JAVA_MAJOR" >nul 2>&1 || set "JAVA_MAJOR=0"
if %JAVA_MAJOR% GEQ 17 goto java_ok
echo samspill: "%JAVA_EXE%" is Java %JAVA_VERSION%; samspill needs Java 17 or newer; set JAVA_HOME to a JDK 17 or newer, see docs\install.md 1>&2
exit /b 3
:java_ok

rem As in bin/samspill: C1 alone and the serial collector cost less for one short run;
rem -Xlog:cds*=off keeps the class-data sharing messages away from the user.
set "JVM_FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds*=off"
set "MAIN=no.samspill.cli.Main"
set "CP=%SAMSPILL_HOME%\lib\*"

rem Class-data sharing: the classes a command loads are archived on its first run, per user,
rem under %LOCALAPPDATA%, and mapped from the archive later. The folder names this samspill
rem version, this Java and this installation, so that another Java or another installation
rem never meets an archive made for something else. Whatever goes wrong here only costs the
rem speed-up.
if defined SAMSPILL_NO_CDS goto plain
if not defined LOCALAPPDATA goto plain
set "KEY=%JAVA_VERSION%_%SAMSPILL_HOME%_%JAVA_DIR%"
set "KEY=%KEY:\=_%"
set "KEY=%KEY::=_%"
set "KEY=%KEY: =_%"
set "KEY=%KEY:(=_%"
set "KEY=%KEY:)=_%"
set "CDS_DIR=%LOCALAPPDATA%\samspill\cache\@project.version@\%KEY%"
rem One archive per command, so that a first "samspill --version" does not stand for "generate".
set "COMMAND=samspill"
set "FIRST=%~1"
if not defined FIRST goto command_found
if "%FIRST:~0,1%"=="-" goto command_found
rem A word of lower-case letters, digits and "-" names the archive; anything else leaves a token.
set "COMMAND=%FIRST%"
for /f "eol=- delims=abcdefghijklmnopqrstuvwxyz0123456789-" %%C in ("%FIRST%") do set "COMMAND=samspill"
:command_found
if exist "%CDS_DIR%\%COMMAND%.jsa" goto shared
if not exist "%CDS_DIR%\" mkdir "%CDS_DIR%" >nul 2>&1
set "DUMP=%CDS_DIR%\%COMMAND%.jsa.%RANDOM%%RANDOM%"
rem The JVM refuses to start when it cannot create the archive, so create it first.
(type nul > "%DUMP%") 2>nul || goto plain

"%JAVA_EXE%" %JVM_FLAGS% "-XX:ArchiveClassesAtExit=%DUMP%" -cp "%CP%" %MAIN% %*
set "STATUS=%ERRORLEVEL%"
rem Published under its name only after a normal end, so that no run maps a half-written file.
if "%STATUS%"=="0" move /y "%DUMP%" "%CDS_DIR%\%COMMAND%.jsa" >nul 2>&1
if exist "%DUMP%" del /q "%DUMP%" >nul 2>&1
exit /b %STATUS%

:shared
"%JAVA_EXE%" %JVM_FLAGS% "-XX:SharedArchiveFile=%CDS_DIR%\%COMMAND%.jsa" -cp "%CP%" %MAIN% %*
exit /b %ERRORLEVEL%

:plain
"%JAVA_EXE%" %JVM_FLAGS% -cp "%CP%" %MAIN% %*
exit /b %ERRORLEVEL%
