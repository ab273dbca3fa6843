#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds every release archive into target/release/ in one command:
#   releng/release.sh [VERSION]      (VERSION: default the project's, e.g. 0.1.0-SNAPSHOT)
# - linksmith-update-site-VERSION.zip   the p2 update site (Help > Install New Software > Add > Archive)
# - linksmith-explorer-VERSION-linux-gtk-x86_64.tar.gz, -win32-x86_64.zip, -macos-aarch64.tar.gz
#                                       Linksmith Explorer, each in a folder with its start script
# - linksmith-cli-VERSION.tar.gz        the command line: bin/linksmith (finds Java 17+),
#                                       lib/linksmith-cli.jar, completion, man page and manual
# - SHA256SUMS
# The tests are not run here (./test does that; the release workflow runs it first).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
. releng/scripts/env.sh
. releng/scripts/packages.sh
. releng/scripts/cli-jar.sh
linksmith_ensure_packages release
linksmith_require_jdk

VERSION="${1:-$(sed -n '0,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)}"
case "$VERSION" in
	v[0-9]*) VERSION="${VERSION#v}" ;;   # a tag such as v0.2.0
esac
case "$VERSION" in
	*[!A-Za-z0-9._-]* | "") echo "release: '$VERSION' is not a version (letters, digits, . _ - only)" >&2; exit 2 ;;
esac
OUT="$ROOT/target/release"
MODULES="releng/org.linksmith.target,bundles/org.linksmith.core,bundles/org.linksmith.cli,bundles/org.linksmith.ui,bundles/org.linksmith.ui.ide,bundles/org.linksmith.explorer,releng/org.linksmith.explorer.branding,features/org.linksmith.feature,releng/org.linksmith.site,releng/org.linksmith.explorer.product"

echo "release: building $VERSION"
./mvnw -B -ntp -q -DskipTests -pl "$MODULES" clean verify
rm -rf "$OUT"
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# the update site, as Tycho zipped it
cp releng/org.linksmith.site/target/org.linksmith.site-*.zip "$OUT/linksmith-update-site-$VERSION.zip"

# the Explorer, one archive per platform, each unpacking into one folder
PRODUCTS=releng/org.linksmith.explorer.product/target/products/org.linksmith.explorer.app
archive_explorer() { # os/ws/arch, name, format
	local dir="linksmith-explorer-$VERSION"
	rm -rf "${WORK:?}/$dir"
	cp -a "$PRODUCTS/$1" "$WORK/$dir"
	case "$3" in
		tar.gz) tar -C "$WORK" -czf "$OUT/linksmith-explorer-$VERSION-$2.tar.gz" "$dir" ;;
		zip) (cd "$WORK" && python3 -c 'import shutil, sys; shutil.make_archive(sys.argv[1], "zip", ".", sys.argv[2])' \
			"$OUT/linksmith-explorer-$VERSION-$2" "$dir") ;;
	esac
	rm -rf "${WORK:?}/$dir"
}
archive_explorer linux/gtk/x86_64 linux-gtk-x86_64 tar.gz
archive_explorer win32/win32/x86_64 win32-x86_64 zip
archive_explorer macosx/cocoa/aarch64 macos-aarch64 tar.gz

# the command line
CLI="$WORK/linksmith-cli-$VERSION"
mkdir -p "$CLI/bin" "$CLI/lib/native" "$CLI/share/bash-completion/completions" "$CLI/share/man/man1" "$CLI/share/doc/linksmith"
linksmith_make_cli_jar bundles/org.linksmith.cli/target "$CLI/lib/linksmith-cli.jar"
for arch in linux-x86-64 linux-aarch64; do
	mkdir -p "$CLI/lib/native/$arch"
	unzip -q -o -j "$CLI/lib/linksmith-cli.jar" "com/sun/jna/$arch/libjnidispatch.so" -d "$CLI/lib/native/$arch"
done
install -m 755 releng/cli/linksmith "$CLI/bin/linksmith"
"$CLI/bin/linksmith" completion bash > "$CLI/share/bash-completion/completions/linksmith"
{
	"$CLI/bin/linksmith" --help
	for command in create mklink inspect list siblings retarget remove relocate completion; do
		printf '\n\n'
		"$CLI/bin/linksmith" "$command" --help
	done
} > "$CLI/share/doc/linksmith/MANUAL.txt"
if command -v help2man >/dev/null 2>&1; then
	help2man --no-info --name "make file-system links visible and safe" --section 1 \
		--include <(printf '[SEE ALSO]\nThe commands'"'"' own help: linksmith COMMAND --help, and %s.\n' "share/doc/linksmith/MANUAL.txt") \
		"$CLI/bin/linksmith" > "$CLI/share/man/man1/linksmith.1"
else
	echo "release: help2man is not installed; the archive has the manual as text only" >&2
	rmdir "$CLI/share/man/man1" "$CLI/share/man"
fi
cat > "$CLI/README.txt" <<TXT
Linksmith $VERSION, the command line. Needs Java 17 or newer.

  bin/linksmith --help                       the commands
  share/doc/linksmith/MANUAL.txt             every command's help in one file
  share/man/man1/linksmith.1                 the man page (man -l share/man/man1/linksmith.1)
  share/bash-completion/completions/linksmith
                                             completion for bash; for zsh: source it from ~/.zshrc

Install for one user:  ln -s "\$PWD/bin/linksmith" ~/.local/bin/linksmith
Completion (bash):     cp share/bash-completion/completions/linksmith ~/.local/share/bash-completion/completions/
TXT
tar -C "$WORK" -czf "$OUT/linksmith-cli-$VERSION.tar.gz" "linksmith-cli-$VERSION"

(cd "$OUT" && sha256sum -- *.zip *.tar.gz > SHA256SUMS)
echo "release: $OUT"
(cd "$OUT" && ls -l --block-size=K | tail -n +2)
