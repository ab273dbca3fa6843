#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Compares `linksmith copy` (Smart Copy) with `cp -a` on the same generated tree, in one run, the
# two alternating, and prints the ratio (linksmith time / cp time; the goal is at most 1.2), the
# peak memory of each, and what Smart Copy did with the tree's links. Each copy goes to a fresh
# folder on the same file system; all are deleted at the end (deleting between runs makes the
# file system slow for whichever command runs next: ext4 here took 2 s or 30 s for the same copy).
#   bench/bench-smart-copy.sh [ENTRIES] [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENTRIES=${1:-300000}
RUNS=${2:-3}
WORK="$ROOT/bench/work"
TREE="$WORK/tree-$ENTRIES"
OUT="$WORK/copies"
LS="$ROOT/linksmith"

if [ ! -f "$TREE.done" ]; then
	rm -rf "$TREE"
	mkdir -p "$WORK"
	python3 "$ROOT/bench/make-tree.py" "$TREE" "$ENTRIES"
	touch "$TREE.done"
fi
"$LS" --version >/dev/null   # builds the command line if needed
rm -rf "$OUT"; mkdir -p "$OUT"
trap 'rm -rf "$OUT"' EXIT

# wall time of one run in milliseconds, and the peak resident memory in KiB (GNU time's %M)
one_run() {
	local s e
	sync
	s=$(date +%s%N)
	/usr/bin/time -f '%M' -o "$WORK/rss" bash -c "$1" >/dev/null 2>&1
	e=$(date +%s%N)
	echo "$(( (e - s) / 1000000 )) $(tail -n 1 "$WORK/rss")"
}

entries=$(find "$TREE" | wc -l)
echo "Tree: $TREE ($entries entries), $(nproc) cores, best of $RUNS runs (the two commands alternating)"
c=999999999; l=999999999; cm=0; lm=0
for ((i = 0; i < RUNS; i++)); do
	read -r t m < <(one_run "cp -a '$TREE' '$OUT/cp-$i'"); (( t < c )) && c=$t; (( m > cm )) && cm=$m
	read -r t m < <(one_run "'$LS' copy '$TREE' '$OUT/ls-$i'"); (( t < l )) && l=$t; (( m > lm )) && lm=$m
done
printf '%-36s %9s %9s %6s %9s %9s\n' "case" "cp -a ms" "linksmith" "ratio" "cp MiB" "ls MiB"
printf '%-36s %9d %9d %6.2f %9.1f %9.1f\n' "copy the tree (cp -a | copy)" "$c" "$l" "$(echo "$l / $c" | bc -l)" \
	"$(echo "$cm / 1024" | bc -l)" "$(echo "$lm / 1024" | bc -l)"
echo "What Smart Copy did with the links (its dry run):"
"$LS" copy --dry-run "$TREE" "$OUT/plan" 2>/dev/null | grep "^Would copy"
