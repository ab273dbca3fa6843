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

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.SafeTree;

/** POSIX links; Windows has {@code WindowsLinksTest}. */
@DisabledOnOs(OS.WINDOWS)
class RelocateTest extends RelocationFixture {


	private Path games() throws IOException {
		Path games = Trees.data(dir.resolve("home/Games"));
		Trees.file(games.resolve("saves/slot 1.sav"), "level 12");
		Files.createSymbolicLink(games.resolve("readme-link"), Path.of("a.txt"));
		Files.createLink(games.resolve("a-hardlink.txt"), games.resolve("a.txt"));
		return games;
	}

	@Test
	void sameVolumeMoveLeavesALink() throws Exception {
		Path games = games();
		String before = Fingerprint.of(games);
		Files.createDirectories(dir.resolve("data"));
		CreateResult r = links.relocate(games, dir.resolve("data"), LinkType.SYMBOLIC_DIRECTORY, null);
		Path moved = dir.resolve("data/Games");
		assertEquals(before, Fingerprint.of(moved), "everything arrived");
		assertTrue(Files.isSymbolicLink(games));
		assertEquals(moved, Files.readSymbolicLink(games));
		assertEquals("level 12", Files.readString(games.resolve("saves/slot 1.sav")), "old address still works");
		assertEquals(LinkType.SYMBOLIC_DIRECTORY, r.link().type());
	}

	@Test
	void relocateToAnExactPathNeverGoesIntoAFolderThatIsThere() throws Exception {
		Path games = games();
		String before = Fingerprint.of(games);
		Path taken = Files.createDirectories(dir.resolve("data/Games"));
		LinkException e = assertThrows(LinkException.class,
				() -> links.relocateTo(games, taken, LinkType.SYMBOLIC_DIRECTORY, null));
		assertEquals(Reason.ALREADY_EXISTS, e.getReason());
		assertEquals(before, Fingerprint.of(games), "nothing moved");
		try (var inside = Files.list(taken)) {
			assertEquals(0, inside.count(), "and nothing nested in the folder that was there");
		}
		// the exact path, when free, is where the folder goes
		links.relocateTo(games, dir.resolve("data/Games2"), LinkType.SYMBOLIC_DIRECTORY, null);
		assertEquals(before, Fingerprint.of(dir.resolve("data/Games2")));
		assertEquals(dir.resolve("data/Games2"), Files.readSymbolicLink(games));
	}

	@Test
	void aRelocationIsTakenBackExactly() throws Exception {
		Path games = games();
		String before = Fingerprint.of(games);
		Files.createDirectories(dir.resolve("data"));
		links.relocateTo(games, dir.resolve("data/Games"), LinkType.SYMBOLIC_DIRECTORY, null);
		// retargeted elsewhere meanwhile: undo refuses and touches nothing
		Path other = Files.createDirectories(dir.resolve("other"));
		links.retarget(games, other, TargetStyle.ABSOLUTE);
		assertThrows(LinkException.class, () -> links.returnRelocated(games, dir.resolve("data/Games"), null));
		assertTrue(Files.isDirectory(other) && Files.isSymbolicLink(games));
		links.retarget(games, dir.resolve("data/Games"), TargetStyle.ABSOLUTE);
		CreateResult back = links.returnRelocated(games, dir.resolve("data/Games"), null);
		assertFalse(Files.isSymbolicLink(games), "the folder itself is back, not a link");
		assertEquals(before, Fingerprint.of(games));
		assertFalse(Files.exists(dir.resolve("data/Games")), "and gone from where it was moved");
		assertEquals(LinkType.NONE, back.link().type());
		try (var names = Files.list(dir.resolve("home"))) {
			assertEquals(List.of(games), names.toList(), "no hidden folder left beside it");
		}
		// a link that no longer reaches a folder is refused, nothing changed
		Files.createSymbolicLink(dir.resolve("home/gone"), Path.of("nowhere"));
		assertThrows(LinkException.class, () -> links.returnRelocated(dir.resolve("home/gone"), dir.resolve("nowhere"), null));
		assertTrue(Files.isSymbolicLink(dir.resolve("home/gone")));
	}

