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
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Creates, inspects, changes and removes file-system links without ever touching the data behind
 * them. Obtain one as an OSGi service, or through {@link LinkServices#getDefault()} on a plain
 * classpath.
 * <p>
 * Every method works on the link itself and never follows it unless it says so. Every failure is a
 * {@link LinkException} whose reason tells what went wrong and whose message tells the user what to
 * do; on failure nothing on disk has changed.
 * </p>
 */
public interface LinkService {

	/**
	 * @param where a path on the volume in question (need not exist)
	 * @return the link types that can be created there on this system
	 */
	Set<LinkType> supportedTypes(Path where);

	/**
	 * Inspects a path without following it.
	 *
	 * @param path any path
	 * @return what the path is; for a missing path a {@link LinkException} with reason NOT_FOUND
	 * @throws LinkException when the path does not exist or cannot be read
	 */
	LinkInfo inspect(Path path) throws LinkException;

	/**
	 * Tells what a path is from as few system calls as the answer needs, for views that mark many
	 * entries: one {@code lstat} for anything that is not a symbolic link, and a {@code readlink}
	 * and a {@code stat} more for one. The answer has the type, a link's stored target and whether
	 * it is broken or loops, and a file's name count, as {@link #inspect(Path)} gives them; a link's
	 * resolved path and chain are not read ({@link LinkInfo#resolved()} is {@code null}, the chain
	 * holds the link alone).
	 *
	 * @param path any path
	 * @return what the path is, and whether it is or reaches a folder
	 * @throws LinkException when the path does not exist or cannot be read
	 */
	Described describe(Path path) throws LinkException;

	/**
	 * What {@link LinkService#describe(Path)} tells of a path.
	 *
	 * @param info what the path is (without resolved path and chain)
	 * @param folder whether it is a folder, or a link or junction that reaches one
	 */
	record Described(LinkInfo info, boolean folder) {
	}

	/**
	 * Creates a link. Never overwrites anything.
	 *
	 * @param link where the new link goes; its parent folder must exist and the name must be free
	 * @param target what the link points to; for symbolic links and junctions it may be missing
	 *        (the result then carries a warning); for a hard link it must be an existing file
	 * @param type {@link LinkType#SYMBOLIC_FILE}, {@link LinkType#SYMBOLIC_DIRECTORY} (either chooses
	 *        itself from the target when it exists), {@link LinkType#HARD} or {@link LinkType#JUNCTION}
	 * @param style how to store the target of a symbolic link or junction
	 * @return the new link and any warnings
	 * @throws LinkException when the link cannot be created; nothing was changed
	 */
	CreateResult create(Path link, Path target, LinkType type, TargetStyle style) throws LinkException;

	/**
	 * Points an existing symbolic link (or junction) somewhere else, atomically: a new link is made
	 * beside the old one and renamed over it, so the link is never missing.
	 *
	 * @param link an existing symbolic link or junction
	 * @param newTarget the new target (may be missing: the result then carries a warning)
	 * @param style how to store the new target
	 * @return the retargeted link and any warnings
	 * @throws LinkException when the path is not a symbolic link or the new link cannot be made
	 */
	CreateResult retarget(Path link, Path newTarget, TargetStyle style) throws LinkException;

	/**
	 * Stores a symbolic link's target relative to its folder or as an absolute path, so that it
	 * reaches the very same place: the old target is read as the kernel reads it (links in its
	 * folders followed, {@code ..} taken from the folder reached, never in text) and the new one
	 * computed from real folders. Atomic, as {@link #retarget}. A junction is always absolute.
	 *
	 * @param link a symbolic link
	 * @param style {@link TargetStyle#RELATIVE} or {@link TargetStyle#ABSOLUTE}
	 * @param dryRun {@code true}: change nothing, only say what would be stored
	 * @return the old and the new target (the same when it already was so)
	 * @throws LinkException when the path is not a symbolic link, or it cannot be changed
	 */
	Conversion convert(Path link, TargetStyle style, boolean dryRun) throws LinkException;

	/**
	 * What {@link LinkService#convert} did, or would do.
	 *
	 * @param link the link
	 * @param target its target as it was stored
	 * @param newTarget its target as it is (or would be) stored now
	 * @param warnings what the user should know (a target on another drive stays absolute)
	 */
	record Conversion(Path link, Path target, Path newTarget, List<String> warnings) {

		/**
		 * @param link the link
		 * @param target the old target
		 * @param newTarget the new target
		 * @param warnings the warnings
		 */
		public Conversion {
			warnings = List.copyOf(warnings);
		}

		/** @return whether the stored target is (or would be) different */
		public boolean changed() {
			return !target.equals(newTarget);
		}
	}

	/**
	 * What a symbolic link at {@code link} would store and reach with this target and style, as
	 * {@link #create} and {@link #retarget} compute it; reads the disk, changes nothing. For
	 * previews that must show exactly what will be written.
	 *
	 * @param link where the link is (or would be)
	 * @param target the target as given
	 * @param style how to store it
	 * @return the stored text, what it reaches, and whether that exists
	 */
	PlannedTarget plannedTarget(Path link, Path target, TargetStyle style);

	/**
	 * Removes a link and only the link. The data it points to is never touched. For a hard link,
	 * removes this name only, and refuses when it is the file's last name.
	 *
	 * @param link a symbolic link, junction or a file with more than one name
	 * @throws LinkException when the path is not a link or is a file's last name
	 */
	void remove(Path link) throws LinkException;

	/**
	 * Moves a folder to a new place and leaves a link at its old path. Across volumes the folder is
	 * copied, the copy verified and only then the original deleted. On any failure or cancellation,
	 * everything is put back so that the original folder is complete at its old path.
	 *
	 * @param folder an existing folder (not a link)
	 * @param destination the folder's new path (must not exist), or an existing folder to move it into
	 * @param linkType {@link LinkType#SYMBOLIC_DIRECTORY} or {@link LinkType#JUNCTION}
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the link left at the old path, and warnings (for example hard links to files outside the
	 *         folder, whose copies are separate files after a move across volumes)
	 * @throws LinkException when the move cannot be done; the original is intact
	 */
	CreateResult relocate(Path folder, Path destination, LinkType linkType, @Nullable IProgressMonitor monitor)
			throws LinkException;

	/**
	 * Moves a folder to exactly the path given and leaves a link at its old path, as
	 * {@link #relocate} does, but never into an existing folder: when something is at the path
	 * (also something made there meanwhile), nothing is moved and the error says so. A dialog that
	 * showed the user the final path uses this, so that the data lands where the user saw.
	 *
	 * @param folder an existing folder (not a link)
	 * @param target the folder's new path; must not exist, its parent must
	 * @param linkType {@link LinkType#SYMBOLIC_DIRECTORY} or {@link LinkType#JUNCTION}
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the link left at the old path, and warnings
	 * @throws LinkException when the move cannot be done (the path is taken, ...); the original is intact
	 */
	CreateResult relocateTo(Path folder, Path target, LinkType linkType, @Nullable IProgressMonitor monitor)
			throws LinkException;

	/**
	 * Takes a relocation back: the folder a relocation moved goes back to the link's path,
	 * replacing the link in one atomic step where the system can (the path always holds the link
	 * or the complete folder). Across volumes the folder is copied, verified and only then deleted
	 * at its other place, as {@link #relocate} does. Refused, with nothing changed, when the link
	 * no longer reaches that folder (retargeted or replaced meanwhile).
	 *
	 * @param link the link a relocation left
	 * @param folder where the relocation put the folder (the link must still reach this very folder)
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the folder at the link's old path, and warnings
	 * @throws LinkException when it is no longer a working link to a folder (nothing changed), or
	 *         the folder could not take the link's place (it is then beside it, named in the message)
	 */
	CreateResult returnRelocated(Path link, Path folder, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Makes a hard-link clone of a folder (like {@code cp -al}, Link Shell Extension's "Hardlink
	 * Clone"): the folder tree is recreated at {@code destination}, every file in it is a new hard link
	 * to the original file, and symbolic links are recreated as links. Nothing is copied and nothing in
	 * the source changes.
	 *
	 * @param folder an existing folder (not a link)
	 * @param destination the clone's path (must not exist; its parent must), on the same volume
	 * @param monitor progress and cancellation, or {@code null}; on cancellation or failure the
	 *        partial clone is removed
	 * @return the number of files linked
	 * @throws LinkException when the clone cannot be made; nothing is left behind
	 */
	long hardLinkClone(Path folder, Path destination, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Makes a symbolic-link clone of a folder (like {@code cp -rs}, Link Shell Extension's
	 * "Symbolic Link Clone"): the folder tree is recreated at {@code destination} and every file in
	 * it is a symbolic link to the original file (by its absolute real path); symbolic links of
	 * the tree are made as {@link FileTreeService#smartCopy} splices them (links into the tree
	 * point into the clone). Works across volumes. Nothing in the source changes.
	 *
	 * @param folder an existing folder (not a link)
	 * @param destination the clone's path (must not exist; its parent must)
	 * @param monitor progress and cancellation, or {@code null}; on cancellation or failure the
	 *        partial clone is removed
	 * @return the number of files linked
	 * @throws LinkException when the clone cannot be made; nothing is left behind
	 */
	long symbolicLinkClone(Path folder, Path destination, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Lists the other names of a file within a folder tree (same volume and file id).
	 *
	 * @param file a regular file
	 * @param within the folder tree to search; links in it are not followed
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the other names found, sorted, not including {@code file} itself
	 * @throws LinkException when the file cannot be read
	 */
	List<Path> hardLinkSiblings(Path file, Path within, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Walks a folder tree and reports the links that match the options. Never follows directory links
	 * or junctions.
	 *
	 * @param root the folder to scan
	 * @param options what to report
	 * @param visitor receives each link found
	 * @param monitor progress and cancellation, or {@code null}; cancellation throws
	 *        {@link org.eclipse.core.runtime.OperationCanceledException}
	 * @throws LinkException when the root cannot be read
	 */
	void scan(Path root, ScanOptions options, LinkVisitor visitor, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * What points here: the links within a folder tree that lead to {@code target} or into it,
	 * so that moving, renaming or deleting it would break them. A symbolic link or junction is
	 * listed when what it reaches, read as the kernel reads it (through every link of its chain;
	 * for a broken one, as far as its path exists), is {@code target} or inside it; for a file with
	 * several names, its other names within the tree are listed too (as {@link LinkType#HARD}).
	 * Links inside {@code target} that point into it are listed as well (a delete breaks them).
	 *
	 * @param target an existing file or folder (a link is taken as what it reaches)
	 * @param within the folder tree to search; links in it are never followed
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the links found, in the order met, each as {@link #inspect} describes it
	 * @throws LinkException when the target or the tree cannot be read
	 */
	List<LinkInfo> pointingHere(Path target, Path within, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Lists the relocations that started and did not end (their journal is still there), each
	 * described by what is on disk now. Entries of relocations that in fact ended are dropped.
	 *
	 * @return the interrupted relocations, oldest first; empty when there are none
	 */
	List<InterruptedRelocation> interruptedRelocations();

	/**
	 * Finishes an interrupted relocation: the link at the old path to the destination, the folder
	 * at the destination, the original deleted once its verified copy is in place.
	 *
	 * @param relocation one of {@link #interruptedRelocations()}
	 * @return the link at the old path
	 * @throws LinkException when its state cannot be finished, or a step fails (the journal stays)
	 */
	CreateResult finishRelocation(InterruptedRelocation relocation) throws LinkException;

	/**
	 * Undoes an interrupted relocation: the folder back at the old path, any copy at the
	 * destination removed.
	 *
	 * @param relocation one of {@link #interruptedRelocations()}
	 * @throws LinkException when its state cannot be undone, or a step fails (the journal stays)
	 */
	void undoRelocation(InterruptedRelocation relocation) throws LinkException;

	/**
	 * Drops an interrupted relocation's journal entry without touching any file (for a state the
	 * user sorted out by hand).
	 *
	 * @param relocation one of {@link #interruptedRelocations()}
	 */
	void forgetRelocation(InterruptedRelocation relocation);
}
