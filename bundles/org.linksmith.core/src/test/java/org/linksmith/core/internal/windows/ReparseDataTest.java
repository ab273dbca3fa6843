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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * Byte-exact reparse buffers. The vectors are real buffers written by Windows, published as test
 * data by other projects (cited at each vector); they are data, not code.
 */
class ReparseDataTest {

	/**
	 * A junction to {@code C:\Users} as found on an NTFS volume: the 60 bytes of reparse data at
	 * offset 24 of {@code fsntfs_test_reparse_point_values_data1} in libyal/libfsntfs,
	 * tests/fsntfs_test_reparse_point_values.c. Layout per MS-FSCC 2.1.2.5: substitute name
	 * {@code \??\C:\Users} then print name {@code C:\Users}, each NUL-terminated.
	 */
	static final byte[] LIBFSNTFS_JUNCTION = HexFormat.of().parseHex(
			"030000a0" + "3400" + "0000" + "0000" + "1800" + "1a00" + "1000"
					+ "5c003f003f005c0043003a005c0055007300650072007300" + "0000"
					+ "43003a005c0055007300650072007300" + "0000");

	/**
	 * An absolute file symbolic link to {@code x:\testdir1\testfile1}, from the NTFS symbolic link
	 * reparse data test of the keramics project (Joachim Metz). Layout per MS-FSCC 2.1.2.4, as
	 * CreateSymbolicLinkW writes it: print name first, then the substitute name, no terminators,
	 * flags 0 (absolute).
	 */
	static final byte[] KERAMICS_SYMLINK = HexFormat.of().parseHex(
			"0c0000a0" + "6800" + "0000" + "2a00" + "3200" + "0000" + "2a00" + "00000000"
					+ "78003a005c0074006500730074006400690072003100" + "5c007400650073007400660069006c0065003100"
					+ "5c003f003f005c00" + "78003a005c0074006500730074006400690072003100"
					+ "5c007400650073007400660069006c0065003100");

	/**
	 * A relative symbolic link {@code ..\target}, written from the MS-FSCC 2.1.2.4 layout:
	 * SYMLINK_FLAG_RELATIVE (1) set, substitute and print names both the relative path.
	 */
	static final byte[] RELATIVE_SYMLINK = HexFormat.of().parseHex(
			"0c0000a0" + "3000" + "0000" + "0000" + "1200" + "1200" + "1200" + "01000000"
					+ "2e002e005c00740061007200670065007400" + "2e002e005c00740061007200670065007400");

	@Test
	void decodesTheLibfsntfsJunction() {
		ReparseData data = ReparseData.decode(LIBFSNTFS_JUNCTION, LIBFSNTFS_JUNCTION.length);
		assertTrue(data.isMountPoint());
		assertEquals("\\??\\C:\\Users", data.substituteName());
		assertEquals("C:\\Users", data.printName());
		assertEquals("C:\\Users", data.target());
	}

	@Test
	void encodesAJunctionExactlyAsWindowsDoes() {
		assertArrayEquals(LIBFSNTFS_JUNCTION, ReparseData.encodeMountPoint("\\??\\C:\\Users", "C:\\Users"));
	}

	@Test
	void encodingUsesTheWindowsPathRules() {
		assertArrayEquals(LIBFSNTFS_JUNCTION,
				ReparseData.encodeMountPoint(WindowsPaths.toNtPath("\\\\?\\C:\\Users\\"), "C:\\Users"));
	}

	@Test
	void decodesTheKeramicsAbsoluteSymlink() {
		ReparseData data = ReparseData.decode(KERAMICS_SYMLINK, KERAMICS_SYMLINK.length);
		assertTrue(data.isSymbolicLink());
		assertFalse(data.relative());
		assertEquals("x:\\testdir1\\testfile1", data.printName());
		assertEquals("\\??\\x:\\testdir1\\testfile1", data.substituteName());
		assertEquals("x:\\testdir1\\testfile1", data.target());
	}

	@Test
	void decodesARelativeSymlink() {
		ReparseData data = ReparseData.decode(RELATIVE_SYMLINK, RELATIVE_SYMLINK.length);
		assertTrue(data.relative());
		assertEquals("..\\target", data.target());
	}

