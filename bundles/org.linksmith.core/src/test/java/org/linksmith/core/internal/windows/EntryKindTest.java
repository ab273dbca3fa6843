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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.internal.NioTreeWalker;
import org.linksmith.core.internal.TreeWalker;
import org.linksmith.core.internal.TreeWalker.EntryKind;

/**
 * What the scan makes of each kind of Windows entry, whatever the JDK reports for it: JDK 21-25
 * call a junction (and a OneDrive folder) a directory that is also "other", JDK 26 only "other"
 * (JDK-8364277), later JDKs a cloud folder a directory again (JDK-8389112).
 */
class EntryKindTest {

	static final int DIR = Win32.FILE_ATTRIBUTE_DIRECTORY;
	static final int REPARSE = Win32.FILE_ATTRIBUTE_REPARSE_POINT;
	static final int TAG_CLOUD = 0x9000001A;

	final FakeWin32 win32 = new FakeWin32();
	final WindowsLinkSystem system = new WindowsLinkSystem(win32, Path::toString);

	/** What a JDK says of an entry: directory, other, regular file, symbolic link. */
	record Jdk(boolean directory, boolean other, boolean regular, boolean link) implements BasicFileAttributes {
		static final Jdk DIRECTORY_AND_OTHER = new Jdk(true, true, false, false); // JDK 21-25
		static final Jdk OTHER_ONLY = new Jdk(false, true, false, false); // JDK 26
		static final Jdk DIRECTORY_ONLY = new Jdk(true, false, false, false); // JDK 27 cloud folder, any plain folder
		static final Jdk REGULAR_ONLY = new Jdk(false, false, true, false);
		static final Jdk SYMBOLIC_LINK = new Jdk(false, false, false, true);

		@Override
		public FileTime lastModifiedTime() {
			return FileTime.fromMillis(0);
		}

		@Override
		public FileTime lastAccessTime() {
			return FileTime.fromMillis(0);
		}

		@Override
		public FileTime creationTime() {
			return FileTime.fromMillis(0);
		}

		@Override
		public boolean isRegularFile() {
			return regular;
		}

		@Override
		public boolean isDirectory() {
			return directory;
		}

		@Override
		public boolean isSymbolicLink() {
			return link;
		}

		@Override
		public boolean isOther() {
			return other;
		}

		@Override
		public long size() {
			return 0;
		}

		@Override
		public Object fileKey() {
			return null;
		}
	}

	private void entry(String path, int attributes, int tag) {
		win32.attributes.put(path, Integer.valueOf(attributes));
		if (tag != 0) {
			byte[] data = ReparseData.encodeMountPoint("\\??\\C:\\elsewhere", "C:\\elsewhere");
			data[0] = (byte) tag;
			data[1] = (byte) (tag >>> 8);
			data[2] = (byte) (tag >>> 16);
			data[3] = (byte) (tag >>> 24);
			win32.reparsePoints.put(path, data);
		}
	}

	private EntryKind kind(String path, Jdk jdk) throws IOException {
		return system.entryKind(Path.of(path), jdk);
	}

	@Test
	void aJunctionIsReportedAndNeverEnteredOnEveryJdk() throws Exception {
		entry("C:\\j", DIR | REPARSE, ReparseData.TAG_MOUNT_POINT);
		assertEquals(EntryKind.REPARSE_POINT, kind("C:\\j", Jdk.DIRECTORY_AND_OTHER), "JDK 21-25");
		assertEquals(EntryKind.REPARSE_POINT, kind("C:\\j", Jdk.OTHER_ONLY), "JDK 26: was dropped from scans");
		assertEquals(EntryKind.REPARSE_POINT, kind("C:\\j", Jdk.DIRECTORY_ONLY), "a JDK that calls it a directory");
	}

