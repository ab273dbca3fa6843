# SPDX-License-Identifier: EPL-2.0
# Shared by the shell tests; source it after setting T to the test's temporary folder.
#   check NAME COMMAND...   runs COMMAND; prints "ok    NAME", or "FAIL  NAME" and the end of its output
#   finish SUITE            prints "SUITE: N passed, N failed" and returns non-zero on a failure
pass=0 fail=0
check() {
	local name="$1"; shift
	if "$@" >"$T/out" 2>&1; then
		pass=$((pass + 1))
		echo "ok    $name"
	else
		fail=$((fail + 1))
		echo "FAIL  $name"
		sed 's/^/      /' "$T/out" | tail -n 20
	fi
}
finish() {
	echo "$1: $pass passed, $fail failed"
	[ "$fail" = 0 ]
}
