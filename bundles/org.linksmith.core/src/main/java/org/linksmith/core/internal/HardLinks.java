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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * Hard-link clones of folder trees ({@code cp -al}) and the other names of a file within a tree.
 */
final class HardLinks {

	private final LinkSystem system;

	HardLinks(LinkSystem system) {
		this.system = system;
	}

	/**
	 * What both clones check first: a real folder, a free name in an existing folder.
	 *
	 * @return the folder the clone goes into
	 */
	private Path checkClone(Path folder, Path destination) throws LinkException {
		BasicFileAttributes attrs = LinkPaths.readAttributes(system, folder, Operation.CREATE);
		if (!SafeTree.isRealDirectory(attrs)) {
			throw new LinkException(Reason.INVALID_PATH, folder, NLS.bind(Messages.Error_RelocateNotAFolder, Errors.show(folder)));
		}
		LinkCreation.checkFree(destination);
		Path parent = LinkPaths.kernel(destination).getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw Errors.create(Reason.PARENT_MISSING, destination, parent);
		}
		return parent;
	}

	long hardLinkClone(Path folder, Path destination, IProgressMonitor monitor) throws LinkException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		Path parent = checkClone(folder, destination);
		try {
			if (!system.volumeOf(parent).equals(system.volumeOf(folder))) {
				throw Errors.create(Reason.CROSS_DEVICE, destination, folder);
			}
		} catch (IOException e) {
			throw system.translate(e, Operation.CREATE, destination, folder);
		}
		if (LinkPaths.isInside(destination, folder)) {
			throw Errors.create(Reason.DESTINATION_INSIDE_SOURCE, folder, destination);
		}
		m.beginTask(NLS.bind(Messages.Clone_Task, Errors.show(folder), Errors.show(destination)), IProgressMonitor.UNKNOWN);
		boolean made = false;
		try {
			Files.createDirectory(destination);
			made = true;
			return new SafeTree(system).hardLinkClone(folder, destination, m);
		} catch (IOException e) {
			discard(destination, made);
			throw system.translate(e, Operation.CREATE, destination, folder);
		} catch (RuntimeException e) {
			discard(destination, made);
			throw e;
		} finally {
			m.done();
		}
	}

	/**
	 * A symbolic-link clone ({@code cp -rs}): the folders recreated, each file a symbolic link to
	 * the original (its absolute real path), each link of the tree made as a Smart Copy splices it
	 * (links into the tree point into the clone). The tree is walked relative to open folders
	 * where the system has them, never through a link.
	 */
	long symbolicLinkClone(Path folder, Path destination, IProgressMonitor monitor) throws LinkException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		checkClone(folder, destination);
		if (LinkPaths.isInside(destination, folder)) {
			throw Errors.create(Reason.DESTINATION_INSIDE_SOURCE, folder, destination);
		}
		m.beginTask(NLS.bind(Messages.SymbolicClone_Task, Errors.show(folder), Errors.show(destination)), IProgressMonitor.UNKNOWN);
		boolean made = false;
		try {
			Path real = folder.toRealPath();
			Files.createDirectory(destination);
			made = true;
			LinkRules rules = new LinkRules(real, destination, LinkPaths.realAsFarAsExists(destination),
					org.linksmith.core.OuterLinks.SPLICE, system.resolvesDotDotInText());
			long[] files = new long[1];
			try (java.nio.file.DirectoryStream<Path> top = Files.newDirectoryStream(folder)) {
				symbolicClone(top, real, destination, Path.of(""), rules, files, m); //$NON-NLS-1$
			}
			return files[0];
		} catch (IOException e) {
			discard(destination, made);
			throw system.translate(e, Operation.CREATE, destination, folder);
		} catch (RuntimeException e) {
			discard(destination, made);
			throw e;
		} finally {
			m.done();
		}
	}

	private void symbolicClone(java.nio.file.DirectoryStream<Path> entries, Path real, Path target, Path rel,
			LinkRules rules, long[] files, IProgressMonitor m) throws IOException {
		java.nio.file.SecureDirectoryStream<Path> secure = entries instanceof java.nio.file.SecureDirectoryStream<Path> s ? s : null;
		for (Path entry : entries) {
			if (m.isCanceled()) {
				throw new org.eclipse.core.runtime.OperationCanceledException();
			}
			Path name = entry.getFileName();
			BasicFileAttributes a = secure != null
					? secure.getFileAttributeView(name, java.nio.file.attribute.BasicFileAttributeView.class,
							java.nio.file.LinkOption.NOFOLLOW_LINKS).readAttributes()
					: Files.readAttributes(entry, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
			Path dest = target.resolve(name);
			Path r = rel.resolve(name);
			if (SafeTree.isRealDirectory(a)) {
				if (system.isMountPoint(entry)) {
					throw new java.nio.file.FileSystemException(entry.toString(), null, Messages.Detail_MountNotEntered);
				}
				Files.createDirectory(dest);
				// opened relative to the open parent, never through a link swapped in meanwhile
				try (java.nio.file.DirectoryStream<Path> sub = secure != null
						? secure.newDirectoryStream(name, java.nio.file.LinkOption.NOFOLLOW_LINKS)
						: Files.newDirectoryStream(entry)) {
					symbolicClone(sub, real.resolve(name), dest, r, rules, files, m);
				}
				continue;
			}
			org.linksmith.core.LinkType type = system.classify(entry, a);
			if (type == org.linksmith.core.LinkType.SYMBOLIC_FILE || type == org.linksmith.core.LinkType.SYMBOLIC_DIRECTORY) {
				Path stored = system.readTarget(entry);
				LinkRules.Decision d = rules.link(real, r, stored, false);
				Path written = d.target();
				system.createSymbolicLink(dest, written == null ? stored : written, type == org.linksmith.core.LinkType.SYMBOLIC_DIRECTORY);
				continue;
			}
			system.createSymbolicLink(dest, real.resolve(name), false);
			files[0]++;
		}
	}

	private void discard(Path destination, boolean made) {
		if (made) {
			try {
				new SafeTree(system).delete(destination);
			} catch (IOException ignored) {
				// the source is untouched; a partial clone of links remains
			}
		}
	}

	List<Path> hardLinkSiblings(Path file, Path within, IProgressMonitor monitor) throws LinkException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		LinkPaths.checkNotEmpty(file, file);
		LinkPaths.checkNotEmpty(within, within);
		BasicFileAttributes attrs = LinkPaths.readAttributes(system, file, Operation.INSPECT);
		if (!attrs.isRegularFile()) {
			throw new LinkException(Reason.NOT_A_LINK, file, NLS.bind(Messages.Error_NotAFile, Errors.show(file)));
		}
		checkFolder(within); // a folder that is not there is an error, even for a file with one name
		FileId id;
		long count;
		try {
			id = system.fileId(file);
			count = system.linkCount(file);
		} catch (IOException e) {
			throw system.translate(e, Operation.INSPECT, file, null);
		}
		if (count < 2) {
			return List.of();
		}
		Path self = LinkPaths.kernel(file);
		List<Path> names;
		try {
			names = system.allNames(file);
		} catch (IOException e) {
			throw system.translate(e, Operation.INSPECT, file, null);
		}
		if (names != null) {
			// the system knows every name (Windows: FindFirstFileNameW): keep those within the folder
			Path root = LinkPaths.realAsFarAsExists(within);
			List<Path> result = new ArrayList<>();
			for (Path name : names) {
				Path n = LinkPaths.kernel(name);
				if (!n.equals(self) && !n.equals(LinkPaths.realAsFarAsExists(self)) && n.startsWith(root)) {
					result.add(n);
				}
			}
			result.sort(null);
			return result;
		}
		ConcurrentLinkedQueue<Path> found = new ConcurrentLinkedQueue<>();
		m.beginTask(NLS.bind(Messages.Siblings_Task, Errors.show(file)), IProgressMonitor.UNKNOWN);
		try {
			system.treeWalker().walk(within, true, new TreeWalker.Handler() {
				@Override
				public void entry(TreeWalker.Directory directory, String name, TreeWalker.EntryKind kind)
						throws IOException {
					if (kind == TreeWalker.EntryKind.REGULAR) {
						TreeWalker.Stat stat = directory.stat(name);
						if (stat.links() > 1 && id.equals(stat.id())) {
							Path p = directory.resolve(name);
							if (!LinkPaths.kernel(p).equals(self)) {
								found.add(p);
							}
						}
					}
				}

				@Override
				public void failed(Path path, IOException e) {
					// unreadable folders cannot hold names we could show
				}
			}, m);
		} catch (IOException e) {
			throw system.translate(e, Operation.SCAN, within, null);
		} finally {
			m.done();
		}
		List<Path> result = new ArrayList<>(found);
		result.sort(null);
		return result;
	}

	void checkFolder(Path folder) throws LinkException {
		BasicFileAttributes attrs;
		try {
			attrs = Files.readAttributes(folder, BasicFileAttributes.class);
		} catch (IOException e) {
			throw system.translate(e, Operation.SCAN, folder, null);
		}
		if (!attrs.isDirectory()) {
			throw new LinkException(Reason.INVALID_PATH, folder, NLS.bind(Messages.Error_NotAFolder, Errors.show(folder)));
		}
	}
}
