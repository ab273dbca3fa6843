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

# best wall time of $RUNS runs, in milliseconds
best_ms() {
	local best=999999999 i s e
	for ((i = 0; i < RUNS; i++)); do
		s=$(date +%s%N)
		"$@" >/dev/null 2>&1
		e=$(date +%s%N)
		(( (e - s) / 1000000 < best )) && best=$(( (e - s) / 1000000 ))
	done
	echo "$best"
}

entries=$(find "$TREE" | wc -l)
echo "Tree: $TREE ($entries entries), $(nproc) cores, best of $RUNS runs, warm cache"
printf '%-44s %10s %10s %8s %8s %7s\n' "case" "find ms" "linksmith" "found" "found" "ratio"
row() {
	local name="$1" findcmd="$2" lscmd="$3" f l nf nl
	eval "$findcmd" >/dev/null 2>&1; eval "$lscmd" >/dev/null 2>&1
	f=$(best_ms bash -c "$findcmd")
	l=$(best_ms bash -c "$lscmd")
	nf=$(eval "$findcmd" 2>/dev/null | wc -l)
	nl=$(eval "$lscmd" 2>/dev/null | wc -l)
	printf '%-44s %10d %10d %8d %8d %7.2f\n' "$name" "$f" "$l" "$nf" "$nl" "$(echo "$l / $f" | bc -l)"
}
row "symbolic: find -type l | --type symbolic"  "find '$TREE' -type l"             "'$LS' list -R -q --type symbolic '$TREE'"
row "all links: find -type l -o -links +1 | -R" "find '$TREE' \\( -type l -o -type f -links +1 \\)" "'$LS' list -R -q '$TREE'"
row "broken: find -xtype l | list -R --broken" "find '$TREE' -xtype l"            "'$LS' list -R -q --broken '$TREE'"
row "hard: find -type f -links +1 | --type hard" "find '$TREE' -type f -links +1" "'$LS' list -R -q --type hard '$TREE'"
