#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# End-to-end check of the ./linksmith launcher as a user runs it, on a real temporary tree.
# Prints one line per check and closes with "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LS="$ROOT/linksmith"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
export XDG_STATE_HOME="$T/state" # relocation journals of this test stay in its folder
. "$ROOT/tests/lib/check.sh"
code() { "$@" >/dev/null 2>&1; echo $?; }

mkdir -p "Backups/Pictures/My Pictures/Holidays/Christmas 2012" E/Users/Kari/Documents home/Games/saves
echo "tree" > "Backups/Pictures/My Pictures/Holidays/Christmas 2012/tree.jpg"
echo "12" > home/Games/saves/slot
echo "data" > file.txt
sum_before=$(find Backups E home -type f -exec sha256sum {} + | sort | sha256sum)

check "--version runs" "$LS" --version
check "mklink /D with spaces" "$LS" mklink /D Pics "Backups/Pictures/My Pictures/Holidays/Christmas 2012"
check "link reaches the data" test -f Pics/tree.jpg
check "create a chain" bash -c "'$LS' create D-Docs E/Users/Kari/Documents && '$LS' create C-Docs D-Docs"
check "inspect shows the chain" bash -c "'$LS' inspect C-Docs | grep -q 'chain:.*D-Docs'"
check "name taken: exit 1" test "$(code "$LS" create Pics file.txt)" = 1
check "bad usage: exit 2" test "$(code "$LS" create onlyone)" = 2
check "dangling allowed with warning" bash -c "'$LS' create later not-yet 2>&1 | grep -q dangling"
check "hard link" "$LS" create --hard second.txt file.txt
check "list -R marks broken" bash -c "'$LS' list -R . 2>/dev/null | grep -q 'later -> not-yet  \[BROKEN\]'"
check "list --json parses" bash -c "'$LS' list -R --json . | python3 -c 'import json,sys; assert len(json.load(sys.stdin)) == 6'"
check "remove a link" "$LS" remove Pics
check "remove refuses a folder" test "$(code "$LS" remove E)" = 1
check "relocate leaves a link" bash -c "mkdir data && '$LS' relocate home/Games data && test -L home/Games && test \"\$(cat home/Games/saves/slot)\" = 12"
sum_after=$(find Backups E data -type f -exec sha256sum {} + | sed 's# data/# home/#' | sort | sha256sum)
check "data behind links untouched" test "$sum_before" = "$sum_after"

# the graphical apps' launcher says what to install when GTK 3 is missing (a fake ldconfig that lists no GTK)
mkdir -p fake-bin && printf '#!/bin/sh\necho "	libc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6"\n' > fake-bin/ldconfig && chmod +x fake-bin/ldconfig
check "no GTK 3: the launcher names the package, exit 1" bash -c "out=\$(PATH='$T/fake-bin':\$PATH bash -c '. \"$ROOT/releng/scripts/env.sh\"; linksmith_require_gtk Explorer' 2>&1); test \$? = 1 && grep -q 'apt-get install libgtk-3-0' <<<\"\$out\""
check "GTK 3 found by ldconfig: the launcher goes on" bash -c ". '$ROOT/releng/scripts/env.sh'; linksmith_require_gtk Explorer"

# bad input is refused, never taken for something else (this folder is a throw-away one: an empty
# path means the current folder to Java, and a regression would move it)
mkdir -p bad/keep && echo x > bad/keep/f && ln -s keep bad/link
refused() { # command...: exit 1, one line on stderr, no stack trace
	"$@" >/dev/null 2>"$T/refused.err"
	[ $? = 1 ] && [ "$(wc -l < "$T/refused.err")" = 1 ] && ! grep -q "Exception\|at org\." "$T/refused.err"
}
check "relocate '' X refused" refused "$LS" relocate "" bad
check "relocate X '' refused" refused "$LS" relocate bad/keep ""
check "relocate / refused" refused "$LS" relocate / bad
check "relocate DIR/.. refused" refused "$LS" relocate bad/keep/.. bad
check "retarget LINK '' says the target is empty" bash -c "'$LS' retarget bad/link '' 2>&1 | grep -q 'empty'; test \$? = 0 && test \"\$(readlink bad/link)\" = keep"
check "remove '' refused" refused "$LS" remove ""
check "inspect '' refused" refused "$LS" inspect ""
check "siblings within a folder that is not there refused" refused "$LS" siblings -w "$T/nonexistent" file.txt
check "mklink /Q is an invalid switch, not a link at the root" bash -c "'$LS' mklink /Q T 2>&1 | grep -q 'Invalid switch'; test \${PIPESTATUS[0]} = 2 && test ! -e /Q"
check "a usage error is one line" bash -c "test \"\$('$LS' create onlyone 2>&1 | wc -l)\" = 1"
mkdir -p multi && ln -s T multi/g1 && ln -s T multi/g2 && echo k > multi/keep
check "remove g1 FILE g2: refused before anything is removed" bash -c "'$LS' remove multi/g1 multi/keep multi/g2 2>/dev/null; test \$? = 1 && test -L multi/g1 && test -L multi/g2"
ln -s bad/keep slashlink
check "remove LINK/ names the folder behind the link: refused, as rm does" bash -c "'$LS' remove slashlink/ 2>/dev/null; test \$? = 1 && test -L slashlink && test -d bad/keep"
check "nothing moved by bad input" bash -c "test -d bad/keep -a ! -L bad/keep && test \"\$(cat bad/keep/f)\" = x && test -d Backups -a -f file.txt"

