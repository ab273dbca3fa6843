/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.operations;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.ui.internal.Messages;

/**
 * Move and Leave Link, undoable: the folder goes to exactly the path the user saw and a link takes
 * its place; undo moves the folder back over the link (in one atomic step where the system can),
 * redo moves it again.
 */
public final class RelocateOperation extends LinkOperation {

	private final Path folder;
	private final Path destination;
	private boolean moved;

	/**
	 * @param links the service
	 * @param folder the folder to move
	 * @param destination its exact new path
	 */
	public RelocateOperation(LinkService links, Path folder, Path destination) {
		super(Messages.Operation_Relocate, links);
		this.folder = folder;
		this.destination = destination;
	}

	@Override
	protected List<Path> affected() {
		return List.of(folder, destination);
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		try {
			// a junction where the drive has them (Windows), else a symbolic link to the folder
			LinkType type = links.supportedTypes(folder).contains(LinkType.JUNCTION) ? LinkType.JUNCTION
					: LinkType.SYMBOLIC_DIRECTORY;
			CreateResult r = links.relocateTo(folder, destination, type, monitor);
			moved = true;
			r.warnings().forEach(this::warn);
		} finally {
			changed(folder);
			changed(destination);
		}
	}

	@Override
	public boolean canUndo() {
		return moved;
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		try {
			CreateResult r = links.returnRelocated(folder, destination, monitor);
			moved = false;
			r.warnings().forEach(this::warn);
		} finally {
			changed(folder);
			changed(destination);
		}
	}
}
