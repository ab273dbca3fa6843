#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The Project Explorer with and without Linksmith, in one run: starts the test IDE twice (each
# fresh) with a project of 10,000 files, 2,000 symbolic links (a tenth broken) and 500 hard
# links, expands it whole five times (the first in the fresh IDE, a warm-up, then three more)
# and prints, per expansion, how long the expansion held the UI thread, the longest stall of the
# UI thread after it, and when the decorations were done; then the ratios of the two.
# "Without Linksmith" is the same IDE with Linksmith's decorator disabled and its navigator
# content deactivated (what a user switches off in Preferences > Label Decorations and
# Customize View), so both runs load the same bundles. See ExpansionBench.java.
#   bench/bench-ide.sh
. "$(dirname "${BASH_SOURCE[0]}")/harness.sh"
MODULES=releng/org.linksmith.target,bundles/org.linksmith.core,bundles/org.linksmith.ui,bundles/org.linksmith.ui.ide,tests/org.linksmith.ui.testing,tests/org.linksmith.ui.ide.tests

run() {
	echo "bench-ide: $1 (building and starting the test IDE; a few minutes)..." >&2
	bench_harness "$MODULES" ExpansionBench "$2 -Dbench.out=$WORK/ide-$1.txt" "$WORK/ide-$1.log" "$WORK/ide-$1.txt"
}
run stock -Dbench.stock=true
run linksmith -Dbench.stock=false

field() { # FILE ROUND KEY
	sed -n "s/^$2 .*$3=\([0-9]*\).*/\1/p" "$1"
}
echo "Project Explorer, $(nproc) cores; ms; ratio = with Linksmith / without"
printf '%-8s %24s %24s %24s\n' "" "expansion (UI thread)" "longest stall after" "decorations done"
printf '%-8s %7s %7s %8s %7s %7s %8s %7s %7s %8s\n' round without with ratio without with ratio without with ratio
for round in first warm-up again1 again2 again3; do
	line="$round"
	for key in expand_ms stall_ms decorated_ms; do
		s=$(field "$WORK/ide-stock.txt" "$round" "$key")
		l=$(field "$WORK/ide-linksmith.txt" "$round" "$key")
		line+=$(printf ' %7d %7d %8.2f' "$s" "$l" "$(echo "$l / ($s + 0.0001)" | bc -l)")
	done
	echo "$line"
done
echo "items shown: $(field "$WORK/ide-stock.txt" again3 items) without, $(field "$WORK/ide-linksmith.txt" again3 items) with (Linksmith shows the broken links too)"
