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

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

/**
 * File names that are not valid in the locale's encoding, carried without loss: each byte that
 * cannot be decoded becomes the lone surrogate {@code U+DC80..U+DCFF} (as Python's
 * {@code surrogateescape} does), which no valid name contains, so the name encodes back to the
 * very bytes it came from; as a {@link Path} it is built from those bytes (a {@code file:} URI
 * keeps them, percent-encoded), so every system call reaches the entry that was listed, never a
 * look-alike.
 */
public final class RawNames {
	private static final char ESCAPE_BASE = 0xDC00;
	private static final Path ROOT = Path.of("/"); //$NON-NLS-1$

	private RawNames() {
	}

	/** @return whether {@code s} holds an escaped byte */
	public static boolean hasEscapes(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0xDC80 && c <= 0xDCFF) {
				return true;
			}
		}
		return false;
	}

	/** Decodes a name, escaping each byte that is not valid in {@code charset}. */
	public static String decode(byte[] bytes, int offset, int length, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
		CharBuffer out = CharBuffer.allocate(length * 2 + 4);
		StringBuilder name = new StringBuilder(length);
		while (true) {
			CoderResult r = decoder.decode(in, out, true);
			out.flip();
			name.append(out);
			out.clear();
			if (r.isError()) {
				for (int i = 0; i < r.length(); i++) {
					name.append((char) (ESCAPE_BASE + (in.get() & 0xff)));
				}
			} else if (r.isUnderflow()) {
				decoder.flush(out);
				out.flip();
				return name.append(out).toString();
			}
		}
	}

	/** @return the bytes a name decoded by {@link #decode} came from */
	public static byte[] encode(String s, Charset charset) {
		if (!hasEscapes(s)) {
			return s.getBytes(charset);
		}
		CharsetEncoder encoder = charset.newEncoder();
		ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
		int start = 0;
		for (int i = 0; i <= s.length(); i++) {
			boolean escaped = i < s.length() && s.charAt(i) >= 0xDC80 && s.charAt(i) <= 0xDCFF;
			if (i == s.length() || escaped) {
				if (i > start) {
					try {
						ByteBuffer b = encoder.reset().encode(CharBuffer.wrap(s, start, i));
						out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
					} catch (java.nio.charset.CharacterCodingException e) {
						byte[] b = s.substring(start, i).getBytes(charset);
						out.write(b, 0, b.length);
					}
				}
				if (escaped) {
					out.write(s.charAt(i) - ESCAPE_BASE);
				}
				start = i + 1;
			}
		}
		return out.toByteArray();
	}

	/** @return {@code folder/name}, byte for byte, also when the name holds escaped bytes */
	public static Path resolve(Path folder, String name, Charset charset) {
		if (!hasEscapes(name)) {
			return folder.resolve(name);
		}
		StringBuilder uri = new StringBuilder("file:///"); //$NON-NLS-1$
		for (byte b : encode(name, charset)) {
			int c = b & 0xff;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
				uri.append((char) c);
			} else {
				uri.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
			}
		}
		// "/" + the name's bytes, made relative: a Path that holds exactly those bytes
		return folder.resolve(ROOT.relativize(Path.of(URI.create(uri.toString()))));
	}

	/**
	 * @param text a path (a link's target, say) decoded by {@link #decode}, relative or absolute
	 * @param charset the charset it was decoded in
	 * @return a Path that holds exactly its bytes, also those of escapes
	 */
	public static Path pathOf(String text, Charset charset) {
		if (!hasEscapes(text)) {
			return Path.of(text);
		}
		// name by name: each name's bytes kept, ".." and "." kept as they are (never read in text)
		Path path = text.startsWith("/") ? ROOT : Path.of(""); //$NON-NLS-1$ //$NON-NLS-2$
		for (String name : text.split("/")) { //$NON-NLS-1$
			if (!name.isEmpty()) {
				path = resolve(path, name, charset);
			}
		}
		return path;
	}

	/**
	 * @param path a path, perhaps read from a listing with names not valid in the locale
	 * @return the bytes the system knows it by (its String form replaces invalid bytes, its
	 *         {@code file:} URI keeps them)
	 */
	public static byte[] bytesOf(Path path) {
		String shown = path.toString();
		if (shown.indexOf('\uFFFD') < 0) {
			return shown.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
		String raw = rawPath(path.toAbsolutePath());
		if (!path.isAbsolute()) {
			String base = rawPath(Path.of("").toAbsolutePath()); //$NON-NLS-1$
			raw = raw.substring(Math.min(raw.length(), base.endsWith("/") ? base.length() : base.length() + 1)); //$NON-NLS-1$
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%' && i + 2 < raw.length()) {
				out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
				i += 2;
			} else {
				out.write(c);
			}
		}
		return out.toByteArray();
	}

	private static String rawPath(Path absolute) {
		String raw = absolute.toUri().getRawPath();
		return raw.length() > 1 && raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw; //$NON-NLS-1$
	}

	/**
	 * @return the path as text without loss: decoded in {@code charset}, each invalid byte as an
	 *         escape that {@link #encode} turns back into that byte
	 */
	public static String lossless(Path path, Charset charset) {
		String shown = path.toString();
		if (shown.indexOf('\uFFFD') < 0) {
			return shown;
		}
		byte[] bytes = bytesOf(path);
		return decode(bytes, 0, bytes.length, charset);
	}

	/** @return the charset the JVM reads file names in (the locale's, {@code sun.jnu.encoding}) */
	public static Charset fileNames() {
		try {
			return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (RuntimeException e) {
			return java.nio.charset.StandardCharsets.UTF_8;
		}
	}

	/** @return the text with each escaped byte shown as {@code \\xNN}, as {@code ls -b} shows it */
	public static String shown(String text) {
		if (!hasEscapes(text)) {
			return text;
		}
		StringBuilder b = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0xDC80 && c <= 0xDCFF) {
				b.append(String.format("\\x%02x", Integer.valueOf(c & 0xff))); //$NON-NLS-1$
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}
}
