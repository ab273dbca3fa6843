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

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkType;

/** {@code linksmith relocate DIR NEW_PLACE [--symbolic | --junction]} */
final class RelocateCommand extends LinkCommand {

	Path dir;
	Path place;
	final Kind kind = new Kind();

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("relocate"); //$NON-NLS-1$
		m.parameter("DIR", "relocate.dir", 1, 1, t -> dir = m.kernelPath(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.parameter("NEW_PLACE", "relocate.place", 1, 1, t -> place = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.exclusive(m.flag("relocate.symbolic", () -> kind.symbolic = true, "-s", "--symbolic"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				m.flag("relocate.junction", () -> kind.junction = true, "-j", "--junction")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.help();
		return m;
	}

	static final class Kind {
		boolean symbolic;
		boolean junction;
	}

	@Override
	public Integer call() throws Exception {
		ProgressLine progress = ProgressLine.forStderr(context);
		CreateResult r;
		try {
			r = context.links.relocate(dir, place,
					kind.junction ? LinkType.JUNCTION : LinkType.SYMBOLIC_DIRECTORY, progress);
		} finally {
			progress.done();
		}
		warnings(r);
		context.out.println(NLS.bind(Messages.Relocate_Done, new Object[] { dir, r.link().target() }));
		return 0;
	}
}
