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

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.linksmith.core.LinkException;
import org.linksmith.ui.internal.LinkUi;
import org.linksmith.ui.internal.operations.LinkOperation;

/** Rename, undoable: undo gives the old name back (never over anything that took it since). */
final class RenameOperation extends LinkOperation {

	private final Path path;
	private final String name;

	/**
	 * @param path the item (a link is renamed as the link)
	 * @param name its new name
	 */
	RenameOperation(Path path, String name) {
		super(Messages.Operation_Rename, LinkUi.links());
		this.path = path;
		this.name = name;
	}

	@Override
	protected List<Path> affected() {
		return List.of(path, path.resolveSibling(name));
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		FileOperations.rename(path, name);
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		// back to the old name's own bytes (its text form could differ); never over anything
		Path renamed = path.resolveSibling(name);
		LinkUi.files().move(renamed, path, monitor);
		LinkUi.changed(List.of(renamed, path));
	}
}
