/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linksmith.explorer.internal.ContentsView;
import org.linksmith.explorer.internal.LinksView;
import org.linksmith.ui.testing.StallSampler;
import org.linksmith.ui.testing.UiDriver;
import org.linksmith.ui.testing.UiTestExtension;

/**
 * The Links view on a large tree, as a user meets it (bench/bench-links-view.sh; not a test, run
 * only by name): the folder is opened by typing it, <i>Include Sub-folders</i> ticked in the view
 * menu, and per round it writes how long until the count was shown and all rows were in the
 * table, the longest stall of the UI thread meanwhile, the heap in use after a collection and the
 * process's resident memory; then how long a scan under way takes to end once cancelled.
 */
@ExtendWith(UiTestExtension.class)
class LinksViewBench {

	static final Pattern COUNT = Pattern.compile("^([0-9,]+) links?, ([0-9,]+) broken, under "); //$NON-NLS-1$
	static final Duration LONG = Duration.ofMinutes(5);

	@Test
	void linksViewOnALargeTree() throws Exception {
		Path tree = Path.of(System.getProperty("bench.tree", "")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!Files.isDirectory(tree)) {
			throw new AssertionError("-Dbench.tree names no folder: " + tree); //$NON-NLS-1$
		}
		UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());
		IWorkbenchPage page = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
		LinksView links = ui.ui(() -> (LinksView) page.showView(LinksView.ID));
		ContentsView contents = ui.ui(() -> (ContentsView) page.showView(ContentsView.ID));
		Text address = ui.text(ui.ui(() -> contents.viewer().getTable().getParent()), ExplorerTest.KEY, "address"); //$NON-NLS-1$
		ui.type(address, tree.toString());
		ui.run(() -> address.notifyListeners(SWT.DefaultSelection, new Event()));
		ui.waitUntil("the folder is shown", () -> tree.equals(contents.folder()), LONG); //$NON-NLS-1$
		Job.getJobManager().join(ContentsView.FAMILY, null);
		Job.getJobManager().join(LinksView.FAMILY, null);
		Table table = ui.ui(() -> links.viewer().getTable());
		List<String> lines = new ArrayList<>();
		for (int round = 1; round <= 3; round++) {
			StallSampler sampler = new StallSampler(ui.display());
			sampler.start();
			long t0 = System.nanoTime();
			sampler.from(t0);
			ExplorerTest.tick(ui, links, "Include Sub-folders"); //$NON-NLS-1$
			long[] counted = new long[1];
			ui.waitUntil("the links under the folder are counted", () -> { //$NON-NLS-1$
				Matcher m = COUNT.matcher(links.getContentDescription());
				if (m.find() && Job.getJobManager().find(LinksView.FAMILY).length == 0) {
					counted[0] = System.nanoTime();
					return true;
				}
				return false;
			}, LONG);
			Matcher m = COUNT.matcher(ui.ui(links::getContentDescription));
			m.find();
			int count = Integer.parseInt(m.group(1).replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
			ui.waitUntil("all the rows are in", () -> table.getItemCount() == count, LONG); //$NON-NLS-1$
			long rows = System.nanoTime();
			ui.settle();
			sampler.finish();
			System.gc();
			long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
			lines.add(String.format("round%d links=%d broken=%s counted_ms=%d rows_ms=%d steps=%d stall_ms=%d stall_at_ms=%d heap_mib=%d rss_mib=%d", //$NON-NLS-1$
					round, count, m.group(2).replace(",", ""), (counted[0] - t0) / 1_000_000, (rows - t0) / 1_000_000, //$NON-NLS-1$ //$NON-NLS-2$
					ui.ui(links::fillSteps), sampler.longest() / 1_000_000, (sampler.longestAt() - t0) / 1_000_000, heap, rssMib()));
			ExplorerTest.tick(ui, links, "Include Sub-folders"); //$NON-NLS-1$
			Job.getJobManager().join(LinksView.FAMILY, null);
			ui.settle();
		}
		// a scan under way, cancelled as the progress view's stop button does it
		ExplorerTest.tick(ui, links, "Include Sub-folders"); //$NON-NLS-1$
		ui.waitUntil("the scan runs", () -> Job.getJobManager().find(LinksView.FAMILY).length > 0, LONG); //$NON-NLS-1$
		Thread.sleep(300);
		long c0 = System.nanoTime();
		Job.getJobManager().cancel(LinksView.FAMILY);
		Job.getJobManager().join(LinksView.FAMILY, null);
		lines.add(String.format("cancel ended_ms=%d", (System.nanoTime() - c0) / 1_000_000)); //$NON-NLS-1$
		ExplorerTest.tick(ui, links, "Include Sub-folders"); //$NON-NLS-1$
		Job.getJobManager().join(LinksView.FAMILY, null);
		String out = System.getProperty("bench.out"); //$NON-NLS-1$
		if (out != null) {
			Files.write(Path.of(out), lines);
		}
		lines.forEach(System.out::println);
	}

	private static long rssMib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) { //$NON-NLS-1$
				if (line.startsWith("VmRSS:")) { //$NON-NLS-1$
					return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10; //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		} catch (java.io.IOException e) {
			// not Linux
		}
		return -1;
	}
}
