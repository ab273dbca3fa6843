/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.install.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * Looks, in a running IDE, for what a user sees of Linksmith: the Links submenu in the Project
 * Explorer's context menu on a symbolic link, the decorator's target suffix on that link's label,
 * and the Link page in its Properties dialog. Runs only when the system property
 * {@code linksmith.installcheck} names a result file; writes one {@code key=value} line per
 * finding there, then closes the workbench. Used by {@code tests/install/install-test.sh} on an
 * Eclipse that Linksmith was installed into with p2, and again after it was uninstalled.
 */
public final class InstallCheck implements IStartup {

	private static final String LINK_PROPERTY_PAGE = "org.linksmith.ui.linkPropertyPage";

	@Override
	public void earlyStartup() {
		String result = System.getProperty("linksmith.installcheck");
		if (result == null) {
			return;
		}
		List<String> lines = new ArrayList<>();
		try {
			check(lines);
		} catch (Throwable e) {
			lines.add("error=" + e);
		}
		try {
			Files.write(Path.of(result), lines, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(workbench::close);
	}

	private static void check(List<String> lines) throws CoreException, IOException, InterruptedException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("install-check");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		Path folder = project.getLocation().toFile().toPath();
		Files.writeString(folder.resolve("data.txt"), "data");
		Path link = folder.resolve("link.txt");
		if (!Files.isSymbolicLink(link)) {
			Files.createSymbolicLink(link, Path.of("data.txt"));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFile file = project.getFile("link.txt");
		Display display = PlatformUI.getWorkbench().getDisplay();

		Tree tree = ui(display, () -> {
			try {
				IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
				CommonNavigator navigator = (CommonNavigator) window.getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
				navigator.selectReveal(new StructuredSelection(file));
				return navigator.getCommonViewer().getTree();
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});

		// the decorator adds the target after the name, in the decoration job: wait for it
		String label = ""; 
		long end = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < end) {
			label = ui(display, () -> {
				TreeItem[] selection = tree.getSelection();
				return selection.length == 1 ? selection[0].getText() : "";
			});
			if (label.contains("data.txt")) {
				break;
			}
			Thread.sleep(200);
		}
		lines.add("label=" + label);
		lines.add("decorator=" + (label.startsWith("link.txt") && label.contains("data.txt") ? "present" : "absent"));

		List<String> items = ui(display, () -> {
			List<String> found = new ArrayList<>();
			Menu menu = tree.getMenu();
			menu.notifyListeners(SWT.Show, new Event());
			for (MenuItem item : menu.getItems()) {
				if (item.getText().replace("&", "").equals("Links") && item.getMenu() != null) {
					Menu links = item.getMenu();
					links.notifyListeners(SWT.Show, new Event());
					for (MenuItem sub : links.getItems()) {
						if (!sub.getText().isEmpty()) {
							found.add(sub.getText().replace("&", ""));
						}
					}
					links.notifyListeners(SWT.Hide, new Event());
				}
			}
			menu.notifyListeners(SWT.Hide, new Event());
			return found;
		});
		lines.add("menuItems=" + String.join("|", items));
		lines.add("menu=" + (items.stream().anyMatch(i -> i.startsWith("Create Link")) ? "present" : "absent"));

		boolean page = ui(display, () -> {
			PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(tree.getShell(), file, null, null, null);
			try {
				for (IPreferenceNode node : dialog.getPreferenceManager().getElements(PreferenceManager.PRE_ORDER)) {
					if (LINK_PROPERTY_PAGE.equals(node.getId())) {
						return Boolean.TRUE;
					}
				}
				return Boolean.FALSE;
			} finally {
				dialog.close();
			}
		}).booleanValue();
		lines.add("propertyPage=" + (page ? "present" : "absent"));
	}

	private static <T> T ui(Display display, Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(work.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}
}
