# SPDX-License-Identifier: EPL-2.0
# The Debian packages each Linksmith entry point needs, and how to get them. Source it.

# packages for: test (build + unit tests + UI tests under Xvfb), run (the CLI and the apps)
LINKSMITH_PACKAGES_test="unzip maven xvfb xauth libgtk-3-0 dbus-x11 xdotool"
LINKSMITH_PACKAGES_run="unzip maven"
LINKSMITH_PACKAGES_ide="unzip maven libgtk-3-0"

linksmith_missing_packages() {
	local pkg missing=""
	for pkg in "$@"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
	done
	echo "$missing"
}

linksmith_ensure_packages() {
	local var="LINKSMITH_PACKAGES_$1" missing
	command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: the user installs by hand
	missing=$(linksmith_missing_packages ${!var})
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "linksmith: installing:$missing" >&2
		apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
	else
		echo "linksmith: these packages are needed:$missing" >&2
		echo "run: sudo apt-get install --no-install-recommends$missing" >&2
		exit 3
	fi
}

# Runs a command under a virtual X display when there is none and Xvfb is installed.
linksmith_run_with_display() {
	if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
		xvfb-run -a -s "-screen 0 1280x1024x24" "$@"
	else
		"$@"
	fi
}
