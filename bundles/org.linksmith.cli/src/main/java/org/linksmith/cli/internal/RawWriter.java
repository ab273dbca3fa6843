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
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

import org.linksmith.core.RawNames;

/**
 * Standard output that writes text in the locale's encoding and each escaped byte of a file name
 * (see {@link RawNames}) as that very byte, so that {@code list -0} hands {@code xargs -0} the
 * names exactly as the system knows them.
 */
final class RawWriter extends Writer {
	/** Text is encoded in pieces of about this many characters (JSON writers write a few at a time). */
	private static final int CHUNK = 8192;
	private final OutputStream out;
	private final Charset charset;
	private final StringBuilder pending = new StringBuilder(CHUNK + 64);

	RawWriter(OutputStream out, Charset charset) {
		this.out = out;
		this.charset = charset;
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		pending.append(chars, offset, length);
		drainIfFull();
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		pending.append(text, offset, offset + length);
		drainIfFull();
	}

	@Override
	public void write(int c) throws IOException {
		pending.append((char) c);
		drainIfFull();
	}

	private void drainIfFull() throws IOException {
		if (pending.length() >= CHUNK) {
			// a high surrogate at the end waits for its other half
			int end = pending.length();
			if (Character.isHighSurrogate(pending.charAt(end - 1))) {
				end--;
			}
			drain(end);
		}
	}

	private void drain(int end) throws IOException {
		if (end > 0) {
			out.write(RawNames.encode(pending.substring(0, end), charset));
			pending.delete(0, end);
		}
	}

	@Override
	public void flush() throws IOException {
		drain(pending.length());
		out.flush();
	}

	@Override
	public void close() throws IOException {
		drain(pending.length());
		out.close();
	}
}
