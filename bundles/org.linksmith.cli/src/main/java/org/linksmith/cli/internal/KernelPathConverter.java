/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A path argument read as the kernel reads it, trailing slash included: {@code link/} names what
 * the link points to, not the link (so {@code remove link/} is refused, as {@code rm link/} is),
 * while {@code folder/} is the folder. {@code Path.of} alone drops the slash.
 */
final class KernelPathConverter {

	private KernelPathConverter() {
	}

	static Path convert(String text) {
		if (text.length() > 1 && text.endsWith("/")) { //$NON-NLS-1$
			String bare = text;
			while (bare.length() > 1 && bare.endsWith("/")) { //$NON-NLS-1$
				bare = bare.substring(0, bare.length() - 1);
			}
			Path p = Path.of(bare);
			return Files.isSymbolicLink(p) ? Path.of(bare, ".") : p; //$NON-NLS-1$
		}
		return Path.of(text);
	}
}
