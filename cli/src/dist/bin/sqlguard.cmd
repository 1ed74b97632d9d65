@echo off
rem Runs sqlguard @project.version@ with Java 17 or newer: JAVA_HOME, else the java on the PATH. JVM options go in
rem SQLGUARD_OPTS, after JAVA_OPTS and the defaults, so that they win (e.g. -Xmx2g). From Java 19 the classes a scan
rem loads are kept in %LOCALAPPDATA%\sqlguard, so that the next run starts faster. Every argument goes to sqlguard.
setlocal
set "SQLGUARD_JAR=%~dp0..\lib\sqlguard.jar"
set "SQLGUARD_BUILD=@sqlguard.jar.sha256@"
if not exist "%SQLGUARD_JAR%" goto noJar

set "JAVA_VERSION="
if not defined JAVA_HOME goto javaOnPath
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA_EXE%" goto noJavaInJavaHome
if exist "%JAVA_HOME%\release" for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"') do set "JAVA_VERSION=%%~v"
goto javaFound

:javaOnPath
set "JAVA_EXE=java.exe"
where /q java.exe || goto noJava

:javaFound
rem "call" first, so that cmd keeps the quotes around a path with spaces
if not defined JAVA_VERSION for /f "tokens=3" %%v in ('call "%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:" version "') do set "JAVA_VERSION=%%~v"
if not defined JAVA_VERSION goto notJava
set "JAVA_MAJOR="
for /f "delims=.-+" %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if not defined JAVA_MAJOR goto notJava
if %JAVA_MAJOR% LSS 17 goto tooOld

set "SQLGUARD_CDS="
if %JAVA_MAJOR% LSS 19 goto run
if not defined LOCALAPPDATA goto run
set "SQLGUARD_CACHE=%LOCALAPPDATA%\sqlguard\@project.version@-%JAVA_VERSION%"
if not exist "%SQLGUARD_CACHE%" mkdir "%SQLGUARD_CACHE%" 2>nul
if not exist "%SQLGUARD_CACHE%" goto run
set SQLGUARD_CDS="-XX:SharedArchiveFile=%SQLGUARD_CACHE%\sqlguard-%SQLGUARD_BUILD:~0,16%.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off

:run
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m %SQLGUARD_CDS% %JAVA_OPTS% %SQLGUARD_OPTS% -cp "%SQLGUARD_JAR%" io.github.sqlguard.cli.SqlGuardCommand %*
exit /b %ERRORLEVEL%

:noJar
echo sqlguard: %SQLGUARD_JAR% is missing: unpack the whole sqlguard-@project.version@.zip 1>&2
exit /b 2
:noJavaInJavaHome
echo sqlguard: JAVA_HOME is %JAVA_HOME%, which holds no bin\java.exe: point it at Java 17 or newer, or unset it 1>&2
exit /b 2
:noJava
echo sqlguard: no java on the PATH: install Java 17 or newer, or set JAVA_HOME 1>&2
exit /b 2
:notJava
echo sqlguard: %JAVA_EXE% does not say which Java it is: point JAVA_HOME at Java 17 or newer 1>&2
exit /b 2
:tooOld
echo sqlguard: sqlguard needs Java 17 or newer; %JAVA_EXE% is Java %JAVA_VERSION% (set JAVA_HOME) 1>&2
exit /b 2
