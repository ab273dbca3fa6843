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
import org.linksmith.core.TargetStyle;

/** {@code linksmith retarget LINK NEW_TARGET [--relative | --absolute]} */
final class RetargetCommand extends LinkCommand {

	Path link;
	Path target;
	final CreateCommand.Style style = new CreateCommand.Style();

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("retarget"); //$NON-NLS-1$
		m.parameter("LINK", "retarget.link", 1, 1, t -> link = m.kernelPath(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.parameter("NEW_TARGET", "retarget.target", 1, 1, t -> target = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		style.define(m);
		m.help();
		return m;
	}

	@Override
	public Integer call() throws Exception {
		Path old = context.links.inspect(link).target();
		CreateResult r = context.links.retarget(link, target, style.style());
		warnings(r);
		context.out.println(NLS.bind(Messages.Retarget_Done, new Object[] { link, old, r.link().target() }));
		return 0;
	}
}
