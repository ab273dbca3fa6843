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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.explorer.internal.FileOperations.DropKind;

/**
 * Undo of each of the Explorer's own file operations gives back the disk exactly as it was (every
 * name, kind, content and link target, compared as one checksum), and redo does the work again.
 */
@DisabledOnOs(OS.WINDOWS)
class FileUndoTest {

	@TempDir
	Path dir;
	Path tree;

	@BeforeEach
	void tree() throws Exception {
		FileOperations.trash = new Trash(Files.createDirectories(dir.resolve("trash")));
		tree = Files.createDirectories(dir.resolve("tree"));
		Path data = Files.createDirectories(tree.resolve("data/deep"));
		Files.writeString(data.resolve("notes.txt"), "notes");
		Files.write(tree.resolve("data/blob.bin"), new byte[] { 0, 1, 2, (byte) 255 });
		Files.createSymbolicLink(tree.resolve("data/rel-link"), Path.of("deep/notes.txt"));
		Files.createSymbolicLink(tree.resolve("broken"), Path.of("nowhere"));
		Files.createLink(tree.resolve("data/hard"), data.resolve("notes.txt"));
		Files.createDirectories(tree.resolve("dest"));
	}

	/** @return one line per entry below the tree (never through a link), hashed */
	private String checksum() throws Exception {
		TreeMap<String, String> entries = new TreeMap<>();
		try (Stream<Path> all = Files.walk(tree)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				String what;
				if (Files.isSymbolicLink(p)) {
					what = "link " + Files.readSymbolicLink(p);
				} else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
					what = "folder";
				} else {
					what = "file " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)))
							+ " links " + Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
				}
				entries.put(tree.relativize(p).toString(), what);
			}
		}
		return entries.toString();
	}

	private void roundTrip(IUndoableOperation op) throws Exception {
		String before = checksum();
		assertTrue(op.execute(new NullProgressMonitor(), null).isOK());
		String after = checksum();
		assertNotEquals(before, after, "the operation changed nothing");
		assertTrue(op.canUndo());
		assertOk(op.undo(new NullProgressMonitor(), null));
		assertEquals(before, checksum(), "undo did not give the tree back exactly");
		assertOk(op.redo(new NullProgressMonitor(), null));
		assertEquals(after, checksum(), "redo did not do the same again");
		assertOk(op.undo(new NullProgressMonitor(), null));
		assertEquals(before, checksum());
	}

	private static void assertOk(IStatus status) {
		assertTrue(status.isOK(), status.toString());
	}

	@Test
	void newFolder() throws Exception {
		roundTrip(new NewFolderOperation(tree, "fresh"));
	}

	@Test
	void newFolderKeptWhenSomethingWasPutInIt() throws Exception {
		NewFolderOperation op = new NewFolderOperation(tree, "fresh");
		op.execute(null, null);
		Files.writeString(tree.resolve("fresh/mine.txt"), "mine");
		IStatus status = op.undo(null, null);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("put in it"), status.getMessage());
		assertEquals("mine", Files.readString(tree.resolve("fresh/mine.txt")));
	}

	@Test
	void renameOfAFolderAndOfALink() throws Exception {
		roundTrip(new RenameOperation(tree.resolve("data"), "renamed"));
		roundTrip(new RenameOperation(tree.resolve("broken"), "still-broken"));
	}

	@Test
	void moveCopyAndLinkIntoAFolder() throws Exception {
		List<Path> items = List.of(tree.resolve("data"), tree.resolve("broken"));
		roundTrip(new TransferOperation(items, tree.resolve("dest"), DropKind.MOVE, false));
		roundTrip(new TransferOperation(items, tree.resolve("dest"), DropKind.COPY, false));
		roundTrip(new TransferOperation(items, tree.resolve("dest"), DropKind.LINK, false));
	}

	@Test
	void smartMoveAndCopyKeepLinksWorkingAndUndoGivesTheTreeBack() throws Exception {
		// a relative link out of the folder and an absolute one into it
		Files.createSymbolicLink(tree.resolve("data/up"), Path.of("../broken"));
		Files.createSymbolicLink(tree.resolve("data/abs"), tree.resolve("data/deep/notes.txt"));
		Files.createDirectories(tree.resolve("dest/deeper"));
		List<Path> items = List.of(tree.resolve("data"));
		TransferOperation move = new TransferOperation(items, tree.resolve("dest/deeper"), DropKind.MOVE, false,
				org.linksmith.core.OuterLinks.SPLICE);
		roundTrip(move);
		assertOk(move.redo(new NullProgressMonitor(), null));
		Path moved = tree.resolve("dest/deeper/data");
		assertEquals(Path.of("../../../broken"), Files.readSymbolicLink(moved.resolve("up")), "re-computed for the new place");
		assertEquals(moved.resolve("deep/notes.txt"), Files.readSymbolicLink(moved.resolve("abs")), "rewritten to the moved tree");
		assertEquals("notes", Files.readString(moved.resolve("abs")));
		assertOk(move.undo(new NullProgressMonitor(), null));
		assertEquals(Path.of("../broken"), Files.readSymbolicLink(tree.resolve("data/up")), "moved back by Smart Move");
		assertEquals(tree.resolve("data/deep/notes.txt"), Files.readSymbolicLink(tree.resolve("data/abs")));

		TransferOperation copy = new TransferOperation(items, tree.resolve("dest"), DropKind.COPY, false,
				org.linksmith.core.OuterLinks.CROP);
		roundTrip(copy);
		assertOk(copy.redo(new NullProgressMonitor(), null));
		Path copied = tree.resolve("dest/data");
		assertEquals(copied.resolve("deep/notes.txt"), Files.readSymbolicLink(copied.resolve("abs")), "points into the copy");
		assertFalse(Files.exists(copied.resolve("up"), LinkOption.NOFOLLOW_LINKS), "cropped: it points out of the copy");
		IStatus told = copy.outcome();
		assertTrue(told.getChildren().length == 1 && told.getChildren()[0].getMessage().startsWith("Left out of the copy 1 link that points out"),
				told.toString());
		assertEquals(Path.of("../broken"), Files.readSymbolicLink(tree.resolve("data/up")), "the original unchanged");
	}

	@Test
	void pasteOfACopyBesideItsOriginal() throws Exception {
		roundTrip(new TransferOperation(List.of(tree.resolve("data/blob.bin")), tree.resolve("data"), DropKind.COPY, true));
		assertFalse(Files.exists(tree.resolve("data/blob (copy).bin")));
	}

	@Test
	void deleteToTheTrashAndALink() throws Exception {
		roundTrip(new DeleteOperation(List.of(tree.resolve("data"), tree.resolve("broken")), false));
		try (Stream<Path> left = Files.list(dir.resolve("trash/files"))) {
			assertEquals(0, left.count(), "undo leaves the trash as it was");
		}
	}

	@Test
	void undoOfADeleteNeverPutsBackOverSomethingNew() throws Exception {
		DeleteOperation op = new DeleteOperation(List.of(tree.resolve("data/blob.bin")), false);
		op.execute(null, null);
		Files.writeString(tree.resolve("data/blob.bin"), "new");
		IStatus status = op.undo(null, null);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals("new", Files.readString(tree.resolve("data/blob.bin")));
		assertEquals(1, Files.list(dir.resolve("trash/files")).count());
	}

	@Test
	void aPermanentDeleteSaysItCannotBeUndone() throws IOException, Exception {
		DeleteOperation op = new DeleteOperation(List.of(tree.resolve("data")), true);
		op.execute(null, null);
		assertFalse(op.canUndo());
		assertFalse(Files.exists(tree.resolve("data")));
	}

	@Test
	void anItemOnAnotherVolumeGoesToThatVolumesOwnTrash() throws Exception {
		Path shm = Path.of("/dev/shm");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shm)
				&& !Files.getAttribute(shm, "unix:dev").equals(Files.getAttribute(dir, "unix:dev")), "no second volume");
		Path own = shm.resolve(".Trash-" + Files.getAttribute(dir, "unix:uid"));
		boolean hadOwn = Files.exists(own);
		Path item = Files.createTempDirectory(shm, "linksmith-trash-test");
		try {
			Files.writeString(item.resolve("f.txt"), "f");
			Trash.Trashed t = FileOperations.trash.put(item);
			assertEquals(own.resolve("files"), t.file().getParent(), "moved (renamed) within its own volume");
			assertTrue(Files.readString(t.info()).contains("Path=" + item), Files.readString(t.info()));
			Trash.restore(t);
			assertEquals("f", Files.readString(item.resolve("f.txt")));
		} finally {
			FileOperations.delete(List.of(item), true, new java.util.ArrayList<>(), null);
			if (!hadOwn) {
				FileOperations.delete(List.of(own), true, new java.util.ArrayList<>(), null);
			}
		}
	}

	@Test
	void undoOfANewFolderNeverRemovesWhatTookItsPlace() throws Exception {
		NewFolderOperation op = new NewFolderOperation(tree, "fresh");
		op.execute(null, null);
		Files.delete(tree.resolve("fresh"));
		Files.writeString(tree.resolve("fresh"), "a file saved under that name since");
		assertEquals(IStatus.ERROR, op.undo(null, null).getSeverity());
		assertEquals("a file saved under that name since", Files.readString(tree.resolve("fresh")));
	}

	@Test
	void aRenameOfANameThatIsNotValidTextIsUndoneToTheSameBytes() throws Exception {
		Path odd;
		int made = new ProcessBuilder("/bin/bash", "-c", "echo odd > \"$(printf 'caf\\351')\"").directory(tree.toFile())
				.inheritIO().start().waitFor();
		assertEquals(0, made);
		try (Stream<Path> names = Files.list(tree)) {
			odd = names.filter(p -> p.getFileName().toString().startsWith("caf")).findFirst().orElseThrow();
		}
		String before = checksum();
		RenameOperation op = new RenameOperation(odd, "cafe");
		assertTrue(op.execute(null, null).isOK());
		assertOk(op.undo(null, null));
		assertEquals(before, checksum());
		assertEquals("odd", Files.readString(odd).strip(), "the very name, byte for byte");
	}

	@Test
	void aSecondUndoOfADeleteThatStoppedPutsBackTheRest() throws Exception {
		DeleteOperation op = new DeleteOperation(List.of(tree.resolve("data/blob.bin"), tree.resolve("broken")), false);
		op.execute(null, null);
		Files.writeString(tree.resolve("data/blob.bin"), "new"); // in the way of the first
		Files.writeString(tree.resolve("elsewhere"), "x");
		assertEquals(IStatus.ERROR, op.undo(null, null).getSeverity());
		assertTrue(Files.isSymbolicLink(tree.resolve("broken")), "the link (undone first) is back");
		Files.delete(tree.resolve("data/blob.bin"));
		assertOk(op.undo(null, null));
		assertEquals(4, Files.readAllBytes(tree.resolve("data/blob.bin")).length, "and now the file");
	}
}
