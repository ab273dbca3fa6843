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
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * Reads links as the kernel reads them: the stored target, followed hop by hop from the link's
 * real folder (never {@code ..} in text across a link), to the end of the chain, a missing target
 * or a loop.
 */
final class LinkChains {

	/** As many hops as Linux follows before it reports ELOOP. */
	static final int MAX_HOPS = 40;

	private final LinkSystem system;

	LinkChains(LinkSystem system) {
		this.system = system;
	}

	LinkInfo inspect(Path path) throws LinkException {
		LinkPaths.checkNotEmpty(path, path);
		return inspect(path, RealPaths.DIRECT);
	}

	LinkInfo inspect(Path path, RealPaths realPaths) throws LinkException {
		BasicFileAttributes attrs = LinkPaths.readAttributes(system, path, Operation.INSPECT);
		LinkType type;
		try {
			type = system.classify(path, attrs);
		} catch (IOException e) {
			throw system.translate(e, Operation.INSPECT, path, null);
		}
		if (!type.hasTarget()) {
			long links = 1;
			if (attrs.isRegularFile()) {
				try {
					links = system.linkCount(path);
				} catch (IOException e) {
					links = 0;
				}
			}
			return LinkInfo.withoutTarget(path, type, links);
		}
		return follow(path, type, realPaths);
	}

	/** Resolves the links in a directory's path; scans share a cache between links. */
	interface RealPaths extends KernelPaths.Folders {
		/** Resolves every time. */
		RealPaths DIRECT = KernelPaths::realFolder;

		@Override
		default Path real(Path folder) throws IOException {
			return of(folder);
		}

		/**
		 * @param directory an existing directory
		 * @return its path with every link resolved
		 * @throws IOException when it cannot be resolved
		 */
		Path of(Path directory) throws IOException;
	}

	/**
	 * A cache of real directory paths, for the many links of one scan. A folder is resolved one
	 * component at a time, as the kernel does ({@code ..} from the folder reached, links followed),
	 * and each step is remembered: a folder that many link targets pass through is looked at
	 * once ({@code lstat}), where {@code toRealPath} would read every component of every path again
	 * ({@code realpath(3)} calls {@code readlink} on each).
	 */
	static final class CachedRealPaths implements RealPaths {
		private final java.util.concurrent.ConcurrentHashMap<Path, Path> cache = new java.util.concurrent.ConcurrentHashMap<>();
		/** For a real folder and a name in it: where that name leads (itself, or a link's real path). */
		private final java.util.concurrent.ConcurrentHashMap<Path, Path> steps = new java.util.concurrent.ConcurrentHashMap<>();

		@Override
		public Path of(Path directory) throws IOException {
			Path real = cache.get(directory);
			if (real == null) {
				real = walk(directory.toAbsolutePath());
				cache.put(directory, real);
			}
			return real;
		}

		private Path walk(Path absolute) throws IOException {
			Path real = absolute.getRoot();
			for (Path part : absolute) {
				String n = part.toString();
				if (n.equals(".")) { //$NON-NLS-1$
					continue;
				}
				if (n.equals("..")) { //$NON-NLS-1$
					Path up = real.getParent();
					real = up == null ? real : up; // real has no links in it: its parent is the kernel's ".."
					continue;
				}
				Path next = real.resolve(part);
				Path reached = steps.get(next);
				if (reached == null) {
					java.nio.file.attribute.BasicFileAttributes attrs = java.nio.file.Files.readAttributes(next,
							java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
					if (attrs.isSymbolicLink()) {
						reached = next.toRealPath(); // throws when it dangles or loops
					} else if (attrs.isDirectory()) {
						reached = next;
					} else {
						throw new java.nio.file.NotDirectoryException(next.toString());
					}
					steps.put(next, reached);
				}
				real = reached;
			}
			if (!java.nio.file.Files.isDirectory(real)) {
				throw new java.nio.file.NotDirectoryException(real.toString());
			}
			return real;
		}
	}

	private LinkInfo follow(Path path, LinkType type, RealPaths realPaths) throws LinkException {
		Path stored;
		try {
			stored = system.readTarget(path);
		} catch (IOException e) {
			throw system.translate(e, Operation.INSPECT, path, null);
		}
		List<Path> chain = new ArrayList<>();
		chain.add(path);
		Set<Path> seen = new HashSet<>();
		Path current;
		try {
			current = KernelPaths.of(path, realPaths, textual());
		} catch (IOException e) {
			current = path.toAbsolutePath();
		}
		seen.add(current);
		Path target = stored;
		while (true) {
			// read as the kernel reads it: the stored target from the link's real folder, each
			// folder of it through the file system (never ".." in text across a link)
			Path parent = current.getParent();
			Path unresolved = parent == null ? target : parent.resolve(target);
			Path next;
			try {
				next = KernelPaths.of(unresolved, realPaths, textual());
			} catch (IOException e) {
				// a folder on the way is missing, not a folder, or a loop: the target cannot be reached
				boolean loop = IoErrors.reasonOf(e) == Reason.LOOP;
				return loop ? LinkInfo.loop(path, type, stored, chain) : LinkInfo.broken(path, type, stored, unresolved, chain);
			}
			BasicFileAttributes attrs;
			try {
				attrs = Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			} catch (IOException e) {
				if (IoErrors.reasonOf(e) == Reason.LOOP) {
					return LinkInfo.loop(path, type, stored, chain);
				}
				return LinkInfo.broken(path, type, stored, next, chain);
			}
			LinkType nextType;
			try {
				nextType = attrs.isSymbolicLink() || attrs.isOther() ? system.classify(next, attrs) : LinkType.NONE;
			} catch (IOException e) {
				nextType = LinkType.NONE;
			}
			if (!nextType.hasTarget()) {
				return LinkInfo.reaching(path, type, stored, next, chain);
			}
			if (!seen.add(next) || chain.size() >= MAX_HOPS) {
				return LinkInfo.loop(path, type, stored, chain);
			}
			chain.add(next);
			try {
				target = system.readTarget(next);
			} catch (IOException e) {
				return LinkInfo.broken(path, type, stored, next, chain);
			}
			current = next;
		}
	}

	/** @return whether paths are read with ".." resolved in text (Windows) */
	boolean textual() {
		return system.resolvesDotDotInText();
	}
}
