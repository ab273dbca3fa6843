#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Installs Linksmith into an Eclipse IDE as a user does (./linksmith install ECLIPSE_HOME, which
# runs that Eclipse's own p2 director), starts that IDE and looks for what a user would see (the
# Links submenu on a link in the Project Explorer, the decorator's target after its name, the Link
# property page), then uninstalls it (./linksmith uninstall ECLIPSE_HOME) and looks again.
# The Eclipse is the small stock IDE built from Maven Central without Linksmith
# (releng/org.linksmith.ide.product/stock-ide.product); the looking is done by a test-only plug-in
# (tests/org.linksmith.install.check) added to a throw-away copy of the installation for each start.
# Needs a build (./test or ./mvnw package) and a display (runs under xvfb-run when there is none).
# Prints one line per check, then "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/releng/scripts/env.sh"
linksmith_require_jdk
STOCK="$ROOT/releng/org.linksmith.ide.product/target/products/org.linksmith.stock.ide/linux/gtk/x86_64"
CHECK_JAR=$(ls "$ROOT"/tests/org.linksmith.install.check/target/org.linksmith.install.check-*.jar 2>/dev/null | grep -v sources | head -n 1)
if [ ! -d "$STOCK/plugins" ] || [ -z "$CHECK_JAR" ]; then
	echo "install-test: build first (./test, or ./mvnw -DskipTests package): the stock IDE or the check plug-in is missing" >&2
	exit 1
fi
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1 && [ -z "${LINKSMITH_IN_XVFB:-}" ]; then
	LINKSMITH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$ROOT/tests/lib/check.sh"
ECLIPSE="$T/eclipse"
cp -a "$STOCK" "$ECLIPSE"
INFO=configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
launcher() { ls "$1"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1; }
roots() {
	"$JAVA_HOME/bin/java" -jar "$(launcher "$ECLIPSE")" -install "$ECLIPSE" -configuration "$ECLIPSE/configuration" \
		-nosplash -application org.eclipse.equinox.p2.director -listInstalledRoots
}
# Starts a copy of the installation with the check plug-in; its findings land in $T/result-$1.
look() {
	local run="$T/run-$1" version
	rm -rf "$run"
	cp -a "$ECLIPSE" "$run"
	version=$(unzip -p "$CHECK_JAR" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: //p')
	cp "$CHECK_JAR" "$run/plugins/org.linksmith.install.check_$version.jar"
	echo "org.linksmith.install.check,$version,plugins/org.linksmith.install.check_$version.jar,4,false" >> "$run/$INFO"
	timeout 240 "$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -Dlinksmith.installcheck="$T/result-$1" \
		-jar "$(launcher "$run")" -install "$run" -configuration "$run/configuration" -clean -nosplash \
		-data "$T/workspace-$1" -application org.eclipse.ui.ide.workbench > "$T/ide-$1.log" 2>&1
	test -s "$T/result-$1"
}
show() { [ -f "$T/result-$1" ] && sed 's/^/      found: /' "$T/result-$1"; }
has() { grep -qx "$2" "$T/result-$1"; }

check "the stock IDE holds no Linksmith" bash -c "! grep -q '^org.linksmith' '$ECLIPSE/$INFO'"
check "./linksmith install ECLIPSE_HOME" "$ROOT/linksmith" install "$ECLIPSE"
check "p2 lists Linksmith as installed" bash -c "$(declare -f launcher roots); ECLIPSE='$ECLIPSE' JAVA_HOME='$JAVA_HOME' roots | grep -q '^org.linksmith.feature.feature.group/'"
check "its bundles are in the installation's configuration" grep -q '^org.linksmith.ui.ide,' "$ECLIPSE/$INFO"
check "the installed IDE starts and the check ran" look installed
show installed
check "Links submenu on a link in the Project Explorer" has installed "menu=present"
check "decorator shows the link's target" has installed "decorator=present"
check "Link property page" has installed "propertyPage=present"
check "installing again says it is there, exit 0" "$ROOT/linksmith" install "$ECLIPSE"

check "./linksmith uninstall ECLIPSE_HOME" "$ROOT/linksmith" uninstall "$ECLIPSE"
check "p2 no longer lists Linksmith" bash -c "$(declare -f launcher roots); ! ECLIPSE='$ECLIPSE' JAVA_HOME='$JAVA_HOME' roots | grep -q '^org.linksmith.feature'"
check "no Linksmith bundle left in the configuration" bash -c "! grep -q '^org.linksmith' '$ECLIPSE/$INFO'"
check "the IDE starts again and the check ran" look removed
show removed
check "no Links submenu" has removed "menu=absent"
check "no decoration" has removed "decorator=absent"
check "no Link property page" has removed "propertyPage=absent"
check "uninstalling again: not installed, exit 1" bash -c "'$ROOT/linksmith' uninstall '$ECLIPSE'; test \$? = 1"
# the zipped site is what Help > Install New Software > Add > Archive takes (a jar: URL to p2)
SITE_ZIP=$(ls "$ROOT"/releng/org.linksmith.site/target/org.linksmith.site-*.zip 2>/dev/null | head -n 1)
if [ -n "$SITE_ZIP" ]; then
	cp -a "$STOCK" "$T/eclipse-archive"
	check "installing from the zipped update site (an Archive in Install New Software)" bash -c "
		'$JAVA_HOME/bin/java' -jar '$(launcher "$T/eclipse-archive")' -install '$T/eclipse-archive' -configuration '$T/eclipse-archive/configuration' \
			-nosplash -application org.eclipse.equinox.p2.director -repository 'jar:file:$SITE_ZIP!/' -installIU org.linksmith.feature.feature.group &&
		grep -q '^org.linksmith.ui.ide,' '$T/eclipse-archive/$INFO'"
fi
check "not an Eclipse: plain message, exit 1" bash -c "'$ROOT/linksmith' install '$T' 2>&1 | grep -q 'is not an Eclipse installation'"
check "no folder named: usage, exit 2" bash -c "'$ROOT/linksmith' install; test \$? = 2"

finish install-test
