#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Compares `linksmith list` with GNU find on the same generated tree, in one run, and prints
# the ratios (linksmith time / find time; at most 1.0 means as fast as find).
#   bench/bench-scan.sh [ENTRIES] [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENTRIES=${1:-300000}
RUNS=${2:-5}
WORK="$ROOT/bench/work"
TREE="$WORK/tree-$ENTRIES"
LS="$ROOT/linksmith"

if [ ! -f "$TREE.done" ]; then
	rm -rf "$TREE"
	mkdir -p "$WORK"
	python3 "$ROOT/bench/make-tree.py" "$TREE" "$ENTRIES"
	touch "$TREE.done"
fi
"$LS" --version >/dev/null   # builds the command line if needed, and fills the class-data archive

# wall time of one run in milliseconds, and the peak resident memory in KiB (GNU time's %M)
one_run() {
	local s e
	s=$(date +%s%N)
	/usr/bin/time -f '%M' -o "$WORK/rss" bash -c "$1" >/dev/null 2>&1
	e=$(date +%s%N)
	echo "$(( (e - s) / 1000000 )) $(tail -n 1 "$WORK/rss")"
}

entries=$(find "$TREE" | wc -l)
echo "Tree: $TREE ($entries entries), $(nproc) cores, best of $RUNS runs (the two commands alternating), warm cache"
printf '%-48s %9s %9s %7s %7s %6s %9s %9s\n' "case" "find ms" "linksmith" "found" "found" "ratio" "find MiB" "ls MiB"
row() {
	local name="$1" findcmd="$2" lscmd="$3" f=999999999 l=999999999 fm=0 lm=0 t m i nf nl
	eval "$findcmd" >/dev/null 2>&1; eval "$lscmd" >/dev/null 2>&1
	for ((i = 0; i < RUNS; i++)); do
		read -r t m < <(one_run "$findcmd"); (( t < f )) && f=$t; (( m > fm )) && fm=$m
		read -r t m < <(one_run "$lscmd"); (( t < l )) && l=$t; (( m > lm )) && lm=$m
	done
	nf=$(eval "$findcmd" 2>/dev/null | wc -l)
	nl=$(eval "$lscmd" 2>/dev/null | wc -l)
	printf '%-48s %9d %9d %7d %7d %6.2f %9.1f %9.1f\n' "$name" "$f" "$l" "$nf" "$nl" "$(echo "$l / $f" | bc -l)" \
		"$(echo "$fm / 1024" | bc -l)" "$(echo "$lm / 1024" | bc -l)"
}
row "symbolic: find -type l | --type symbolic"  "find '$TREE' -type l"             "'$LS' list -R -q --type symbolic '$TREE'"
row "  as JSON lines: find -printf | --json-lines" "find '$TREE' -type l -printf '{\"path\":\"%p\",\"target\":\"%l\"}\\n'" "'$LS' list -R -q --type symbolic --json-lines '$TREE'"
row "all links: find -type l -o -links +1 | -R" "find '$TREE' \\( -type l -o -type f -links +1 \\)" "'$LS' list -R -q '$TREE'"
row "broken: find -xtype l | list -R --broken" "find '$TREE' -xtype l"            "'$LS' list -R -q --broken '$TREE'"
row "hard: find -type f -links +1 | --type hard" "find '$TREE' -type f -links +1" "'$LS' list -R -q --type hard '$TREE'"
