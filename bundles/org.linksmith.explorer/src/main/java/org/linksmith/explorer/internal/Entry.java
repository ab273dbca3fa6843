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
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.linksmith.core.FileEntry;
import org.linksmith.core.FileTreeService;
import org.linksmith.core.LinkException;
import org.linksmith.core.RawNames;

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

	private final FileEntry entry;
	/** The name as shown: bytes not valid in the locale as {@code \\xNN}. */
	private final String name;
	/** The name as sorted: lower case, accents ignored (the same string for lower-case ASCII). */
	private final String key;
	private final Kind kind;
	private volatile long size = -1;
	private volatile long modified;
	private volatile boolean loaded;

	Entry(FileEntry entry) {
		this.entry = entry;
		this.name = RawNames.shown(entry.name());
		this.key = sortKey(this.name);
		this.kind = switch (entry.kind()) {
			case FOLDER -> Kind.FOLDER;
			case FILE -> Kind.FILE;
			case LINK -> Kind.LINK;
			case OTHER -> Kind.OTHER;
		};
	}

	/** @return the entry's path (it reaches this entry, whatever bytes its name holds) */
	public Path path() {
		return entry.path();
	}

	/** @return its name as shown (bytes not valid in the locale as {@code \xNN}) */
	public String name() {
		return name;
	}

	/** @return what it is */
	public Kind kind() {
		return kind;
	}

	/** @return a link's stored target, or {@code null} */
	public String target() {
		return entry.target();
	}

	/** @return whether opening it shows a folder (a folder, or a link to one) */
	public boolean folder() {
		return entry.leadsToFolder();
	}

	/** @return whether it is a link whose target is missing (or that leads into a loop) */
	public boolean broken() {
		return entry.end() == FileEntry.End.MISSING || entry.end() == FileEntry.End.LOOP;
	}

	/** @return whether it is a link that leads into a loop */
	public boolean loop() {
		return entry.end() == FileEntry.End.LOOP;
	}

	/** @return its size in bytes (files), -1 when none or not read yet */
	public long size() {
		return size;
	}

	/** @return last modification in milliseconds since the epoch, 0 when not read yet */
	public long modified() {
		return modified;
	}

	/** @return whether size and date have been read (for the test of the two-pass listing) */
	boolean loaded() {
		return loaded;
	}

	/** @return whether it is hidden by the usual convention (a leading dot) */
	public boolean hidden() {
		return name.startsWith("."); //$NON-NLS-1$
	}

	/** Reads size and date, without following a link. */
	void load() {
		try {
			BasicFileAttributes a = Files.readAttributes(path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
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
	 * @param files the file-tree service
	 * @param folder the folder
	 * @param monitor cancellation
	 * @return its entries, folders first, then by name
	 * @throws LinkException when the folder cannot be read
	 */
	public static List<Entry> list(FileTreeService files, Path folder, IProgressMonitor monitor) throws LinkException {
		return sorted(of(files.list(folder, monitor)));
	}

	/**
	 * @param found a listing's entries
	 * @return them as the Explorer shows them, in the listing's order
	 */
	static Entry[] of(List<FileEntry> found) {
		Entry[] entries = new Entry[found.size()];
		for (int i = 0; i < entries.length; i++) {
			entries[i] = new Entry(found.get(i));
		}
		return entries;
	}

	/**
	 * @param entries entries (sorted in place)
	 * @return them in {@link #ORDER}
	 */
	static List<Entry> sorted(Entry[] entries) {
		if (entries.length > PARALLEL_SORT) {
			Arrays.parallelSort(entries, ORDER);
		} else {
			Arrays.sort(entries, ORDER);
		}
		return Arrays.asList(entries);
	}

	/**
	 * The first entries in {@link #ORDER}, without sorting them all: what a large folder shows
	 * first while the rest is sorted (one comparison for nearly every entry).
	 *
	 * @param entries entries, in any order (left as they are)
	 * @param count how many
	 * @return the first {@code count} of them in order (all of them when they are fewer)
	 */
	static List<Entry> first(Entry[] entries, int count) {
		if (count <= 0) {
			return List.of();
		}
		// a heap of the smallest seen, its largest on top
		java.util.PriorityQueue<Entry> smallest = new java.util.PriorityQueue<>(count + 1, ORDER.reversed());
		for (Entry e : entries) {
			if (smallest.size() < count) {
				smallest.add(e);
			} else if (ORDER.compare(e, smallest.peek()) < 0) {
				smallest.poll();
				smallest.add(e);
			}
		}
		Entry[] first = smallest.toArray(Entry[]::new);
		Arrays.sort(first, ORDER);
		return Arrays.asList(first);
	}

	/** Above this many entries, a listing is sorted on all cores. */
	private static final int PARALLEL_SORT = 8192;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$

	/**
	 * @param name a name
	 * @return how it sorts: lower case, and without accents ("Émile" beside "emu", not after "zeta");
	 *         ASCII names (nearly all) cost no more than lower-casing
	 */
	static String sortKey(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) >= 0x80) {
				return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("") //$NON-NLS-1$
						.toLowerCase(Locale.ROOT);
			}
		}
		return name.toLowerCase(Locale.ROOT);
	}

	/** Folders (and links to folders) first, then by name, case and accents ignored. */
	public static final Comparator<Entry> ORDER = (a, b) -> {
		boolean af = a.folder();
		if (af != b.folder()) {
			return af ? -1 : 1;
		}
		int c = a.key.compareTo(b.key);
		return c != 0 ? c : a.name.compareTo(b.name);
	};
}
