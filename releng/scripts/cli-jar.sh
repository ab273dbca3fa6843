# SPDX-License-Identifier: EPL-2.0
# Builds the command line's single jar. Source it; do not run it. Used by ./linksmith and
# releng/release.sh.

# linksmith_make_cli_jar CLI_TARGET OUT_JAR: one unsigned jar with the command line and its
# libraries from CLI_TARGET (bundles/org.linksmith.cli/target). The JVM verifies signed jars (the
# Eclipse ones are signed) at every start, and class-data sharing needs jars, not folders.
linksmith_make_cli_jar() {
	local cli_dir="$1" out="$2" tmp j version
	tmp=$(mktemp -d)
	for j in "$cli_dir"/lib/*.jar "$cli_dir"/org.linksmith.cli-*.jar; do
		case "$j" in *-sources.jar) continue ;; esac
		unzip -q -o "$j" -x 'META-INF/*' -d "$tmp/classes"
	done
	version=$(unzip -p "$(ls "$cli_dir"/org.linksmith.cli-*.jar | grep -v sources | head -n 1)" META-INF/MANIFEST.MF | sed -n 's/^Bundle-Version: //p' | tr -d '\r')
	printf 'Main-Class: org.linksmith.cli.internal.Main\nImplementation-Version: %s\n' "$version" > "$tmp/manifest"
	mkdir -p "$(dirname "$out")"
	"$JAVA_HOME/bin/jar" --create --file "$tmp/cli.jar" --manifest "$tmp/manifest" -C "$tmp/classes" .
	mv "$tmp/cli.jar" "$out"
	rm -rf "$tmp"
}

# linksmith_jna_arch: JNA's name for this machine's native folder (linux-x86-64, ...), or nothing
linksmith_jna_arch() {
	case "$(uname -s)-$(uname -m)" in
		Linux-x86_64) echo linux-x86-64 ;;
		Linux-aarch64) echo linux-aarch64 ;;
		Darwin-arm64) echo darwin-aarch64 ;;
		Darwin-x86_64) echo darwin-x86-64 ;;
	esac
}