	@Test
	void aRelocationToAnotherVolumeIsTakenBackWithAVerifiedCopy() throws Exception {
		Optional<Path> vol = Trees.otherVolume(dir);
		assumeTrue(vol.isPresent(), "SKIPPED: this machine has no second writable file system (/dev/shm)");
		Path games = games();
		String before = Fingerprint.of(games);
		Path there = vol.get().resolve("Games");
		links.relocateTo(games, there, LinkType.SYMBOLIC_DIRECTORY, null);
		links.returnRelocated(games, there, null);
		assertFalse(Files.isSymbolicLink(games));
		assertEquals(before, Fingerprint.of(games));
		assertFalse(Files.exists(there));
	}

	@Test
	void crossVolumeMoveCopiesVerifiesThenDeletes() throws Exception {
		Optional<Path> vol = Trees.otherVolume(dir);
		assumeTrue(vol.isPresent(), "SKIPPED: this machine has no second writable file system (/dev/shm)");
		other = vol.get();
		Path games = games();
		Path outside = Trees.data(dir.resolve("outside"));
		Files.createSymbolicLink(games.resolve("to-outside"), outside);
		String outsideBefore = Fingerprint.of(outside);
		String before = Fingerprint.of(games);
		CreateResult r = links.relocate(games, other.resolve("Games"), LinkType.SYMBOLIC_DIRECTORY,
				new NullProgressMonitor());
		assertEquals(before, Fingerprint.of(other.resolve("Games")));
		assertTrue(Files.isSymbolicLink(games));
		assertEquals("level 12", Files.readString(games.resolve("saves/slot 1.sav")));
		assertEquals(outsideBefore, Fingerprint.of(outside), "a link inside the moved folder was never followed");
		Path moved = other.resolve("Games");
		assertEquals(Files.getAttribute(moved.resolve("a.txt"), "unix:ino"),
				Files.getAttribute(moved.resolve("a-hardlink.txt"), "unix:ino"), "hard links inside stay hard links");
		assertTrue(r.warnings().isEmpty(), r.warnings().toString());
		assertEquals(1, count(dir.resolve("home")), "no copy left aside");
	}

