/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** True size: the same figures as GNU du on the same tree, hard links counted once, links never followed. */
@EnabledOnOs(OS.LINUX)
class TreeSizeTest {

	@TempDir
	Path dir;
	final FileTreeService files = LinkServices.fileTree();

	private static long du(Path tree, String... options) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of("du", "-s"));
		command.addAll(List.of(options));
		command.add(tree.toString());
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), out);
		return Long.parseLong(out.split("\\s+")[0]);
	}

	@Test
	void countsEachFileOnceAndAgreesWithDu() throws Exception {
		Path t = dir.resolve("T");
		Trees.data(t);
		Files.write(t.resolve("big.bin"), new byte[300_000]);
		Files.createLink(t.resolve("sub/big-again.bin"), t.resolve("big.bin")); // a group all inside
		Path outside = Trees.file(dir.resolve("outside.txt"), "o".repeat(5000));
		Files.createLink(t.resolve("half.txt"), outside); // a group with a name outside
		Files.createSymbolicLink(t.resolve("to-outside"), outside); // never followed
		Files.createSymbolicLink(t.resolve("to-big"), Path.of("big.bin"));
		Files.write(dir.resolve("huge.bin"), new byte[2_000_000]);
		Files.createSymbolicLink(t.resolve("to-huge-folder"), dir); // a link to a folder holding the tree

		TreeSize size = files.size(t, null);
		assertEquals(du(t, "-b"), size.apparentBytes(), "du --apparent-size -b");
		assertEquals(du(t, "-B1"), size.allocatedBytes(), "du -B1");
		assertEquals(5, size.files(), "a.txt, b.txt, c.bin, big.bin once, half.txt");
		assertEquals(3, size.folders(), "T, sub, sub/deeper");
		assertEquals(3, size.symbolicLinks());
		assertEquals(3, size.hardLinkNames());
		assertEquals(2, size.groups().size());
		assertTrue(size.groups().get(0).saturated(), "saturated first");
		assertEquals(2, size.groups().get(0).names().size());
		assertFalse(size.groups().get(1).saturated());
		assertEquals(List.of(t.resolve("half.txt")), size.groups().get(1).names());
	}

	@Test
	void severalTogetherCountAFileSharedBetweenThemOnceAndAFileAloneHasItsSpaceOnDisk() throws Exception {
		Path a = Files.createDirectories(dir.resolve("A"));
		Path b = Files.createDirectories(dir.resolve("B"));
		Files.write(a.resolve("shared.bin"), new byte[200_000]);
		Files.createLink(b.resolve("shared-too.bin"), a.resolve("shared.bin"));
		Path alone = Files.write(dir.resolve("alone.bin"), new byte[70_000]);
		Path link = Files.createSymbolicLink(dir.resolve("to-a"), a);

		List<TreeSize> sizes = files.size(List.of(a, b, alone, link), null);
		assertEquals(5, sizes.size(), "each, then the total");
		TreeSize total = sizes.get(4);
		// du counts what it met in an earlier argument once: its total is the figure to match
		Process p = new ProcessBuilder("du", "-sc", "-B1", a.toString(), b.toString(), alone.toString(), link.toString())
				.redirectErrorStream(true).start();
		String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
		assertEquals(0, p.waitFor());
		assertEquals(Long.parseLong(lines[lines.length - 1].split("\\s+")[0]), total.allocatedBytes(), "du -c's total");
		assertEquals(dir, total.path(), "the folder that holds them");
		assertEquals(2, total.files(), "shared.bin once, alone.bin");
		assertEquals(1, total.groups().size());
		assertTrue(total.groups().get(0).saturated(), "both names are among the measured: " + total.groups());
		assertFalse(sizes.get(0).groups().get(0).saturated(), "within A alone, the second name is outside");
		assertEquals(200_000, sizes.get(1).apparentBytes() - sizes.get(1).folders() * Files.size(b), "B on its own has the file too");
		assertEquals(du(alone, "-B1"), sizes.get(2).allocatedBytes(), "a file alone: its space on disk, as du says");
		assertEquals(1, sizes.get(3).symbolicLinks(), "a link measured as the link");
		assertEquals(0, sizes.get(3).files());
		assertEquals(List.of(sizes.get(2).apparentBytes()), List.of(files.size(alone, null).apparentBytes()));
	}

	@Test
	void anotherFileSystemInsideIsNotEntered() throws Exception {
		Path shm = Path.of("/dev/shm");
		if (!Files.isDirectory(shm) || Files.getAttribute(shm, "unix:dev").equals(Files.getAttribute(dir, "unix:dev"))) {
			return; // no second file system on this machine
		}
		// a bind mount needs privileges; what stays testable without: the mount point /dev/shm inside /dev
		TreeSize size = files.size(Path.of("/dev"), null);
		assertTrue(size.mountPoint() != null, "the first mount point inside is named");
	}
}