# a relocation killed between moving the folder and making the link: found, explained, undone
mkdir -p killed/Games/saves killed/place && echo 7 > killed/Games/saves/slot && mv killed/Games killed/place/
mkdir -p state/linksmith/relocations && printf '%s\n' version=1 "source=file://$T/killed/Games" \
	"target=file://$T/killed/place/Games" type=SYMBOLIC_DIRECTORY phase=MOVING started=2026-12-01T23:50:00Z \
	> state/linksmith/relocations/k1.journal
check "any command says a relocation was interrupted" bash -c "'$LS' inspect file.txt 2>&1 >/dev/null | grep -q \"interrupted and needs a decision: run 'linksmith recover'\""
check "recover says what is on disk and what to run" bash -c "'$LS' recover | grep -q 'nothing is at .*killed/Games now' && '$LS' recover | grep -q 'linksmith recover --undo k1'"
check "recover --undo puts the folder back" bash -c "'$LS' recover --undo k1 && test -d killed/Games -a ! -L killed/Games && test \"\$(cat killed/Games/saves/slot)\" = 7 && test ! -e killed/place/Games"
check "then nothing is left to recover" bash -c "'$LS' recover | grep -q 'No relocation was interrupted' && ! '$LS' inspect file.txt 2>&1 | grep -q interrupted"

# kill -9 at a random moment of a relocation to another volume: the old path always holds the
# folder or the link, and what is left is finished or undone by recover, data intact
kill_during_relocate() {
	local other round pid sum told
	other=$(mktemp -d /dev/shm/linksmith-smoke.XXXXXX) || return 0
	[ "$(stat -c %d /dev/shm)" != "$(stat -c %d "$T")" ] || { rm -rf "$other"; return 0; }
	python3 -c 'import os; os.makedirs("big/sub"); [open("big/%sf%d" % ("sub/" if i % 2 else "", i), "wb").write(os.urandom(20000)) for i in range(3000)]'
	sum=$(cd big && find . -type f -exec sha256sum {} + | sort | sha256sum)
	local hit=0
	for round in 1 2 3 4 5 6; do
		"$LS" relocate big "$other" >/dev/null 2>&1 &
		pid=$!
		sleep "0.$((RANDOM % 4 + 2))" # the relocate takes about half a second here
		kill -9 "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		[ -e big ] || { echo "round $round: the old path is missing" >&2; rm -rf "$other"; return 1; }
		told=$("$LS" recover 2>/dev/null)
		if grep -q 'recover --undo' <<<"$told"; then
			hit=$((hit + 1))
			"$LS" recover --undo >/dev/null 2>&1 || { echo "round $round: undo failed" >&2; return 1; }
		elif grep -q 'recover --finish' <<<"$told"; then # killed while deleting the original
			hit=$((hit + 1))
			"$LS" recover --finish >/dev/null 2>&1 || { echo "round $round: finish failed" >&2; return 1; }
			rm big && mv "$other/big" big
		elif [ -L big ]; then # it ended before the kill: move it back for the next round
			rm big && mv "$other/big" big
		fi
		[ -d big ] && [ ! -L big ] && [ ! -e "$other/big" ] || { echo "round $round: not back" >&2; return 1; }
		[ "$(cd big && find . -type f -exec sha256sum {} + | sort | sha256sum)" = "$sum" ] || { echo "round $round: data differs" >&2; return 1; }
	done
	rm -rf "$other" big
	echo "      ($hit of 6 kills left a relocation to recover)"
}
check "kill -9 during a relocate: old path never missing, recover puts it back" kill_during_relocate

