/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkIndex;

/**
 * {@code linksmith index [--add | --rescan | --remove] [--full] [DIR...]}: the link index's roots,
 * with their counts and the age of their last scan; adds and scans folders, rescans (only what
 * changed, or everything with {@code --full}) and takes roots out again.
 */
final class IndexCommand extends LinkCommand {

	boolean add;
	boolean rescan;
	boolean remove;
	boolean full;
	final List<Path> dirs = new ArrayList<>();

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("index"); //$NON-NLS-1$
		m.exclusive(m.flag("index.add", () -> add = true, "--add"), //$NON-NLS-1$ //$NON-NLS-2$
				m.flag("index.rescan", () -> rescan = true, "--rescan"), //$NON-NLS-1$ //$NON-NLS-2$
				m.flag("index.remove", () -> remove = true, "--remove")); //$NON-NLS-1$ //$NON-NLS-2$
		m.flag("index.full", () -> full = true, "--full"); //$NON-NLS-1$ //$NON-NLS-2$
		m.parameter("DIR", "index.dir", 0, Integer.MAX_VALUE, t -> dirs.add(m.path(t))); //$NON-NLS-1$ //$NON-NLS-2$
		m.help();
		return m;
	}

	@Override
	public Integer call() throws LinkException, UsageException {
		LinkIndex index = context.index();
		if ((add || remove) && dirs.isEmpty()) {
			throw new UsageException(model, Messages.Index_NeedsDir);
		}
		if (full && !add && !rescan) {
			throw new UsageException(model, Messages.Index_FullAlone);
		}
		if (!add && !rescan && !remove && !dirs.isEmpty()) {
			throw new UsageException(model, Messages.Index_DirWithoutAction);
		}
		if (remove) {
			int code = 0;
			for (Path dir : dirs) {
				if (index.remove(dir)) {
					context.out.println(MessageFormat.format(Messages.Index_Removed, Output.show(dir)));
				} else {
					context.error(MessageFormat.format(Messages.Index_NotARoot, Output.show(dir)));
					code = Main.FAILED;
				}
			}
			return Integer.valueOf(code);
		}
		if (add || rescan) {
			List<LinkIndex.ScanReport> reports = new ArrayList<>();
			ProgressLine progress = ProgressLine.forStderr(context);
			try {
				if (rescan && dirs.isEmpty()) {
					if (index.roots().isEmpty()) {
						context.error(Messages.Index_Empty);
						return Integer.valueOf(Main.FAILED);
					}
					reports.addAll(index.rescan(progress));
				}
				for (Path dir : dirs) {
					if (rescan && index.covering(dir) == null) {
						context.error(MessageFormat.format(Messages.Index_NotCovered, Output.show(dir)));
						return Integer.valueOf(Main.FAILED);
					}
					reports.add(index.scan(dir, full, progress));
				}
			} finally {
				progress.done();
			}
			for (LinkIndex.ScanReport r : reports) {
				context.out.println(MessageFormat.format(Messages.Index_Scanned, Output.show(r.root()),
						Long.valueOf(r.folders()), Long.valueOf(r.foldersRead()), Long.valueOf(r.links()),
						Double.valueOf(r.took().toMillis() / 1000.0)));
			}
			return Integer.valueOf(0);
		}
		List<LinkIndex.Root> roots = index.roots();
		if (roots.isEmpty()) {
			context.out.println(Messages.Index_None);
		}
		for (LinkIndex.Root root : roots) {
			Instant scanned = root.scanned();
			context.out.println(scanned == null
					? MessageFormat.format(Messages.Index_RootNeverScanned, Output.show(root.path()))
					: MessageFormat.format(Messages.Index_Root, Output.show(root.path()), Long.valueOf(root.folders()),
							Long.valueOf(root.links()), age(Duration.between(scanned, Instant.now()))));
		}
		context.out.println(MessageFormat.format(Messages.Index_Location, Output.show(index.location())));
		return Integer.valueOf(0);
	}

	static String age(Duration d) {
		long s = Math.max(0, d.getSeconds());
		if (s < 120) {
			return MessageFormat.format(Messages.Index_AgeSeconds, Long.valueOf(s));
		}
		if (s < 2 * 3600) {
			return MessageFormat.format(Messages.Index_AgeMinutes, Long.valueOf(s / 60));
		}
		if (s < 2 * 86400) {
			return MessageFormat.format(Messages.Index_AgeHours, Long.valueOf(s / 3600));
		}
		return MessageFormat.format(Messages.Index_AgeDays, Long.valueOf(s / 86400));
	}
}
