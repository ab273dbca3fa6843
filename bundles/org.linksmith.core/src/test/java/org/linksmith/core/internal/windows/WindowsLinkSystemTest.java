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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkType;
import org.linksmith.core.internal.LinkSystem.Operation;
import org.linksmith.core.internal.LinkSystems;
import org.linksmith.core.internal.posix.PosixLinkSystem;

/** The Windows link logic over a fake Win32: what is called, in which order, and what users are told. */
class WindowsLinkSystemTest {

	final FakeWin32 win32 = new FakeWin32();
	/** Paths stand for themselves (Windows paths are plain strings on this system). */
	final WindowsLinkSystem system = new WindowsLinkSystem(win32, Path::toString);

	@Test
	void symbolicLinksAskForUnprivilegedCreationFirst() throws Exception {
		system.createSymbolicLink(Path.of("C:\\l"), Path.of("D:/Games"), true);
		assertEquals(List.of("CreateSymbolicLinkW(3) C:\\l -> D:\\Games"), win32.calls,
				"directory flag plus ALLOW_UNPRIVILEGED_CREATE, target with backslashes");
	}

	@Test
	void olderWindowsRejectingTheFlagGetsASecondTryWithoutIt() throws Exception {
		win32.failures.put("unprivileged", Integer.valueOf(WindowsErrors.ERROR_INVALID_PARAMETER));
		system.createSymbolicLink(Path.of("C:\\l"), Path.of("file.txt"), false);
		assertEquals(List.of("CreateSymbolicLinkW(2) C:\\l -> file.txt", "CreateSymbolicLinkW(0) C:\\l -> file.txt"),
				win32.calls);
	}

	@Test
	void missingPrivilegeTellsAboutDeveloperMode() {
		win32.failures.put("unprivileged", Integer.valueOf(WindowsErrors.ERROR_PRIVILEGE_NOT_HELD));
		WindowsException e = assertThrows(WindowsException.class,
				() -> system.createSymbolicLink(Path.of("C:\\l"), Path.of("x"), false));
		LinkException le = system.translate(e, Operation.CREATE, Path.of("C:\\l"), Path.of("x"));
		assertEquals(Reason.PRIVILEGE_REQUIRED, le.getReason());
		assertTrue(le.getMessage().contains("Developer Mode"), le.getMessage());
		assertTrue(le.getMessage().contains("administrator"), le.getMessage());
	}

	@Test
	void junctionIsADirectoryWithMountPointData() throws Exception {
		system.createJunction(Path.of("C:\\Games"), Path.of("D:\\Games"));
		assertEquals(List.of("CreateDirectoryW C:\\Games", "FSCTL_SET_REPARSE_POINT C:\\Games"), win32.calls);
		assertArrayEquals(ReparseData.encodeMountPoint("\\??\\D:\\Games", "D:\\Games"), win32.reparsePoints.get("C:\\Games"));
		assertEquals(LinkType.JUNCTION, system.classify(Path.of("C:\\Games"), null));
		assertEquals(Path.of("D:\\Games"), system.readTarget(Path.of("C:\\Games")));
	}

	@Test
	void failedJunctionLeavesNoEmptyFolderBehind() {
		win32.failures.put("FSCTL_SET_REPARSE_POINT", Integer.valueOf(WindowsErrors.ERROR_ACCESS_DENIED));
		assertThrows(WindowsException.class, () -> system.createJunction(Path.of("C:\\Games"), Path.of("D:\\Games")));
		assertEquals("RemoveDirectoryW C:\\Games", win32.calls.get(win32.calls.size() - 1));
		assertFalse(win32.attributes.containsKey("C:\\Games"));
	}

	@Test
	void junctionToANetworkPathIsRefusedBeforeAnyChange() {
		for (String target : new String[] { "\\\\server\\share\\Games", "\\\\?\\UNC\\server\\share" }) {
			LinkException e = assertThrows(LinkException.class,
					() -> system.checkJunctionTarget(Path.of("C:\\Games"), Path.of(target)));
			assertEquals(Reason.NETWORK_PATH, e.getReason());
			assertTrue(e.getMessage().contains("directory symbolic link"), e.getMessage());
		}
		win32.drives.put("Z:\\", Integer.valueOf(WindowsPaths.DRIVE_REMOTE));
		assertEquals(Reason.NETWORK_PATH, assertThrows(LinkException.class,
				() -> system.checkJunctionTarget(Path.of("C:\\Games"), Path.of("Z:\\Games"))).getReason());
		assertFalse(win32.calls.stream().anyMatch(c -> c.startsWith("Create")), win32.calls.toString());
	}

