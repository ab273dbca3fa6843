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

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linksmith.core.internal.windows.FakeWin32.Node;

/**
 * The Windows tree delete through handles, against a fake whose junctions lead where they point
 * (an engine that entered one would delete what is behind it): runs on every system.
 */
class WindowsTreeEngineTest {
	private static final int DIR = Win32.FILE_ATTRIBUTE_DIRECTORY;
	private static final int JUNCTION = Win32.FILE_ATTRIBUTE_DIRECTORY | Win32.FILE_ATTRIBUTE_REPARSE_POINT;

	FakeWin32 win32;
	WindowsTreeEngine engine;
	Node tree;
	Node a;
	Node victim;
	Node outside;

	@BeforeEach
	void setUp() {
		win32 = new FakeWin32();
		WindowsLinkSystem system = new WindowsLinkSystem(win32, Path::toString);
		engine = (WindowsTreeEngine) system.treeEngine();
		tree = win32.drive.add("t", DIR);
		a = tree.add("a", DIR);
		victim = a.add("victim", DIR);
		for (int i = 0; i < 5; i++) {
			victim.add("f" + i, 0x20);
		}
		outside = win32.drive.add("outside", DIR);
		for (int i = 0; i < 3; i++) {
			outside.add("keep" + i, 0x20);
		}
	}

	private Node junctionTo(Node parent, String name, Node target) {
		Node j = parent.add(name, JUNCTION);
		j.target = target;
		return j;
	}

	@Test
	void aJunctionInsideIsRemovedAsALinkAndWhatItPointsToStays() throws Exception {
		junctionTo(a, "evil", outside);
		engine.delete(Path.of("C:\\t"));
		assertFalse(win32.drive.children.containsKey("t"), "the tree is gone");
		assertEquals(List.of("keep0", "keep1", "keep2"), List.copyOf(outside.children.keySet()));
	}

	@Test
	void aFolderSwappedForAJunctionAfterTheListingIsNeverEntered() throws Exception {
		Node evil = junctionTo(a, "evil", outside);
		// the listing of "a" says victim is a folder; then victim and the junction change places
		win32.onList.put(a, () -> FakeWin32.swap(victim, evil));
		engine.delete(Path.of("C:\\t"));
		assertEquals(List.of("keep0", "keep1", "keep2"), List.copyOf(outside.children.keySet()),
				"nothing behind the junction was deleted");
		assertFalse(win32.drive.children.containsKey("t"));
	}

	@Test
	void aRootThatIsAJunctionIsRemovedAsALink() throws Exception {
		junctionTo(win32.drive, "j", outside);
		engine.delete(Path.of("C:\\j"));
		assertFalse(win32.drive.children.containsKey("j"));
		assertEquals(3, outside.children.size());
	}

	@Test
	void anotherVolumeInsideIsNeverEntered() {
		Node mounted = a.add("mnt", DIR);
		mounted.volume = 0x9999;
		mounted.add("data", 0x20);
		assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> engine.delete(Path.of("C:\\t"))).getMessage().contains("mnt"));
		assertTrue(mounted.children.containsKey("data"));
	}

	@Test
	void aOneDriveFolderInsideIsEmptiedAndDeletedLikeAnyFolder() throws Exception {
		Node cloud = a.add("OneDrive", JUNCTION); // a directory reparse point...
		cloud.tag = 0x9000001A; // ...whose tag is IO_REPARSE_TAG_CLOUD: no redirection, its files are its own
		cloud.add("doc.docx", 0x20 | Win32.FILE_ATTRIBUTE_REPARSE_POINT).tag = 0x9000001A;
		engine.delete(Path.of("C:\\t"));
		assertFalse(win32.drive.children.containsKey("t"), "the whole tree is gone (the cloud folder was not left half-deleted)");
		assertEquals(3, outside.children.size());
	}

	@Test
	void aDirectorySymbolicLinkInsideIsRemovedAsALink() throws Exception {
		Node link = a.add("sl", JUNCTION);
		link.tag = ReparseData.TAG_SYMLINK;
		link.target = outside;
		engine.delete(Path.of("C:\\t"));
		assertFalse(win32.drive.children.containsKey("t"));
		assertEquals(List.of("keep0", "keep1", "keep2"), List.copyOf(outside.children.keySet()));
	}
}
