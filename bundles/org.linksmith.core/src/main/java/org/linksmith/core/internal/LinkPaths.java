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
import java.util.concurrent.ThreadLocalRandom;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.LinkSystem.Operation;

/** Path checks shared by the parts of the link service. */
final class LinkPaths {

	private LinkPaths() {
	}

	/** An empty path would silently mean the current folder to java.nio: refuse it. */
	static void checkNotEmpty(Path about, Path path) throws LinkException {
		if (path.toString().isEmpty()) {
			throw new LinkException(Reason.INVALID_PATH, about, Messages.Error_EmptyPath);
		}
	}

	/**
	 * Whether {@code destination} lies inside {@code folder}: by path, and by identity, so that a
	 * bind mount of the folder (the same folder under another path) is seen too.
	 *
	 * @param destination a path that may not exist yet
	 * @param folder an existing folder
	 * @return whether writing at {@code destination} would write into {@code folder}
	 */
	static boolean isInside(Path destination, Path folder) {
		Path dest = realAsFarAsExists(destination);
		if (dest.startsWith(realAsFarAsExists(folder))) {
			return true;
		}
		Object key;
		try {
			key = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
		} catch (IOException e) {
			return false;
		}
		if (key == null) {
			return false; // no identities here (Windows): the path test above is what there is
		}
		for (Path p = dest; p != null; p = p.getParent()) {
			try {
				if (key.equals(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey())) {
					return true;
				}
			} catch (IOException e) {
				// not there yet: look further up
			}
		}
		return false;
	}

	/**
	 * @param path any path
	 * @return the absolute path with links resolved in the part of it that exists
	 */
	static Path realAsFarAsExists(Path path) {
		// no normalize(): ".." is walked by the file system, and past a missing folder nothing is
		return KernelPaths.ofOrAsGiven(path, java.io.File.separatorChar == '\\'); // Win32 reads ".." in text
	}

	/** @return the path as the system reaches it without following its last component */
	static Path kernel(Path path) {
		return KernelPaths.ofOrAsGiven(path, java.io.File.separatorChar == '\\'); // Win32 reads ".." in text
	}

	static BasicFileAttributes readAttributes(LinkSystem system, Path path, Operation operation) throws LinkException {
		try {
			return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			throw system.translate(e, operation, path, null);
		}
	}

	/**
	 * @param path an existing entry
	 * @param purpose a word for the name
	 * @return a free hidden name beside it
	 */
	static Path temporarySibling(Path path, String purpose) {
		Path parent = path.getParent();
		while (true) {
			String name = ".linksmith-" + purpose + '-' + Long.toHexString(ThreadLocalRandom.current().nextLong()); //$NON-NLS-1$
			Path candidate = parent.resolve(name);
			if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
				return candidate;
			}
		}
	}
}