# permission cases as an unprivileged user (nobody), where this runs as root with setpriv
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null && [ "$(stat -c %d /dev/shm)" != "$(stat -c %d "$T")" ]; then
	P="$T/perm" && mkdir -p "$P" && chmod 755 "$T" && chown 65534:65534 "$P"
	PO=$(mktemp -d /dev/shm/linksmith-perm.XXXXXX) && chown 65534:65534 "$PO"
	as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all env HOME="$P" XDG_STATE_HOME="$P/state" "$@"; }
	as_nobody bash -c "cd '$P' && mkdir -p secret/inner && echo s > secret/inner/a && echo t > secret/locked && chmod 000 secret/locked && chmod 700 secret"
	unreadable_refused() {
		as_nobody "$LS" relocate "$P/secret" "$PO" >/dev/null 2>"$P/err"
		[ $? = 1 ] && [ "$(wc -l < "$P/err")" = 1 ] && grep -qi "permission\|denied" "$P/err" \
			&& [ -d "$P/secret" ] && [ ! -L "$P/secret" ] && [ "$(cat "$P/secret/inner/a")" = s ] \
			&& [ ! -e "$PO/secret" ] && ! ls -a "$P" | grep -q '^.linksmith-' \
			&& [ -z "$(ls -A "$P/state/linksmith/relocations" 2>/dev/null)" ]
	}
	check "a file the user cannot read: relocate refused in one line, original whole, no copy, no journal" unreadable_refused
	private_stays_private() {
		chmod 600 "$P/secret/locked"
		as_nobody "$LS" relocate "$P/secret" "$PO" >/dev/null 2>&1 && [ -L "$P/secret" ] \
			&& [ "$(stat -c '%a %u' "$PO/secret")" = "700 65534" ] && [ "$(stat -c '%a' "$PO/secret/locked")" = 600 ]
	}
	check "a private 0700 folder stays private and the user's own across volumes" private_stays_private
	as_nobody bash -c "cd '$P' && mkdir -p ro/sealed && echo r > ro/sealed/f && chmod 555 ro/sealed"
	readonly_refused() {
		as_nobody "$LS" relocate "$P/ro" "$PO" >/dev/null 2>"$P/err"
		[ $? = 1 ] && [ "$(wc -l < "$P/err")" = 1 ] && grep -q "read-only" "$P/err" \
			&& [ -d "$P/ro" ] && [ ! -L "$P/ro" ] && [ "$(cat "$P/ro/sealed/f")" = r ] && [ ! -e "$PO/ro" ]
	}
	check "a read-only folder inside: relocate across volumes refused before copying, nothing changed" readonly_refused
	mkdir -p "$T/rootdir" && ln -s somewhere "$T/rootdir/link"
	remove_refused() {
		as_nobody "$LS" remove "$T/rootdir/link" >/dev/null 2>"$P/err"
		[ $? = 1 ] && [ "$(wc -l < "$P/err")" = 1 ] && [ -L "$T/rootdir/link" ]
	}
	check "removing a link in a folder the user may not write: refused in one line, link kept" remove_refused
	rm -rf "$PO"
fi

# names are bytes: one that Java cannot decode is refused, never mistaken for its look-alike
ln -s decoy "$(printf 'bytes \xef\xbf\xbd')" && ln -s real "$(printf 'bytes \xff')"
check "a name that is not UTF-8 is refused, and its look-alike is untouched" bash -c "'$LS' remove \"\$(printf 'bytes \\xff')\" 2>&1 | grep -q 'not valid'; test -L \"\$(printf 'bytes \\xff')\" && test -L \"\$(printf 'bytes \\xef\\xbf\\xbd')\""
mkdir raw && ln -s "$(printf 'tgt\xfe')" "$(printf 'raw/bad\xffname')"
check "list shows a name that is not UTF-8 escaped, as ls -b does" bash -c "'$LS' list raw 2>/dev/null | grep -qF 'raw/bad\\xffname -> tgt\\xfe'"
check "list --json gives its exact bytes in path_base64" bash -c "'$LS' list --json raw | python3 -c 'import json,sys,base64; o=json.load(sys.stdin)[0]; assert base64.b64decode(o[\"path_base64\"]) == b\"raw/bad\\xffname\" and base64.b64decode(o[\"target_base64\"]) == b\"tgt\\xfe\"'"
check "list -0 gives the exact bytes to xargs -0" bash -c "test \"\$('$LS' list -0 raw 2>/dev/null | od -An -tx1 | tr -d ' \n')\" = \"\$(printf 'raw/bad\\xffname\\0' | od -An -tx1 | tr -d ' \n')\""
ln -s x 'é-link'
check "LC_ALL=C works for UTF-8 names" bash -c "LC_ALL=C '$LS' inspect 'é-link' | grep -q 'path: *é-link'"
mkdir nl && ln -s t $'nl/a\nSYMLINK   etc -> x'
check "a newline in a name cannot forge a line of list" bash -c "test \"\$('$LS' list nl 2>/dev/null | wc -l)\" = 1"

