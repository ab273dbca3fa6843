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
import java.util.List;
import java.util.Set;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;

/**
 * The small set of operating-system primitives that {@link DefaultLinkService} builds on. One
 * implementation per platform family: POSIX through {@code java.nio.file}, Windows through Win32.
 * Everything above this interface is platform-neutral and tested on every system.
 */
public interface LinkSystem {

	/** The operation during which an error happened, for error messages. */
	enum Operation {
		/** Creating a link. */
		CREATE,
		/** Reading a link or its attributes. */
		INSPECT,
		/** Changing a link's target. */
		RETARGET,
		/** Removing a link. */
		REMOVE,
		/** Moving or copying a folder. */
		MOVE,
		/** Walking a tree. */
		SCAN
	}

	/**
	 * Copies one regular file with its attributes (mode, times, owner where permitted), as
	 * {@code cp -a} does; systems that can keep the holes of sparse files do.
	 *
	 * @param from a regular file
	 * @param to a name that does not exist yet
	 * @throws IOException on failure
	 */
	default void copyFile(Path from, Path to) throws IOException {
		java.nio.file.Files.copy(from, to, java.nio.file.LinkOption.NOFOLLOW_LINKS,
				java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
	}

	/**
	 * @return the engine that measures, copies, verifies and deletes trees relative to open folder
	 *         descriptors (or handles), so that a folder swapped for a link during the work is never
	 *         entered; {@code null} where this system has none (then {@link SafeTree} walks by path)
	 */
	default TreeEngine treeEngine() {
		return null;
	}

	/**
	 * Swaps two existing entries in one atomic step, where this system and file system can.
	 *
	 * @param a one entry
	 * @param b another entry, in the same file system
	 * @return {@code false} when the system or file system cannot (nothing changed)
	 * @throws IOException when the swap failed for another reason (nothing changed)
	 */
	default boolean exchange(Path a, Path b) throws IOException {
		return false;
	}

	/**
	 * Renames an entry in one atomic step that never replaces anything
	 * ({@code renameat2(RENAME_NOREPLACE)}), where this system can.
	 *
	 * @param from an entry (not followed)
	 * @param to its new path
	 * @return {@code false} when the system or file system cannot (nothing changed)
	 * @throws java.nio.file.FileAlreadyExistsException when {@code to} exists
	 * @throws java.nio.file.AtomicMoveNotSupportedException when {@code to} is on another volume
	 * @throws IOException when the rename failed for another reason (nothing changed)
	 */
	default boolean renameNoReplace(Path from, Path to) throws IOException {
		return false;
	}

	/**
	 * @param existing an existing path
	 * @return whether its volume is mounted read-only (nothing can be made on it)
	 * @throws IOException when it cannot be asked
	 */
	default boolean isOnReadOnlyVolume(Path existing) throws IOException {
		return java.nio.file.Files.getFileStore(existing).isReadOnly();
	}

	/**
	 * @param folder a folder (not followed)
	 * @return whether another file system, or a bind mount, is mounted on it, where the system can
	 *         tell
	 * @throws IOException when it cannot be read
	 */
	default boolean isMountPoint(Path folder) throws IOException {
		return false;
	}

	/**
	 * @return whether this system resolves {@code ..} in the text of a path before the file system
	 *         sees it (Win32 does; POSIX kernels walk {@code ..} through the file system)
	 */
	default boolean resolvesDotDotInText() {
		return false;
	}

	/**
	 * @param where a path on the volume in question (need not exist)
	 * @return the link types this system can create there
	 */
	Set<LinkType> supportedTypes(Path where);

	/**
	 * Classifies a path from its attributes, read without following links.
	 *
	 * @param path the path
	 * @param attrs its attributes, read with {@code NOFOLLOW_LINKS}
	 * @return the link type, {@link LinkType#NONE} for anything else
	 * @throws IOException when more attributes cannot be read
	 */
	LinkType classify(Path path, BasicFileAttributes attrs) throws IOException;

	/**
	 * What a path is, without its resolved path and chain (see
	 * {@link org.linksmith.core.LinkService#describe(Path)}): its attributes read without following
	 * it, and for a link its stored target and what following it reaches. Systems with a cheaper
	 * way (one {@code lstat} holding the name count) override it.
	 *
	 * @param path the path
	 * @return what it is
	 * @throws IOException when it cannot be read
	 */
	default LinkService.Described describe(Path path) throws IOException {
		BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		LinkType type = classify(path, attrs);
		if (!type.hasTarget()) {
			long links = type == LinkType.HARD || attrs.isRegularFile() ? linkCount(path) : 1;
			return new LinkService.Described(LinkInfo.withoutTarget(path, type, links), attrs.isDirectory());
		}
		return describeLink(path, type, readTarget(path));
	}

	/**
	 * @param link a link
	 * @param type its type; a symbolic link to a file that is found to reach a folder becomes
	 *        {@link LinkType#SYMBOLIC_DIRECTORY}
	 * @param stored its stored target
	 * @return the link, with what following it reaches (one {@code stat})
	 */
	static LinkService.Described describeLink(Path link, LinkType type, Path stored) {
		List<Path> chain = List.of(link);
		try {
			boolean folder = Files.readAttributes(link, BasicFileAttributes.class).isDirectory();
			LinkType reached = folder && type == LinkType.SYMBOLIC_FILE ? LinkType.SYMBOLIC_DIRECTORY : type;
			return new LinkService.Described(LinkInfo.reaching(link, reached, stored, null, chain), folder);
		} catch (IOException e) {
			return new LinkService.Described(IoErrors.reasonOf(e) == LinkException.Reason.LOOP
					? LinkInfo.loop(link, type, stored, chain)
					: LinkInfo.broken(link, type, stored, null, chain), false);
		}
	}

	/**
	 * @param link a symbolic link or junction
	 * @return the target as stored (the print name for junctions, without {@code \??\})
	 * @throws IOException when the link cannot be read
	 */
	Path readTarget(Path link) throws IOException;

	/**
	 * Creates a symbolic link; never replaces anything.
	 *
	 * @param link the new link
	 * @param target the target to store
	 * @param directory whether it is a directory link (matters on Windows)
	 * @throws IOException as the system reports it
	 */
	void createSymbolicLink(Path link, Path target, boolean directory) throws IOException;

	/**
	 * @param link the new name
	 * @param existing an existing regular file on the same volume
	 * @throws IOException as the system reports it
	 */
	void createHardLink(Path link, Path existing) throws IOException;

	/**
	 * @param link the new junction (a folder that must not exist)
	 * @param absoluteTarget the absolute local folder it points to
	 * @throws IOException as the system reports it
	 */
	void createJunction(Path link, Path absoluteTarget) throws IOException;

	/**
	 * @param file an existing file
	 * @return its number of names
	 * @throws IOException when it cannot be read
	 */
	long linkCount(Path file) throws IOException;

	/**
	 * @param existing an existing path (followed)
	 * @return an identifier of the volume it is on, equal for paths on the same volume
	 * @throws IOException when it cannot be read
	 */
	Object volumeOf(Path existing) throws IOException;

	/**
	 * @param file an existing path (not followed)
	 * @return an identifier of the file, equal for all its hard links, or {@code null}
	 * @throws IOException when it cannot be read
	 */
	FileId fileId(Path file) throws IOException;

	/**
	 * Lists every name of a file on its volume, where the system can tell without walking a tree.
	 *
	 * @param file an existing regular file
	 * @return all its names, absolute, including {@code file}; or {@code null} when the system cannot
	 *         tell (the caller then walks a tree)
	 * @throws IOException when the names cannot be read
	 */
	default List<Path> allNames(Path file) throws IOException {
		return null;
	}

	/**
	 * Removes a link itself (never what it points to).
	 *
	 * @param link the link
	 * @param type its type as classified just before
	 * @throws IOException as the system reports it
	 */
	void removeLink(Path link, LinkType type) throws IOException;

	/**
	 * Replaces {@code link} by {@code replacement} in one atomic step, where the system can only
	 * if {@code link} still is a link at that moment (never a file or folder put there meanwhile).
	 *
	 * @param replacement a new link beside {@code link}
	 * @param link the link to replace
	 * @throws IOException when the rename fails; then {@code link} is unchanged
	 */
	void replaceAtomically(Path replacement, Path link) throws IOException;

	/**
	 * Checks a junction target before any change, for rules the system would report late or badly.
	 *
	 * @param link the junction to be made
	 * @param absoluteTarget its target
	 * @throws LinkException when the target is not allowed
	 */
	void checkJunctionTarget(Path link, Path absoluteTarget) throws LinkException;

	/**
	 * Turns a system error into a {@link LinkException} with a reason and a message for the user.
	 *
	 * @param e the error
	 * @param operation what was being done
	 * @param path the main path
	 * @param other a second path (the target), or {@code null}
	 * @return the exception to throw
	 */
	LinkException translate(IOException e, Operation operation, Path path, Path other);

	/** @return the walker that lists directory trees for scans on this system */
	TreeWalker treeWalker();
}
