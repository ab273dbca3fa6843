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
import org.linksmith.core.TargetStyle;

/**
 * {@code linksmith mklink [/D | /H | /J] LINK TARGET}: the syntax of Windows' {@code mklink}, for
 * people who know it. Switches are case-insensitive.
 */
final class MklinkCommand extends LinkCommand {

	final Kind kind = new Kind();
	Path link;
	Path target;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("mklink"); //$NON-NLS-1$
		m.caseInsensitive = true;
		m.exclusive(m.flag("mklink.d", () -> kind.directory = true, "/D"), //$NON-NLS-1$ //$NON-NLS-2$
				m.flag("mklink.h", () -> kind.hard = true, "/H"), //$NON-NLS-1$ //$NON-NLS-2$
				m.flag("mklink.j", () -> kind.junction = true, "/J")); //$NON-NLS-1$ //$NON-NLS-2$
		m.parameter("LINK", "mklink.link", 1, 1, t -> link = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.parameter("TARGET", "mklink.target", 1, 1, t -> target = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.help("-h", "--help", "/?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return m;
	}

	static final class Kind {
		boolean directory;
		boolean hard;
		boolean junction;
	}

	@Override
	public Integer call() throws Exception {
		LinkType type = kind.hard ? LinkType.HARD
				: kind.junction ? LinkType.JUNCTION
						: kind.directory ? LinkType.SYMBOLIC_DIRECTORY : LinkType.SYMBOLIC_FILE;
		CreateResult r = context.links.create(link, target, type, TargetStyle.AS_GIVEN);
		warnings(r);
		String done = kind.hard ? Messages.Mklink_Hard : kind.junction ? Messages.Mklink_Junction : Messages.Mklink_Symbolic;
		context.out.println(NLS.bind(done, link, target));
		return 0;
	}
}
