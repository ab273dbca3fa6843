@echo off
rem SPDX-License-Identifier: EPL-2.0
rem Starts Linksmith Explorer from this folder (the Eclipse native launcher is not on Maven Central).
rem Usage: linksmith-explorer.cmd [FOLDER]    Needs Java 21 or newer (JAVA_HOME or java on the PATH).
setlocal
set HERE=%~dp0
set JAVA=java
if defined JAVA_HOME set JAVA=%JAVA_HOME%\bin\java
rem the window layout and preferences live in the user's own folder, not in the archive's
set STATE=%APPDATA%\Linksmith\Explorer
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set LAUNCHER=%%L
"%JAVA%" -Xms640m -Xmn320m -Xmx1g -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED -jar "%LAUNCHER%" -install "%HERE%." -configuration "%HERE%configuration" -data "%STATE%\instance" -product org.linksmith.explorer.branding.product %*
