#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Measures the Linksmith Explorer under Xvfb, in one run:
#  1. time from start to the first window on screen (goal: under 2 s on 2 cores);
#  2. time to show a folder of ENTRIES entries, at start and when going to it in the running app
#     (Ctrl+L, path, Enter; goals: first rows drawn under 0.1 s, all rows in under 0.3 s), to it
#     again, and from it to a small folder, against `ls -f | wc -l` on the same folder as the floor.
# Times come from the application's own trace (its debug option org.linksmith.explorer/debug/timing,
# set in tests/lib/explorer-timing.options): its first paint (wall clock, against when this script
# started it) and, for a folder, from the request to the rows in the table.
#   bench/bench-explorer.sh [ENTRIES] [RUNS]
# BENCH_JAVA_OPTS adds JVM options to the measured runs (to compare one against the default).
# Needs xvfb and xdotool (apt-get install xvfb xdotool).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENTRIES=${1:-100000}
RUNS=${2:-3}
WORK="$ROOT/bench/work"
FOLDER="$WORK/flat-$ENTRIES"
OPTIONS="$ROOT/tests/lib/explorer-timing.options"
# the workbench writes the trace beside the Explorer's settings (./linksmith keeps them in .linksmith)
TRACE="$ROOT/.linksmith/explorer-instance/.metadata/trace.log"
if [ ! -f "$FOLDER.done" ]; then
	rm -rf "$FOLDER"; mkdir -p "$FOLDER"
	python3 - "$FOLDER" "$ENTRIES" <<'PY'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    p = os.path.join(d, f"file-{i:06d}.txt")
    if i % 50 == 0:
        os.symlink(f"file-{i + 1:06d}.txt", p)
    else:
        open(p, "w").close()
PY
	touch "$FOLDER.done"
fi
for tool in Xvfb xdotool; do command -v $tool >/dev/null || { echo "bench: needs $tool (apt-get install xvfb xdotool)"; exit 3; }; done
"$ROOT/linksmith" --version >/dev/null
DISPLAY_NUM=:97
Xvfb $DISPLAY_NUM -screen 0 1280x1024x24 >/dev/null 2>&1 &
XVFB=$!
EXPLORER=""
trap 'kill $XVFB 2>/dev/null; [ -n "$EXPLORER" ] && kill "$EXPLORER" 2>/dev/null' EXIT
sleep 1
# ends the Explorer and waits for it (its first exit writes the class-data archive)
# (only the process this script started, by its id: ./linksmith execs the JVM in its place)
stop_explorer() {
	[ -n "$EXPLORER" ] || return 0
	kill "$EXPLORER" 2>/dev/null || true
	wait "$EXPLORER" 2>/dev/null || true
	EXPLORER=""
}
# build once (not timed)
LINKSMITH_JAVA_OPTS="" DISPLAY=$DISPLAY_NUM timeout 120 "$ROOT/linksmith" explorer "$WORK" >/dev/null 2>&1 &
EXPLORER=$!
DISPLAY=$DISPLAY_NUM timeout 300 xdotool search --sync --name "Linksmith Explorer" >/dev/null
# a first run as long as a short session, so that the class-data archive it writes on exit holds
# what the window loads after it opens too
sleep 5
stop_explorer

