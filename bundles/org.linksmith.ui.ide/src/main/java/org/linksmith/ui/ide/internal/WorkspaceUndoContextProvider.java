/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.ide.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.linksmith.ui.LinkUndoContextProvider;
import org.osgi.service.component.annotations.Component;

/**
 * Puts Linksmith's undoable operations into the workspace undo context, which the Project
 * Explorer's Edit > Undo uses. A Declarative Services component.
 */
@Component(service = LinkUndoContextProvider.class)
@NonNullByDefault
public final class WorkspaceUndoContextProvider implements LinkUndoContextProvider {

	@Override
	public IUndoContext undoContext() {
		return WorkspaceUndoUtil.getWorkspaceUndoContext();
	}
}
