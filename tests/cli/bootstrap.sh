#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# First contact: what a new user meets in a fresh clone on a machine that never built Linksmith.
# The clone holds the tracked files of this checkout (with their uncommitted changes) and nothing
# built; MAVEN_USER_HOME is empty, so ./mvnw must install the pinned Maven itself (from the local
# repository's cache, which keeps this cheap), and a system 'mvn' on the PATH that fails when run
# proves that nothing uses the system's Maven. Prints one line per check, then "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$ROOT/tests/lib/check.sh"

CLONE="$T/clone"
mkdir -p "$CLONE" "$T/bin" "$T/home"
(cd "$ROOT" && git ls-files -z | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$CLONE"
printf '#!/bin/sh\necho "the system mvn was run: $*" >&2\nexit 99\n' > "$T/bin/mvn"
chmod +x "$T/bin/mvn"
export PATH="$T/bin:$PATH"
export MAVEN_USER_HOME="$T/home"
cd "$CLONE"

check "mvnw -v installs the pinned Maven into an empty MAVEN_USER_HOME" \
	bash -c './mvnw -v | grep -q "Apache Maven 3.9.11" && test -x "$MAVEN_USER_HOME/wrapper/dists/apache-maven-3.9.11/bin/mvn"'
check "mvnw -v again uses what it installed (no second install)" \
	bash -c './mvnw -v 2>&1 | grep -v -q "installing" && ./mvnw -v 2>&1 | grep -q "Apache Maven 3.9.11"'

# a damaged zip in the cache is never used; a mirror with the right file is
ZIP=org/apache/maven/apache-maven/3.9.11/apache-maven-3.9.11-bin.zip
GOOD="${HOME}/.m2/repository/$ZIP"
mkdir -p "$T/bad-repo/$(dirname "$ZIP")" "$T/bad-repo2/$(dirname "$ZIP")" "$T/mirror/$(dirname "$ZIP")" "$T/bad-mirror/$(dirname "$ZIP")"
echo "not a zip" > "$T/bad-repo/$ZIP"
echo "not a zip" > "$T/bad-repo2/$ZIP"
echo "not a zip either" > "$T/bad-mirror/$ZIP"
if [ -f "$GOOD" ]; then
	cp "$GOOD" "$T/mirror/$ZIP"
	check "a damaged cached zip is skipped; the mirror's verified zip is installed and cached" \
		env MAVEN_USER_HOME="$T/home2" MAVEN_REPO_LOCAL="$T/bad-repo" MVNW_REPOURL="file://$T/mirror" \
		bash -c './mvnw -v | grep -q "Apache Maven 3.9.11" && cmp -s "'"$T/mirror/$ZIP"'" "'"$T/bad-repo/$ZIP"'"'
else
	echo "skip  damaged cache (no cached Maven zip in ~/.m2/repository)"
fi
check "a download with the wrong checksum is refused, nothing installed, exit 3" \
	bash -c 'MAVEN_USER_HOME="'"$T"'/home3" MAVEN_REPO_LOCAL="'"$T"'/bad-repo2" MVNW_REPOURL="file://'"$T"'/bad-mirror" ./mvnw -v 2>"'"$T"'/err"; 
		test $? = 3 && grep -q "expected SHA-512" "'"$T"'/err" && test ! -e "'"$T"'/home3/wrapper/dists/apache-maven-3.9.11"'

# Git for Windows checks text out with CRLF (core.autocrlf=true); .gitattributes keeps what bash
# runs LF, or bash fails at once with "$'\r': command not found". The clone is of the last commit.
crlf_checkout_keeps_scripts_lf() {
	git clone -q -c core.autocrlf=true "$ROOT" "$T/crlf" 2>/dev/null || return 1
	local f
	for f in mvnw test linksmith releng/cli/linksmith $(cd "$T/crlf" && git ls-files '*.sh'); do
		if grep -q $'\r' "$T/crlf/$f"; then
			echo "CRLF in $f" >&2
			return 1
		fi
	done
	grep -q $'\r' "$T/crlf/releng/org.linksmith.explorer.product/launchers/win32/linksmith-explorer.cmd"
}
check "a checkout with core.autocrlf=true (Git for Windows) keeps mvnw and every script LF" crlf_checkout_keeps_scripts_lf

check "./linksmith --version builds the command line and runs it" \
	bash -c './linksmith --version 2>"'"$T"'/build.err" | grep -q "^linksmith "'
check "./linksmith --version again starts at once (nothing rebuilt)" \
	bash -c './linksmith --version 2>&1 | grep -v -q "building"'

no_display() { # command...: exit 2 within a second, with the plain message and no JVM
	local start=$SECONDS code
	env -u DISPLAY -u WAYLAND_DISPLAY "$@" >"$T/nd.out" 2>"$T/nd.err"
	code=$?
	[ "$code" = 2 ] && [ $((SECONDS - start)) -le 1 ] && grep -q "needs a display" "$T/nd.err" &&
		grep -q -- "--help" "$T/nd.err" && grep -q "xvfb-run" "$T/nd.err" && ! grep -q "Exception\|log file" "$T/nd.err"
}
check "./linksmith without a display: plain message, exit 2" no_display ./linksmith
check "./linksmith ide without a display: plain message, exit 2" no_display ./linksmith ide
check "./linksmith on a display with no X server: plain message, exit 2" \
	bash -c 'DISPLAY=:97 ./linksmith explorer /tmp 2>&1; test $? = 2' 

finish bootstrap