best_start=999999; best_show=999999; best_nav=999999; best_same=999999; best_nav_first=999999; best_back=999999
starts=(); phases=(); navs=()
shown_count() { grep -cs "/debug/timing.*shown [0-9]* entries" "$1"; }
wait_shown() { for _ in $(seq 1 600); do [ "$(shown_count "$1")" -ge "$2" ] && return; sleep 0.05; done; }
first_ms() { sed -n 's/.*\/debug\/timing.*first rows of .* drawn in \([0-9]*\) ms.*/\1/p' "$1" | sed -n "$2p"; }
shown_ms() { sed -n 's/.*\/debug\/timing.*shown [0-9]* entries of .* in \([0-9]*\) ms.*/\1/p' "$1" | sed -n "$2p"; }
go_to() {
	local win
	win=$(DISPLAY=$DISPLAY_NUM xdotool search --onlyvisible --name "Linksmith Explorer" | head -n 1)
	DISPLAY=$DISPLAY_NUM xdotool windowfocus --sync "$win" key ctrl+l type --delay 0 "$1"
	DISPLAY=$DISPLAY_NUM xdotool key Return
}
for ((i = 0; i < RUNS; i++)); do
	log=$TRACE
	rm -f "$log"
	s=$(date +%s%3N)
	LINKSMITH_JAVA_OPTS="-Dosgi.debug=$OPTIONS ${BENCH_JAVA_OPTS:-}" DISPLAY=$DISPLAY_NUM "$ROOT/linksmith" explorer "$FOLDER" >"$WORK/explorer-out.txt" 2>&1 &
	EXPLORER=$!
	# the application says when its window first paints (wall clock)
	for _ in $(seq 1 2400); do grep -qs "first paint at" "$log" && break; sleep 0.05; done
	painted=$(sed -n 's/.*first paint at \([0-9]*\).*/\1/p' "$log" | head -n 1)
	start_ms=$(( painted - s ))
	starts+=("$start_ms")
	# where it went: the app's phases (wall clock) and the platform's "Startup complete"
	for _ in $(seq 1 100); do grep -qs "Startup complete" "$WORK/explorer-out.txt" && break; sleep 0.05; done
	read -r jvm fw app win < <(sed -n 's/.*start-up phases jvm=\([0-9]*\) framework=\([0-9]*\) application=\([0-9]*\) window=\([0-9]*\) paint=.*/\1 \2 \3 \4/p' "$log" | head -n 1)
	platform=$(sed -n 's/^Startup complete: \([0-9]*\)ms.*/\1/p' "$WORK/explorer-out.txt" | head -n 1)
	phases+=("$start_ms $((jvm - s)) $((fw - jvm)) $((app - fw)) $((win - app)) $((painted - win)) ${platform:--1}")
	wait_shown "$log" 1
	show_ms=$(shown_ms "$log" 1)
	# then as a user in the running app: Ctrl+L, a path, Enter. First to a small folder, then
	# to the large one (the table grows from a few rows), then to the large one again.
	sleep 2
	go_to "$WORK"; wait_shown "$log" 2; sleep 1
	go_to "$FOLDER"; wait_shown "$log" 3; sleep 1
	nav_ms=$(shown_ms "$log" 3)
	nav_first_ms=$(first_ms "$log" 3)
	back_ms=$(shown_ms "$log" 2)
	go_to "$FOLDER"; wait_shown "$log" 4
	same_ms=$(shown_ms "$log" 4)
	stop_explorer
	# where the going-to went: the listing (read and sort, off the UI thread), the wait for the UI
	# thread, the table filled, and the rows drawn
	navs+=("$(grep -s "/debug/timing.*listed in" "$log" | sed -n '3p' | sed 's/.*listed in/listed in/')")
	rm -f "$log"
	(( start_ms < best_start )) && best_start=$start_ms
	[ -n "$show_ms" ] && (( show_ms < best_show )) && best_show=$show_ms
	[ -n "$nav_ms" ] && (( nav_ms < best_nav )) && best_nav=$nav_ms
	[ -n "$same_ms" ] && (( same_ms < best_same )) && best_same=$same_ms
	[ -n "$nav_first_ms" ] && (( nav_first_ms < best_nav_first )) && best_nav_first=$nav_first_ms
	[ -n "$back_ms" ] && (( back_ms < best_back )) && best_back=$back_ms
done
s=$(date +%s%N); ls -f "$FOLDER" | wc -l >/dev/null; e=$(date +%s%N); ls_ms=$(( (e - s) / 1000000 ))
echo "Linksmith Explorer, $(nproc) cores, best of $RUNS runs"
printf '%-52s %8s\n' "start to first window (goal < 2000 ms)" "${best_start} ms"
printf '%-52s %8s\n' "show a folder of $ENTRIES entries at start" "${best_show} ms"
printf '%-52s %8s\n' "go to it from a small folder: first rows (goal < 100 ms)" "${best_nav_first} ms"
printf '%-52s %8s\n' "  all its rows (goal < 300 ms)" "${best_nav} ms"
printf '%-52s %8s\n' "go to it again (reload)" "${best_same} ms"
printf '%-52s %8s\n' "go from it to a small folder" "${best_back} ms"
printf '%-52s %8s\n' "ls -f | wc -l on the same folder (floor)" "${ls_ms} ms"
median=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n "$(( (${#starts[@]} + 1) / 2 ))p")
printf '%-52s %8s\n' "start to first window, median of $RUNS" "${median} ms"
echo "Where start-up went, per run (ms): launch script and JVM creation | JVM to OSGi framework launch |"
echo "  framework to application start (resolve, bundles, services) | application to window created"
echo "  (display, workbench and E4 model, CSS) | window created to first paint (opening it: parts, views,"
echo "  layout, first icons) | the platform's 'Startup complete' (org.eclipse.core.runtime/debug: from the"
echo "  framework launch to the workbench running)"
printf '  %8s %8s %8s %8s %8s %8s %10s\n' total jvm osgi bundles workbench paint platform
for p in "${phases[@]}"; do
	# shellcheck disable=SC2086
	printf '  %8s %8s %8s %8s %8s %8s %10s\n' $p
done
echo "Going to the large folder from a small one, per run (the listing off the UI thread, the wait for the UI thread, the table filled):"
for n in "${navs[@]}"; do
	echo "  $n"
done