	@Test
	void removingAJunctionRemovesTheReparsePointOnly() throws Exception {
		system.removeLink(Path.of("C:\\Games"), LinkType.JUNCTION);
		system.removeLink(Path.of("C:\\Docs"), LinkType.SYMBOLIC_DIRECTORY);
		system.removeLink(Path.of("C:\\f.txt"), LinkType.SYMBOLIC_FILE);
		assertEquals(List.of("RemoveDirectoryW C:\\Games", "RemoveDirectoryW C:\\Docs", "DeleteFileW C:\\f.txt"),
				win32.calls);
		assertThrows(WindowsException.class, () -> system.removeLink(Path.of("C:\\x"), LinkType.OTHER_REPARSE_POINT));
	}

	@Test
	void retargetingADirectoryLinkRewritesItsDataInPlace() throws Exception {
		system.createJunction(Path.of("C:\\Games"), Path.of("D:\\Old"));
		system.createJunction(Path.of("C:\\.tmp"), Path.of("E:\\New"));
		win32.calls.clear();
		system.replaceAtomically(Path.of("C:\\.tmp"), Path.of("C:\\Games"));
		assertEquals(Path.of("E:\\New"), system.readTarget(Path.of("C:\\Games")));
		assertTrue(win32.calls.contains("FSCTL_SET_REPARSE_POINT C:\\Games"));
		assertEquals("RemoveDirectoryW C:\\.tmp", win32.calls.get(win32.calls.size() - 2));
	}

	/** A directory symbolic link as the fake keeps it: attributes and a buffer with the symlink tag. */
	private byte[] directorySymlink(String path, String target) throws Exception {
		byte[] data = ReparseData.encodeMountPoint("\\??\\" + target, target);
		data[0] = 0x0C; // IO_REPARSE_TAG_SYMLINK, 0xA000000C
		data[1] = 0;
		data[2] = 0;
		data[3] = (byte) 0xA0;
		win32.attributes.put(path, Integer.valueOf(Win32.FILE_ATTRIBUTE_DIRECTORY | Win32.FILE_ATTRIBUTE_REPARSE_POINT));
		win32.reparsePoints.put(path, data);
		return data;
	}

	@Test
	void aDeveloperModeUserRetargetsADirectorySymlinkByRenamesWithoutThePrivilege() throws Exception {
		win32.failures.put("symlinkPrivilege", Integer.valueOf(WindowsErrors.ERROR_PRIVILEGE_NOT_HELD));
		directorySymlink("C:\\Docs", "D:\\Old");
		byte[] fresh = directorySymlink("C:\\.tmp", "E:\\New");
		win32.calls.clear();
		system.replaceAtomically(Path.of("C:\\.tmp"), Path.of("C:\\Docs"));
		List<String> moves = win32.calls.stream().filter(c -> c.startsWith("MoveFileExW")).toList();
		assertEquals(2, moves.size(), win32.calls.toString());
		assertTrue(moves.get(0).matches("MoveFileExW\\(no replace\\) C:\\\\Docs -> C:\\\\Docs\\.linksmith-old-[0-9a-f]+"), moves.get(0));
		assertEquals("MoveFileExW(no replace) C:\\.tmp -> C:\\Docs", moves.get(1));
		assertTrue(win32.calls.indexOf("AdjustTokenPrivileges SeCreateSymbolicLinkPrivilege") < win32.calls.indexOf(moves.get(0)),
				"the privilege is tried first");
		assertArrayEquals(fresh, win32.reparsePoints.get("C:\\Docs"), "the new link has the old name");
		assertEquals(java.util.Set.of("C:\\Docs"), win32.attributes.keySet(), "neither the replacement nor the old link is left");
	}

	@Test
	void anAdministratorsRetargetEnablesThePrivilegeAndRewritesInPlace() throws Exception {
		win32.failures.put("symlinkPrivilege", Integer.valueOf(WindowsErrors.ERROR_PRIVILEGE_NOT_HELD));
		win32.holdsPrivileges = true;
		directorySymlink("C:\\Docs", "D:\\Old");
		byte[] fresh = directorySymlink("C:\\.tmp", "E:\\New");
		system.replaceAtomically(Path.of("C:\\.tmp"), Path.of("C:\\Docs"));
		assertArrayEquals(fresh, win32.reparsePoints.get("C:\\Docs"));
		assertFalse(win32.calls.stream().anyMatch(c -> c.startsWith("MoveFileExW")), "one atomic rewrite: " + win32.calls);
		assertEquals("RemoveDirectoryW C:\\.tmp", win32.calls.get(win32.calls.size() - 1));
	}

