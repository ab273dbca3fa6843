#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The Explorer's Links view on a large tree, as a user meets it: opens the tree's folder, ticks
# Include Sub-folders, and prints per round how long until the links were counted and all their
# rows were in the table (in how many steps), the longest stall of the UI thread meanwhile (a
# thread posts to the display every 5 ms; goal: none over 100 ms; and when, from the tick), the heap in use after a
# collection and the resident memory; then how long a scan under way takes to end once cancelled
# (goal: at once). Beside it, `find -type l` on the same tree, for scale. See LinksViewBench.java.
#   bench/bench-links-view.sh [ENTRIES]     (default 1000000; the tree of bench/make-tree.py)
. "$(dirname "${BASH_SOURCE[0]}")/harness.sh"
ENTRIES=${1:-1000000}
TREE="$WORK/tree-$ENTRIES"
if [ ! -f "$TREE.done" ]; then
	rm -rf "$TREE"
	python3 "$ROOT/bench/make-tree.py" "$TREE" "$ENTRIES"
	touch "$TREE.done"
fi
MODULES=releng/org.linksmith.target,bundles/org.linksmith.core,bundles/org.linksmith.ui,bundles/org.linksmith.explorer,releng/org.linksmith.explorer.branding,tests/org.linksmith.ui.testing,tests/org.linksmith.explorer.tests
OUT="$WORK/links-view.txt"
echo "bench-links-view: building and starting the Explorer's test harness (a few minutes)..." >&2
bench_harness "$MODULES" LinksViewBench "-Dbench.tree=$TREE -Dbench.out=$OUT" "$WORK/links-view.log" "$OUT"
s=$(date +%s%N)
found=$(find "$TREE" -type l | wc -l)
e=$(date +%s%N)
echo "Links view on $TREE ($(find "$TREE" | wc -l) entries), $(nproc) cores"
echo "find -type l: $found links in $(( (e - s) / 1000000 )) ms (for scale)"
printf '%-8s %8s %8s %10s %8s %6s %9s %9s %9s %8s\n' round links broken "counted ms" "rows ms" steps "stall ms" "stall at" "heap MiB" "RSS MiB"
field() { sed -n "s/.* $1=\([0-9-]*\).*/\1/p" <<<"$2"; }
while read -r line; do
	case "$line" in
	round*)
		printf '%-8s %8s %8s %10s %8s %6s %9s %9s %9s %8s\n' "${line%% *}" "$(field links "$line")" "$(field broken "$line")" \
			"$(field counted_ms "$line")" "$(field rows_ms "$line")" "$(field steps "$line")" "$(field stall_ms "$line")" \
			"$(field stall_at_ms "$line")" \
			"$(field heap_mib "$line")" "$(field rss_mib "$line")" ;;
	cancel*) echo "a scan cancelled 0.3 s in ended after $(field ended_ms "$line") ms" ;;
	esac
done <"$OUT"
