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
 * Lists a directory tree without ever following a link below the root. Implementations may call
 * the handler from several threads at once.
 */
public interface TreeWalker {

	/** What a directory entry is, as the listing says (links are never resolved). */
	enum EntryKind {
		/** A real directory: reported only when not walking recursively (else the walker descends into it). */
		DIRECTORY,
		/** A symbolic link, to anything. */
		SYMLINK,
		/** A regular file. */
		REGULAR,
		/** A directory that is a reparse point (Windows junction or other); never walked into. */
		REPARSE_POINT,
		/** A device, pipe, socket or anything else. */
		OTHER
	}

	/** A file's identity and name count. */
	record Stat(FileId id, long links) {
	}

	/**
	 * What a walker can tell cheaply about a symbolic link entry.
	 *
	 * @param target the target as stored
	 * @param end what following the link reaches
	 * @param targetIsLink whether the target is itself a link (the chain is longer than one), or
	 *        may be (a loop, a missing target the walker could not place); read only when the
	 *        resolved path was asked for, else {@code false}
	 * @param resolved where following the link ends, every link resolved, as the kernel reports
	 *        it; for a missing target, where it would be (its folder exists); {@code null} when not
	 *        asked for or when the walker cannot tell it cheaply (the caller then resolves it itself)
	 */
	record SymlinkFacts(String target, End end, boolean targetIsLink, Path resolved) {
	}

	/** Where following a link ends. */
	enum End {
		/** A directory. */
		DIRECTORY,
		/** Anything else that exists. */
		FILE,
		/** Nothing: the link is broken. */
		MISSING,
		/** A loop. */
		LOOP
	}

	/** The directory whose entries are being reported. */
	interface Directory {
		/** @return the directory's path */
		Path path();

		/**
		 * @param name an entry's name
		 * @return the entry's path
		 */
		Path resolve(String name);

		/**
		 * Reads an entry's identity and link count without following it.
		 *
		 * @param name an entry's name
		 * @return its stat
		 * @throws IOException when it cannot be read
		 */
		Stat stat(String name) throws IOException;

		/**
		 * @param name a symbolic link entry's name
		 * @param resolve whether the caller needs where the link ends ({@link SymlinkFacts#resolved()}
		 *        and {@link SymlinkFacts#targetIsLink()}); without it, a walker reads only the stored
		 *        target and whether following it reaches something
		 * @return what the walker can tell cheaply about it, or {@code null} when it cannot (the
		 *         caller then inspects the link itself)
		 * @throws IOException when it cannot be read
		 */
		default SymlinkFacts symlink(String name, boolean resolve) throws IOException {
			return null;
		}
	}

	/** Receives entries; must be safe to call from several threads. */
	interface Handler {
		/**
		 * @param directory the directory holding the entry
		 * @param name the entry's name
		 * @param kind what it is
		 * @throws IOException to report a problem with this entry (the walk goes on)
		 */
		void entry(Directory directory, String name, EntryKind kind) throws IOException;

		/**
		 * @param name a sub-directory's name
		 * @return whether a recursive walk goes into it (else it is reported as an entry)
		 */
		default boolean descend(String name) {
			return true;
		}

		/**
		 * @return whether the handler does anything with regular files (else a walker may skip them
		 *         without reading their names: most of a tree, for a scan of symbolic links only)
		 */
		default boolean wantsRegularFiles() {
			return true;
		}

		/**
		 * A directory or entry could not be read; the walk goes on without it.
		 *
		 * @param path what could not be read
		 * @param e why
		 */
		void failed(Path path, IOException e);
	}

	/**
	 * Walks the tree. The root itself is followed if it is a link; nothing below it is.
	 *
	 * @param root the directory to list
	 * @param recursive whether to descend into sub-directories
	 * @param handler receives every entry that is not a real directory
	 * @param monitor cancellation ({@link IProgressMonitor#isCanceled()}) and progress (sub-task names)
	 * @throws IOException when the root cannot be listed
	 */
	void walk(Path root, boolean recursive, Handler handler, IProgressMonitor monitor) throws IOException;
}
