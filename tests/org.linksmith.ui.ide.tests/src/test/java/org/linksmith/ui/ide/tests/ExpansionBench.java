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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linksmith.ui.internal.decorators.LinkDecorator;
import org.linksmith.ui.testing.StallSampler;
import org.linksmith.ui.testing.UiDriver;
import org.linksmith.ui.testing.UiTestExtension;

/**
 * Not a test (its name keeps it out of {@code ./test}): the benchmark that {@code bench/bench-ide.sh}
 * runs twice, with Linksmith and with Linksmith switched off ({@code -Dbench.stock=true}: its
 * decorator disabled and its navigator content deactivated, as a user can do in the preferences).
 * A project of 10,000 files, 2,000 symbolic links (a tenth broken) and 500 hard links is expanded
 * whole in the Project Explorer, first in the fresh IDE, then after a warm-up, and for each
 * expansion it writes how long the expansion held the UI thread, the longest stall of the UI
 * thread after it (a sampler thread posts to the display every 5 ms and measures how late each
 * post runs) and when the decorations were done, to the file named by {@code bench.out}.
 */
@ExtendWith(UiTestExtension.class)
class ExpansionBench {

	static final boolean STOCK = Boolean.getBoolean("bench.stock");
	/** To tell the parts apart: "decorator" or "content" switches off only that part of Linksmith. */
	static final String OFF = STOCK ? "decorator,content" : System.getProperty("bench.off", ""); //$NON-NLS-1$ //$NON-NLS-2$
	static final int FOLDERS = 100;
	static final int FILES_PER_FOLDER = 100;
	static final int LINKS_PER_FOLDER = 20;
	static final int BROKEN_PER_FOLDER = 2;
	static final int HARD_PER_FOLDER = 5;

	@Test
	void expandTheWholeProject() throws Exception {
		UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("bench");
		project.create(null);
		project.open(null);
		Path dir = project.getLocation().toPath();
		makeTree(dir);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		CommonViewer viewer = ui.ui(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			CommonNavigator navigator = (CommonNavigator) page.showView(ProjectExplorerTest.PROJECT_EXPLORER);
			page.activate(navigator);
			// to tell the decorations apart: preferences switched off, e.g. suffix.target,overlay.hard
			for (String key : System.getProperty("bench.prefsOff", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (!key.isBlank()) {
					org.linksmith.ui.internal.preferences.LinkPreferences.store().setValue(key.strip(), false);
				}
			}
			if (OFF.contains("decorator")) { //$NON-NLS-1$
				PlatformUI.getWorkbench().getDecoratorManager().setEnabled(LinkDecorator.ID, false);
			}
			if (OFF.contains("content")) { //$NON-NLS-1$
				navigator.getNavigatorContentService().getActivationService()
						.deactivateExtensions(new String[] { "org.linksmith.ui.ide.brokenLinks" }, false); //$NON-NLS-1$
			}
			navigator.getCommonViewer().refresh();
			return navigator.getCommonViewer();
		});
		decorationsDone(ui);
		List<String> lines = new ArrayList<>();
		lines.add("mode=" + (STOCK ? "stock" : "linksmith") + " off=" + OFF + " prefsOff=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ System.getProperty("bench.prefsOff", "")); //$NON-NLS-1$ //$NON-NLS-2$
		for (int round = 0; round < 5; round++) {
			ui.run(viewer::collapseAll);
			decorationsDone(ui);
			StallSampler sampler = new StallSampler(ui.display());
			sampler.start();
			long t0 = System.nanoTime();
			ui.run(() -> viewer.expandToLevel(project, AbstractTreeViewer.ALL_LEVELS));
			long expanded = System.nanoTime();
			sampler.from(expanded);
			decorationsDone(ui);
			long done = System.nanoTime();
			sampler.finish();
			int items = ui.ui(() -> count(viewer.getTree().getItems()));
			String name = round == 0 ? "first" : round == 1 ? "warm-up" : "again" + (round - 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			lines.add(String.format("%s expand_ms=%d stall_ms=%d decorated_ms=%d items=%d", name, //$NON-NLS-1$
					(expanded - t0) / 1_000_000, sampler.longest() / 1_000_000, (done - t0) / 1_000_000, items));
		}
		String out = System.getProperty("bench.out"); //$NON-NLS-1$
		if (out != null) {
			Files.write(Path.of(out), lines);
		}
		lines.forEach(System.out::println);
		project.delete(true, true, null);
	}

	/** Waits until the decoration jobs have run dry and the UI thread has shown what they posted. */
	static void decorationsDone(UiDriver ui) throws InterruptedException {
		int quiet = 0;
		while (quiet < 3) {
			Thread.sleep(20);
			boolean idle = Job.getJobManager().find(org.eclipse.ui.internal.decorators.DecoratorManager.FAMILY_DECORATE).length == 0;
			ui.run(() -> {
				// the UI thread has run what was posted before
			});
			quiet = idle ? quiet + 1 : 0;
		}
	}

	static int count(TreeItem[] items) {
		int n = items.length;
		for (TreeItem i : items) {
			if (i.getExpanded()) {
				n += count(i.getItems());
			}
		}
		return n;
	}

	static void makeTree(Path dir) throws IOException {
		for (int f = 0; f < FOLDERS; f++) {
			Path folder = Files.createDirectories(dir.resolve(String.format("pkg%03d", f))); //$NON-NLS-1$
			for (int i = 0; i < FILES_PER_FOLDER; i++) {
				Files.writeString(folder.resolve(String.format("File%03d.java", i)), "class F {}\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (int i = 0; i < LINKS_PER_FOLDER; i++) {
				String target = i < BROKEN_PER_FOLDER ? "missing" + i : String.format("File%03d.java", i); //$NON-NLS-1$ //$NON-NLS-2$
				Files.createSymbolicLink(folder.resolve(String.format("link%03d.java", i)), Path.of(target)); //$NON-NLS-1$
			}
			for (int i = 0; i < HARD_PER_FOLDER; i++) {
				Files.createLink(folder.resolve(String.format("hard%03d.java", i)), //$NON-NLS-1$
						folder.resolve(String.format("File%03d.java", 50 + i))); //$NON-NLS-1$
			}
		}
	}
}
