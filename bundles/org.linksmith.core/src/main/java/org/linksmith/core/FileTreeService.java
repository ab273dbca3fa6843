/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core;

import org.eclipse.jdt.annotation.Nullable;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Lists, copies, moves and deletes files and folder trees without ever following a link inside
 * them: a link is listed, copied, moved and deleted as a link, and what it points to is never
 * touched. Folders are worked on relative to open descriptors where the system has them, so a
 * folder swapped for a link during an operation is never entered. Obtain it as an OSGi service,
 * or through {@link LinkServices#fileTree()} on a plain classpath. Call off the UI thread.
 * <p>
 * Every failure is a {@link LinkException} whose message says what happened and what to do. A
 * failed or cancelled copy leaves nothing at the target; a failed move leaves the original
 * complete.
 * </p>
 */
public interface FileTreeService {

	/**
	 * Lists a folder: names and kinds, links with their stored targets; a link is followed only to
	 * learn whether it reaches a folder. Entries that cannot be read are left out.
	 *
	 * @param folder the folder (a link to a folder is followed)
	 * @param monitor cancellation, or {@code null}
	 * @return its entries, in no particular order
	 * @throws LinkException when the folder cannot be read
	 */
	List<FileEntry> list(Path folder, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * @param folder the new folder's path; its parent must exist and the name be free
	 * @return the new folder
	 * @throws LinkException when it cannot be made (name taken, no permission, ...)
	 */
	Path createFolder(Path folder) throws LinkException;

	/**
	 * Renames an entry inside its folder; a link is renamed, never what it points to. Never
	 * replaces anything.
	 *
	 * @param path the entry
	 * @param newName its new name (one name, no separator)
	 * @return the new path
	 * @throws LinkException when the name is taken or invalid, or the rename fails
	 */
	Path rename(Path path, String newName) throws LinkException;

	/**
	 * Copies a file, a link (as a link) or a folder tree ({@code cp -a}: links as links, hard links
	 * inside the tree kept, holes, mode, owner where permitted, times and extended attributes).
	 * Never replaces anything.
	 *
	 * @param source what to copy
	 * @param target the copy's path (must not exist; its parent must)
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the copy, with warnings (files with hard links outside the tree copied apart)
	 * @throws LinkException when it cannot be copied; a partial copy has been removed
	 */
	TreeResult copy(Path source, Path target, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Smart Copy: copies a folder tree as {@link #copy} does and keeps its links working. A
	 * symbolic link whose target is inside the tree points into the copy (a relative text that
	 * reaches the copy as it is stays as it is; other relative ones are computed again, absolute
	 * ones rewritten to the copy); a link whose target is outside follows {@code outer}. Files with
	 * several names all inside the tree stay one file in the copy; the others are reported. A
	 * single link is copied to reach what the original reaches. Never replaces anything.
	 *
	 * @param source the folder (or a file or link) to copy
	 * @param target the copy's path (must not exist; its parent must)
	 * @param outer what to do with links that point out of the tree
	 * @param dryRun {@code true}: write nothing, only report what the copy would do
	 * @param monitor progress and cancellation, or {@code null}
	 * @return what became of every link and hard-link group
	 * @throws LinkException when it cannot be copied; a partial copy has been removed
	 */
	SmartCopyReport smartCopy(Path source, Path target, OuterLinks outer, boolean dryRun,
			@Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Measures a folder tree's true size as {@code du} does: each file once however many names it
	 * has inside the tree, links never followed, other file systems mounted inside never entered;
	 * with counts by kind and the hard-link groups found.
	 *
	 * @param folder the folder (a link to a folder is measured as the link itself: name the folder)
	 * @param monitor cancellation, or {@code null}
	 * @return the sizes and counts
	 * @throws LinkException when the folder cannot be read
	 */
	TreeSize size(Path folder, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Measures several folders (or files, or links, each measured as itself) as {@link #size}
	 * does, in one walk: one size for each, and when there are several, their total, in which a
	 * file with names in more than one of them is counted once (its path is the folder that holds
	 * them all, as written: for showing only).
	 *
	 * @param paths the folders, files or links, at least one
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the size of each, in order, then the total when there are several
	 * @throws LinkException when one of them cannot be read
	 */
	java.util.List<TreeSize> size(java.util.List<Path> paths, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Moves a file, a link (as a link) or a folder tree. On one volume this is one atomic rename.
	 * Across volumes the tree is copied, the copy verified byte for byte against the original, and
	 * only then the original deleted, and only as far as it was copied: an entry added or changed
	 * meanwhile stays at the old place and is named in a warning. A copy that does not match is
	 * removed and the original stays complete. Never replaces anything.
	 *
	 * @param source what to move
	 * @param target its new path (must not exist; its parent must)
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the new path, with warnings
	 * @throws LinkException when it cannot be moved; the original is complete
	 */
	TreeResult move(Path source, Path target, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Smart Move: moves a folder tree as {@link #move} does and keeps every link inside it working
	 * at the new place: a relative link that points out of the tree is computed again for the new
	 * place, an absolute link into the tree is rewritten to it, a relative link inside that stays
	 * inside is left as it is. What each link becomes is planned before anything moves; each is
	 * then changed in one atomic step. Links elsewhere that point into the tree are not changed
	 * here (the report says where the tree went).
	 *
	 * @param source what to move
	 * @param target its new path (must not exist; its parent must)
	 * @param dryRun {@code true}: move nothing, only report what the move would do with each link
	 * @param monitor progress and cancellation, or {@code null}
	 * @return what became of every link inside (paths at the new place)
	 * @throws LinkException when it cannot be moved; the original is complete
	 */
	SmartCopyReport smartMove(Path source, Path target, boolean dryRun, @Nullable IProgressMonitor monitor)
			throws LinkException;

	/**
	 * Deletes a file, a link (only the link) or a folder tree, never following a link in it and
	 * never entering another file system mounted inside.
	 *
	 * @param path what to delete
	 * @param monitor cancellation, or {@code null}
	 * @throws LinkException when an entry cannot be deleted (the rest is deleted as far as it went)
	 */
	void delete(Path path, @Nullable IProgressMonitor monitor) throws LinkException;
}
