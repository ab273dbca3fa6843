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
	private final OutputStream out;
	private final Charset charset;

	RawWriter(OutputStream out, Charset charset) {
		this.out = out;
		this.charset = charset;
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		out.write(RawNames.encode(new String(chars, offset, length), charset));
	}

	@Override
	public void flush() throws IOException {
		out.flush();
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
