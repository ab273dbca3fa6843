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
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.linksmith.core.SmartCopyReport.HardLinkGroup;

/**
 * The true size of a folder tree, as {@code du} counts it: every file, folder and link once, a
 * file with several names inside the tree once, links never followed, other file systems mounted
 * inside never entered.
 *
 * @param path the folder measured
 * @param apparentBytes the sum of the sizes ({@code du --apparent-size -b})
 * @param allocatedBytes the space taken on disk ({@code du -B1}), or -1 where the system does
 *        not say
 * @param files regular files (each once, however many names it has)
 * @param folders folders, the measured one included
 * @param symbolicLinks symbolic links
 * @param junctions junctions (Windows)
 * @param others fifos, sockets, device nodes
 * @param hardLinkNames the names inside the tree of files that have more than one
 * @param groups the files with several names, those whose names are all inside first
 * @param mountPoint the first folder inside where another file system is mounted (not entered),
 *        or {@code null}
 */
public record TreeSize(Path path, long apparentBytes, long allocatedBytes, long files, long folders, long symbolicLinks,
		long junctions, long others, long hardLinkNames, List<HardLinkGroup> groups, @Nullable Path mountPoint) {

	/**
	 * @param path the folder
	 * @param apparentBytes apparent size
	 * @param allocatedBytes allocated size
	 * @param files files
	 * @param folders folders
	 * @param symbolicLinks symbolic links
	 * @param junctions junctions
	 * @param others special files
	 * @param hardLinkNames hard-link names
	 * @param groups hard-link groups
	 * @param mountPoint a mount point inside
	 */
	public TreeSize {
		groups = List.copyOf(groups);
	}
}
