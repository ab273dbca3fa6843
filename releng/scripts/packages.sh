# SPDX-License-Identifier: EPL-2.0
# The Debian packages each Linksmith entry point needs, and how to get them. Source it.

# packages for: test (build + unit tests + UI tests under Xvfb), run (the CLI and the apps)
LINKSMITH_PACKAGES_test="unzip xvfb xauth libgtk-3-0 dbus-x11 xdotool xclip zsh"
LINKSMITH_PACKAGES_run="unzip"
LINKSMITH_PACKAGES_ide="unzip libgtk-3-0"
LINKSMITH_PACKAGES_release="unzip help2man"

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
	# checked before and no package installed or removed since: asking dpkg again costs 0.1 s
	local checked="${LINKSMITH_STATE:-}/packages-$1.checked"
	if [ -n "${LINKSMITH_STATE:-}" ] && [ -f "$checked" ] && [ "$checked" -nt /var/lib/dpkg/status ]; then
		return 0
	fi
	missing=$(linksmith_missing_packages ${!var})
	if [ -z "$missing" ]; then
		[ -n "${LINKSMITH_STATE:-}" ] && mkdir -p "$LINKSMITH_STATE" && touch "$checked"
		return 0
	fi
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
