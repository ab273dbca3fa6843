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

/**
 * Drop As > Symbolic Link / Hard Link / Junction / Hard-Link Clone, onto the selected folder. The
 * menu items name what was picked ("Symbolic Link to notes.txt"), so that the user sees what will
 * be linked before choosing.
 */
public final class DropAsHandler extends LinkHandler implements org.eclipse.ui.commands.IElementUpdater {

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

	@Override
	public void updateElement(org.eclipse.ui.menus.UIElement element, @SuppressWarnings("rawtypes") java.util.Map parameters) {
		List<Path> picked = LinkSourceProvider.picked();
		if (picked.isEmpty()) {
			return;
		}
		String what = picked.size() == 1 ? String.valueOf(picked.get(0).getFileName())
				: org.eclipse.osgi.util.NLS.bind(org.linksmith.ui.internal.Messages.Pick_Many, Integer.valueOf(picked.size()));
		String label = switch (String.valueOf(parameters.get(TYPE))) {
			case "hard" -> org.linksmith.ui.internal.Messages.DropAs_Hard; //$NON-NLS-1$
			case "junction" -> org.linksmith.ui.internal.Messages.DropAs_Junction; //$NON-NLS-1$
			case "clone" -> org.linksmith.ui.internal.Messages.DropAs_Clone; //$NON-NLS-1$
			case "symbolicClone" -> org.linksmith.ui.internal.Messages.DropAs_SymbolicClone; //$NON-NLS-1$
			case "smartCopy" -> org.linksmith.ui.internal.Messages.DropAs_SmartCopy; //$NON-NLS-1$
			default -> org.linksmith.ui.internal.Messages.DropAs_Symbolic;
		};
		element.setText(org.eclipse.osgi.util.NLS.bind(label, what));
	}
}
