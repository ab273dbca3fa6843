#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The link index on the same generated tree, in one run: the time to index it and the database's
# size; a rescan with nothing changed and after one folder changed, against GNU find listing the
# tree's links (find -type l, the least a scan must do); and "what points here" answered from the
# index, timed inside the JVM, against the same answer by a scan.
#   bench/bench-index.sh [ENTRIES] [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENTRIES=${1:-300000}
RUNS=${2:-5}
WORK="$ROOT/bench/work"
TREE="$WORK/tree-$ENTRIES"
LS="$ROOT/linksmith"
. "$ROOT/releng/scripts/env.sh"
linksmith_require_jdk

if [ ! -f "$TREE.done" ]; then
	rm -rf "$TREE"
	mkdir -p "$WORK"
	python3 "$ROOT/bench/make-tree.py" "$TREE" "$ENTRIES"
	touch "$TREE.done"
fi
"$LS" --version >/dev/null   # builds the command line if needed
export XDG_STATE_HOME="$WORK/index-state"   # this benchmark's own index, not the user's
rm -rf "$XDG_STATE_HOME"
DB="$XDG_STATE_HOME/linksmith/index/links.mv.db"

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
best() { local b=999999999 t i; for ((i = 0; i < RUNS; i++)); do t=$(ms "$@"); (( t < b )) && b=$t; done; echo "$b"; }

echo "Tree: $TREE ($(find "$TREE" | wc -l) entries), $(nproc) cores, warm cache; wall times include the JVM's start"
t_index=$(ms "$LS" index --add "$TREE")
echo "index --add:                  $t_index ms, database $(du -k "$DB" | cut -f1) KiB ($("$LS" index | head -n 1))"
sleep 3   # folders written in the last 2 s are read again by a rescan (their time may still change)
"$LS" index --rescan >/dev/null
t_find=$(best find "$TREE" -type l)
t_same=$(best "$LS" index --rescan)
echo "rescan, nothing changed:      $t_same ms   find -type l: $t_find ms   ratio $(awk "BEGIN{printf \"%.2f\", $t_same/$t_find}")"
b=999999999
for ((i = 0; i < RUNS; i++)); do
	sleep 3
	touch "$TREE/d1/e1/f1/bench-$i"
	t=$(ms "$LS" index --rescan); (( t < b )) && b=$t
	rm -f "$TREE/d1/e1/f1/bench-$i"
done
echo "rescan, one folder changed:   $b ms (wall, JVM start included); the scan alone:"
sleep 3
touch "$TREE/d1/e1/f1/bench-last"
"$LS" index --rescan
rm -f "$TREE/d1/e1/f1/bench-last"
JAR="$ROOT/.linksmith/linksmith-cli.jar"
"$JAVA_HOME/bin/java" -cp "$JAR" "$ROOT/bench/IndexBench.java" "$DB" "$TREE" 20 | while read -r kind target t found; do
	printf '%-14s %-10s %8s ms  %6s links\n' "$kind" "$target" "$t" "$found"
done
