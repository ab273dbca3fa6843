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
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;

/**
 * The attributes a copy takes from its original, as {@code cp -a} does: owner and group where the
 * process may set them, the mode with its setuid, setgid and sticky bits, and the extended
 * attributes a process may read and write ({@code user.*} on Linux; other namespaces need
 * privileges the copy does not ask for).
 */
public final class CopiedAttributes {

	private CopiedAttributes() {
	}

	/**
	 * Copies owner, group and mode on systems with POSIX attributes.
	 *
	 * @param from the original (never followed)
	 * @param to its copy
	 * @return {@code false} when the file system has no POSIX attributes (nothing was done)
	 * @throws IOException when the mode cannot be set
	 */
	public static boolean ownerAndMode(Path from, Path to) throws IOException {
		if (!Files.getFileStore(to).supportsFileAttributeView("unix")) { //$NON-NLS-1$
			return false;
		}
		java.util.Map<String, Object> unix = Files.readAttributes(from, "unix:mode,uid,gid", //$NON-NLS-1$
				java.nio.file.LinkOption.NOFOLLOW_LINKS);
		try {
			Files.setAttribute(to, "unix:uid", unix.get("uid"), java.nio.file.LinkOption.NOFOLLOW_LINKS); //$NON-NLS-1$ //$NON-NLS-2$
			Files.setAttribute(to, "unix:gid", unix.get("gid"), java.nio.file.LinkOption.NOFOLLOW_LINKS); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException notPermitted) {
			// only root may give files away: the copy is the user's own, as with cp -a
		}
		// after the owner: changing the owner clears setuid and setgid
		Files.setAttribute(to, "unix:mode", Integer.valueOf(((Integer) unix.get("mode")).intValue() & 07777), //$NON-NLS-1$ //$NON-NLS-2$
				java.nio.file.LinkOption.NOFOLLOW_LINKS);
		return true;
	}

	/**
	 * @param from the original (a file or folder, never followed if it is a link)
	 * @param to its copy
	 * @throws IOException when an attribute can be read but not written to the copy
	 */
	public static void extended(Path from, Path to) throws IOException {
		UserDefinedFileAttributeView source = Files.getFileAttributeView(from, UserDefinedFileAttributeView.class,
				java.nio.file.LinkOption.NOFOLLOW_LINKS);
		UserDefinedFileAttributeView target = Files.getFileAttributeView(to, UserDefinedFileAttributeView.class,
				java.nio.file.LinkOption.NOFOLLOW_LINKS);
		if (source == null || target == null) {
			return;
		}
		java.util.List<String> names;
		try {
			names = source.list();
		} catch (IOException | UnsupportedOperationException e) {
			return; // this file system has none
		}
		for (String name : names) {
			ByteBuffer value = ByteBuffer.allocate(source.size(name));
			source.read(name, value);
			value.flip();
			target.write(name, value);
		}
	}
}
