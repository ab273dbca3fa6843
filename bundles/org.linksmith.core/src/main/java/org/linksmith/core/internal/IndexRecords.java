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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.linksmith.core.LinkIndex.Identity;
import org.linksmith.core.LinkType;

/**
 * The records the link index stores, one per folder, and their byte form. A folder's record holds
 * what a rescan needs to skip it when it did not change (its modification time, identity and
 * sub-folders) and what it holds of interest: its links and its files with several names.
 */
final class IndexRecords {

	/** A modification time that never matches: the folder is read again at the next scan. */
	static final long RACY = Long.MIN_VALUE;

	private static final int VERSION = 1;

	private IndexRecords() {
	}

	/**
	 * A link in a folder.
	 *
	 * @param name its name (lossless text)
	 * @param type its type
	 * @param target its target as stored (lossless text)
	 * @param reached where it leads (lossless text), or {@code ""} when not known
	 * @param broken whether it is broken
	 * @param identity what it reached when it last worked, or {@code null}
	 */
	record Link(String name, LinkType type, String target, String reached, boolean broken, @Nullable Identity identity) {
	}

	/**
	 * A file with several names.
	 *
	 * @param name its name (lossless text)
	 * @param volume its device
	 * @param file its inode
	 */
	record Hard(String name, long volume, long file) {
	}

	/**
	 * A folder.
	 *
	 * @param modified its modification time in nanoseconds, or {@link #RACY}
	 * @param key its identity as the system gives it ({@code ""} where there is none)
	 * @param folders its sub-folders' names
	 * @param links its links
	 * @param hard its files with several names
	 */
	record Folder(long modified, String key, List<String> folders, List<Link> links, List<Hard> hard) {
		Folder {
			folders = List.copyOf(folders);
			links = List.copyOf(links);
			hard = List.copyOf(hard);
		}

		/** @return how many links it holds, files with several names counted */
		int linkCount() {
			return links.size() + hard.size();
		}
	}

	static byte[] write(Folder folder) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 32 * (folder.folders().size() + folder.links().size()));
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeLong(folder.modified());
			out.writeUTF(folder.key());
			out.writeInt(folder.folders().size());
			for (String name : folder.folders()) {
				out.writeUTF(name);
			}
			out.writeInt(folder.links().size());
			for (Link link : folder.links()) {
				out.writeUTF(link.name());
				out.writeByte(link.type().ordinal());
				out.writeUTF(link.target());
				out.writeUTF(link.reached());
				out.writeBoolean(link.broken());
				Identity id = link.identity();
				out.writeBoolean(id != null);
				if (id != null) {
					out.writeLong(id.volume());
					out.writeLong(id.file());
					out.writeLong(id.size());
					out.writeLong(id.modified());
					out.writeBoolean(id.folder());
				}
			}
			out.writeInt(folder.hard().size());
			for (Hard hard : folder.hard()) {
				out.writeUTF(hard.name());
				out.writeLong(hard.volume());
				out.writeLong(hard.file());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // cannot happen in memory
		}
		return bytes.toByteArray();
	}

	/** @return the folder, or {@code null} when the bytes are not a record of this version */
	static @Nullable Folder read(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			if (in.readByte() != VERSION) {
				return null;
			}
			long modified = in.readLong();
			String key = in.readUTF();
			int n = in.readInt();
			List<String> folders = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				folders.add(in.readUTF());
			}
			n = in.readInt();
			List<Link> links = new ArrayList<>(n);
			LinkType[] types = LinkType.values();
			for (int i = 0; i < n; i++) {
				String name = in.readUTF();
				LinkType type = types[in.readByte()];
				String target = in.readUTF();
				String reached = in.readUTF();
				boolean broken = in.readBoolean();
				Identity id = in.readBoolean()
						? new Identity(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readBoolean())
						: null;
				links.add(new Link(name, type, target, reached, broken, id));
			}
			n = in.readInt();
			List<Hard> hard = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				hard.add(new Hard(in.readUTF(), in.readLong(), in.readLong()));
			}
			return new Folder(modified, key, folders, links, hard);
		} catch (IOException | RuntimeException e) {
			return null; // a record of another version or damaged: the folder is read again
		}
	}
}
