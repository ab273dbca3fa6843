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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The link index: every link in the folder trees the user chose (its roots), with its stored
 * target, what it reaches and the identity of what it reached when it last worked, so that "what
 * points here?" is answered at once and a broken link's target can be found again after it moved.
 * <p>
 * The index lives in one database file in the user's state folder (never in the trees it
 * indexes) and is only a cache of what is on disk: a rescan reads again only the folders whose
 * modification time changed, a full rescan reads everything, and an index file that cannot be
 * read is set aside and rebuilt from its roots. A scan never follows a link below a root and
 * never changes anything in the trees. Each call opens the database and closes it again, so
 * several processes (the Explorer, the command line) take turns.
 * </p>
 */
public interface LinkIndex {

	/**
	 * A folder tree the index covers.
	 *
	 * @param path the root's real path
	 * @param scanned when its last scan ended, or {@code null} when none has ended yet
	 * @param folders how many folders it had then
	 * @param links how many links (symbolic links, junctions, files with several names) it had then
	 */
	record Root(Path path, @Nullable Instant scanned, long folders, long links) {
	}

	/**
	 * What a scan did.
	 *
	 * @param root the root scanned
	 * @param folders the folders in it
	 * @param foldersRead the folders whose entries were read (the others had not changed)
	 * @param links the links it holds now
	 * @param took how long the scan took
	 */
	record ScanReport(Path root, long folders, long foldersRead, long links, Duration took) {
	}

	/**
	 * The identity of a link's target when the link last reached it, and what describes it besides.
	 *
	 * @param volume the device or volume serial number
	 * @param file the inode or file id
	 * @param size its size in bytes (a folder: as the system reports it)
	 * @param modified its modification time, in milliseconds since 1970
	 * @param folder whether it is a folder
	 */
	record Identity(long volume, long file, long size, long modified, boolean folder) {
	}

	/**
	 * What the index holds of one link.
	 *
	 * @param link the link's path
	 * @param type its type
	 * @param target its target as stored
	 * @param reached where it led at the last scan (for a broken link: as far as its path existed)
	 * @param broken whether it was broken at the last scan
	 * @param identity what it reached when it last worked, or {@code null} when it never did while indexed
	 */
	record Recorded(Path link, LinkType type, String target, @Nullable Path reached, boolean broken,
			@Nullable Identity identity) {
	}

	/** @return the database file */
	Path location();

	/**
	 * @return the roots, sorted
	 * @throws LinkException when the index cannot be read
	 */
	List<Root> roots() throws LinkException;

	/**
	 * Scans a folder tree, adding it to the roots first when no root covers it yet. A root inside
	 * it is merged into it.
	 *
	 * @param root the folder (followed when it is a link; nothing below it is)
	 * @param full whether to read every folder again (else only those changed since the last scan)
	 * @param monitor progress and cancellation, or {@code null}; what was scanned before a
	 *        cancellation is kept
	 * @return what the scan did
	 * @throws LinkException when the folder or the index cannot be read
	 */
	ScanReport scan(Path root, boolean full, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Rescans every root, each read only where it changed.
	 *
	 * @param monitor progress and cancellation, or {@code null}
	 * @return what each scan did; a root that no longer exists is left out (and kept)
	 * @throws LinkException when the index cannot be read
	 */
	List<ScanReport> rescan(@Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Takes a root and all it recorded out of the index. Nothing on disk is touched.
	 *
	 * @param root a root's path
	 * @return whether it was a root
	 * @throws LinkException when the index cannot be written
	 */
	boolean remove(Path root) throws LinkException;

	/**
	 * @param path any path
	 * @return the root that covers it (holds its real path), or {@code null}
	 * @throws LinkException when the index cannot be read
	 */
	@Nullable
	Root covering(Path path) throws LinkException;

	/**
	 * What points here, answered from the index: the indexed links that led to {@code target} or
	 * into it at the last scan and still do (each is read again), and its other hard-link names.
	 *
	 * @param target an existing file or folder (a link is taken as what it reaches)
	 * @param within only links inside this folder, or {@code null} for all roots
	 * @return the links, sorted by path, each as {@link LinkService#inspect} describes it now
	 * @throws LinkException when the target or the index cannot be read
	 */
	List<LinkInfo> pointingHere(Path target, @Nullable Path within) throws LinkException;

	/**
	 * @param link a link's path
	 * @return what the index recorded of it, or {@code null} when it is not indexed
	 * @throws LinkException when the index cannot be read
	 */
	@Nullable
	Recorded recorded(Path link) throws LinkException;
}
