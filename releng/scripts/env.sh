# SPDX-License-Identifier: EPL-2.0
# Shared by ./mvnw, ./linksmith and ./test: finds a JDK new enough for the build
# and says plainly what to install when there is none. Source it; do not run it.

LINKSMITH_MIN_JAVA=21

linksmith_java_major() {
	# prints the feature version of the JDK whose home is $1, or nothing
	local release="$1/release"
	if [ -r "$release" ]; then
		sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
	elif [ -x "$1/bin/java" ]; then
		"$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'
	fi
}

linksmith_find_jdk() {
	local candidate major best="" best_major=0
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
		major=$(linksmith_java_major "$JAVA_HOME")
		if [ "${major:-0}" -ge "$LINKSMITH_MIN_JAVA" ]; then
			echo "$JAVA_HOME"
			return 0
		fi
	fi
	for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
		[ -x "$candidate/bin/javac" ] || continue
		[ -L "$candidate" ] && continue
		major=$(linksmith_java_major "$candidate")
		if [ "${major:-0}" -ge "$LINKSMITH_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
			best="$candidate"
			best_major="$major"
		fi
	done
	if [ -n "$best" ]; then
		echo "$best"
		return 0
	fi
	return 1
}

linksmith_require_jdk() {
	local jdk
	if ! jdk=$(linksmith_find_jdk); then
		cat >&2 <<MSG
linksmith: no JDK $LINKSMITH_MIN_JAVA or newer was found (looked at JAVA_HOME and /usr/lib/jvm/*).
The build (Tycho 5, Eclipse 4.39 bundles) needs Java $LINKSMITH_MIN_JAVA+. Install one, for example:
    sudo apt-get install openjdk-21-jdk-headless     (Debian 13 / Ubuntu 24.04)
or unpack a JDK and set JAVA_HOME to it, then run this command again.
MSG
		exit 3
	fi
	export JAVA_HOME="$jdk"
}
