/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jdt.annotation.NonNullByDefault;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.linksmith.core.FileEntry;
import org.linksmith.core.FileTreeService;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkServices;
import org.linksmith.core.OuterLinks;
import org.linksmith.core.SmartCopyReport;
import org.linksmith.core.TreeResult;
import org.linksmith.core.TreeSize;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link FileTreeService} as a Declarative Services component, delegating to the one
 * implementation of the process ({@link LinkServices#fileTree()}).
 */
@Component(service = FileTreeService.class)
@NonNullByDefault
public final class FileTreeServiceComponent implements FileTreeService {

	private final FileTreeService delegate = LinkServices.fileTree();

	@Override
	public List<FileEntry> list(Path folder, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.list(folder, monitor);
	}

	@Override
	public Path createFolder(Path folder) throws LinkException {
		return delegate.createFolder(folder);
	}

	@Override
	public Path rename(Path path, String newName) throws LinkException {
		return delegate.rename(path, newName);
	}

	@Override
	public TreeResult copy(Path source, Path target, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.copy(source, target, monitor);
	}

	@Override
	public SmartCopyReport smartCopy(Path source, Path target, OuterLinks outer, boolean dryRun,
			@Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.smartCopy(source, target, outer, dryRun, monitor);
	}

	@Override
	public TreeSize size(Path folder, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.size(folder, monitor);
	}

	@Override
	public java.util.List<TreeSize> size(java.util.List<Path> paths, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.size(paths, monitor);
	}

	@Override
	public SmartCopyReport smartMove(Path source, Path target, boolean dryRun, @Nullable IProgressMonitor monitor)
			throws LinkException {
		return delegate.smartMove(source, target, dryRun, monitor);
	}

	@Override
	public TreeResult move(Path source, Path target, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.move(source, target, monitor);
	}

	@Override
	public void delete(Path path, @Nullable IProgressMonitor monitor) throws LinkException {
		delegate.delete(path, monitor);
	}
}
