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

import java.util.EnumSet;
import java.util.Set;

/**
 * What a tree scan reports. Directory links and junctions are never walked into, whatever
 * the options say.
 *
 * @param recursive whether to descend into sub-folders (never through links)
 * @param types the link types to report; empty means every type
 * @param brokenOnly report only links whose target is missing (or that loop)
 * @param hidden whether entries whose names start with a dot are reported and such folders
 *        walked into (as a file manager that does not show hidden files leaves them out)
 * @param resolvedPaths whether each link that reaches something carries its resolved path and
 *        its whole chain ({@link LinkInfo#resolved()}, {@link LinkInfo#chain()}); without them a
 *        scan reads only each link's stored target and whether following it reaches a folder, a
 *        file, nothing or a loop (one {@code readlink} and one {@code stat} per link), which is
 *        all a listing of paths and targets shows
 */
public record ScanOptions(boolean recursive, Set<LinkType> types, boolean brokenOnly, boolean hidden,
		boolean resolvedPaths) {

	/** Copies the type set. */
	public ScanOptions {
		types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
	}

	/**
	 * Options that resolve every link's path.
	 *
	 * @param recursive whether to descend into sub-folders (never through links)
	 * @param types the link types to report; empty means every type
	 * @param brokenOnly report only links whose target is missing (or that loop)
	 * @param hidden whether hidden entries are reported and hidden folders walked into
	 */
	public ScanOptions(boolean recursive, Set<LinkType> types, boolean brokenOnly, boolean hidden) {
		this(recursive, types, brokenOnly, hidden, true);
	}

	/**
	 * Options that include hidden entries (as {@code find} and {@code ls -A} do).
	 *
	 * @param recursive whether to descend into sub-folders (never through links)
	 * @param types the link types to report; empty means every type
	 * @param brokenOnly report only links whose target is missing (or that loop)
	 */
	public ScanOptions(boolean recursive, Set<LinkType> types, boolean brokenOnly) {
		this(recursive, types, brokenOnly, true, true);
	}

	/** @return these options, without resolved paths and chains (see {@link #resolvedPaths()}) */
	public ScanOptions withoutResolvedPaths() {
		return new ScanOptions(recursive, types, brokenOnly, hidden, false);
	}

	/** @return options for a recursive scan reporting every link */
	public static ScanOptions all() {
		return new ScanOptions(true, Set.of(), false);
	}

	/**
	 * @param type a link type
	 * @return whether links of this type are reported
	 */
	public boolean accepts(LinkType type) {
		return type != LinkType.NONE && (types.isEmpty() || types.contains(type));
	}

	/** @return whether the scan needs hard-link counts of regular files */
	public boolean wantsHardLinks() {
		return !brokenOnly && accepts(LinkType.HARD);
	}

	/** @return whether the scan reports symbolic links or junctions */
	public boolean wantsTargetLinks() {
		return accepts(LinkType.SYMBOLIC_FILE) || accepts(LinkType.SYMBOLIC_DIRECTORY) || accepts(LinkType.JUNCTION)
				|| accepts(LinkType.OTHER_REPARSE_POINT);
	}
}
