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

/** {@code linksmith create LINK TARGET [--symbolic | --hard | --junction] [--relative | --absolute]} */
final class CreateCommand extends LinkCommand {

	Path link;
	Path target;
	final Kind kind = new Kind();
	final Style style = new Style();

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("create"); //$NON-NLS-1$
		m.parameter("LINK", "create.link", 1, 1, t -> link = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.parameter("TARGET", "create.target", 1, 1, t -> target = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.exclusive(m.flag("create.symbolic", () -> kind.symbolic = true, "-s", "--symbolic"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				m.flag("create.hard", () -> kind.hard = true, "-H", "--hard"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				m.flag("create.junction", () -> kind.junction = true, "-j", "--junction")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		style.define(m);
		m.help();
		return m;
	}

	static final class Kind {
		boolean symbolic;
		boolean hard;
		boolean junction;

		LinkType type() {
			return hard ? LinkType.HARD : junction ? LinkType.JUNCTION : LinkType.SYMBOLIC_FILE;
		}
	}

	static final class Style {
		boolean relative;
		boolean absolute;

		/** {@code --relative | --absolute} */
		void define(CommandModel m) {
			m.exclusive(m.flag("create.relative", () -> relative = true, "-r", "--relative"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					m.flag("create.absolute", () -> absolute = true, "-a", "--absolute")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}

		TargetStyle style() {
			return relative ? TargetStyle.RELATIVE : absolute ? TargetStyle.ABSOLUTE : TargetStyle.AS_GIVEN;
		}
	}

	@Override
	public Integer call() throws Exception {
		CreateResult r = context.links.create(link, target, kind.type(), style.style());
		warnings(r);
		context.out.println(NLS.bind(Messages.Create_Done, new Object[] { r.link().type().id(), link,
				r.link().type().hasTarget() ? r.link().target() : target }));
		return 0;
	}
}
