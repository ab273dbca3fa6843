/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkException;
import org.linksmith.core.TargetStyle;
import org.linksmith.core.internal.DefaultLinkService;

/**
 * Retargeting while another process swaps the link with a regular file, over and over: the
 * retarget may succeed or be refused, but it never puts a link in the place of the file (the
 * file's only name would be gone, its data with it).
 */
@EnabledOnOs(OS.LINUX)
class RetargetSwapRaceTest {

	@TempDir
	Path dir;

	@Test
	void aLinkSwappedForAFileMeanwhileIsNeverReplaced() throws Exception {
		assumeTrue(LinuxTreeWalker.isAvailable(), "no native calls on this machine");
		DefaultLinkService links = new DefaultLinkService(new PosixLinkSystem());
		Path link = Files.createSymbolicLink(dir.resolve("L"), Path.of("somewhere"));
		Path precious = Files.writeString(dir.resolve("P"), "precious");
		int refused = 0;
		Swapper swapper = new Swapper(link, precious).running();
		try {
			for (int i = 0; i < 2000; i++) {
				try {
					links.retarget(link, Path.of("elsewhere-" + i), TargetStyle.AS_GIVEN);
				} catch (LinkException e) {
					refused++; // seen swapped: allowed
				}
			}
		} finally {
			swapper.close();
		}
		assertTrue(swapper.swaps() > 0, "the swapper never ran");
		long files = 0;
		try (Stream<Path> all = Files.list(dir)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
					assertEquals("precious", Files.readString(p));
					files++;
				}
			}
		}
		assertEquals(1, files, "the file was replaced by a link (" + refused + " retargets refused)");
		try (Stream<Path> all = Files.list(dir)) {
			assertFalse(all.anyMatch(p -> p.getFileName().toString().startsWith(".linksmith-")), "no temporary link left");
		}
	}

	private void assertThePreciousFileIsWhole(String what) throws Exception {
		long files = 0;
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
					assertEquals("precious", Files.readString(p));
					files++;
				}
			}
		}
		assertEquals(1, files, what);
	}

	@Test
	void removingALinkSwappedForAFileMeanwhileNeverDeletesTheFile() throws Exception {
		assumeTrue(LinuxTreeWalker.isAvailable(), "no native calls on this machine");
		DefaultLinkService links = new DefaultLinkService(new PosixLinkSystem());
		Path precious = Files.writeString(dir.resolve("P"), "precious");
		Path link = dir.resolve("L");
		int swaps = 0;
		for (int round = 0; round < 300; round++) {
			if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
				Files.createSymbolicLink(link, Path.of("somewhere"));
			}
			if (!Files.exists(precious, LinkOption.NOFOLLOW_LINKS)) {
				Files.createSymbolicLink(precious, Path.of("somewhere")); // the file is at L now
			}
			Swapper swapper = new Swapper(link, precious).running();
			try {
				links.remove(link);
			} catch (LinkException e) {
				// seen swapped: allowed
			} finally {
				swapper.close();
			}
			swaps += swapper.swaps();
			assertThePreciousFileIsWhole("the file was deleted in round " + round);
		}
		assertTrue(swaps > 0, "the swapper never ran");
	}
}
