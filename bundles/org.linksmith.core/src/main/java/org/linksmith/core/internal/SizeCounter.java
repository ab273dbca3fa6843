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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.linksmith.core.SmartCopyReport.HardLinkGroup;
import org.linksmith.core.TreeSize;

/**
 * Adds up what a tree walk meets, as {@code du} does: every entry once by its identity, so a file
 * with several names inside the tree is counted once, and the hard-link groups recorded.
 */
public final class SizeCounter {

	/** What an entry is. */
	public enum Kind {
		/** A regular file. */
		FILE,
		/** A folder (entered). */
		FOLDER,
		/** A symbolic link (never followed). */
		SYMBOLIC_LINK,
		/** A junction (never followed). */
		JUNCTION,
		/** A fifo, socket or device node. */
		OTHER
	}

	private final Path root;
	private final @Nullable SizeCounter total;
	private final org.eclipse.core.runtime.@Nullable IProgressMonitor progress;
	private long met;
	private final Set<FileId> seen = new HashSet<>();
	private final Map<FileId, List<Path>> groups = new LinkedHashMap<>();
	private final Map<FileId, Long> counts = new LinkedHashMap<>();
	private long apparent;
	private long allocated;
	private boolean allocatedKnown = true;
	private long files;
	private long folders;
	private long symbolicLinks;
	private long junctions;
	private long others;
	private long hardLinkNames;
	private @Nullable Path mountPoint;

	/** @param root the folder measured */
	public SizeCounter(Path root) {
		this(root, null);
	}

	/**
	 * @param root the folder measured
	 * @param total a counter of several folders together that is told every entry too, or
	 *        {@code null}
	 */
	public SizeCounter(Path root, @Nullable SizeCounter total) {
		this(root, total, null);
	}

	/**
	 * @param root the folder measured
	 * @param total a counter of several folders together that is told every entry too, or
	 *        {@code null}
	 * @param progress told how many entries were met, now and then ({@code subTask}), or
	 *        {@code null}
	 */
	public SizeCounter(Path root, @Nullable SizeCounter total, org.eclipse.core.runtime.@Nullable IProgressMonitor progress) {
		this.root = root;
		this.total = total;
		this.progress = progress;
	}

	/**
	 * @param id the entry's identity ({@code null} where the system has none: always counted)
	 * @param kind what it is
	 * @param size its size in bytes
	 * @param blocks the bytes it takes on disk, or -1 when not known
	 * @param names how many names it has
	 * @param path its path
	 */
	public void entry(@Nullable FileId id, Kind kind, long size, long blocks, long names, Path path) {
		SizeCounter all = total;
		if (all != null) {
			all.entry(id, kind, size, blocks, names, path);
		}
		org.eclipse.core.runtime.IProgressMonitor shown = progress;
		if (shown != null && (++met & 2047) == 0) {
			shown.subTask(java.text.MessageFormat.format(Messages.Size_Progress, Long.valueOf(met), Errors.show(root)));
		}
		if (kind == Kind.FILE && names > 1 && id != null) {
			hardLinkNames++;
			groups.computeIfAbsent(id, k -> new ArrayList<>()).add(path);
			counts.put(id, Long.valueOf(names));
		}
		if (id != null && !seen.add(id)) {
			return; // another name of a file already counted
		}
		apparent += size;
		if (blocks < 0) {
			allocatedKnown = false;
		} else {
			allocated += blocks;
		}
		switch (kind) {
			case FILE -> files++;
			case FOLDER -> folders++;
			case SYMBOLIC_LINK -> symbolicLinks++;
			case JUNCTION -> junctions++;
			default -> others++;
		}
	}

	/** @param folder a folder inside on another file system (not entered) */
	public void mountPoint(Path folder) {
		SizeCounter all = total;
		if (all != null) {
			all.mountPoint(folder);
		}
		if (mountPoint == null) {
			mountPoint = folder;
		}
	}

	/** @return the sums */
	public TreeSize result() {
		List<HardLinkGroup> saturated = new ArrayList<>();
		List<HardLinkGroup> unsaturated = new ArrayList<>();
		for (Map.Entry<FileId, List<Path>> e : groups.entrySet()) {
			HardLinkGroup g = new HardLinkGroup(e.getValue(), counts.get(e.getKey()).longValue());
			(g.saturated() ? saturated : unsaturated).add(g);
		}
		saturated.addAll(unsaturated);
		return new TreeSize(root, apparent, allocatedKnown ? allocated : -1, files, folders, symbolicLinks, junctions,
				others, hardLinkNames, saturated, mountPoint);
	}
}
