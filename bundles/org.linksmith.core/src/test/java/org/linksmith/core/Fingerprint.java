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
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over a whole tree (names, kinds, file contents and link targets), read without
 * following links: equal before and after means nothing in the tree changed.
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(Path root) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		add(root, root, digest);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void add(Path root, Path p, MessageDigest digest) throws IOException {
		BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		digest.update(root.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		if (a.isSymbolicLink()) {
			digest.update((byte) 'L');
			digest.update(Files.readSymbolicLink(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		} else if (a.isDirectory()) {
			digest.update((byte) 'D');
			List<Path> children = new ArrayList<>();
			try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
				s.forEach(children::add);
			}
			children.sort(null);
			for (Path c : children) {
				add(root, c, digest);
			}
		} else {
			digest.update((byte) 'F');
			try (InputStream in = Files.newInputStream(p)) {
				byte[] buf = new byte[8192];
				int n;
				while ((n = in.read(buf)) > 0) {
					digest.update(buf, 0, n);
				}
			}
		}
	}
}
