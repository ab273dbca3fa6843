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

# Stops with a plain message (exit 2) when the graphical apps cannot have a display, before any
# JVM starts: no DISPLAY or WAYLAND_DISPLAY, or a local X display whose server is not running.
# $1 names the app ("Linksmith Explorer"), $2 the command that starts it ("./linksmith ide").
linksmith_require_display() {
	local app="$1" cmd="$2" reason=""
	if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
		reason="neither DISPLAY nor WAYLAND_DISPLAY is set"
	elif [ -z "${WAYLAND_DISPLAY:-}" ]; then
		case "$DISPLAY" in
			:[0-9]*)
				local n="${DISPLAY#:}"
				n="${n%%.*}"
				if [ ! -S "/tmp/.X11-unix/X$n" ]; then
					reason="no X server is running on display $DISPLAY"
				fi ;;
		esac
	fi
	if [ -n "$reason" ]; then
		cat >&2 <<MSG
linksmith: $app is a graphical app and needs a display: $reason.
  the command line works without one:  ./linksmith --help
  or start it on a virtual display:    xvfb-run -a $cmd
MSG
		exit 2
	fi
}

# Stops with a plain message (exit 1) when GTK 3, which SWT needs on Linux, is not installed.
linksmith_require_gtk() {
	[ "$(uname -s)" = Linux ] || return 0
	local libs
	libs=$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null) || return 0   # cannot tell
	# grep, not a bash pattern: "${libs#*...}" on ldconfig's whole list took 0.5 s of every start
	if [ -n "$libs" ] && ! printf '%s' "$libs" | grep -q 'libgtk-3\.so\.0'; then
		echo "linksmith: $1 needs GTK 3, which is not installed. Install it (Debian, Ubuntu: sudo apt-get install libgtk-3-0), then run this command again." >&2
		exit 1
	fi
}
