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

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.handlers.IHandlerService;

/** The Contents view's menu and tool bar items: its commands, run through the view's handler service. */
final class ContentsActions {

	private ContentsActions() {
	}

	/**
	 * The Contents view's own context menu items (the Links menu and Properties follow).
	 *
	 * @param m the menu
	 * @param site the view's site
	 * @param paths the selected paths
	 * @param hasFolder whether a folder is shown
	 */
	static void fillMenu(org.eclipse.jface.action.IMenuManager m, IWorkbenchPartSite site, java.util.List<java.nio.file.Path> paths,
			boolean hasFolder) {
		m.add(command(site, ContentsHandler.OPEN, Messages.Action_Open, !paths.isEmpty()));
		m.add(command(site, ContentsHandler.NEW_FOLDER, Messages.Action_NewFolder, hasFolder));
		m.add(new org.eclipse.jface.action.Separator());
		m.add(command(site, "org.eclipse.ui.edit.cut", Messages.Action_Cut, !paths.isEmpty())); //$NON-NLS-1$
		m.add(command(site, "org.eclipse.ui.edit.copy", Messages.Action_Copy, !paths.isEmpty())); //$NON-NLS-1$
		m.add(command(site, "org.eclipse.ui.edit.paste", Messages.Action_Paste, hasFolder)); //$NON-NLS-1$
		m.add(command(site, ContentsHandler.PASTE_LINK, Messages.Action_PasteLink, hasFolder));
		m.add(command(site, ContentsHandler.PASTE_HARD_LINK, Messages.Action_PasteHardLink, hasFolder));
		if (org.eclipse.core.runtime.Platform.OS_WIN32.equals(org.eclipse.core.runtime.Platform.getOS())) {
			m.add(command(site, ContentsHandler.PASTE_JUNCTION, Messages.Action_PasteJunction, hasFolder)); // junctions: Windows only
		}
		m.add(new org.eclipse.jface.action.Separator());
		m.add(command(site, "org.eclipse.ui.edit.rename", Messages.Action_Rename, paths.size() == 1)); //$NON-NLS-1$
		m.add(command(site, "org.eclipse.ui.edit.delete", Messages.Action_Delete, !paths.isEmpty())); //$NON-NLS-1$
		m.add(command(site, ContentsHandler.DELETE_PERMANENTLY, Messages.Action_DeletePermanently, !paths.isEmpty()));
		m.add(new org.eclipse.jface.action.Separator());
		m.add(command(site, ContentsHandler.SIZE, Messages.Action_Size, !paths.isEmpty()));
	}

	/**
	 * A menu or tool bar item that runs a command through a view's handler service (so the menu
	 * shows the command's key binding, whatever the user bound it to).
	 */
	static IAction command(IWorkbenchPartSite site, String commandId, String label, boolean enabled) {
		IAction action = new Action(label) {
			@Override
			public void run() {
				// an item of the table's menu acts on the table (Cut, Copy and Paste act on a focused
				// text field otherwise): as a right-click on it does, the table takes the focus
				if (site.getPart() instanceof ContentsView view && view.viewer().getControl().isVisible()) {
					view.viewer().getControl().setFocus();
				}
				try {
					site.getService(IHandlerService.class).executeCommand(commandId, null);
				} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
					ILog.of(ContentsActions.class).error(commandId, e);
				}
			}
		};
		action.setActionDefinitionId(commandId);
		action.setEnabled(enabled);
		return action;
	}
}
