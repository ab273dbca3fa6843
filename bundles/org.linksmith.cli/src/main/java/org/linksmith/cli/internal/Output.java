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
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;

import com.google.gson.stream.JsonWriter;

/** Prints link information for people (aligned text) and for programs (JSON). */
final class Output {

	private Output() {
	}

	/** The label in listings, in the spirit of {@code dir /AL}. */
	static String label(LinkType type) {
		return switch (type) {
			case SYMBOLIC_FILE -> "SYMLINK "; //$NON-NLS-1$
			case SYMBOLIC_DIRECTORY -> "SYMLINKD"; //$NON-NLS-1$
			case HARD -> "HARDLINK"; //$NON-NLS-1$
			case JUNCTION -> "JUNCTION"; //$NON-NLS-1$
			case OTHER_REPARSE_POINT -> "REPARSE "; //$NON-NLS-1$
			case NONE -> "        "; //$NON-NLS-1$
		};
	}

	/**
	 * A name for a terminal or a line-based reader: control characters and backslashes escaped as
	 * C does ({@code \\n}, {@code \\t}, {@code \\x1b}, {@code \\\\}), so that no name can
	 * forge a second line or move the cursor. Everything else is kept as it is.
	 */
	static String escape(String s) {
		StringBuilder b = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			String e = switch (c) {
				case '\n' -> "\\n"; //$NON-NLS-1$
				case '\t' -> "\\t"; //$NON-NLS-1$
				case '\r' -> "\\r"; //$NON-NLS-1$
				case '\\' -> "\\\\"; //$NON-NLS-1$
				default -> Character.isISOControl(c) || c >= 0xDC80 && c <= 0xDCFF // control, or a byte not valid in the locale
						? String.format("\\x%02x", Integer.valueOf(c & 0xff)) : null; //$NON-NLS-1$
			};
			if (e != null && b == null) {
				b = new StringBuilder(s.length() + 8).append(s, 0, i);
			}
			if (b != null) {
				if (e != null) {
					b.append(e);
				} else {
					b.append(c);
				}
			}
		}
		return b == null ? s : b.toString();
	}

	/** Raw bytes shown as {@link #escape(String)} does, bytes that are not ASCII as {@code \\xNN}. */
	static String escape(byte[] bytes) {
		StringBuilder b = new StringBuilder();
		for (byte x : bytes) {
			int c = x & 0xff;
			if (c >= 0x80) {
				b.append(String.format("\\x%02x", Integer.valueOf(c))); //$NON-NLS-1$
			} else {
				b.append(escape(String.valueOf((char) c)));
			}
		}
		return b.toString();
	}

	private static final java.nio.charset.Charset NAMES = org.linksmith.core.RawNames.fileNames();

	/** @return a path as text without loss: bytes not valid in the locale kept as escapes (see {@link RawNames}) */
	static String lossless(Path path) {
		return org.linksmith.core.RawNames.lossless(path, NAMES);
	}

	/** @return a path for a line of text: control characters and invalid bytes escaped as {@code ls -b} does */
	static String show(Path path) {
		return escape(lossless(path));
	}

	/** One listing line: {@code TYPE  PATH -> TARGET}, broken ones marked. */
	static void line(PrintWriter out, LinkInfo info) {
		out.print(label(info.type()));
		out.print("  "); //$NON-NLS-1$
		out.print(show(info.path()));
		if (info.type().hasTarget()) {
			out.print(" -> "); //$NON-NLS-1$
			out.print(info.target() == null ? "null" : show(info.target())); //$NON-NLS-1$
			if (info.loop()) {
				out.print("  "); //$NON-NLS-1$
				out.print(Messages.Output_LoopMark);
			} else if (info.broken()) {
				out.print("  "); //$NON-NLS-1$
				out.print(Messages.Output_BrokenMark);
			}
		} else if (info.type() == LinkType.HARD) {
			out.print("  "); //$NON-NLS-1$
			out.print(NLS.bind(Messages.Output_LinksMark, Long.valueOf(info.links())));
		}
		out.println();
	}

	/** The detailed, labelled view of {@code inspect}. */
	static void details(PrintWriter out, LinkInfo info) {
		row(out, Messages.Output_Path, show(info.path()));
		row(out, Messages.Output_Type, info.isLink() ? info.type().id() : Messages.Output_NotALink);
		if (info.type().hasTarget()) {
			row(out, Messages.Output_Target, info.target() == null ? "-" : show(info.target())); //$NON-NLS-1$
			if (info.chain().size() > 1 || info.loop()) {
				StringBuilder chain = new StringBuilder();
				for (Path p : info.chain()) {
					chain.append(show(p)).append(" -> "); //$NON-NLS-1$
				}
				chain.append(info.loop() ? Messages.Output_LoopMark : String.valueOf(info.resolved()));
				row(out, Messages.Output_Chain, chain.toString());
			}
			row(out, Messages.Output_Resolved, info.resolved() == null ? "-" : show(info.resolved())); //$NON-NLS-1$
			row(out, Messages.Output_State, info.loop() ? Messages.Output_StateLoop
					: info.broken() ? Messages.Output_StateBroken : Messages.Output_StateOk);
		}
		row(out, Messages.Output_Links, Long.toString(info.links()));
	}

	private static void row(PrintWriter out, String label, String value) {
		out.print(label);
		for (int i = label.length(); i < 10; i++) {
			out.print(' ');
		}
		out.println(value);
	}

	/** Writes a JSON object with the fields path, type, target, resolved, chain, broken, loop, links. */
	static void json(JsonWriter json, LinkInfo info) {
		try {
			json.beginObject();
			jsonPath(json, "path", info.path()); //$NON-NLS-1$
			json.name("type").value(info.type().id()); //$NON-NLS-1$
			if (info.target() == null) {
				json.name("target").nullValue(); //$NON-NLS-1$
			} else {
				jsonPath(json, "target", info.target()); //$NON-NLS-1$
			}
			if (info.resolved() == null) {
				json.name("resolved").nullValue(); //$NON-NLS-1$
			} else {
				jsonPath(json, "resolved", info.resolved()); //$NON-NLS-1$
			}
			json.name("chain").beginArray(); //$NON-NLS-1$
			for (Path p : info.chain()) {
				json.value(jsonText(lossless(p)));
			}
			json.endArray();
			json.name("broken").value(info.broken()); //$NON-NLS-1$
			json.name("loop").value(info.loop()); //$NON-NLS-1$
			json.name("links").value(info.links()); //$NON-NLS-1$
			json.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A path as a JSON string; when it holds bytes not valid in the locale, the string shows them
	 * as {@code \\xNN} and a second field {@code NAME_base64} holds the exact bytes.
	 */
	/** @return the text with each byte not valid in the locale shown as {@code \\xNN} */
	private static String jsonText(String text) {
		return org.linksmith.core.RawNames.shown(text);
	}

	static void jsonPath(JsonWriter json, String name, Path path) throws IOException {
		String text = lossless(path);
		if (!org.linksmith.core.RawNames.hasEscapes(text)) {
			json.name(name).value(text);
			return;
		}
		json.name(name).value(jsonText(text));
		json.name(name + "_base64").value(java.util.Base64.getEncoder().encodeToString( //$NON-NLS-1$
				org.linksmith.core.RawNames.bytesOf(path)));
	}

	/** Writes the field hard_link_groups: each group's names, its count of names and whether all are inside. */
	static void jsonGroups(JsonWriter w, List<org.linksmith.core.SmartCopyReport.HardLinkGroup> groups) throws IOException {
		w.name("hard_link_groups").beginArray(); //$NON-NLS-1$
		for (org.linksmith.core.SmartCopyReport.HardLinkGroup g : groups) {
			w.beginObject();
			w.name("names").beginArray(); //$NON-NLS-1$
			for (Path p : g.names()) {
				w.value(lossless(p));
			}
			w.endArray();
			w.name("count").value(g.count()); //$NON-NLS-1$
			w.name("saturated").value(g.saturated()); //$NON-NLS-1$
			w.endObject();
		}
		w.endArray();
	}

	static JsonWriter jsonWriter(PrintWriter out) {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  "); //$NON-NLS-1$
		json.setSerializeNulls(true);
		return json;
	}

	/** A writer for JSON Lines: each object on one line, no indentation. */
	static JsonWriter jsonLineWriter(PrintWriter out) {
		JsonWriter json = new JsonWriter(out);
		json.setSerializeNulls(true);
		return json;
	}

	static void jsonArray(PrintWriter out, List<LinkInfo> infos) {
		try {
			JsonWriter json = jsonWriter(out);
			json.beginArray();
			for (LinkInfo info : infos) {
				json(json, info);
			}
			json.endArray();
			json.flush();
			out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
