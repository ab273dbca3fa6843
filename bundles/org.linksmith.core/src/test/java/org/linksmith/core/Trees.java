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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Helpers that build small test trees. */
final class Trees {

	private Trees() {
	}

	static Path file(Path p, String content) throws IOException {
		Files.createDirectories(p.getParent());
		return Files.writeString(p, content, StandardCharsets.UTF_8);
	}

	/** A folder with a few files and a sub-folder, as data to protect. */
	static Path data(Path dir) throws IOException {
		file(dir.resolve("a.txt"), "alpha");
		file(dir.resolve("sub/b.txt"), "beta");
		file(dir.resolve("sub/deeper/c.bin"), "gamma".repeat(1000));
		return dir;
	}

	/**
	 * @return a writable folder on a different file system than {@code here}, when the machine has
	 *         one (on our machines /dev/shm is a separate tmpfs)
	 */
	static Optional<Path> otherVolume(Path here) throws IOException {
		for (String candidate : new String[] { "/dev/shm", "/run/user/" + uid(), "/tmp" }) {
			Path c = Path.of(candidate);
			if (Files.isDirectory(c) && Files.isWritable(c)
					&& !Files.getAttribute(c, "unix:dev").equals(Files.getAttribute(here, "unix:dev"))) {
				return Optional.of(Files.createTempDirectory(c, "linksmith-test"));
			}
		}
		return Optional.empty();
	}

	private static String uid() {
		try {
			return String.valueOf(Files.getAttribute(Path.of(System.getProperty("user.home")), "unix:uid"));
		} catch (IOException | RuntimeException e) {
			return "0";
		}
	}
}
