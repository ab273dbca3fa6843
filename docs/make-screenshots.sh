#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Regenerates the README's screenshots (docs/images) from the UI tests, under Xvfb.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
MODULES=releng/org.linksmith.target,bundles/org.linksmith.core,bundles/org.linksmith.ui,bundles/org.linksmith.ui.ide,tests/org.linksmith.ui.testing,tests/org.linksmith.ui.ide.tests
LINKSMITH_SCREENSHOTS=1 xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -q -pl "$MODULES" verify \
	-Dtest='DocsScreenshots,ProjectExplorerTest#linksAreDecoratedWithTypeTargetAndCount' -Dsurefire.failIfNoSpecifiedTests=false
SHOTS=tests/org.linksmith.ui.ide.tests/target/screenshots
convert "$SHOTS/context-menu.png" -crop 720x720+0+60 +repage docs/images/context-menu.png
convert "$SHOTS/project-explorer-decorated.png" -crop 560x360+0+60 +repage docs/images/project-explorer.png
EXPLORER_MODULES=releng/org.linksmith.target,bundles/org.linksmith.core,bundles/org.linksmith.ui,bundles/org.linksmith.explorer,releng/org.linksmith.explorer.branding,tests/org.linksmith.ui.testing,tests/org.linksmith.explorer.tests
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -q -pl "$EXPLORER_MODULES" verify \
	-Dtest='ExplorerTest#propertiesOfALinkShowItsTarget' -Dsurefire.failIfNoSpecifiedTests=false
convert tests/org.linksmith.explorer.tests/target/screenshots/explorer-link-properties.png -crop 650x530+225+0 +repage \
	docs/images/link-properties.png
echo "updated docs/images (the Explorer screenshots explorer.png, paste-as-link.png and retarget-warning.png are taken by hand: ./linksmith explorer)"
