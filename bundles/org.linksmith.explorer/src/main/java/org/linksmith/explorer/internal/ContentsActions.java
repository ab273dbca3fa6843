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
	 * A menu or tool bar item that runs a command through a view's handler service (so the menu
	 * shows the command's key binding, whatever the user bound it to).
	 */
	static IAction command(IWorkbenchPartSite site, String commandId, String label, boolean enabled) {
		IAction action = new Action(label) {
			@Override
			public void run() {
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
