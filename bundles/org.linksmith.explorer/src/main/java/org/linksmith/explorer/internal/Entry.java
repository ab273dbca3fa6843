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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * One entry of a folder as the Explorer shows it, read once in the background.
 *
 * @param path the entry's path
 * @param name its name
 * @param size its size in bytes (files), or -1
 * @param modified last modification, milliseconds since the epoch
 * @param kind what it is
 * @param target a symbolic link's stored target, or {@code null}
 * @param folder whether opening it shows a folder (a folder, or a link to one)
 */
public record Entry(Path path, String name, long size, long modified, Kind kind, String target, boolean folder) {

	/** What an entry is. */
	public enum Kind {
		/** A folder. */
		FOLDER,
		/** A regular file. */
		FILE,
		/** A symbolic link (to anything, or nothing). */
		LINK,
		/** Anything else. */
		OTHER
	}

	/** @return whether it is hidden by the usual convention (a leading dot) */
	public boolean hidden() {
		return name.startsWith("."); //$NON-NLS-1$
	}

	/**
	 * Reads a folder's entries without following links (a link's own facts, plus whether it leads to
	 * a folder). Call off the UI thread.
	 *
	 * @param folder the folder
	 * @param monitor cancellation
	 * @return its entries, folders first, then by name
	 * @throws IOException when the folder cannot be read
	 */
	public static List<Entry> list(Path folder, IProgressMonitor monitor) throws IOException {
		List<Entry> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			int n = 0;
			for (Path p : stream) {
				if ((++n & 1023) == 0 && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				entries.add(of(p));
			}
		}
		entries.sort(ORDER);
		return entries;
	}

	/**
	 * @param p a path
	 * @return its entry (a vanished path becomes an OTHER entry)
	 */
	public static Entry of(Path p) {
		String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
		try {
			BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (a.isSymbolicLink()) {
				String target;
				try {
					target = Files.readSymbolicLink(p).toString();
				} catch (IOException e) {
					target = "?"; //$NON-NLS-1$
				}
				return new Entry(p, name, -1, a.lastModifiedTime().toMillis(), Kind.LINK, target, Files.isDirectory(p));
			}
			if (a.isDirectory()) {
				return new Entry(p, name, -1, a.lastModifiedTime().toMillis(), Kind.FOLDER, null, true);
			}
			return new Entry(p, name, a.isRegularFile() ? a.size() : -1, a.lastModifiedTime().toMillis(),
					a.isRegularFile() ? Kind.FILE : Kind.OTHER, null, false);
		} catch (IOException e) {
			return new Entry(p, name, -1, 0, Kind.OTHER, null, false);
		}
	}

	/** Folders (and links to folders) first, then by name. */
	public static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> !e.folder())
			.thenComparing(Entry::name, String.CASE_INSENSITIVE_ORDER);
}
