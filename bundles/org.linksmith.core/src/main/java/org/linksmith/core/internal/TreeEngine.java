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
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Tree operations that work relative to open folders (descriptors or handles) instead of full
 * paths: every folder is opened from its parent's descriptor without following links, and checked
 * to be the folder that was listed, so a folder swapped for a link (or another folder) during the
 * operation is never entered, and a tree's depth never matters. {@link SafeTree} uses the
 * system's engine where it has one. Only the named root's parent folders are followed (the caller
 * named them).
 */
public interface TreeEngine {

	/**
	 * @param dir a real directory
	 * @param monitor cancellation
	 * @return how much it holds, with its first special file and first mount point
	 * @throws IOException when it cannot be read
	 */
	SafeTree.Size measure(Path dir, IProgressMonitor monitor) throws IOException;

	/**
	 * Copies a tree's contents into an empty directory as {@code cp -a} does: links recreated as
	 * links, hard links inside the tree kept, holes kept, mode, owner where permitted, times and
	 * extended attributes applied after the contents. Special files are never opened: the copy
	 * stops with an error naming the first.
	 *
	 * @param source a real directory
	 * @param target an empty directory
	 * @param monitor one unit of work per KiB copied; cancellation
	 * @return how many files had hard links outside the tree
	 * @throws IOException on failure (the partial copy is left for the caller to remove)
	 */
	int copy(Path source, Path target, IProgressMonitor monitor) throws IOException;

	/**
	 * Copies as {@link #copy} does, except that each symbolic link is made as a Smart Copy's rules
	 * decide (kept, re-pointed, spliced, left out, or replaced by a copy of what it reaches), and
	 * every file with several names is reported to them.
	 *
	 * @param source a real directory
	 * @param target an empty directory
	 * @param rules the rules, which record what became of each link
	 * @param monitor one unit of work per KiB copied; cancellation
	 * @throws IOException on failure (the partial copy is left for the caller to remove)
	 */
	void copySmart(Path source, Path target, LinkRules rules, IProgressMonitor monitor) throws IOException;

	/**
	 * Walks a tree for its true size: every entry reported to {@code counter} (the root too),
	 * links never followed, other file systems mounted inside never entered (reported).
	 *
	 * @param dir a real directory
	 * @param counter what adds the entries up
	 * @param monitor cancellation
	 * @throws IOException when the root cannot be read (entries that cannot are left out)
	 */
	void size(Path dir, SizeCounter counter, IProgressMonitor monitor) throws IOException;

	/**
	 * Reports one entry that is not a real directory (a file, a link, a special file) to
	 * {@code counter}, never following it, with its identity and the space it takes where the
	 * system tells them.
	 *
	 * @param entry the entry
	 * @param counter what adds it up
	 * @throws IOException when it cannot be read
	 */
	void sizeEntry(Path entry, SizeCounter counter) throws IOException;

	/**
	 * @param original the original tree
	 * @param copy its copy
	 * @param monitor one unit of work per KiB compared; cancellation
	 * @return {@code null} when they hold the same entries, kinds, link targets and bytes, else
	 *         the first difference
	 * @throws IOException when either cannot be read
	 */
	String verify(Path original, Path copy, IProgressMonitor monitor) throws IOException;

	/**
	 * @param source a real directory
	 * @param target an empty directory that receives folders, links and hard links to the files
	 * @param monitor one unit of work per file; cancellation
	 * @return the number of files linked
	 * @throws IOException on failure
	 */
	long hardLinkClone(Path source, Path target, IProgressMonitor monitor) throws IOException;

	/**
	 * @param root a folder or a single entry, deleted without following any link in it; a mount
	 *            point inside is never entered
	 * @throws IOException when an entry cannot be deleted
	 */
	void delete(Path root) throws IOException;

	/**
	 * What a copy copied: the identity (device, inode) of every entry of the original, and the
	 * size and modification time of its files, as they were when copied.
	 */
	interface Manifest {
		/** @return how many files had hard links outside the tree */
		int outside();
	}

	/**
	 * Copies as {@link #copy} does and records what was copied, so that the original can later be
	 * deleted exactly as far as it was copied ({@link #deleteCopied}).
	 *
	 * @param source a real directory
	 * @param target an empty directory
	 * @param monitor one unit of work per KiB copied; cancellation
	 * @return the record of what was copied
	 * @throws IOException on failure
	 */
	default Manifest copyRecorded(Path source, Path target, IProgressMonitor monitor) throws IOException {
		int outside = copy(source, target, monitor);
		return () -> outside;
	}

	/**
	 * Deletes the original of a copy, entry by entry only where the entry is the one that was
	 * copied (same identity; files also same size and time): an entry added or changed after the
	 * copy, or a folder swapped in, is kept, and so are the folders that hold it.
	 *
	 * @param root the original (perhaps renamed since the copy)
	 * @param copied the record of the copy
	 * @return what was kept, empty when everything was deleted
	 * @throws IOException when an entry cannot be deleted
	 */
	default java.util.List<Path> deleteCopied(Path root, Manifest copied) throws IOException {
		delete(root);
		return java.util.List.of();
	}

	/**
	 * Deletes a tree only if its root is the entry with that identity, as {@link #delete} does.
	 *
	 * @param root the tree
	 * @param expected the identity its root must have (else nothing is deleted)
	 * @return whether it was that tree (and is deleted)
	 * @throws IOException when an entry cannot be deleted
	 */
	default boolean deleteIf(Path root, FileId expected) throws IOException {
		throw new UnsupportedOperationException();
	}
}
