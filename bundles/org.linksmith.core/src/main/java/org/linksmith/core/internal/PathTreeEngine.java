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
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkType;

/**
 * The portable tree engine: every entry is read by its full path with {@code NOFOLLOW_LINKS},
 * and only real directories (not symbolic links, not junctions or other reparse points) are
 * entered. A link met inside a tree is copied as a link and deleted as a link. Unlike the
 * descriptor-based engines it cannot tell a folder swapped for a link between two calls; systems
 * that can do better give their own {@link LinkSystem#treeEngine()}.
 */
public class PathTreeEngine implements TreeEngine {

	private static final int CHUNK = 64 * 1024;

	/** The system's primitives, for links met inside a tree. */
	protected final LinkSystem system;

	/**
	 * @param system the primitives for links inside the tree
	 */
	public PathTreeEngine(LinkSystem system) {
		this.system = system;
	}

	/**
	 * @param dir a real directory
	 * @param monitor cancellation
	 * @return how much it holds
	 * @throws IOException when it cannot be read
	 */
	@Override
	public SafeTree.Size measure(Path dir, IProgressMonitor monitor) throws IOException {
		SafeTree.Size size = new SafeTree.Size();
		measure(dir, system.volumeOf(dir), size, monitor);
		return size;
	}

	private void measure(Path dir, Object volume, SafeTree.Size size, IProgressMonitor monitor) throws IOException {
		checkCanceled(monitor);
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path entry : entries) {
				BasicFileAttributes attrs = lstat(entry);
				size.entries++;
				if (SafeTree.isRealDirectory(attrs)) {
					if (size.mountPoint == null && !system.volumeOf(entry).equals(volume)) {
						size.mountPoint = entry;
						continue; // never entered
					}
					measure(entry, volume, size, monitor);
				} else if (attrs.isRegularFile()) {
					size.bytes += attrs.size();
				} else if (size.special == null && isSpecial(entry, attrs)) {
					size.special = entry;
					size.specialKind = SafeTree.kindOfSpecial(entry);
				}
			}
		}
	}

	/** @return whether the entry is a fifo, socket or device node (never a link) */
	private boolean isSpecial(Path entry, BasicFileAttributes attrs) throws IOException {
		return attrs.isOther() && system.classify(entry, attrs) == LinkType.NONE;
	}

	/**
	 * Copies a tree's contents into a new, empty directory, keeping links as links and hard links
	 * between files of the tree as hard links.
	 *
	 * @param source a real directory
	 * @param target the empty directory that receives the copy
	 * @param monitor receives one unit of work per KiB copied; cancellation stops the copy
	 * @return how many files had hard links outside the tree (their copies are separate files)
	 * @throws IOException on failure (the partial copy is left for the caller to remove)
	 */
	@Override
	public int copy(Path source, Path target, IProgressMonitor monitor) throws IOException {
		Map<FileId, Path> copied = new HashMap<>();
		int[] outside = new int[1];
		copyContents(source, target, copied, outside, monitor);
		// files whose other names were all found inside the tree are fine; count the rest
		return outside[0];
	}

	private void copyDirectory(Path source, Path target, Map<FileId, Path> copied, int[] outside,
			IProgressMonitor monitor) throws IOException {
		checkCanceled(monitor);
		Files.createDirectory(target);
		copyContents(source, target, copied, outside, monitor);
	}

	private void copyContents(Path source, Path target, Map<FileId, Path> copied, int[] outside,
			IProgressMonitor monitor) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(source)) {
			for (Path entry : entries) {
				checkCanceled(monitor);
				Path dest = target.resolve(entry.getFileName());
				BasicFileAttributes attrs = lstat(entry);
				if (SafeTree.isRealDirectory(attrs)) {
					copyDirectory(entry, dest, copied, outside, monitor);
				} else {
					copyEntry(entry, dest, attrs, copied, outside, monitor);
				}
			}
		}
		copyFolderAttributes(source, target);
	}

	@Override
	public void copySmart(Path source, Path target, LinkRules rules, IProgressMonitor monitor) throws IOException {
		java.util.Set<FileId> open = new java.util.HashSet<>();
		open.add(system.fileId(source));
		open.add(system.fileId(target)); // an unrolled link never copies the copy
		smartContents(source, source.toRealPath(), target, Path.of(""), false, //$NON-NLS-1$
				new Smart(rules, new HashMap<>(), new int[1], open, system.volumeOf(source), monitor));
	}

	/** What a Smart Copy carries from folder to folder. */
	private record Smart(LinkRules rules, Map<FileId, Path> copied, int[] outside, java.util.Set<FileId> open,
			Object volume, IProgressMonitor monitor) {
	}

	/**
	 * @param real the real path of {@code source} (links in it are read from there)
	 * @param rel {@code target}'s path relative to the copy's root
	 * @param unrolled whether {@code source} was reached through a link being unrolled
	 */
	private void smartContents(Path source, Path real, Path target, Path rel, boolean unrolled, Smart smart)
			throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(source)) {
			for (Path entry : entries) {
				checkCanceled(smart.monitor());
				Path name = entry.getFileName();
				Path dest = target.resolve(name);
				Path r = rel.resolve(name);
				BasicFileAttributes attrs = lstat(entry);
				if (SafeTree.isRealDirectory(attrs)) {
					smartFolder(entry, real.resolve(name), dest, r, unrolled, smart);
					continue;
				}
				LinkType type = system.classify(entry, attrs);
				if (type == LinkType.SYMBOLIC_FILE || type == LinkType.SYMBOLIC_DIRECTORY) {
					Path stored = system.readTarget(entry);
					LinkRules.Decision d = smart.rules().link(real, r, stored, unrolled);
					if (d.action() == org.linksmith.core.SmartCopyReport.Action.CROPPED) {
						continue;
					}
					if (d.action() == org.linksmith.core.SmartCopyReport.Action.UNROLLED) {
						d = unroll(real, stored, dest, r, smart);
						if (d == null) {
							continue;
						}
					}
					Path written = d.target();
					system.createSymbolicLink(dest, written == null ? stored : written, type == LinkType.SYMBOLIC_DIRECTORY);
					continue;
				}
				if (type == LinkType.HARD) {
					smart.rules().hardLink(system.fileId(entry), system.linkCount(entry), r);
				}
				copyEntry(entry, dest, attrs, smart.copied(), smart.outside(), smart.monitor());
			}
		}
		copyFolderAttributes(source, target);
	}

	private void smartFolder(Path source, Path real, Path dest, Path rel, boolean unrolled, Smart smart)
			throws IOException {
		checkCanceled(smart.monitor());
		if (system.isMountPoint(source)) {
			throw new java.nio.file.FileSystemException(source.toString(), null, Messages.Detail_MountNotEntered);
		}
		FileId id = system.fileId(source);
		if (smart.open().contains(id)) {
			// only in a folder reached through a link being unrolled: the copy itself, or a folder
			// being copied; copying it would never end
			smart.rules().warn(NLS.bind(Messages.SmartCopy_FolderLeftOut, Errors.show(dest)));
			return;
		}
		Files.createDirectory(dest);
		boolean added = smart.open().add(id);
		try {
			smartContents(source, real, dest, rel, unrolled, smart);
		} finally {
			if (added) {
				smart.open().remove(id);
			}
		}
	}

	/** @return {@code null} when what the link reaches was copied, else what to make instead */
	private LinkRules.@Nullable Decision unroll(Path folder, Path stored, Path dest, Path rel, Smart smart)
			throws IOException {
		Path reached = smart.rules().unrolledPath(folder, stored);
		if (reached == null) {
			return smart.rules().loop(rel, folder, stored);
		}
		BasicFileAttributes attrs = lstat(reached);
		if (SafeTree.isRealDirectory(attrs)) {
			if (smart.open().contains(system.fileId(reached)) || !system.volumeOf(reached).equals(smart.volume())) {
				return smart.rules().loop(rel, folder, stored);
			}
			smartFolder(reached, reached, dest, rel, true, smart);
			return null;
		}
		if (!attrs.isRegularFile()) {
			throw new java.nio.file.FileSystemException(reached.toString(), null,
					org.eclipse.osgi.util.NLS.bind(Messages.Detail_SpecialNotCopied, SafeTree.kindOfSpecial(reached)));
		}
		copyFile(reached, dest, smart.monitor());
		return null;
	}

	@Override
	public void size(Path dir, SizeCounter counter, IProgressMonitor monitor) throws IOException {
		BasicFileAttributes attrs = lstat(dir);
		counter.entry(null, SizeCounter.Kind.FOLDER, attrs.size(), -1, 1, dir);
		sizeContents(dir, counter, monitor);
	}

	private void sizeContents(Path dir, SizeCounter counter, IProgressMonitor monitor) throws IOException {
		checkCanceled(monitor);
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path entry : entries) {
				BasicFileAttributes attrs;
				try {
					attrs = lstat(entry);
				} catch (IOException gone) {
					continue;
				}
				if (SafeTree.isRealDirectory(attrs)) {
					if (system.isMountPoint(entry)) {
						counter.mountPoint(entry);
						continue;
					}
					counter.entry(null, SizeCounter.Kind.FOLDER, attrs.size(), -1, 1, entry);
					try {
						sizeContents(entry, counter, monitor);
					} catch (java.nio.file.AccessDeniedException unreadable) {
						// counted as far as it could be read
					}
					continue;
				}
				count(entry, attrs, counter);
			}
		}
	}

	@Override
	public void sizeEntry(Path entry, SizeCounter counter) throws IOException {
		count(entry, lstat(entry), counter);
	}

	private void count(Path entry, BasicFileAttributes attrs, SizeCounter counter) throws IOException {
		LinkType type = system.classify(entry, attrs);
		switch (type) {
			case SYMBOLIC_FILE, SYMBOLIC_DIRECTORY -> counter.entry(null, SizeCounter.Kind.SYMBOLIC_LINK, attrs.size(), -1, 1, entry);
			case JUNCTION, OTHER_REPARSE_POINT -> counter.entry(null, SizeCounter.Kind.JUNCTION, attrs.size(), -1, 1, entry);
			case HARD -> counter.entry(system.fileId(entry), SizeCounter.Kind.FILE, attrs.size(), -1,
					system.linkCount(entry), entry);
			default -> counter.entry(null, attrs.isRegularFile() ? SizeCounter.Kind.FILE : SizeCounter.Kind.OTHER,
					attrs.size(), -1, 1, entry);
		}
	}

	/**
	 * Gives a copied folder its original's mode (with setgid and sticky bits: a private 0700
	 * folder stays private), owner and group where the process may set them, and modification
	 * time; applied after the contents, so that a read-only folder can still be filled first.
	 */
	private static void copyFolderAttributes(Path source, Path target) throws IOException {
		if (!CopiedAttributes.ownerAndMode(source, target)) {
			try {
				Files.setAttribute(target, "dos:readonly", Files.getAttribute(source, "dos:readonly", LinkOption.NOFOLLOW_LINKS)); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
				// no such attribute here
			}
		}
		CopiedAttributes.extended(source, target);
		Files.setLastModifiedTime(target, Files.getLastModifiedTime(source, LinkOption.NOFOLLOW_LINKS));
	}

	private void copyEntry(Path entry, Path dest, BasicFileAttributes attrs, Map<FileId, Path> copied, int[] outside,
			IProgressMonitor monitor) throws IOException {
		LinkType type = system.classify(entry, attrs);
		if (recreateLink(entry, dest, type)) {
			return;
		}
		if (attrs.isOther() && type == LinkType.NONE) {
			// never opened: a fifo would hang the copy, a device would be read until the disk is full
			throw new java.nio.file.FileSystemException(entry.toString(), null,
					org.eclipse.osgi.util.NLS.bind(Messages.Detail_SpecialNotCopied, SafeTree.kindOfSpecial(entry)));
		}
		switch (type) {
			case HARD -> {
				FileId id = system.fileId(entry);
				Path first = copied.get(id);
				if (first != null) {
					system.createHardLink(dest, first);
					outside[0]--;
				} else {
					copyFile(entry, dest, monitor);
					copied.put(id, dest);
					outside[0] += (int) Math.min(Integer.MAX_VALUE, system.linkCount(entry) - 1);
				}
			}
			default -> copyFile(entry, dest, monitor);
		}
	}

	/**
	 * Recreates a link met inside a tree as the same kind of link with the same stored target.
	 *
	 * @return whether the entry was a link (and is now recreated)
	 * @throws IOException for a reparse point that cannot be recreated, or when creation fails
	 */
	private boolean recreateLink(Path entry, Path dest, LinkType type) throws IOException {
		switch (type) {
			case SYMBOLIC_FILE, SYMBOLIC_DIRECTORY -> system.createSymbolicLink(dest, system.readTarget(entry),
					type == LinkType.SYMBOLIC_DIRECTORY);
			case JUNCTION -> system.createJunction(dest, system.readTarget(entry));
			case OTHER_REPARSE_POINT -> throw new IOException(entry + ": " + Messages.Detail_OtherReparsePoint); //$NON-NLS-1$
			default -> {
				return false;
			}
		}
		return true;
	}

	private void copyFile(Path entry, Path dest, IProgressMonitor monitor) throws IOException {
		system.copyFile(entry, dest);
		long size = Files.size(dest);
		monitor.worked((int) Math.min(Integer.MAX_VALUE, size / 1024));
	}

	/**
	 * Fills an empty directory with a hard-link clone of a tree: folders recreated, files hard-linked,
	 * links recreated as links.
	 *
	 * @param source a real directory
	 * @param target an empty directory
	 * @param monitor cancellation; one unit of work per file
	 * @return the number of files linked
	 * @throws IOException on failure (the partial clone is left for the caller to remove)
	 */
	@Override
	public long hardLinkClone(Path source, Path target, IProgressMonitor monitor) throws IOException {
		return hardLinkCloneByPath(source, target, monitor);
	}

	private long hardLinkCloneByPath(Path source, Path target, IProgressMonitor monitor) throws IOException {
		long files = 0;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(source)) {
			for (Path entry : entries) {
				checkCanceled(monitor);
				Path dest = target.resolve(entry.getFileName());
				BasicFileAttributes attrs = lstat(entry);
				if (SafeTree.isRealDirectory(attrs)) {
					Files.createDirectory(dest);
					files += hardLinkCloneByPath(entry, dest, monitor);
					continue;
				}
				if (!recreateLink(entry, dest, system.classify(entry, attrs))) {
					system.createHardLink(dest, entry);
					files++;
					monitor.worked(1);
				}
			}
		}
		return files;
	}

	/**
	 * Compares a copy with its original: same entries, same kinds, same link targets, same bytes.
	 *
	 * @param original the original tree
	 * @param copy the copy
	 * @param monitor receives one unit of work per KiB compared
	 * @return {@code null} when they match, else the first difference found
	 * @throws IOException when either cannot be read
	 */
	@Override
	public String verify(Path original, Path copy, IProgressMonitor monitor) throws IOException {
		return verifyByPath(original, copy, monitor);
	}

	private String verifyByPath(Path original, Path copy, IProgressMonitor monitor) throws IOException {
		checkCanceled(monitor);
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(original)) {
			int count = 0;
			for (Path entry : entries) {
				count++;
				Path other = copy.resolve(entry.getFileName());
				BasicFileAttributes a = lstat(entry);
				BasicFileAttributes b;
				try {
					b = lstat(other);
				} catch (IOException e) {
					return NLS.bind(Messages.Verify_Missing, other);
				}
				if (SafeTree.isRealDirectory(a) != SafeTree.isRealDirectory(b) || a.isSymbolicLink() != b.isSymbolicLink()
						|| a.isRegularFile() != b.isRegularFile()) {
					return NLS.bind(Messages.Verify_Kind, other);
				}
				String difference = null;
				if (SafeTree.isRealDirectory(a)) {
					difference = verifyByPath(entry, other, monitor);
				} else if (a.isSymbolicLink() || a.isOther()) {
					if (!system.readTarget(entry).equals(system.readTarget(other))) {
						difference = NLS.bind(Messages.Verify_Target, other);
					}
				} else if (a.isRegularFile() && !sameContent(entry, other, a.size(), b.size(), monitor)) {
					difference = NLS.bind(Messages.Verify_Content, other);
				}
				if (difference != null) {
					return difference;
				}
			}
			try (DirectoryStream<Path> copies = Files.newDirectoryStream(copy)) {
				int copyCount = 0;
				for (@SuppressWarnings("unused") Path p : copies) {
					copyCount++;
				}
				if (copyCount != count) {
					return NLS.bind(Messages.Verify_Count, copy);
				}
			}
		}
		return null;
	}

	private static boolean sameContent(Path a, Path b, long sizeA, long sizeB, IProgressMonitor monitor)
			throws IOException {
		if (sizeA != sizeB) {
			return false;
		}
		byte[] bufA = new byte[CHUNK];
		byte[] bufB = new byte[CHUNK];
		try (InputStream inA = Files.newInputStream(a, LinkOption.NOFOLLOW_LINKS);
				InputStream inB = Files.newInputStream(b, LinkOption.NOFOLLOW_LINKS)) {
			while (true) {
				checkCanceled(monitor);
				int n = inA.readNBytes(bufA, 0, CHUNK);
				int m = inB.readNBytes(bufB, 0, CHUNK);
				if (n != m || !Arrays.equals(bufA, 0, n, bufB, 0, m)) {
					return false;
				}
				if (n < CHUNK) {
					return true;
				}
				monitor.worked(CHUNK / 1024);
			}
		}
	}

	/**
	 * Deletes a tree. Links inside it (symbolic links, junctions) are removed as links: what they point
	 * to is never entered, never touched.
	 *
	 * @param root a real directory, or a single entry
	 * @throws IOException when an entry cannot be deleted (the rest stays)
	 */
	@Override
	public void delete(Path root) throws IOException {
		deleteByPath(root);
	}

	@Override
	public boolean deleteIf(Path root, FileId expected) throws IOException {
		if (!expected.equals(system.fileId(root))) {
			return false; // not the tree meant; by path the check and the delete cannot be one step
		}
		delete(root);
		return true;
	}

	private void deleteByPath(Path root) throws IOException {
		BasicFileAttributes attrs = lstat(root);
		if (SafeTree.isRealDirectory(attrs)) {
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
				for (Path entry : entries) {
					deleteByPath(entry);
				}
			}
		}
		// unlink(2) for links and files, rmdir(2) for real (now empty) directories and junctions
		Files.delete(root);
	}

	private static BasicFileAttributes lstat(Path p) throws IOException {
		return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
	}

	static void checkCanceled(IProgressMonitor monitor) {
		SafeTree.checkCanceled(monitor);
	}
}
