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

/** Reads the selection and calls {@link LinkActions}. */
public final class RemoveLinkHandler extends LinkHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<Path> paths = paths(event);
		if (!paths.isEmpty()) {
			LinkActions.removeLinks(shell(event), paths);
		}
		return null;
	}
}
