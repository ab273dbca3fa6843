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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.Messages;

/**
 * Removes links, never what they point to. Undo recreates symbolic links and junctions with the
 * target they stored; removing a hard link cannot be undone here (the file's other names keep it).
 */
public final class RemoveLinksOperation extends LinkOperation {

	private final List<Path> paths;
	private final List<LinkInfo> removed = new ArrayList<>();

	/**
	 * @param links the service
	 * @param paths the links to remove
	 */
	public RemoveLinksOperation(LinkService links, List<Path> paths) {
		super(paths.size() == 1 ? Messages.Operation_RemoveLink : Messages.Operation_RemoveLinks, links);
		this.paths = List.copyOf(paths);
	}

	@Override
	protected List<Path> affected() {
		return paths;
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, getLabel(), paths.size());
		removed.clear();
		for (Path p : paths) {
			sub.split(1);
			LinkInfo info = links.inspect(p);
			links.remove(p);
			removed.add(info);
			changed(p);
		}
	}

	@Override
	public boolean canUndo() {
		return !removed.isEmpty() && removed.stream().allMatch(i -> i.type().hasTarget());
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		for (int i = removed.size() - 1; i >= 0; i--) {
			LinkInfo info = removed.get(i);
			LinkType type = info.type();
			Path target = info.target();
			if (target == null) {
				continue; // only links with a stored target are taken back (canUndo says so)
			}
			links.create(info.path(), target, type, TargetStyle.AS_GIVEN);
			changed(info.path());
		}
		removed.clear();
	}
}
