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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Tree operations that never follow a link: links inside a tree are copied as links and deleted
 * as links, and only real directories are entered. Done by the system's descriptor- or
 * handle-based {@link TreeEngine} where it has one (a folder swapped for a link meanwhile is never
 * entered), else by the portable {@link PathTreeEngine}.
 */
public final class SafeTree {

	private final TreeEngine engine;

	/**
	 * @param system the primitives for links inside the tree
	 */
	public SafeTree(LinkSystem system) {
		TreeEngine own = system.treeEngine();
		this.engine = own != null ? own : new PathTreeEngine(system);
	}

	/** What a tree holds. */
	public static final class Size {
		/** Entries of any kind. */
		public long entries;
		/** Bytes in regular files. */
		public long bytes;
		/** The first special file met (fifo, socket, device node), or {@code null}. */
		public Path special;
		/** What {@link #special} is, in plain words. */
		public String specialKind;
		/** The first folder (the tree itself included) this process may not remove entries from, or {@code null}. */
		public Path readOnly;
		/** The first folder inside that another file system is mounted on, or {@code null}. */
		public Path mountPoint;
	}

	/**
	 * @param dir a real directory
	 * @return whether {@code attrs} describe a directory to enter (not a link, not a reparse point)
	 */
	static boolean isRealDirectory(BasicFileAttributes attrs) {
		return attrs.isDirectory() && !attrs.isSymbolicLink() && !attrs.isOther();
	}

	/**
	 * @param entry a fifo, socket or device node
	 * @return what it is, in plain words
	 */
	public static String kindOfSpecial(Path entry) {
		try {
			int mode = ((Integer) Files.getAttribute(entry, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue() & 0170000; //$NON-NLS-1$
			return switch (mode) {
				case 0010000 -> Messages.Kind_Fifo;
				case 0140000 -> Messages.Kind_Socket;
				case 0020000, 0060000 -> Messages.Kind_Device;
				default -> Messages.Kind_Special;
			};
		} catch (IOException | RuntimeException e) {
			return Messages.Kind_Special;
		}
	}

	/**
	 * @param dir a real directory
	 * @param monitor cancellation
	 * @return how much it holds
	 * @throws IOException when it cannot be read
	 */
	public Size measure(Path dir, IProgressMonitor monitor) throws IOException {
		return engine.measure(dir, monitor);
	}

	/**
	 * Copies a tree's contents into a new, empty directory, keeping links as links and hard links
	 * between files of the tree as hard links (see {@link TreeEngine#copy}).
	 *
	 * @param source a real directory
	 * @param target the empty directory that receives the copy
	 * @param monitor receives one unit of work per KiB copied; cancellation stops the copy
	 * @return how many files had hard links outside the tree (their copies are separate files)
	 * @throws IOException on failure (the partial copy is left for the caller to remove)
	 */
	public int copy(Path source, Path target, IProgressMonitor monitor) throws IOException {
		return engine.copy(source, target, monitor);
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
	public long hardLinkClone(Path source, Path target, IProgressMonitor monitor) throws IOException {
		return engine.hardLinkClone(source, target, monitor);
	}

	/**
	 * @param source a real directory
	 * @param target an empty directory
	 * @param rules a Smart Copy's rules
	 * @param monitor one unit of work per KiB copied; cancellation
	 * @throws IOException on failure (the partial copy is left for the caller to remove)
	 * @see TreeEngine#copySmart
	 */
	public void copySmart(Path source, Path target, LinkRules rules, IProgressMonitor monitor) throws IOException {
		engine.copySmart(source, target, rules, monitor);
	}

	/**
	 * @param dir a real directory
	 * @param counter what adds the entries up
	 * @param monitor cancellation
	 * @throws IOException when the root cannot be read
	 * @see TreeEngine#size
	 */
	public void size(Path dir, SizeCounter counter, IProgressMonitor monitor) throws IOException {
		engine.size(dir, counter, monitor);
	}

	/**
	 * @param entry a file, link or special file (never followed)
	 * @param counter what adds it up
	 * @throws IOException when it cannot be read
	 * @see TreeEngine#sizeEntry
	 */
	public void sizeEntry(Path entry, SizeCounter counter) throws IOException {
		engine.sizeEntry(entry, counter);
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
	public String verify(Path original, Path copy, IProgressMonitor monitor) throws IOException {
		return engine.verify(original, copy, monitor);
	}

	/**
	 * Deletes a tree. Links inside it (symbolic links, junctions) are removed as links: what they point
	 * to is never entered, never touched.
	 *
	 * @param root a real directory, or a single entry
	 * @throws IOException when an entry cannot be deleted (the rest stays)
	 */
	public void delete(Path root) throws IOException {
		engine.delete(root);
	}

	/**
	 * @see TreeEngine#copyRecorded
	 * @param source a real directory
	 * @param target an empty directory
	 * @param monitor progress and cancellation
	 * @return the record of what was copied
	 * @throws IOException on failure
	 */
	public TreeEngine.Manifest copyRecorded(Path source, Path target, IProgressMonitor monitor) throws IOException {
		return engine.copyRecorded(source, target, monitor);
	}

	/**
	 * @see TreeEngine#deleteCopied
	 * @param root the original
	 * @param copied the record of its copy
	 * @return what was kept
	 * @throws IOException when an entry cannot be deleted
	 */
	public java.util.List<Path> deleteCopied(Path root, TreeEngine.Manifest copied) throws IOException {
		return engine.deleteCopied(root, copied);
	}

	/**
	 * @see TreeEngine#deleteIf
	 * @param root the tree
	 * @param expected the identity its root must have
	 * @return whether it was that tree (and is deleted)
	 * @throws IOException when an entry cannot be deleted
	 */
	public boolean deleteIf(Path root, FileId expected) throws IOException {
		return engine.deleteIf(root, expected);
	}

	static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
