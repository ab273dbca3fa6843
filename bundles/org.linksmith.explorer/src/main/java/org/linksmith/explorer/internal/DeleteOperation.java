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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.linksmith.core.LinkException;
import org.linksmith.ui.internal.LinkUi;
import org.linksmith.ui.internal.operations.LinkOperation;

/**
 * Delete, undoable when everything went to the trash or was a link: undo puts the items back from
 * the trash and makes the links again with their stored targets. A permanent delete cannot be
 * undone, and its confirmation says so.
 */
final class DeleteOperation extends LinkOperation {

	private final List<Path> paths;
	private final boolean permanently;
	private final List<FileOperations.Deleted> done = new ArrayList<>();

	/**
	 * @param paths the items
	 * @param permanently skip the trash
	 */
	DeleteOperation(List<Path> paths, boolean permanently) {
		super(paths.size() == 1 ? Messages.Operation_Delete : Messages.Operation_DeleteMany, LinkUi.links());
		this.paths = List.copyOf(paths);
		this.permanently = permanently;
	}

	@Override
	protected List<Path> affected() {
		return paths;
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		done.clear();
		FileOperations.delete(paths, permanently, done, monitor);
	}

	@Override
	public boolean canUndo() {
		return FileOperations.canUndelete(done);
	}

	@Override
	protected boolean partlyDone() {
		return !done.isEmpty();
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		FileOperations.undelete(done);
		done.clear();
	}
}
