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

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.Messages;

/**
 * Makes hard-link clones of folders (and hard links to files) in a folder. Undo takes back only
 * what the clone made and is still as it was made: a name that is still a hard link to the same
 * file as the original's name at the same place (removed as a hard link, which never removes a
 * file's last name), a symbolic link with the original's target, then the folders left empty.
 * Whatever was added or changed in the clone since is kept, and the user is told.
 */
public final class HardLinkCloneOperation extends LinkOperation {

	/** A clone made: where from, where to. */
	private record Made(Path source, Path target) {
	}

	private final List<Path> sources;
	private final Path folder;
	private final List<Made> made = new ArrayList<>();

	/**
	 * @param links the service
	 * @param sources the folders (or files) to clone
	 * @param folder the folder that receives the clones, under the same names
	 */
	public HardLinkCloneOperation(LinkService links, List<Path> sources, Path folder) {
		super(sources.size() == 1 ? Messages.Operation_Clone : Messages.Operation_Clones, links);
		this.sources = List.copyOf(sources);
		this.folder = folder;
	}

	@Override
	protected List<Path> affected() {
		List<Path> trees = new java.util.ArrayList<>(sources);
		trees.add(folder);
		return trees;
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, getLabel(), sources.size());
		made.clear();
		for (Path source : sources) {
			Path clone = folder.resolve(source.getFileName().toString());
			if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
				links.hardLinkClone(source, clone, sub.split(1));
			} else {
				links.create(clone, source, LinkType.HARD, TargetStyle.AS_GIVEN);
				sub.worked(1);
			}
			made.add(new Made(source, clone));
			changed(clone);
		}
	}

	@Override
	public boolean canUndo() {
		return !made.isEmpty();
	}

	@Override
	protected boolean partlyDone() {
		return !made.isEmpty();
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, getLabel(), made.size());
		List<Path> kept = new ArrayList<>();
		for (int i = made.size() - 1; i >= 0; i--) {
			Made m = made.get(i);
			takeBack(m.source(), m.target(), kept, sub.split(1));
			changed(m.target());
		}
		made.clear();
		if (!kept.isEmpty()) {
			warn(java.text.MessageFormat.format(Messages.Clone_UndoKept, Integer.valueOf(kept.size()), kept.get(0)));
		}
	}

	private void takeBack(Path source, Path clone, List<Path> kept, SubMonitor monitor) throws LinkException {
		try {
			Files.walkFileTree(clone, new SimpleFileVisitor<>() {
				int seen;

				@Override
				public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) throws IOException {
					if ((++seen & 255) == 0) {
						monitor.setWorkRemaining(1000).worked(1);
						if (monitor.isCanceled()) {
							throw new OperationCanceledException();
						}
					}
					Path original = source.resolve(clone.relativize(p).toString());
					if (sameAsMade(original, p, attrs)) {
						try {
							links.remove(p);
							return FileVisitResult.CONTINUE;
						} catch (LinkException e) {
							// not removable as a link (its last name, or changed meanwhile): kept
						}
					}
					kept.add(p);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) {
					try {
						Files.delete(dir); // only when empty: a folder that holds anything kept stays
					} catch (IOException notEmpty) {
						// it holds what was kept
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			kept.add(clone);
		}
	}

	/** @return whether {@code p} is still what the clone made from {@code original} */
	private static boolean sameAsMade(Path original, Path p, BasicFileAttributes attrs) throws IOException {
		if (!Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		BasicFileAttributes o = Files.readAttributes(original, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		if (attrs.isSymbolicLink()) {
			return o.isSymbolicLink() && Files.readSymbolicLink(original).equals(Files.readSymbolicLink(p));
		}
		if (!attrs.isRegularFile() || !o.isRegularFile()) {
			return false;
		}
		if (attrs.fileKey() != null && o.fileKey() != null) {
			return Objects.equals(attrs.fileKey(), o.fileKey()); // the same file under two names
		}
		return attrs.size() == o.size() && attrs.lastModifiedTime().equals(o.lastModifiedTime());
	}

	@Override
	public String toString() {
		return getLabel() + " " + sources + " -> " + folder; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