	@Test
	void cancelledCrossVolumeMoveLeavesTheOriginalAndNoCopy() throws Exception {
		Optional<Path> vol = Trees.otherVolume(dir);
		assumeTrue(vol.isPresent(), "SKIPPED: this machine has no second writable file system (/dev/shm)");
		other = vol.get();
		Path games = games();
		for (int i = 0; i < 50; i++) {
			Trees.file(games.resolve("big/f" + i), "x".repeat(10_000));
		}
		String before = Fingerprint.of(games);
		NullProgressMonitor cancelling = new NullProgressMonitor() {
			int work;

			@Override
			public void worked(int amount) {
				work += amount;
				if (work > 100) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> links.relocate(games, other.resolve("Games"), LinkType.SYMBOLIC_DIRECTORY, cancelling));
		assertEquals(before, Fingerprint.of(games));
		assertFalse(Files.exists(other.resolve("Games")), "the partial copy was removed");
	}

	@Test
	void failureToLeaveTheLinkPutsTheFolderBack() throws Exception {
		Path games = games();
		String before = Fingerprint.of(games);
		Files.createDirectories(dir.resolve("data"));
		system.failSymbolicLinks = true;
		LinkException e = assertThrows(LinkException.class,
				() -> links.relocate(games, dir.resolve("data/Games"), LinkType.SYMBOLIC_DIRECTORY, null));
		assertEquals(Reason.PERMISSION_DENIED, e.getReason());
		assertFalse(Files.isSymbolicLink(games));
		assertEquals(before, Fingerprint.of(games), "original back in one piece");
		assertFalse(Files.exists(dir.resolve("data/Games")));
	}

	@Test
	void crossVolumeFailureToLeaveTheLinkPutsTheFolderBack() throws Exception {
		Optional<Path> vol = Trees.otherVolume(dir);
		assumeTrue(vol.isPresent(), "SKIPPED: this machine has no second writable file system (/dev/shm)");
		other = vol.get();
		Path games = Trees.data(dir.resolve("home/Games"));
		String before = Fingerprint.of(games);
		system.failSymbolicLinks = true;
		assertThrows(LinkException.class,
				() -> links.relocate(games, other.resolve("Games"), LinkType.SYMBOLIC_DIRECTORY, null));
		assertEquals(before, Fingerprint.of(games));
		assertFalse(Files.exists(other.resolve("Games")));
		assertEquals(1, count(dir.resolve("home")), "nothing left aside");
	}

	@Test
	void refusesExistingDestinationAndDestinationInside() throws Exception {
		Path games = games();
		Files.createDirectories(dir.resolve("data/Games"));
		String before = Fingerprint.of(dir);
		assertEquals(Reason.ALREADY_EXISTS, assertThrows(LinkException.class,
				() -> links.relocate(games, dir.resolve("data"), LinkType.SYMBOLIC_DIRECTORY, null)).getReason());
		assertEquals(Reason.DESTINATION_INSIDE_SOURCE, assertThrows(LinkException.class,
				() -> links.relocate(games, games.resolve("saves/new"), LinkType.SYMBOLIC_DIRECTORY, null)).getReason());
		assertEquals(Reason.PARENT_MISSING, assertThrows(LinkException.class,
				() -> links.relocate(games, dir.resolve("nope/Games"), LinkType.SYMBOLIC_DIRECTORY, null)).getReason());
		assertEquals(Reason.NOT_SUPPORTED, assertThrows(LinkException.class,
				() -> links.relocate(games, dir.resolve("x"), LinkType.JUNCTION, null)).getReason());
		assertEquals(before, Fingerprint.of(dir));
	}

	@Test
	void refusesToRelocateALink() throws Exception {
		Path data = Trees.data(dir.resolve("data"));
		Path link = Files.createSymbolicLink(dir.resolve("link"), data);
		assertEquals(Reason.INVALID_PATH, assertThrows(LinkException.class,
				() -> links.relocate(link, dir.resolve("x"), LinkType.SYMBOLIC_DIRECTORY, null)).getReason());
		assertTrue(Files.isSymbolicLink(link));
	}

	@Test
	void safeDeleteNeverFollowsLinks() throws Exception {
		Path precious = Trees.data(dir.resolve("precious"));
		String before = Fingerprint.of(precious);
		Path doomed = Trees.data(dir.resolve("doomed"));
		Files.createSymbolicLink(doomed.resolve("dir-link"), precious);
		Files.createSymbolicLink(doomed.resolve("sub/file-link"), precious.resolve("a.txt"));
		Files.createLink(doomed.resolve("hard"), precious.resolve("sub/b.txt"));
		new SafeTree(system).delete(doomed);
		assertFalse(Files.exists(doomed, LinkOption.NOFOLLOW_LINKS));
		assertEquals(before, Fingerprint.of(precious));
	}

	@Test
	void hardLinkCloneLinksEveryFileAndChangesNothing() throws Exception {
		Path games = games();
		String before = Fingerprint.of(games);
		long n = links.hardLinkClone(games, dir.resolve("clone"), null);
		assertEquals(5, n, "a.txt, sub/b.txt, sub/deeper/c.bin, saves/slot 1.sav, a-hardlink.txt");
		assertEquals(before, Fingerprint.of(dir.resolve("clone")), "same tree, same contents, links as links");
		assertEquals(before, Fingerprint.of(games));
		assertEquals(Files.getAttribute(games.resolve("sub/b.txt"), "unix:ino"),
				Files.getAttribute(dir.resolve("clone/sub/b.txt"), "unix:ino"));
		assertTrue(Files.isSymbolicLink(dir.resolve("clone/readme-link")));
		assertEquals(Reason.ALREADY_EXISTS, assertThrows(LinkException.class,
				() -> links.hardLinkClone(games, dir.resolve("clone"), null)).getReason());
	}

	@Test
	void hardLinkCloneAcrossVolumesIsRefused() throws Exception {
		Optional<Path> vol = Trees.otherVolume(dir);
		assumeTrue(vol.isPresent(), "SKIPPED: this machine has no second writable file system (/dev/shm)");
		other = vol.get();
		Path games = games();
		assertEquals(Reason.CROSS_DEVICE, assertThrows(LinkException.class,
				() -> links.hardLinkClone(games, other.resolve("clone"), null)).getReason());
		assertFalse(Files.exists(other.resolve("clone")));
	}

	private static int count(Path d) throws IOException {
		int n = 0;
		try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
			for (@SuppressWarnings("unused") Path p : s) {
				n++;
			}
		}
		return n;
	}
}
