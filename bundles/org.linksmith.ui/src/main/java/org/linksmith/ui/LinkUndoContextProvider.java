/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui;

import org.eclipse.core.commands.operations.IUndoContext;

/**
 * An OSGi service naming an undo context that Linksmith's undoable operations should also belong
 * to, so that they appear in a view's Edit > Undo (the IDE adds the workspace undo context, which the
 * Project Explorer's undo uses).
 */
@FunctionalInterface
public interface LinkUndoContextProvider {
	/** @return the extra context */
	IUndoContext undoContext();
}
