#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Runs the release command (releng/release.sh) as the release workflow does, then unpacks one
# archive of each kind into a fresh folder and starts what it holds: the command line (with the
# Java it finds itself), the Explorer (its no-display message, then a real start under the
# display), and the update site's p2 index. Prints one line per check, then "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
T=$(mktemp -d)
EXPLORER_PID=""
trap '[ -n "$EXPLORER_PID" ] && kill "$EXPLORER_PID" 2>/dev/null; rm -rf "$T"' EXIT
. "$ROOT/tests/lib/check.sh"
V=9.9.9-test
OUT="$ROOT/target/release"
check "releng/release.sh builds every archive" "$ROOT/releng/release.sh" "v$V"
for f in "linksmith-update-site-$V.zip" "linksmith-explorer-$V-linux-gtk-x86_64.tar.gz" "linksmith-explorer-$V-win32-x86_64.zip" \
	"linksmith-explorer-$V-macos-aarch64.tar.gz" "linksmith-cli-$V.tar.gz" SHA256SUMS; do
	check "release holds $f" test -s "$OUT/$f"
done
check "SHA256SUMS matches the archives" bash -c "cd '$OUT' && sha256sum -c --quiet SHA256SUMS"
ls -l "$OUT" | tail -n +2 | sed 's/^/      /'

cd "$T"
check "the command line unpacks into one folder" bash -c "tar xzf '$OUT/linksmith-cli-$V.tar.gz' && test \"\$(ls)\" = 'linksmith-cli-$V' -o \"\$(ls | grep -c .)\" -ge 1 && test -x linksmith-cli-$V/bin/linksmith"
CLI="$T/linksmith-cli-$V"
mkdir -p "$T/bin" "$T/tree"
ln -s "$CLI/bin/linksmith" "$T/bin/linksmith"
ln -s nowhere "$T/tree/dead"
check "its start script runs from a link on the PATH, with no JAVA_HOME" bash -c "env -u JAVA_HOME PATH='$T/bin:/usr/bin:/bin' linksmith --version | grep -q '^linksmith '"
check "it lists a real tree" bash -c "'$T/bin/linksmith' list -R '$T/tree' 2>/dev/null | grep -q 'dead -> nowhere  \[BROKEN\]'"
check "its bash completion completes commands" bash -c "source '$CLI/share/bash-completion/completions/linksmith' && COMP_WORDS=(linksmith reloc) COMP_CWORD=1 && _complete_linksmith 2>/dev/null; test \"\${COMPREPLY[*]}\" = relocate"
check "its manual covers every command" bash -c "for c in create mklink inspect list siblings retarget remove relocate completion; do grep -q \"Usage: linksmith \$c\" '$CLI/share/doc/linksmith/MANUAL.txt' || exit 1; done"
if [ -f "$CLI/share/man/man1/linksmith.1" ]; then
	check "its man page renders" bash -c "man -l '$CLI/share/man/man1/linksmith.1' 2>/dev/null | grep -q 'linksmith - make file-system links visible and safe'"
fi

check "the Explorer unpacks into one folder" bash -c "tar xzf '$OUT/linksmith-explorer-$V-linux-gtk-x86_64.tar.gz' && test -x linksmith-explorer-$V/linksmith-explorer"
check "the Explorer without a display: plain message, exit 2" bash -c "env -u DISPLAY -u WAYLAND_DISPLAY ./linksmith-explorer-$V/linksmith-explorer 2>err; test \$? = 2 && grep -q 'needs a display' err"
if [ -n "${DISPLAY:-}" ]; then
	explorer_starts() { # a window appears: the application's trace (in its settings, in the user's folder) says it painted
		local trace="$T/config/linksmith/explorer/instance/.metadata/trace.log"
		XDG_CONFIG_HOME="$T/config" LINKSMITH_JAVA_OPTS="-Dosgi.debug=$ROOT/tests/lib/explorer-timing.options" \
			./linksmith-explorer-$V/linksmith-explorer "$T/tree" >"$T/explorer.log" 2>&1 &
		EXPLORER_PID=$!
		for _ in $(seq 1 600); do grep -qs "first paint at" "$trace" && break; sleep 0.1; done
		kill "$EXPLORER_PID" 2>/dev/null
		wait "$EXPLORER_PID" 2>/dev/null
		EXPLORER_PID=""
		grep -qs "first paint at" "$trace"
	}
	check "the Explorer from the archive opens its window" explorer_starts
fi
check "the update site zip is a p2 repository with the feature" bash -c "unzip -l '$OUT/linksmith-update-site-$V.zip' | grep -q 'features/org.linksmith.feature_' && unzip -l '$OUT/linksmith-update-site-$V.zip' | grep -q ' content.jar'"
check "the Windows and macOS archives hold their start scripts" bash -c "unzip -l '$OUT/linksmith-explorer-$V-win32-x86_64.zip' | grep -q 'linksmith-explorer-$V/linksmith-explorer.cmd' && tar tzf '$OUT/linksmith-explorer-$V-macos-aarch64.tar.gz' | grep -q '^linksmith-explorer-$V/linksmith-explorer$'"

finish release-test
