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
 * Copies the extended attributes a process may read and write ({@code user.*} on Linux, named
 * streams' metadata elsewhere), as {@code cp -a} does. Attributes of other namespaces need
 * privileges the copy does not ask for.
 */
public final class ExtendedAttributes {

	private ExtendedAttributes() {
	}

	/**
	 * @param from the original (a file or folder, never followed if it is a link)
	 * @param to its copy
	 * @throws IOException when an attribute can be read but not written to the copy
	 */
	public static void copy(Path from, Path to) throws IOException {
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
