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
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What Linksmith knows about one path, read without following it.
 *
 * @param path the path inspected, as given
 * @param type the link type; {@link LinkType#NONE} for anything that is not a link
 * @param target the target as stored in the link (symbolic links and junctions), or {@code null}
 * @param resolved the absolute path the link finally lands on after following every link in the
 *        chain (whether or not it exists), or {@code null} when there is no target or a loop
 * @param chain the links followed, starting with {@code path} itself; a single element when the link
 *        points straight at a non-link; empty for non-links
 * @param broken whether the final target does not exist (a dangling link)
 * @param loop whether following the chain runs into a loop
 * @param links the number of names the file has (hard-link count); 1 for most files, 0 when unknown
 */
public record LinkInfo(Path path, LinkType type, @Nullable Path target, @Nullable Path resolved, List<Path> chain, boolean broken,
		boolean loop, long links) {

	/** Validating constructor. */
	public LinkInfo {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(type, "type");
		chain = List.copyOf(chain);
	}

	/**
	 * @param path a file, folder or anything else that has no target (a hard link included)
	 * @param type {@link LinkType#NONE}, {@link LinkType#HARD} or {@link LinkType#OTHER_REPARSE_POINT}
	 * @param names how many names the file has (1 for anything but a file)
	 * @return what it is
	 */
	public static LinkInfo withoutTarget(Path path, LinkType type, long names) {
		return new LinkInfo(path, type, null, null, List.of(), false, false, names);
	}

	/**
	 * @param path a symbolic link or junction
	 * @param type its type
	 * @param stored its target as stored
	 * @param resolved what the chain ends at, or {@code null} when not known (too deep to read by path)
	 * @param chain the links followed, {@code path} first
	 * @return a link whose target is there
	 */
	public static LinkInfo reaching(Path path, LinkType type, Path stored, @Nullable Path resolved, List<Path> chain) {
		return new LinkInfo(path, type, stored, resolved, chain, false, false, 1);
	}

	/**
	 * @param path a symbolic link or junction
	 * @param type its type
	 * @param stored its target as stored
	 * @param wouldBe where the missing target would be, or {@code null} when not known
	 * @param chain the links followed, {@code path} first
	 * @return a link whose target is missing
	 */
	public static LinkInfo broken(Path path, LinkType type, Path stored, @Nullable Path wouldBe, List<Path> chain) {
		return new LinkInfo(path, type, stored, wouldBe, chain, true, false, 1);
	}

	/**
	 * @param path a symbolic link or junction
	 * @param type its type
	 * @param stored its target as stored
	 * @param chain the links followed before the loop closed, {@code path} first
	 * @return a link that leads into a loop (it is broken too)
	 */
	public static LinkInfo loop(Path path, LinkType type, Path stored, List<Path> chain) {
		return new LinkInfo(path, type, stored, null, chain, true, true, 1);
	}

	/** @return whether the path is a link of any kind */
	public boolean isLink() {
		return type != LinkType.NONE;
	}
}
