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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.linksmith.core.LinkException.Reason;

class WindowsPathsTest {

	/** Z: is mapped to a network share, C: and D: are local disks. */
	static int drives(String root) {
		return switch (root) {
			case "Z:\\" -> WindowsPaths.DRIVE_REMOTE;
			case "C:\\", "D:\\" -> 3; // DRIVE_FIXED
			default -> 1; // DRIVE_NO_ROOT_DIR
		};
	}

	@Test
	void networkPathsAreRecognized() {
		assertTrue(WindowsPaths.isNetworkPath("\\\\server\\share\\Games", WindowsPathsTest::drives));
		assertTrue(WindowsPaths.isNetworkPath("//server/share", WindowsPathsTest::drives));
		assertTrue(WindowsPaths.isNetworkPath("\\\\?\\UNC\\server\\share", WindowsPathsTest::drives));
		assertTrue(WindowsPaths.isNetworkPath("\\\\?\\unc\\server\\share", WindowsPathsTest::drives));
		assertTrue(WindowsPaths.isNetworkPath("Z:\\Games", WindowsPathsTest::drives));
		assertTrue(WindowsPaths.isNetworkPath("z:/Games", WindowsPathsTest::drives));
		assertTrue(WindowsPaths.isNetworkPath("\\\\?\\Z:\\Games", WindowsPathsTest::drives));
	}

	@Test
	void localPathsAreNot() {
		assertFalse(WindowsPaths.isNetworkPath("C:\\Games", WindowsPathsTest::drives));
		assertFalse(WindowsPaths.isNetworkPath("\\\\?\\D:\\Games", WindowsPathsTest::drives));
		assertFalse(WindowsPaths.isNetworkPath("\\\\.\\PhysicalDrive0", WindowsPathsTest::drives));
		assertFalse(WindowsPaths.isNetworkPath("relative\\path", WindowsPathsTest::drives));
	}

	@Test
	void longPathPrefix() {
		assertEquals("\\\\?\\C:\\Program Files\\x", WindowsPaths.toLongPath("C:\\Program Files\\x"));
		assertEquals("\\\\?\\C:\\a\\b", WindowsPaths.toLongPath("C:/a/b"));
		assertEquals("\\\\?\\UNC\\server\\share\\x", WindowsPaths.toLongPath("\\\\server\\share\\x"));
		assertEquals("\\\\?\\C:\\already", WindowsPaths.toLongPath("\\\\?\\C:\\already"));
		String deep = "C:\\" + "very long folder name\\".repeat(20);
		assertTrue(deep.length() > 260);
		assertEquals("\\\\?\\" + deep, WindowsPaths.toLongPath(deep));
		assertThrows(IllegalArgumentException.class, () -> WindowsPaths.toLongPath("relative"));
	}

	@Test
	void ntPathsForJunctions() {
		assertEquals("\\??\\C:\\Users", WindowsPaths.toNtPath("C:\\Users"));
		assertEquals("\\??\\C:\\Users", WindowsPaths.toNtPath("C:\\Users\\"));
		assertEquals("\\??\\C:\\", WindowsPaths.toNtPath("C:\\"));
		assertEquals("\\??\\D:\\Games", WindowsPaths.toNtPath("\\\\?\\D:\\Games"));
		assertEquals("D:\\Games", WindowsPaths.fromNtPath("\\??\\D:\\Games"));
		assertEquals("\\\\server\\share", WindowsPaths.fromNtPath("\\??\\UNC\\server\\share"));
	}

	@Test
	void errorCodesMapToReasons() {
		assertEquals(Reason.PRIVILEGE_REQUIRED, WindowsErrors.reasonOf(1314));
		assertEquals(Reason.CROSS_DEVICE, WindowsErrors.reasonOf(17));
		assertEquals(Reason.TOO_MANY_LINKS, WindowsErrors.reasonOf(1142));
		assertEquals(Reason.ALREADY_EXISTS, WindowsErrors.reasonOf(183));
		assertEquals(Reason.ALREADY_EXISTS, WindowsErrors.reasonOf(80));
		assertEquals(Reason.PERMISSION_DENIED, WindowsErrors.reasonOf(5));
		assertEquals(Reason.NOT_A_LINK, WindowsErrors.reasonOf(4390));
		assertEquals(Reason.INVALID_PATH, WindowsErrors.reasonOf(4392));
		assertEquals(Reason.NOT_SUPPORTED, WindowsErrors.reasonOf(1));
		assertEquals(Reason.LOOP, WindowsErrors.reasonOf(1921));
		assertEquals(Reason.IO_ERROR, WindowsErrors.reasonOf(9999));
		assertTrue(WindowsErrors.describe(1142).contains("1023"));
		assertTrue(WindowsErrors.describe(9999).contains("9999"));
	}

	@Test
	void theDeviceNamespacesUncIsANetworkPathAndItsDriveLettersAreDrives() {
		assertTrue(WindowsPaths.isNetworkPath("\\\\.\\UNC\\server\\share\\Games", WindowsPathsTest::drives));
		assertTrue(WindowsPaths.isNetworkPath("\\??\\UNC\\server\\share", WindowsPathsTest::drives));
		assertTrue(WindowsPaths.isNetworkPath("\\\\.\\Z:\\Games", WindowsPathsTest::drives), "Z: is mapped to a share");
		assertFalse(WindowsPaths.isNetworkPath("\\\\.\\C:\\Games", WindowsPathsTest::drives));
		assertEquals("\\??\\C:\\Games", WindowsPaths.toNtPath("\\\\.\\C:\\Games"), "never \\??\\\\.\\C:");
	}

	@Test
	void ntNamesThatAreNoDriveLetterPathKeepAPrefix() {
		assertEquals("C:\\Users", WindowsPaths.fromNtPath("\\??\\C:\\Users"));
		assertEquals("\\\\server\\share", WindowsPaths.fromNtPath("\\??\\UNC\\server\\share"));
		assertEquals("\\\\?\\Volume{0b1f2e3d-aaaa-bbbb-cccc-0123456789ab}\\x",
				WindowsPaths.fromNtPath("\\??\\Volume{0b1f2e3d-aaaa-bbbb-cccc-0123456789ab}\\x"));
		assertEquals("..\\target", WindowsPaths.fromNtPath("..\\target"), "a relative name is left as it is");
	}
}
