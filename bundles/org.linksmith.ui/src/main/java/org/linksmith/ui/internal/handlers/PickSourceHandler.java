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
public final class PickSourceHandler extends LinkHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<Path> paths = paths(event);
		if (!paths.isEmpty()) {
			LinkActions.pickSources(paths);
			// says what was picked and what comes next, where the user looks: the status line
			org.eclipse.ui.IWorkbenchPart part = org.eclipse.ui.handlers.HandlerUtil.getActivePart(event);
			String what = paths.size() == 1 ? String.valueOf(paths.get(0).getFileName())
					: org.eclipse.osgi.util.NLS.bind(org.linksmith.ui.internal.Messages.Pick_Many, Integer.valueOf(paths.size()));
			String message = org.eclipse.osgi.util.NLS.bind(org.linksmith.ui.internal.Messages.Pick_Status, what);
			if (part != null && part.getSite() instanceof org.eclipse.ui.IViewSite view) {
				view.getActionBars().getStatusLineManager().setMessage(message);
			} else if (part != null && part.getSite() instanceof org.eclipse.ui.IEditorSite editor) {
				editor.getActionBars().getStatusLineManager().setMessage(message);
			}
			org.eclipse.ui.commands.ICommandService commands = org.eclipse.ui.PlatformUI.getWorkbench()
					.getService(org.eclipse.ui.commands.ICommandService.class);
			if (commands != null) {
				commands.refreshElements("org.linksmith.ui.dropAs", null); //$NON-NLS-1$
			}
		}
		return null;
	}
}
