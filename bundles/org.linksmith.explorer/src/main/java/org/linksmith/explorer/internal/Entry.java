/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.linksmith.core.internal.LinkSystems;
import org.linksmith.core.internal.TreeWalker;

/**
 * One entry of a folder as the Explorer shows it. A listing reads names and kinds in one pass (on
 * Linux straight from the directory entries, without a stat per entry), so that a large folder
 * shows at once; sizes and dates follow in a second pass ({@link #loadAttributes}).
 */
public final class Entry {

	/** What an entry is. */
	public enum Kind {
		/** A folder. */
		FOLDER,
		/** A regular file. */
		FILE,
		/** A symbolic link or junction (to anything, or nothing). */
		LINK,
		/** Anything else. */
		OTHER
	}

	private final Path path;
	private final String name;
	private final Kind kind;
	private final String target;
	private final boolean folder;
	private volatile long size = -1;
	private volatile long modified;
	private volatile boolean loaded;

	Entry(Path path, String name, Kind kind, String target, boolean folder) {
		this.path = path;
		this.name = name;
		this.kind = kind;
		this.target = target;
		this.folder = folder;
	}

	/** @return the entry's path */
	public Path path() {
		return path;
	}

	/** @return its name */
	public String name() {
		return name;
	}

	/** @return what it is */
	public Kind kind() {
		return kind;
	}

	/** @return a link's stored target, or {@code null} */
	public String target() {
		return target;
	}

	/** @return whether opening it shows a folder (a folder, or a link to one) */
	public boolean folder() {
		return folder;
	}

	/** @return its size in bytes (files), -1 when none or not read yet */
	public long size() {
		return size;
	}

	/** @return last modification in milliseconds since the epoch, 0 when not read yet */
	public long modified() {
		return modified;
	}

	/** @return whether size and date have been read */
	public boolean loaded() {
		return loaded;
	}

	/** @return whether it is hidden by the usual convention (a leading dot) */
	public boolean hidden() {
		return name.startsWith("."); //$NON-NLS-1$
	}

	/** Reads size and date, without following a link. */
	void load() {
		try {
			BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			size = a.isRegularFile() ? a.size() : -1;
			modified = a.lastModifiedTime().toMillis();
		} catch (IOException e) {
			// vanished meanwhile: shown without size and date
		}
		loaded = true;
	}

	/**
	 * Reads sizes and dates (the second pass). Call off the UI thread.
	 *
	 * @param entries the entries
	 * @param monitor cancellation
	 */
	public static void loadAttributes(List<Entry> entries, IProgressMonitor monitor) {
		int n = 0;
		for (Entry e : entries) {
			if ((++n & 1023) == 0 && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (!e.loaded) {
				e.load();
			}
		}
	}

	/**
	 * Lists a folder: names and kinds, links with their targets; never follows a link except to
	 * learn whether it leads to a folder. Call off the UI thread.
	 *
	 * @param folder the folder
	 * @param monitor cancellation
	 * @return its entries, folders first, then by name
	 * @throws IOException when the folder cannot be read
	 */
	public static List<Entry> list(Path folder, IProgressMonitor monitor) throws IOException {
		ConcurrentLinkedQueue<Entry> found = new ConcurrentLinkedQueue<>();
		LinkSystems.current().treeWalker().walk(folder, false, new TreeWalker.Handler() {
			@Override
			public void entry(TreeWalker.Directory directory, String name, TreeWalker.EntryKind kind) {
				Path p = directory.resolve(name);
				found.add(switch (kind) {
					case DIRECTORY -> new Entry(p, name, Kind.FOLDER, null, true);
					case REGULAR -> new Entry(p, name, Kind.FILE, null, false);
					case SYMLINK, REPARSE_POINT -> link(p, name);
					case OTHER -> new Entry(p, name, Kind.OTHER, null, false);
				});
			}

			@Override
			public void failed(Path path, IOException e) {
				// an unreadable entry is left out
			}
		}, monitor);
		List<Entry> entries = new ArrayList<>(found);
		entries.sort(ORDER);
		return entries;
	}

	private static Entry link(Path p, String name) {
		String target;
		try {
			target = LinkSystems.current().readTarget(p).toString();
		} catch (IOException e) {
			target = "?"; //$NON-NLS-1$
		}
		return new Entry(p, name, Kind.LINK, target, Files.isDirectory(p));
	}

	/**
	 * @param p a path
	 * @return its entry, with size and date read
	 */
	public static Entry of(Path p) {
		String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
		Entry e;
		if (Files.isSymbolicLink(p)) {
			e = link(p, name);
		} else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
			e = new Entry(p, name, Kind.FOLDER, null, true);
		} else {
			e = new Entry(p, name, Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Kind.FILE : Kind.OTHER, null, false);
		}
		e.load();
		return e;
	}

	/** Folders (and links to folders) first, then by name. */
	public static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> !e.folder())
			.thenComparing(Entry::name, String.CASE_INSENSITIVE_ORDER);
}