	@Test
	void whenTheNewLinkCannotTakeTheNameTheOldOneIsPutBack() throws Exception {
		win32.failures.put("symlinkPrivilege", Integer.valueOf(WindowsErrors.ERROR_PRIVILEGE_NOT_HELD));
		byte[] old = directorySymlink("C:\\Docs", "D:\\Old");
		directorySymlink("C:\\.tmp", "E:\\New");
		win32.failMoveOf = "C:\\.tmp";
		assertThrows(WindowsException.class, () -> system.replaceAtomically(Path.of("C:\\.tmp"), Path.of("C:\\Docs")));
		assertArrayEquals(old, win32.reparsePoints.get("C:\\Docs"), "the old link is back under its name");
		assertEquals(java.util.Set.of("C:\\Docs", "C:\\.tmp"), win32.attributes.keySet());
	}

	@Test
	void aFolderPutInTheLinksPlaceIsNeverMovedOrRemoved() throws Exception {
		win32.failures.put("symlinkPrivilege", Integer.valueOf(WindowsErrors.ERROR_PRIVILEGE_NOT_HELD));
		directorySymlink("C:\\.tmp", "E:\\New");
		win32.attributes.put("C:\\Docs", Integer.valueOf(Win32.FILE_ATTRIBUTE_DIRECTORY)); // a real folder there now
		assertThrows(java.io.IOException.class, () -> system.replaceAtomically(Path.of("C:\\.tmp"), Path.of("C:\\Docs")));
		assertEquals(Integer.valueOf(Win32.FILE_ATTRIBUTE_DIRECTORY), win32.attributes.get("C:\\Docs"), "the folder is where it was");
		assertFalse(win32.calls.stream().anyMatch(c -> c.startsWith("RemoveDirectoryW")), win32.calls.toString());
	}

	@Test
	void hardLinkNamesFallBackToThePathWhenTheVolumeHasNoFinalPath() throws Exception {
		win32.failures.put("GetFinalPathNameByHandleW", Integer.valueOf(1)); // ERROR_INVALID_FUNCTION (RAM disks)
		win32.names.put("R:\\a.txt", List.of("\\a.txt", "\\b.txt"));
		assertEquals(List.of(Path.of("R:\\a.txt"), Path.of("R:\\b.txt")), system.allNames(Path.of("R:\\a.txt")));
	}

	@Test
	void otherReparsePointsAreNeverTreatedAsLinks() throws Exception {
		win32.attributes.put("C:\\OneDrive\\doc.docx", Integer.valueOf(Win32.FILE_ATTRIBUTE_REPARSE_POINT));
		win32.reparsePoints.put("C:\\OneDrive\\doc.docx", java.util.HexFormat.of().parseHex("1a000090" + "0000" + "0000"));
		assertEquals(LinkType.OTHER_REPARSE_POINT, system.classify(Path.of("C:\\OneDrive\\doc.docx"), null));
		win32.attributes.put("C:\\mnt", Integer.valueOf(Win32.FILE_ATTRIBUTE_REPARSE_POINT | Win32.FILE_ATTRIBUTE_DIRECTORY));
		win32.reparsePoints.put("C:\\mnt", ReparseData.encodeMountPoint("\\??\\Volume{0b1c2d3e-0000-0000-0000-100000000000}\\", ""));
		assertEquals(LinkType.OTHER_REPARSE_POINT, system.classify(Path.of("C:\\mnt"), null), "a volume mount point is not a junction");
	}

