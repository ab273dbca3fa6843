/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.linksmith.ui.testing.UiDriver;

/**
 * A tool, not a test (its name keeps it out of the test run): takes the README's screenshot of
 * the real (native) context menu with the Links submenu open.
 * Runs only when LINKSMITH_SCREENSHOTS=1 (see docs/make-screenshots.sh): native menus need real
 * input events, which the regular tests avoid.
 */
@EnabledIfEnvironmentVariable(named = "LINKSMITH_SCREENSHOTS", matches = "1")
class DocsScreenshots {

	@Test
	void contextMenuWithTheLinksSubmenu() throws Exception {
		UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("photos");
		project.create(null);
		project.open(null);
		Path dir = project.getLocation().toPath();
		Files.createDirectories(dir.resolve("Backups/Pictures/My Pictures/Holidays/Christmas 2012"));
		Files.writeString(dir.resolve("Backups/Pictures/My Pictures/Holidays/Christmas 2012/tree.jpg"), "x");
		Files.createSymbolicLink(dir.resolve("Pics"), Path.of("Backups/Pictures/My Pictures/Holidays/Christmas 2012"));
		Files.createSymbolicLink(dir.resolve("old-drive"), Path.of("/mnt/retired/photos"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		Tree tree = ui.ui(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			CommonNavigator navigator = (CommonNavigator) page.showView(ProjectExplorerTest.PROJECT_EXPLORER);
			return navigator.getCommonViewer().getTree();
		});
		TreeItem pics = ui.treeItem(tree, "photos", "Pics");
		ui.treeItem(tree, "photos", "old-drive");
		ui.waitUntil("decorated", () -> pics.getText().contains("\u2192"));
		ui.select(pics);
		Point at = ui.ui(() -> {
			Rectangle b = pics.getBounds();
			return tree.toDisplay(b.x + 40, b.y + b.height / 2);
		});
		ui.display().asyncExec(() -> {
			Menu menu = tree.getMenu();
			menu.setLocation(at);
			menu.setVisible(true);
		});
		Thread.sleep(1500);
		key('k'); // Lin&ks
		Thread.sleep(1000);
		Path file = ui.screenshot(Path.of("target", "screenshots", "context-menu.png"));
		key(SWT.ESC);
		key(SWT.ESC);
		assertTrue(Files.size(file) > 0);
	}

	static void key(int code) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event e = new Event();
			e.type = type;
			if (code < 0x10000 && code > 0x20) {
				e.character = (char) code;
			} else {
				e.keyCode = code;
			}
			PlatformUI.getWorkbench().getDisplay().syncExec(() -> PlatformUI.getWorkbench().getDisplay().post(e));
		}
	}
}