	@Test
	void unicodeNamesRoundTrip() {
		String target = "D:\\Фото\\写真 2012\\🎄";
		byte[] bytes = ReparseData.encodeMountPoint(WindowsPaths.toNtPath(target), target);
		ReparseData data = ReparseData.decode(bytes, bytes.length);
		assertEquals(target, data.printName());
		assertEquals("\\??\\" + target, data.substituteName());
		// lengths are in bytes of UTF-16: the emoji is a surrogate pair (4 bytes)
		assertEquals(target.length() * 2, Short.toUnsignedInt((short) ((bytes[15] & 0xff) << 8 | bytes[14] & 0xff)));
	}

	@Test
	void emptyPrintNameFallsBackToTheSubstituteName() {
		byte[] bytes = ReparseData.encodeMountPoint("\\??\\UNC\\server\\share", "");
		assertEquals("\\\\server\\share", ReparseData.decode(bytes, bytes.length).target());
	}

	@Test
	void otherTagsAreRecognizedButNotNamed() {
		byte[] appExecLink = HexFormat.of().parseHex("1b000080" + "0400" + "0000" + "03000000");
		ReparseData data = ReparseData.decode(appExecLink, appExecLink.length);
		assertFalse(data.isMountPoint());
		assertFalse(data.isSymbolicLink());
	}

	@Test
	void malformedBuffersAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> ReparseData.decode(new byte[4], 4));
		byte[] truncated = LIBFSNTFS_JUNCTION.clone();
		assertThrows(IllegalArgumentException.class, () -> ReparseData.decode(truncated, 40));
		byte[] badOffset = LIBFSNTFS_JUNCTION.clone();
		badOffset[12] = 0x70; // print name offset beyond the data
		assertThrows(IllegalArgumentException.class, () -> ReparseData.decode(badOffset, badOffset.length));
	}

	@Test
	void theTargetIsTheSubstituteNameNotWhatThePrintNameSays() {
		// a tool may write any print name; the system follows the substitute name
		byte[] bytes = ReparseData.encodeMountPoint("\\??\\D:\\Real", "C:\\Shown");
		assertEquals("D:\\Real", ReparseData.decode(bytes, bytes.length).target());
		bytes = ReparseData.encodeMountPoint("\\??\\Volume{0b1f2e3d-aaaa-bbbb-cccc-0123456789ab}\\Data", "E:\\Data");
		assertEquals("\\\\?\\Volume{0b1f2e3d-aaaa-bbbb-cccc-0123456789ab}\\Data", ReparseData.decode(bytes, bytes.length).target(),
				"a volume GUID path keeps its prefix (Go reads it so), never a relative-looking Volume{...}");
	}

	@Test
	void theTagIsReadFromTheFirstFourBytesAndNameSurrogatesAreLinks() throws Exception {
		assertEquals(ReparseData.TAG_MOUNT_POINT, ReparseData.tagOf(ReparseData.encodeMountPoint("\\??\\C:\\x", "C:\\x")));
		assertEquals(ReparseData.TAG_SYMLINK, ReparseData.tagOf(KERAMICS_SYMLINK));
		assertTrue(ReparseData.isNameSurrogate(ReparseData.TAG_MOUNT_POINT));
		assertTrue(ReparseData.isNameSurrogate(ReparseData.TAG_SYMLINK));
		assertTrue(ReparseData.isNameSurrogate(0xA0000027), "IO_REPARSE_TAG_WCI_LINK");
		assertFalse(ReparseData.isNameSurrogate(0x9000001A), "IO_REPARSE_TAG_CLOUD (OneDrive)");
		assertFalse(ReparseData.isNameSurrogate(0x9000601A), "IO_REPARSE_TAG_CLOUD_6");
		assertFalse(ReparseData.isNameSurrogate(0x80000013), "IO_REPARSE_TAG_DEDUP");
		assertThrows(WindowsException.class, () -> ReparseData.tagOf(new byte[3]));
	}
}
