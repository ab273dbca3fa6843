/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.dnd.DND;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.explorer.internal.FileOperations.DropKind;

/** The Explorer's file operations never reach through a link. */
@DisabledOnOs(OS.WINDOWS)
class FileOperationsTest {

	@TempDir
	Path dir;
	Path data;

	@BeforeEach
	void tree() throws Exception {
		data = Files.createDirectories(dir.resolve("data"));
		Files.writeString(data.resolve("keep.txt"), "keep");
		Files.createDirectories(dir.resolve("box"));
		Files.createSymbolicLink(dir.resolve("box/inner-link"), data);
		Files.createSymbolicLink(dir.resolve("link"), data);
	}

	@Test
	void renamingALinkRenamesOnlyTheLink() throws Exception {
		Path renamed = FileOperations.rename(dir.resolve("link"), "renamed");
		assertTrue(Files.isSymbolicLink(renamed));
		assertTrue(Files.isDirectory(data));
		assertEquals("keep", Files.readString(data.resolve("keep.txt")));
		assertEquals(Reason.ALREADY_EXISTS,
				assertThrows(LinkException.class, () -> FileOperations.rename(renamed, "data")).getReason());
	}

	@Test
	void movingAFolderMovesTheLinksInsideAsLinks() throws Exception {
		Files.createDirectories(dir.resolve("dest"));
		FileOperations.drop(List.of(dir.resolve("box")), dir.resolve("dest"), DropKind.MOVE, new NullProgressMonitor());
		assertTrue(Files.isSymbolicLink(dir.resolve("dest/box/inner-link")));
		assertEquals("keep", Files.readString(data.resolve("keep.txt")));
		assertFalse(Files.exists(dir.resolve("box")));
	}

	@Test
	void copyingAFolderCopiesLinksAsLinks() throws Exception {
		Files.createDirectories(dir.resolve("dest"));
		FileOperations.drop(List.of(dir.resolve("box")), dir.resolve("dest"), DropKind.COPY, new NullProgressMonitor());
		assertTrue(Files.isSymbolicLink(dir.resolve("dest/box/inner-link")));
		assertEquals(data, Files.readSymbolicLink(dir.resolve("dest/box/inner-link")));
		assertTrue(Files.isSymbolicLink(dir.resolve("box/inner-link")), "the original stays");
	}

	@Test
	void droppingWithTheLinkModifierMakesLinks() throws Exception {
		Files.createDirectories(dir.resolve("dest"));
		FileOperations.drop(List.of(data), dir.resolve("dest"), FileOperations.dropKind(DND.DROP_LINK), null);
		assertEquals(data, Files.readSymbolicLink(dir.resolve("dest/data")));
		assertEquals(DropKind.COPY, FileOperations.dropKind(DND.DROP_COPY));
		assertEquals(DropKind.MOVE, FileOperations.dropKind(DND.DROP_MOVE));
	}

	@Test
	void aFolderCannotGoIntoItself() {
		LinkException e = assertThrows(LinkException.class,
				() -> FileOperations.drop(List.of(dir.resolve("box")), dir.resolve("box"), DropKind.MOVE, null));
		assertEquals(Reason.DESTINATION_INSIDE_SOURCE, e.getReason());
		assertTrue(Files.isSymbolicLink(dir.resolve("box/inner-link")));
	}

	@Test
	void deletingPermanentlyNeverFollowsLinks() throws Exception {
		FileOperations.delete(List.of(dir.resolve("box"), dir.resolve("link")), true, new java.util.ArrayList<>(), null);
		assertFalse(Files.exists(dir.resolve("box"), LinkOption.NOFOLLOW_LINKS));
		assertFalse(Files.exists(dir.resolve("link"), LinkOption.NOFOLLOW_LINKS));
		assertEquals("keep", Files.readString(data.resolve("keep.txt")), "the data behind both links is untouched");
	}

	@Test
	void newFolderRefusesATakenName() throws Exception {
		assertTrue(Files.isDirectory(FileOperations.newFolder(dir, "fresh")));
		assertEquals(Reason.ALREADY_EXISTS,
				assertThrows(LinkException.class, () -> FileOperations.newFolder(dir, "fresh")).getReason());
	}

	@Test
	void theTrashTakesTheFileNamedEvenWhenItsNameIsNotUtf8() throws Exception {
		FileOperations.trash = new Trash(Files.createDirectories(dir.resolve("home-trash")));
		Path box = Files.createDirectories(dir.resolve("names"));
		int made = new ProcessBuilder("/bin/bash", "-c", "echo bad > \"$(printf 'n\\377')\"; echo lookalike > \"$(printf 'n\\357\\277\\275')\"")
				.directory(box.toFile()).inheritIO().start().waitFor();
		assertEquals(0, made);
		Path bad;
		try (var list = Files.list(box)) {
			// the listing's Path keeps the raw bytes; its String form looks like the other name
			bad = list.filter(p -> {
				try {
					return !Files.isSameFile(p, box.resolve(p.getFileName().toString()));
				} catch (java.io.IOException e) {
					return true;
				}
			}).findFirst().orElseThrow();
		}
		List<FileOperations.Deleted> done = new java.util.ArrayList<>();
		FileOperations.delete(List.of(bad), false, done, new NullProgressMonitor());
		try (var list = Files.list(box)) {
			List<Path> left = list.toList();
			assertEquals(1, left.size(), left.toString());
			assertEquals("lookalike", Files.readString(left.get(0)).strip());
		}
		// the trash's info file names the original byte for byte, as the desktop's trash reads it
		String info = Files.readString(dir.resolve("home-trash/info/item.trashinfo"));
		assertTrue(info.contains("/names/n%FF\n"), info);
		FileOperations.undelete(done);
		try (var list = Files.list(box)) {
			assertEquals(2, list.count());
		}
		assertEquals("bad", Files.readString(bad).strip());
		assertFalse(Files.exists(dir.resolve("home-trash/info/item.trashinfo")));
	}
}
