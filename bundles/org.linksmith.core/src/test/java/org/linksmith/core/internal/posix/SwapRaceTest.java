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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.internal.SafeTree;

/**
 * The CVE-2022-21658 pattern: while a tree is deleted, another thread swaps one of its folders
 * with a link to a folder outside the tree, over and over, with renameat2(RENAME_EXCHANGE). Not
 * one file outside the tree may be deleted, whatever the timing.
 */
@EnabledOnOs(OS.LINUX)
class SwapRaceTest {
	private static final int OUTSIDE_FILES = 300;
	private static final int ROUNDS = 400;

	@TempDir
	Path dir;

	@Test
	void deletingATreeNeverReachesThroughAFolderSwappedForALink() throws Exception {
		assumeTrue(LinuxTreeWalker.isAvailable(), "no native calls on this machine");
		Path outside = Files.createDirectories(dir.resolve("outside"));
		for (int i = 0; i < OUTSIDE_FILES; i++) {
			Files.writeString(outside.resolve("keep-" + i), "data " + i);
		}
		SafeTree tree = new SafeTree(new PosixLinkSystem());
		AtomicInteger swaps = new AtomicInteger();
		for (int round = 0; round < ROUNDS; round++) {
			Path root = dir.resolve("tree-" + round);
			Path victim = Files.createDirectories(root.resolve("a/victim"));
			for (int i = 0; i < 50; i++) {
				Files.writeString(victim.resolve("f-" + i), "x");
			}
			Path evil = Files.createSymbolicLink(root.resolve("a/evil"), outside);
			Swapper swapper = new Swapper(victim, evil).running();
			try {
				tree.delete(root);
			} catch (IOException expected) {
				// a swap seen mid-way stops the delete: allowed; reaching outside is not
			} finally {
				swapper.close();
			}
			swaps.addAndGet(swapper.swaps());
			assertEquals(OUTSIDE_FILES, count(outside), "files outside the tree were deleted in round " + round);
		}
		assertFalse(swaps.get() == 0, "the swapper never ran");
		for (int i = 0; i < OUTSIDE_FILES; i++) {
			assertEquals("data " + i, Files.readString(outside.resolve("keep-" + i)));
		}
	}

	@Test
	void copyingATreeNeverReachesThroughAFolderSwappedForALink() throws Exception {
		assumeTrue(LinuxTreeWalker.isAvailable(), "no native calls on this machine");
		Path outside = Files.createDirectories(dir.resolve("outside"));
		for (int i = 0; i < 20; i++) {
			Files.writeString(outside.resolve("secret-" + i), "private " + i);
		}
		SafeTree tree = new SafeTree(new PosixLinkSystem());
		int swaps = 0;
		int leaks = 0;
		for (int round = 0; round < ROUNDS / 4; round++) {
			Path root = dir.resolve("src-" + round);
			Path victim = Files.createDirectories(root.resolve("a/victim"));
			for (int i = 0; i < 20; i++) {
				Files.writeString(victim.resolve("f-" + i), "x");
			}
			Path evil = Files.createSymbolicLink(root.resolve("a/evil"), outside);
			Path copy = Files.createDirectory(dir.resolve("copy-" + round));
			Swapper swapper = new Swapper(victim, evil).running();
			try {
				tree.copy(root, copy, new org.eclipse.core.runtime.NullProgressMonitor());
			} catch (IOException expected) {
				// a swap seen mid-way stops the copy: allowed; copying what is outside is not
			} finally {
				swapper.close();
			}
			swaps += swapper.swaps();
			try (var all = Files.walk(copy)) { // Files.walk never follows links
				leaks += (int) all.filter(p -> p.getFileName().toString().startsWith("secret-")).count();
			}
		}
		assertFalse(swaps == 0, "the swapper never ran");
		assertEquals(0, leaks, "files from outside the tree were copied into it");
	}

	private static long count(Path folder) throws IOException {
		try (var list = Files.list(folder)) {
			return list.count();
		}
	}
}
