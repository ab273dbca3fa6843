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

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.ui.internal.LinkUi;
import org.linksmith.ui.internal.operations.LinkOperation;

/**
 * New Folder, undoable: undo removes the folder only while it is empty (anything put in it since
 * keeps it, and the user is told).
 */
final class NewFolderOperation extends LinkOperation {

	private final Path folder;
	private boolean made;
	/** The folder's identity when made: undo removes that folder and nothing put in its place. */
	private Object key;

	/**
	 * @param parent where it goes
	 * @param name its name
	 */
	NewFolderOperation(Path parent, String name) {
		super(Messages.Operation_NewFolder, LinkUi.links());
		this.folder = parent.resolve(name);
	}

	/** @return the folder this makes */
	Path folder() {
		return folder;
	}

	@Override
	protected List<Path> affected() {
		return List.of(folder);
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		FileOperations.newFolder(folder.getParent(), folder.getFileName().toString());
		made = true;
		try {
			key = Files.readAttributes(folder, java.nio.file.attribute.BasicFileAttributes.class,
					java.nio.file.LinkOption.NOFOLLOW_LINKS).fileKey();
		} catch (IOException e) {
			key = null;
		}
	}

	@Override
	public boolean canUndo() {
		return made;
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		try {
			java.nio.file.attribute.BasicFileAttributes now = Files.readAttributes(folder,
					java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
			if (!now.isDirectory() || key != null && !key.equals(now.fileKey())) {
				throw new LinkException(Reason.IO_ERROR, folder, NLS.bind(Messages.Undo_FolderReplaced, folder.getFileName()));
			}
			Files.delete(folder); // only an empty folder: rmdir, never a tree
			made = false;
		} catch (DirectoryNotEmptyException e) {
			throw new LinkException(Reason.IO_ERROR, folder, NLS.bind(Messages.Undo_FolderNotEmpty, folder.getFileName()), e);
		} catch (IOException e) {
			throw new LinkException(Reason.IO_ERROR, folder, NLS.bind(Messages.Undo_Failed, folder, e.getMessage()), e);
		} finally {
			changed(folder);
		}
	}
}
