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
import java.util.Comparator;
import java.util.List;

import org.linksmith.core.LinkInfo;

/**
 * {@code linksmith pointing-here PATH --within DIR [--json]}: the links within DIR that lead to
 * PATH or into it (and PATH's other hard-link names), found by a scan of DIR.
 */
final class PointingHereCommand extends LinkCommand {

	Path target;
	Path within;
	boolean json;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("pointing-here"); //$NON-NLS-1$
		m.parameter("PATH", "pointing-here.path", 1, 1, t -> target = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.option("DIR", "pointing-here.within", t -> within = m.path(t), "-w", "--within").required().folder(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		m.flag("json", () -> json = true, "--json"); //$NON-NLS-1$ //$NON-NLS-2$
		m.help();
		return m;
	}

	@Override
	public Integer call() throws Exception {
		List<LinkInfo> found;
		ProgressLine progress = ProgressLine.forStderr(context);
		try {
			found = new java.util.ArrayList<>(context.links.pointingHere(target, within, progress));
		} finally {
			progress.done();
		}
		found.sort(Comparator.comparing(i -> i.path().toString()));
		if (json) {
			Output.jsonArray(context.out, found);
			return 0;
		}
		for (LinkInfo info : found) {
			Output.line(context.out, info);
		}
		context.out.flush();
		context.err.println(java.text.MessageFormat.format(Messages.PointingHere_Summary, Integer.valueOf(found.size()),
				Output.show(target), Output.show(within)));
		return 0;
	}
}