	@Test
	void windowsErrorsBecomeClearMessages() {
		LinkException e = system.translate(new WindowsException(17, "CreateHardLinkW", "D:\\h"), Operation.CREATE,
				Path.of("D:\\h"), Path.of("C:\\f"));
		assertEquals(Reason.CROSS_DEVICE, e.getReason());
		assertTrue(e.getMessage().contains("same volume"), e.getMessage());
		e = system.translate(new WindowsException(1142, "CreateHardLinkW", "C:\\h"), Operation.CREATE, Path.of("C:\\h"),
				Path.of("C:\\f"));
		assertEquals(Reason.TOO_MANY_LINKS, e.getReason());
		assertTrue(e.getMessage().contains("1023"), e.getMessage());
		e = system.translate(new WindowsException(183, "CreateSymbolicLinkW", "C:\\l"), Operation.CREATE, Path.of("C:\\l"),
				null);
		assertEquals(Reason.ALREADY_EXISTS, e.getReason());
		e = system.translate(new WindowsException(32, "RemoveDirectoryW", "C:\\l"), Operation.REMOVE, Path.of("C:\\l"), null);
		assertTrue(e.getMessage().contains("Another program"), e.getMessage());
		e = system.translate(new WindowsException(4392, "FSCTL_SET_REPARSE_POINT", "C:\\l"), Operation.CREATE, Path.of("C:\\l"), null);
		assertEquals(Reason.INVALID_PATH, e.getReason());
	}

	@Test
	void hardLinkNamesComeFromTheVolumeWithoutWalking() throws Exception {
		win32.names.put("C:\\Users\\Kari\\a.txt", List.of("\\Users\\Kari\\a.txt", "\\Backup\\2012\\a.txt"));
		assertEquals(List.of(Path.of("C:\\Users\\Kari\\a.txt"), Path.of("C:\\Backup\\2012\\a.txt")),
				system.allNames(Path.of("C:\\Users\\Kari\\a.txt")));
		assertTrue(win32.calls.contains("FindFirstFileNameW C:\\Users\\Kari\\a.txt"));
	}

	@Test
	void hardLinkNamesThroughAJunctionAreOnTheVolumeThatHoldsTheFile() throws Exception {
		// C:\\Games is a junction to D:\\Games: FindFirstFileNameW answers for D:
		win32.finalPaths.put("C:\\Games\\f.dat", "\\\\?\\D:\\Games\\f.dat");
		win32.names.put("C:\\Games\\f.dat", List.of("\\Games\\f.dat", "\\Backup\\f.dat"));
		assertEquals(List.of(Path.of("D:\\Games\\f.dat"), Path.of("D:\\Backup\\f.dat")),
				system.allNames(Path.of("C:\\Games\\f.dat")), "never C:\\Backup\\f.dat, which is another file or none");
		assertTrue(win32.calls.contains("GetVolumePathNameW \\\\?\\D:\\Games\\f.dat"), win32.calls.toString());
	}

	@Test
	void twoFilesOnReFSThatShareTheLow64BitsOfTheirIdAreTwoFiles() throws Exception {
		win32.attributes.put("E:\\a", Integer.valueOf(0));
		win32.attributes.put("E:\\b", Integer.valueOf(0));
		win32.fileIds.put("E:\\a", new long[] { 42, 1 });
		win32.fileIds.put("E:\\b", new long[] { 42, 2 });
		assertFalse(system.fileId(Path.of("E:\\a")).equals(system.fileId(Path.of("E:\\b"))),
				"the 128-bit FileIdInfo id tells them apart");
		win32.fileIds.put("E:\\b", new long[] { 42, 1 });
		assertEquals(system.fileId(Path.of("E:\\a")), system.fileId(Path.of("E:\\b")), "two names of one file");
	}

	@Test
	void namesAreReadUpToTheirNulWhateverLengthTheCallGave() {
		assertEquals("a.txt", JnaWin32.nameOf(new char[] { 'a', '.', 't', 'x', 't', 0, 'o', 'l', 'd' }));
		assertEquals("abc", JnaWin32.nameOf(new char[] { 'a', 'b', 'c' }));
	}

	@Test
	void theWindowsImplementationIsPickedOnWindowsOnly() {
		assertInstanceOf(WindowsLinkSystem.class, LinkSystems.forOs("Windows 11"));
		assertInstanceOf(WindowsLinkSystem.class, LinkSystems.forOs("Windows Server 2022"));
		assertInstanceOf(PosixLinkSystem.class, LinkSystems.forOs("Linux"));
		assertInstanceOf(PosixLinkSystem.class, LinkSystems.forOs("Mac OS X"));
		assertTrue(LinkSystems.forOs("Windows 10").supportedTypes(Path.of("x")).contains(LinkType.JUNCTION));
		assertFalse(LinkSystems.forOs("Linux").supportedTypes(Path.of("x")).contains(LinkType.JUNCTION));
	}
}
