/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.linksmith.ui.internal.operations.LinkActions;

/** Drop As > Symbolic Link / Hard Link / Junction / Hard-Link Clone, onto the selected folder. */
public final class DropAsHandler extends LinkHandler {

	/** The command parameter naming the link type. */
	public static final String TYPE = "org.linksmith.ui.dropAs.type"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		List<Path> paths = paths(event);
		if (paths.size() == 1) {
			LinkActions.dropAs(shell(event), LinkSourceProvider.picked(), paths.get(0), event.getParameter(TYPE));
		}
		return null;
	}
}
