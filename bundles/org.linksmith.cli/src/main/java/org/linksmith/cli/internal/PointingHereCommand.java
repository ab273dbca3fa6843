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
import java.util.Comparator;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.linksmith.core.LinkIndex;
import org.linksmith.core.LinkInfo;

/**
 * {@code linksmith pointing-here PATH [--within DIR] [--json]}: the links that lead to PATH or into
 * it (and PATH's other hard-link names): from the link index when it covers DIR (or, without DIR,
 * in all its roots), else found by a scan of DIR.
 */
final class PointingHereCommand extends LinkCommand {

	Path target;
	Path within;
	boolean json;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("pointing-here"); //$NON-NLS-1$
		m.parameter("PATH", "pointing-here.path", 1, 1, t -> target = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.option("DIR", "pointing-here.within", t -> within = m.path(t), "-w", "--within").folder(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		m.flag("json", () -> json = true, "--json"); //$NON-NLS-1$ //$NON-NLS-2$
		m.help();
		return m;
	}

	private static LinkIndex.@Nullable Root firstScanned(List<LinkIndex.Root> roots) {
		for (LinkIndex.Root r : roots) {
			if (r.scanned() != null) {
				return r;
			}
		}
		return null;
	}

	@Override
	public Integer call() throws Exception {
		List<LinkInfo> found;
		LinkIndex index = context.index();
		// the index answers when it covers where to look (all its roots when nothing is named)
		LinkIndex.Root root = within != null ? index.covering(within) : firstScanned(index.roots());
		if (root != null && root.scanned() != null) {
			found = index.pointingHere(target, within);
		} else if (within == null) {
			context.error(MessageFormat.format(Messages.PointingHere_NoIndex, Output.show(target)));
			return Integer.valueOf(Main.FAILED);
		} else {
			ProgressLine progress = ProgressLine.forStderr(context);
			try {
				found = new java.util.ArrayList<>(context.links.pointingHere(target, within, progress));
			} finally {
				progress.done();
			}
			root = null;
		}
		found = new java.util.ArrayList<>(found);
		found.sort(Comparator.comparing(i -> i.path().toString()));
		if (json) {
			Output.jsonArray(context.out, found);
			return Integer.valueOf(0);
		}
		for (LinkInfo info : found) {
			Output.line(context.out, info);
		}
		context.out.flush();
		if (root != null) {
			Instant scanned = java.util.Objects.requireNonNull(root.scanned());
			String where = within != null ? Output.show(within) : index.roots().stream().map(r -> Output.show(r.path()))
					.collect(java.util.stream.Collectors.joining(", ")); //$NON-NLS-1$
			context.err.println(MessageFormat.format(Messages.PointingHere_FromIndex, Integer.valueOf(found.size()),
					Output.show(target), where, IndexCommand.age(Duration.between(scanned, Instant.now()))));
		} else {
			context.err.println(MessageFormat.format(Messages.PointingHere_Summary, Integer.valueOf(found.size()),
					Output.show(target), Output.show(within)));
		}
		return Integer.valueOf(0);
	}
}
