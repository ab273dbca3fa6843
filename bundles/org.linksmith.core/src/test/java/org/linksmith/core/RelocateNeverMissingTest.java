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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * While a folder is relocated, another thread looks at the old path as fast as it can: at every
 * instant it must find the folder or the link, never nothing (a process killed at that instant
 * would leave the old path empty).
 */
@EnabledOnOs(OS.LINUX)
class RelocateNeverMissingTest extends RelocationFixture {
	private static final int ROUNDS = 30;


	@Test
	void onOneVolumeTheOldPathIsNeverMissing() throws Exception {
		Path place = Files.createDirectories(dir.resolve("place"));
		for (int round = 0; round < ROUNDS; round++) {
			Path folder = Trees.file(dir.resolve("Games-" + round + "/saves/slot"), "12").getParent().getParent();
			assertEquals(0, watchWhile(folder, () -> links.relocate(folder, place, LinkType.SYMBOLIC_DIRECTORY, null)),
					"the old path was missing during round " + round);
			assertTrue(Files.isSymbolicLink(folder));
			assertEquals("12", Files.readString(folder.resolve("saves/slot")));
		}
	}

	@Test
	void acrossVolumesTheOldPathIsNeverMissing() throws Exception {
		Optional<Path> vol = Trees.otherVolume(dir);
		assumeTrue(vol.isPresent(), "no second file system here");
		other = vol.get();
		for (int round = 0; round < ROUNDS; round++) {
			Path folder = Trees.file(dir.resolve("Docs-" + round + "/a/b.txt"), "data " + round).getParent().getParent();
			for (int i = 0; i < 20; i++) {
				Files.writeString(folder.resolve("f" + i), "x".repeat(1000));
			}
			assertEquals(0, watchWhile(folder, () -> links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null)),
					"the old path was missing during round " + round);
			assertTrue(Files.isSymbolicLink(folder));
			assertEquals("data " + round, Files.readString(folder.resolve("a/b.txt")));
			try (var left = Files.list(dir)) {
				assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".linksmith-")), "a leftover");
			}
		}
	}

	@Test
	void aFailedSwapChangesNothing() throws Exception {
		Path folder = Trees.file(dir.resolve("Keep/f"), "x").getParent();
		Path place = Files.createDirectories(dir.resolve("place"));
		system.failExchange = true;
		assertThrows(LinkException.class, () -> links.relocate(folder, place, LinkType.SYMBOLIC_DIRECTORY, null));
		assertFalse(Files.isSymbolicLink(folder));
		assertEquals("x", Files.readString(folder.resolve("f")));
		try (var left = Files.list(dir)) {
			assertEquals(2, left.count(), "only the folder and place: no link left beside it");
		}
		try (var moved = Files.list(place)) {
			assertEquals(0, moved.count());
		}
	}

	@Test
	void withoutTheSwapTheOldWayStillWorks() throws Exception {
		system.noExchange = true;
		Path folder = Trees.file(dir.resolve("Old/f"), "x").getParent();
		Path place = Files.createDirectories(dir.resolve("place"));
		links.relocate(folder, place, LinkType.SYMBOLIC_DIRECTORY, null);
		assertTrue(Files.isSymbolicLink(folder));
		assertEquals("x", Files.readString(folder.resolve("f")));
	}

	@FunctionalInterface
	interface Work {
		void run() throws Exception;
	}

	/** @return how many times the watcher found nothing at the path while the work ran */
	private static long watchWhile(Path path, Work work) throws Exception {
		AtomicBoolean done = new AtomicBoolean();
		AtomicLong missing = new AtomicLong();
		AtomicLong looks = new AtomicLong();
		Thread watcher = new Thread(() -> {
			while (!done.get()) {
				if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
					missing.incrementAndGet();
				}
				looks.incrementAndGet();
			}
		});
		watcher.start();
		while (looks.get() < 10) {
			Thread.onSpinWait();
		}
		try {
			work.run();
		} finally {
			done.set(true);
			watcher.join();
		}
		return missing.get();
	}
}
