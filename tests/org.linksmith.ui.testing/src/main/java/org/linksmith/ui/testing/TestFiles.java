/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** File helpers for test fixtures. */
public final class TestFiles {

	private TestFiles() {
	}

	/**
	 * Deletes a tree, removing links as links (never what they point to).
	 *
	 * @param p the root
	 * @throws IOException when something cannot be deleted
	 */
	public static void deleteTree(Path p) throws IOException {
		if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
			try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
				for (Path c : s) {
					deleteTree(c);
				}
			}
		}
		Files.deleteIfExists(p);
	}
}
