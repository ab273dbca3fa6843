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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM turns the bytes of each command-line argument into a String in the locale's encoding,
 * and bytes that are not valid there become U+FFFD: {@code link \xff} would then name
 * {@code link \ufffd}, a different file. On Linux the original bytes are in
 * {@code /proc/self/cmdline}; an argument whose bytes do not decode exactly is refused, so that
 * no command ever acts on a file other than the one named.
 */
final class Arguments {

	private Arguments() {
	}

	/**
	 * @param args the arguments as the JVM decoded them
	 * @param charset the encoding the JVM used for them ({@code sun.jnu.encoding})
	 * @param cmdline the process's raw command line, NUL-separated ({@code /proc/self/cmdline}),
	 *            or {@code null} when the system has none
	 * @return the first argument whose bytes are not valid in {@code charset}, shown escaped, or
	 *         {@code null} when every argument is exact
	 */
	static String firstUndecodable(String[] args, Charset charset, byte[] cmdline) {
		if (cmdline == null || args.length == 0) {
			return null;
		}
		List<byte[]> raw = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < cmdline.length; i++) {
			if (cmdline[i] == 0) {
				byte[] arg = new byte[i - start];
				System.arraycopy(cmdline, start, arg, 0, arg.length);
				raw.add(arg);
				start = i + 1;
			}
		}
		if (raw.size() < args.length) {
			return null; // not the layout we know: nothing to compare
		}
		// the program's own arguments are the last ones
		List<byte[]> own = raw.subList(raw.size() - args.length, raw.size());
		for (int i = 0; i < args.length; i++) {
			byte[] bytes = own.get(i);
			try {
				String exact = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
				if (!exact.equals(args[i])) {
					return Output.escape(bytes);
				}
			} catch (CharacterCodingException e) {
				return Output.escape(bytes);
			}
		}
		return null;
	}

	/** @return this process's raw command line on Linux, else {@code null} */
	static byte[] cmdline() {
		try {
			Path p = Path.of("/proc/self/cmdline"); //$NON-NLS-1$
			return Files.isReadable(p) ? Files.readAllBytes(p) : null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
