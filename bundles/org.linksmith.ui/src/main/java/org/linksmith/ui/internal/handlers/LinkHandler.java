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

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.linksmith.ui.internal.LinkUi;

/** Base of the handlers: the handler only reads the selection and calls the UI operation. */
abstract class LinkHandler extends AbstractHandler {

	static List<Path> paths(ExecutionEvent event) {
		// from a context menu: what was right-clicked, even in a view that is not the active one
		ISelection selection = HandlerUtil.getActiveMenuSelection(event);
		if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			selection = HandlerUtil.getCurrentSelection(event);
		}
		return selection instanceof IStructuredSelection s ? LinkUi.pathsOf(s) : List.of();
	}

	static Shell shell(ExecutionEvent event) {
		return HandlerUtil.getActiveShell(event);
	}
}
