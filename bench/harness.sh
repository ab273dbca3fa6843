# SPDX-License-Identifier: EPL-2.0
# Sourced by the benchmarks that run a benchmark class in a plug-in test harness (bench-ide.sh,
# bench-links-view.sh): the repository root as the working folder, the JDK, bench/work, and
#   bench_harness MODULES CLASS ARGLINE LOG OUT
# which builds MODULES and runs CLASS under Xvfb with ARGLINE (through bench.argLine), its Maven
# output in LOG; it fails unless the run wrote OUT.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
. releng/scripts/env.sh
. releng/scripts/packages.sh
linksmith_require_jdk
WORK="$ROOT/bench/work"
mkdir -p "$WORK"

bench_harness() {
	local modules="$1" class="$2" argline="$3" log="$4" out="$5"
	rm -f "$out"
	if ! linksmith_run_with_display ./mvnw -B -ntp -q -pl "$modules" verify "-Dtest=$class" \
		-Dsurefire.failIfNoSpecifiedTests=false "-Dbench.argLine=$argline" >"$log" 2>&1 || [ ! -s "$out" ]; then
		echo "$(basename "$0" .sh): the run of $class failed; see $log" >&2
		exit 1
	fi
}
