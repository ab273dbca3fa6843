/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;

/**
 * Gives an Explorer view Edit > Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) for the operations in the
 * workbench's undo context, which every Linksmith operation joins: the window's Undo and Redo
 * actions are retargeted to the active view and do nothing in a view that does not handle them.
 */
final class ExplorerUndo {

	private ExplorerUndo() {
	}

	/** @param site the view's site */
	static void install(IViewSite site) {
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(site, context));
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(site, context));
		site.getActionBars().updateActionBars();
	}
}
