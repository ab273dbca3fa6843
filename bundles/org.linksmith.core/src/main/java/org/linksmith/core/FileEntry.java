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
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * One entry of a folder as {@link FileTreeService#list} reads it: its name as listed, what it is,
 * and for a link its stored target and whether following it reaches a folder. A listing reads
 * these from the directory entries (on Linux without a stat per entry); sizes and dates are not
 * part of it.
 */
public final class FileEntry {

	/** What an entry is, as the listing says (a link is never resolved to tell). */
	public enum Kind {
		/** A real folder. */
		FOLDER,
		/** A regular file. */
		FILE,
		/** A symbolic link or junction, to anything or nothing. */
		LINK,
		/** A fifo, socket, device node or anything else. */
		OTHER
	}

	/** What opening an entry reaches (for a link: what following it reaches). */
	public enum End {
		/** A folder. */
		FOLDER,
		/** Anything else that exists. */
		FILE,
		/** Nothing: a broken link. */
		MISSING,
		/** A loop of links. */
		LOOP
	}

	private static final Charset NAMES = RawNames.fileNames();

	private final Path parent;
	private final String name;
	private final Kind kind;
	private final @Nullable String target;
	private final End end;
	private @Nullable Path path;

	/**
	 * @param parent the folder that holds it
	 * @param name its name as listed (bytes not valid in the locale as escapes, see {@link RawNames})
	 * @param kind what it is
	 * @param target a link's stored target, else {@code null}
	 * @param leadsToFolder whether opening it shows a folder (a folder, or a link that reaches one)
	 */
	public FileEntry(Path parent, String name, Kind kind, @Nullable String target, boolean leadsToFolder) {
		this(parent, name, kind, target, leadsToFolder ? End.FOLDER : End.FILE);
	}

	/**
	 * @param parent the folder that holds it
	 * @param name its name as listed (bytes not valid in the locale as escapes, see {@link RawNames})
	 * @param kind what it is
	 * @param target a link's stored target, else {@code null}
	 * @param end what opening it reaches (for a link, what following it reaches)
	 */
	public FileEntry(Path parent, String name, Kind kind, @Nullable String target, End end) {
		this.parent = parent;
		this.name = name;
		this.kind = kind;
		this.target = target;
		this.end = end;
	}

	/** @return the folder that holds it */
	public Path parent() {
		return parent;
	}

	/** @return its name as listed; undecodable bytes as escapes ({@link RawNames#shown} for display) */
	public String name() {
		return name;
	}

	/** @return what it is */
	public Kind kind() {
		return kind;
	}

	/** @return a link's stored target, or {@code null} ({@code "?"} when it could not be read) */
	public @Nullable String target() {
		return target;
	}

	/** @return whether opening it shows a folder (a folder, or a link that reaches one) */
	public boolean leadsToFolder() {
		return end == End.FOLDER;
	}

	/** @return what opening it reaches: for a link whose target is missing {@link End#MISSING}, in a loop {@link End#LOOP} */
	public End end() {
		return end;
	}

	/**
	 * @return its path, built from the name's bytes, so that it reaches this entry and no
	 *         look-alike (made on demand: a large listing would spend much of its time making paths)
	 */
	public Path path() {
		Path p = path;
		if (p == null) {
			p = RawNames.hasEscapes(name) ? RawNames.resolve(parent, name, NAMES) : parent.resolve(name);
			path = p;
		}
		return p;
	}

	@Override
	public String toString() {
		return kind + " " + path() + (target != null ? " -> " + target : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
