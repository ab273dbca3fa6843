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

/**
 * What a Smart Copy made, or (for a dry run) would make: every symbolic link of the tree and what
 * became of it, and the hard-link groups found.
 *
 * @param path the copy's path
 * @param links each symbolic link of the tree, in the order met
 * @param groups each group of hard links (a file with more than one name) met in the tree
 * @param warnings what the user should know, in sentences
 * @param dryRun whether nothing was written (a plan)
 */
public record SmartCopyReport(Path path, List<LinkChange> links, List<HardLinkGroup> groups, List<String> warnings,
		boolean dryRun) {

	/**
	 * @param path the copy's path
	 * @param links the links
	 * @param groups the hard-link groups
	 * @param warnings the warnings
	 * @param dryRun whether this is a plan
	 */
	public SmartCopyReport {
		links = List.copyOf(links);
		groups = List.copyOf(groups);
		warnings = List.copyOf(warnings);
	}

	/** What became of a symbolic link in the copy. */
	public enum Action {
		/** Its target is inside the tree and its text reaches the copy as it is: copied unchanged. */
		KEPT,
		/** Its target is inside the tree: it now points at the copy of the target. */
		REPOINTED,
		/** Its target is outside the tree: the copy points at the original target. */
		SPLICED,
		/** Its target is outside the tree: left out of the copy. */
		CROPPED,
		/** Its target is outside the tree: what it points to was copied in its place. */
		UNROLLED
	}

	/**
	 * @param link the link's path in the copy
	 * @param action what became of it
	 * @param target its target as stored in the original
	 * @param newTarget the target the copy stores ({@code null} when cropped or unrolled)
	 */
	public record LinkChange(Path link, Action action, Path target, @Nullable Path newTarget) {
	}

	/**
	 * A file with several names met in the tree.
	 *
	 * @param names its names in the copy, in the order met
	 * @param count how many names the file has in all
	 */
	public record HardLinkGroup(List<Path> names, long count) {

		/**
		 * @param names the names in the copy
		 * @param count all names
		 */
		public HardLinkGroup {
			names = List.copyOf(names);
		}

		/**
		 * @return whether all its names are inside the tree (it is one file in the copy too);
		 *         otherwise the copy holds one file for the names inside, apart from the original
		 */
		public boolean saturated() {
			return names.size() >= count;
		}
	}

	/**
	 * @param action an action
	 * @return how many links had it
	 */
	public long count(Action action) {
		return links.stream().filter(l -> l.action() == action).count();
	}
}
