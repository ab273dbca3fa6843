/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linksmith.core.LinkException;
import org.linksmith.explorer.internal.FileOperations;
import org.linksmith.ui.testing.TestFiles;

/**
 * The Explorer's move to another volume with a fault injected after the copy: a byte of the copy
 * changed before it is verified (through the public API only: the progress monitor the move
 * reports to). The move must notice, remove the copy and leave the original complete.
 */
class MoveAcrossVolumesTest {

	Path dir;
	Path other;

	@BeforeEach
	void folders() throws Exception {
		dir = Files.createTempDirectory("move-test");
		Path shm = Path.of("/dev/shm");
		assumeTrue(Files.isDirectory(shm)
				&& !Files.getAttribute(shm, "unix:dev").equals(Files.getAttribute(dir, "unix:dev")), "no second volume");
		other = Files.createTempDirectory(shm, "move-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		TestFiles.deleteTree(dir);
		TestFiles.deleteTree(other);
	}

	/**
	 * A progress monitor that changes one byte of the copied file once its copy is complete, at the
	 * first sub-task after that (the move's "Verifying" step), as a flaky disk or a bad cable would.
	 */
	private static final class CorruptingMonitor extends NullProgressMonitor {
		private final Path copy;
		private final long size;
		boolean corrupted;

		CorruptingMonitor(Path copy, long size) {
			this.copy = copy;
			this.size = size;
		}

		@Override
		public void subTask(String name) {
			try {
				if (!corrupted && Files.isRegularFile(copy) && Files.size(copy) == size) {
					byte[] bytes = Files.readAllBytes(copy);
					bytes[bytes.length / 2] ^= 1;
					Files.write(copy, bytes);
					corrupted = true;
				}
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
	}

	@Test
	void aCopyThatDiffersIsRemovedAndTheOriginalStaysComplete() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("Photos/sub"));
		byte[] data = new byte[100_000];
		new java.util.Random(7).nextBytes(data);
		Files.write(folder.resolve("data.bin"), data);
		Files.writeString(dir.resolve("Photos/note.txt"), "keep");
		CorruptingMonitor monitor = new CorruptingMonitor(other.resolve("Photos/sub/data.bin"), data.length);
		LinkException e = assertThrows(LinkException.class,
				() -> FileOperations.drop(List.of(dir.resolve("Photos")), other, FileOperations.DropKind.MOVE, monitor));
		assertTrue(monitor.corrupted, "the fault was injected");
		assertEquals(LinkException.Reason.VERIFY_FAILED, e.getReason(), e.getMessage());
		org.junit.jupiter.api.Assertions.assertArrayEquals(data, Files.readAllBytes(folder.resolve("data.bin")),
				"the original is complete");
		assertEquals("keep", Files.readString(dir.resolve("Photos/note.txt")));
		assertFalse(Files.exists(other.resolve("Photos")), "the copy that differed is removed");
	}

	@Test
	void aGoodMoveLeavesOnlyTheCopy() throws IOException, LinkException {
		Files.createDirectories(dir.resolve("Docs/a"));
		Files.writeString(dir.resolve("Docs/a/x.txt"), "x");
		FileOperations.drop(List.of(dir.resolve("Docs")), other, FileOperations.DropKind.MOVE, new NullProgressMonitor());
		assertEquals("x", Files.readString(other.resolve("Docs/a/x.txt")));
		assertFalse(Files.exists(dir.resolve("Docs")));
	}
}