# fitting the shell: NUL-separated and streamed output, completion, progress only on a terminal
mkdir -p stream/sub && ln -s $'new\nline' $'stream/x\ny' && ln -s nowhere stream/sub/b && echo hi > stream/f && ln stream/f stream/sub/h
check "list -0: names with newlines intact, NUL-separated" bash -c "'$LS' list -R -0 stream 2>/dev/null | python3 -c 'import sys; got=sorted(sys.stdin.buffer.read().split(b\"\\0\")[:-1]); sys.exit(got != sorted([b\"stream/f\", b\"stream/x\\ny\", b\"stream/sub/b\", b\"stream/sub/h\"]))'"
check "siblings -0" bash -c "test \"\$('$LS' siblings stream/f --within stream -0 | tr '\\0' '|')\" = 'stream/sub/h|'"
check "list --json-lines: one object per line" bash -c "'$LS' list -R --json-lines stream | python3 -c 'import json,sys; rows=[json.loads(l) for l in sys.stdin]; sys.exit(len(rows) != 4 or sum(r[\"broken\"] for r in rows) != 2)'"
check "pointing-here: the links that lead into a folder, a broken one too" bash -c "ln -s sub/h stream/to-h && '$LS' pointing-here stream/sub --within stream 2>&1 | grep -q '2 links within .*stream lead to .*stream/sub or into it'; status=\$?; rm stream/to-h; exit \$status"
check "list --json-lines / | head -n 1 returns at once" bash -c "start=\$SECONDS; test \"\$(timeout 60 '$LS' list -R --json-lines / 2>/dev/null | head -n 1 | wc -l)\" = 1 && test \$((SECONDS - start)) -le 5"
check "bash completion from the command model" bash -c "source <('$LS' completion) && COMP_WORDS=(linksmith list --type '') COMP_CWORD=3 && _complete_linksmith 2>/dev/null; test \"\${COMPREPLY[*]}\" = 'symbolic hard junction'"
if command -v zsh >/dev/null 2>&1; then
	check "zsh completion" zsh -c "source <('$LS' completion zsh) && test \"\${_comps[linksmith]}\" = '_bash_complete -F _complete_linksmith -o default'"
fi
if command -v script >/dev/null 2>&1; then
	check "progress line on a terminal" bash -c "script -qec \"'$LS' list -R -q /usr/share\" /dev/null | grep -q \$'\\r'"
fi
check "no progress when stderr is redirected" bash -c "test -z \"\$('$LS' list -R -q /usr/share 2>&1 >/dev/null)\""

# the Explorer's start failures end with one plain sentence on the terminal, not a log file
if [ -n "${DISPLAY:-}" ]; then
	explorer_refused_display() { # an X socket that refuses connections: GTK cannot start
		python3 - "$LS" <<'PY'
import os, socket, subprocess, sys
for n in range(90, 99):
    path = "/tmp/.X11-unix/X%d" % n
    if not os.path.exists(path):
        break
os.makedirs("/tmp/.X11-unix", exist_ok=True)
s = socket.socket(socket.AF_UNIX)
s.bind(path)  # bound, never listening: every connection is refused
try:
    r = subprocess.run([sys.argv[1], "explorer", "/tmp"], env=dict(os.environ, DISPLAY=":%d" % n),
                       capture_output=True, text=True, timeout=600)
finally:
    os.unlink(path)
# the first start may build the Explorer first (its lines start with "linksmith:   " or say building)
told = [l for l in r.stderr.strip().splitlines()
        if not l.startswith(("linksmith:   ", "linksmith: building ", "linksmith: built "))]
print(r.returncode, told)
sys.exit(0 if r.returncode == 1 and len(told) == 1 and "could not open a window" in told[0] else 1)
PY
	}
	check "Explorer on a display that refuses: one plain line, exit 1" explorer_refused_display
	explorer_second_instance() {
		local first code trace="$ROOT/.linksmith/explorer-instance/.metadata/trace.log"
		rm -f "$trace" # the Explorer's timing trace says when its window painted
		LINKSMITH_JAVA_OPTS="-Dosgi.debug=$ROOT/tests/lib/explorer-timing.options" "$LS" explorer "$T" >/dev/null 2>"$T/first.log" &
		first=$!
		for _ in $(seq 1 600); do grep -qs "first paint at" "$trace" && break; sleep 0.1; done
		"$LS" explorer "$T" >/dev/null 2>"$T/second.err"
		code=$?
		kill "$first" 2>/dev/null
		wait "$first" 2>/dev/null
		[ "$code" = 1 ] && grep -q "another Linksmith Explorer is already running" "$T/second.err"
	}
	check "a second Explorer on the same settings: one plain line, exit 1" explorer_second_instance
fi

finish smoke
