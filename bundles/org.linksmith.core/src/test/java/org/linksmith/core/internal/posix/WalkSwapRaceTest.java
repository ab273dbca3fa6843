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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.ScanOptions;
import org.linksmith.core.internal.DefaultLinkService;

/**
 * While {@code list -R} walks a tree, another thread swaps a folder of it with a link to a folder
 * outside, over and over (renameat2(RENAME_EXCHANGE)). A walk that opens sub-folders by their full
 * path follows the link in the middle of the path (O_NOFOLLOW guards the last component only) and
 * reports links that exist only behind it; a walk relative to directory descriptors never does.
 */
@EnabledOnOs(OS.LINUX)
class WalkSwapRaceTest {
	private static final int ROUNDS = 150;

	@TempDir
	Path dir;

	@Test
	void aScanNeverReportsWhatIsOnlyBehindAFolderSwappedForALink() throws Exception {
		assumeTrue(LinuxTreeWalker.isAvailable(), "no native calls on this machine");
		Path root = Files.createDirectories(dir.resolve("tree"));
		Path outside = Files.createDirectories(dir.resolve("outside"));
		for (int i = 0; i < 40; i++) {
			Files.createDirectories(root.resolve("a/x" + i)).resolve("f");
			Files.writeString(root.resolve("a/x" + i + "/f"), "in the tree");
			Path behind = Files.createDirectories(outside.resolve("x" + i));
			Files.createSymbolicLink(behind.resolve("behind"), Path.of("anything"));
		}
		Path a = root.resolve("a");
		Path evil = Files.createSymbolicLink(root.resolve("evil"), outside);
		LinkService links = new DefaultLinkService(new PosixLinkSystem());
		List<Path> behind = Collections.synchronizedList(new ArrayList<>());
		try (Swapper swapper = new Swapper(a, evil).running()) {
			for (int round = 0; round < ROUNDS; round++) {
				links.scan(root, new ScanOptions(true, Set.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY), false),
						info -> {
							if (info.path().getFileName().toString().equals("behind")) {
								behind.add(info.path());
							}
						}, null);
			}
		}
		assertTrue(behind.isEmpty(), "reported from behind the link: " + behind);
		assertEquals(0, behind.size());
	}
}