	@Test
	void aOneDriveFolderIsAFolderAndIsEntered() throws Exception {
		entry("C:\\OneDrive\\Docs", DIR | REPARSE, TAG_CLOUD);
		assertEquals(EntryKind.DIRECTORY, kind("C:\\OneDrive\\Docs", Jdk.DIRECTORY_AND_OTHER), "JDK 21-25: was never entered");
		assertEquals(EntryKind.DIRECTORY, kind("C:\\OneDrive\\Docs", Jdk.OTHER_ONLY), "JDK 26");
		assertEquals(EntryKind.DIRECTORY, kind("C:\\OneDrive\\Docs", Jdk.DIRECTORY_ONLY), "JDK 27");
	}

	@Test
	void aCloudFileIsAFileAndOtherNameSurrogatesAreLinks() throws Exception {
		entry("C:\\OneDrive\\a.txt", REPARSE, TAG_CLOUD);
		assertEquals(EntryKind.REGULAR, kind("C:\\OneDrive\\a.txt", Jdk.OTHER_ONLY));
		entry("C:\\wci", DIR | REPARSE, 0xA0000027);
		assertEquals(EntryKind.REPARSE_POINT, kind("C:\\wci", Jdk.OTHER_ONLY), "IO_REPARSE_TAG_WCI_LINK (0xA0000027) redirects");
		entry("C:\\sl", DIR | REPARSE, ReparseData.TAG_SYMLINK);
		assertEquals(EntryKind.SYMLINK, kind("C:\\sl", Jdk.OTHER_ONLY), "a symbolic link whatever the JDK calls it");
	}

	@Test
	void aTagThatCannotBeReadIsTakenForALink() throws Exception {
		entry("C:\\locked", DIR | REPARSE, 0);
		assertEquals(EntryKind.REPARSE_POINT, kind("C:\\locked", Jdk.DIRECTORY_AND_OTHER));
		entry("C:\\locked.txt", REPARSE, 0);
		assertEquals(EntryKind.OTHER, kind("C:\\locked.txt", Jdk.OTHER_ONLY), "a file with an unreadable tag is no folder link");
	}

	@Test
	void plainEntriesCostNoReparseRead() throws Exception {
		entry("C:\\d", DIR, 0);
		assertEquals(EntryKind.DIRECTORY, kind("C:\\d", Jdk.DIRECTORY_ONLY));
		assertEquals(EntryKind.REGULAR, kind("C:\\f", Jdk.REGULAR_ONLY));
		assertEquals(EntryKind.SYMLINK, kind("C:\\l", Jdk.SYMBOLIC_LINK));
		assertEquals(List.of("GetFileAttributesW C:\\d"), win32.calls, "one attribute read for a folder, none for a file or link");
	}

	@Test
	void theWalkerEntersOnlyWhatTheClassifierCallsAFolderAndReportsTheRest(@TempDir Path root) throws Exception {
		Files.createDirectories(root.resolve("junction/inside"));
		Files.createDirectories(root.resolve("cloud/inside"));
		Files.writeString(root.resolve("cloud/inside/f.txt"), "x");
		Path deep = root;
		for (int i = 0; i < 300; i++) {
			deep = deep.resolve("deep");
		}
		Files.createDirectories(deep);
		Files.writeString(deep.resolve("bottom.txt"), "x");
		NioTreeWalker walker = new NioTreeWalker(p -> null, (p, attrs) -> p.getFileName().toString().equals("junction")
				? EntryKind.REPARSE_POINT : NioTreeWalker.kindOf(attrs));
		List<String> seen = new ArrayList<>();
		walker.walk(root, true, new TreeWalker.Handler() {
			@Override
			public void entry(TreeWalker.Directory directory, String name, EntryKind kind) {
				seen.add(root.relativize(directory.resolve(name)).toString().replace('\\', '/').replace("deep/", "") + " " + kind);
			}

			@Override
			public void failed(Path path, IOException e) {
				seen.add("failed " + path);
			}
		}, new NullProgressMonitor());
		assertTrue(seen.contains("junction REPARSE_POINT"), seen.toString());
		assertFalse(seen.stream().anyMatch(s -> s.startsWith("junction/")), "never entered: " + seen);
		assertTrue(seen.contains("cloud/inside/f.txt REGULAR"), seen.toString());
		assertTrue(seen.contains("bottom.txt REGULAR"), "300 levels deep, listed from a stack: " + seen);
	}
}
