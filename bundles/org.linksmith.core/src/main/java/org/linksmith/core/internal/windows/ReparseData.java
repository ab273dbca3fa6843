/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A decoded {@code REPARSE_DATA_BUFFER} (MS-FSCC 2.1.2.4 symbolic link, 2.1.2.5 mount point) and
 * its encoding for {@code FSCTL_SET_REPARSE_POINT}. Pure Java: tested byte for byte on every system.
 *
 * @param tag the reparse tag
 * @param substituteName the name the system follows ({@code \??\C:\Users} for absolute targets)
 * @param printName the name shown to users ({@code C:\Users})
 * @param relative whether a symbolic link's target is relative ({@code SYMLINK_FLAG_RELATIVE})
 */
public record ReparseData(int tag, String substituteName, String printName, boolean relative) {

	/** {@code IO_REPARSE_TAG_MOUNT_POINT}: a junction (or a volume mount point). */
	public static final int TAG_MOUNT_POINT = 0xA0000003;
	/** {@code IO_REPARSE_TAG_SYMLINK}: a symbolic link. */
	public static final int TAG_SYMLINK = 0xA000000C;
	/** {@code SYMLINK_FLAG_RELATIVE}. */
	public static final int SYMLINK_FLAG_RELATIVE = 1;
	/** The largest reparse buffer Windows accepts ({@code MAXIMUM_REPARSE_DATA_BUFFER_SIZE}). */
	public static final int MAXIMUM_SIZE = 16 * 1024;

	private static final int HEADER = 8;

	/** @return whether this is a junction / mount point */
	public boolean isMountPoint() {
		return tag == TAG_MOUNT_POINT;
	}

	/** @return whether this is a symbolic link */
	public boolean isSymbolicLink() {
		return tag == TAG_SYMLINK;
	}

	/**
	 * @return the target: the substitute name, which is what the system follows (MS-FSCC 2.1.2.4
	 *         and 2.1.2.5; Go, Rust, libuv and the JDK read it), as a Win32 path; the print name
	 *         only when a tool left the substitute name empty. The print name is for display and
	 *         may say anything.
	 */
	public String target() {
		if (substituteName.isEmpty()) {
			return printName;
		}
		return WindowsPaths.fromNtPath(substituteName);
	}

	/**
	 * @param tag a reparse tag
	 * @return whether it names another file or folder ({@code IsReparseTagNameSurrogate}: bit 29)
	 */
	public static boolean isNameSurrogate(int tag) {
		return (tag & 0x20000000) != 0;
	}

	/**
	 * @param bytes a {@code REPARSE_DATA_BUFFER} as {@code FSCTL_GET_REPARSE_POINT} returns it
	 * @return its tag (the first, little-endian, 32 bits)
	 * @throws WindowsException when the buffer is too short to hold one
	 */
	public static int tagOf(byte[] bytes) throws WindowsException {
		if (bytes.length < 4) {
			throw new WindowsException(WindowsErrors.ERROR_INVALID_REPARSE_DATA, "FSCTL_GET_REPARSE_POINT", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8 | (bytes[2] & 0xff) << 16 | (bytes[3] & 0xff) << 24;
	}

	/**
	 * Encodes a mount point (junction) buffer the way {@code mklink /J} writes it: the substitute name
	 * then the print name, each followed by a NUL that the lengths do not count.
	 *
	 * @param substituteName the NT path, {@code \??\C:\target}
	 * @param printName the path shown to users
	 * @return the bytes for {@code FSCTL_SET_REPARSE_POINT}
	 */
	public static byte[] encodeMountPoint(String substituteName, String printName) {
		byte[] sub = substituteName.getBytes(StandardCharsets.UTF_16LE);
		byte[] print = printName.getBytes(StandardCharsets.UTF_16LE);
		int pathBytes = sub.length + 2 + print.length + 2;
		int dataLength = 8 + pathBytes;
		if (HEADER + dataLength > MAXIMUM_SIZE) {
			throw new IllegalArgumentException("junction target too long: " + printName); //$NON-NLS-1$
		}
		ByteBuffer b = ByteBuffer.allocate(HEADER + dataLength).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(TAG_MOUNT_POINT);
		b.putShort((short) dataLength);
		b.putShort((short) 0);
		b.putShort((short) 0); // SubstituteNameOffset
		b.putShort((short) sub.length);
		b.putShort((short) (sub.length + 2)); // PrintNameOffset
		b.putShort((short) print.length);
		b.put(sub).putShort((short) 0).put(print).putShort((short) 0);
		return b.array();
	}

	/**
	 * Decodes a buffer read with {@code FSCTL_GET_REPARSE_POINT}.
	 *
	 * @param bytes the buffer
	 * @param length how many bytes of it are valid
	 * @return the decoded data; for tags other than mount points and symbolic links, empty names
	 * @throws IllegalArgumentException when the buffer is malformed
	 */
	public static ReparseData decode(byte[] bytes, int length) {
		if (length < HEADER) {
			throw new IllegalArgumentException("reparse buffer too short: " + length); //$NON-NLS-1$
		}
		ByteBuffer b = ByteBuffer.wrap(bytes, 0, length).order(ByteOrder.LITTLE_ENDIAN);
		int tag = b.getInt(0);
		int dataLength = Short.toUnsignedInt(b.getShort(4));
		if (HEADER + dataLength > length) {
			throw new IllegalArgumentException("reparse data length " + dataLength + " exceeds buffer " + length); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (tag != TAG_MOUNT_POINT && tag != TAG_SYMLINK) {
			return new ReparseData(tag, "", "", false); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int fixed = tag == TAG_SYMLINK ? 12 : 8;
		if (dataLength < fixed) {
			throw new IllegalArgumentException("reparse data too short for its tag"); //$NON-NLS-1$
		}
		int subOffset = Short.toUnsignedInt(b.getShort(8));
		int subLength = Short.toUnsignedInt(b.getShort(10));
		int printOffset = Short.toUnsignedInt(b.getShort(12));
		int printLength = Short.toUnsignedInt(b.getShort(14));
		boolean relative = tag == TAG_SYMLINK && (b.getInt(16) & SYMLINK_FLAG_RELATIVE) != 0;
		int pathStart = HEADER + fixed;
		int pathEnd = HEADER + dataLength;
		String sub = name(bytes, pathStart, pathEnd, subOffset, subLength);
		String print = name(bytes, pathStart, pathEnd, printOffset, printLength);
		return new ReparseData(tag, sub, print, relative);
	}

	private static String name(byte[] bytes, int start, int end, int offset, int length) {
		if ((offset & 1) != 0 || (length & 1) != 0 || start + offset + length > end) {
			throw new IllegalArgumentException("reparse name outside the buffer"); //$NON-NLS-1$
		}
		return new String(bytes, start + offset, length, StandardCharsets.UTF_16LE);
	}
}
