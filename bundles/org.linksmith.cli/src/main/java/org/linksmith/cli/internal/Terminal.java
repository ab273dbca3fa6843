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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/** What the command line needs to know about the terminal it writes to. */
final class Terminal {

	private Terminal() {
	}

	/** libc's {@code isatty(3)}. */
	private interface CLibrary extends Library {
		int isatty(int fd);
	}

	/**
	 * @return whether standard error is a terminal (a person watches it), so that a progress line
	 *         may be drawn there; {@code false} when it is redirected, piped, or unknown
	 */
	static boolean stderrIsTerminal() {
		String forced = System.getProperty("linksmith.progress"); //$NON-NLS-1$
		if (forced != null) {
			return Boolean.parseBoolean(forced);
		}
		if (Platform.isWindows()) {
			// the JDK knows whether the process has a console; redirections of stderr alone go unseen
			return System.console() != null;
		}
		if (Platform.isLinux()) {
			// what the kernel says descriptor 2 is, without loading a native library
			try {
				String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString(); //$NON-NLS-1$
				return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") //$NON-NLS-1$ //$NON-NLS-2$
						|| device.equals("/dev/console"); //$NON-NLS-1$
			} catch (IOException | UnsupportedOperationException e) {
				// no /proc: ask libc
			}
		}
		try {
			return Native.load("c", CLibrary.class).isatty(2) == 1; //$NON-NLS-1$
		} catch (UnsatisfiedLinkError | RuntimeException e) {
			return false;
		}
	}

	/** @return the width of the terminal in columns, from {@code COLUMNS}, else 80 */
	static int columns() {
		try {
			String columns = System.getenv("COLUMNS"); //$NON-NLS-1$
			int n = columns == null ? 80 : Integer.parseInt(columns.trim());
			return n > 10 ? n : 80;
		} catch (NumberFormatException e) {
			return 80;
		}
	}
}
