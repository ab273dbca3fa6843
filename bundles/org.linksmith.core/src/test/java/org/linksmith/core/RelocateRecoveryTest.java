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
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.linksmith.core.InterruptedRelocation.State;
import org.linksmith.core.internal.DefaultLinkService;
import org.linksmith.core.internal.posix.PosixLinkSystem;

/**
 * A relocation "killed" at each step where the old path can go missing or data is left twice
 * (the simulated kill is an Error: nothing after it runs, as after kill -9), then a new service,
 * as the next run would, finds it in the journal, says what is on disk, and finishes or undoes it.
 */
@EnabledOnOs(OS.LINUX)
class RelocateRecoveryTest extends RelocationFixture {

	Path state;
	LinkService dying;
	Path folder;
	String before;

	@BeforeEach
	void setUp() throws Exception {
		state = dir.resolve("state");
		dying = new DefaultLinkService(system, state);
		folder = Trees.file(dir.resolve("Games/saves/slot1"), "level 12").getParent().getParent();
		Files.writeString(folder.resolve("big.bin"), "x".repeat(100_000));
		before = Fingerprint.of(folder);
	}

	/** The next run. */
	private LinkService nextRun() {
		return new DefaultLinkService(new PosixLinkSystem(), state);
	}

	private InterruptedRelocation only(State expected) {
		List<InterruptedRelocation> found = nextRun().interruptedRelocations();
		assertEquals(1, found.size(), "one interrupted relocation: " + found);
		InterruptedRelocation r = found.get(0);
		assertEquals(expected, r.state(), r.description());
		assertTrue(r.description().contains(folder.toString()), r.description());
		return r;
	}

	private void die(Path destination) {
		assertThrows(FaultyLinkSystem.Killed.class,
				() -> dying.relocate(folder, destination, LinkType.SYMBOLIC_DIRECTORY, null));
	}

	private void assertLinkedTo(Path target) throws Exception {
		assertTrue(Files.isSymbolicLink(folder), "the old path is the link");
		assertEquals(target, Files.readSymbolicLink(folder));
		assertEquals(before, Fingerprint.of(target));
		assertNoLeftovers();
	}

	private void assertBack() throws Exception {
		assertFalse(Files.isSymbolicLink(folder));
		assertEquals(before, Fingerprint.of(folder));
		assertNoLeftovers();
	}

	private void assertNoLeftovers() throws Exception {
		try (var left = Files.list(dir)) {
			assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".linksmith-")), "a temporary name left");
		}
		assertEquals(List.of(), nextRun().interruptedRelocations(), "the journal is empty");
	}

	private Path place() throws Exception {
		return Files.createDirectories(dir.resolve("place"));
	}

	private Path otherVolume() throws Exception {
		Optional<Path> vol = Trees.otherVolume(dir);
		assumeTrue(vol.isPresent(), "no second file system here");
		other = vol.get();
		return other;
	}

	@Test
	void aRelocationThatEndsLeavesNoJournal() throws Exception {
		dying.relocate(folder, place(), LinkType.SYMBOLIC_DIRECTORY, null);
		assertLinkedTo(dir.resolve("place/Games"));
	}

	@Test
	void aRelocationThatFailsAndRollsBackLeavesNoJournal() throws Exception {
		system.failSymbolicLinks = true;
		assertThrows(LinkException.class, () -> dying.relocate(folder, place(), LinkType.SYMBOLIC_DIRECTORY, null));
		assertBack();
	}

	@Test
	void movedOnOneVolumeWithoutTheLinkIsFinished() throws Exception {
		system.noExchange = true;
		system.dieOnLink = 2; // the first is the link made for a swap the system cannot do
		die(place());
		assertFalse(Files.exists(folder, LinkOption.NOFOLLOW_LINKS), "the old path is missing: the case to recover");
		InterruptedRelocation r = only(State.FOLDER_MOVED);
		nextRun().finishRelocation(r);
		assertLinkedTo(dir.resolve("place/Games"));
	}

	@Test
	void movedOnOneVolumeWithoutTheLinkIsUndone() throws Exception {
		system.noExchange = true;
		system.dieOnLink = 2;
		die(place());
		nextRun().undoRelocation(only(State.FOLDER_MOVED));
		assertBack();
		assertFalse(Files.exists(dir.resolve("place/Games")));
	}

	@Test
	void swappedOnOneVolumeButNotYetMovedIsFinishedOrUndone() throws Exception {
		system.dieAfterExchange = true;
		die(place());
		assertTrue(Files.isSymbolicLink(folder), "the old path is already the link");
		nextRun().finishRelocation(only(State.MOVE_PENDING));
		assertLinkedTo(dir.resolve("place/Games"));

		// and once more, undone
		Path folder2 = Trees.file(dir.resolve("Music/a"), "song").getParent();
		folder = folder2;
		before = Fingerprint.of(folder2);
		die(place());
		nextRun().undoRelocation(only(State.MOVE_PENDING));
		assertBack();
	}

	@Test
	void acrossVolumesWithTheOriginalAsideAndNoLinkIsFinished() throws Exception {
		Path vol = otherVolume();
		system.noExchange = true;
		system.dieOnLink = 2;
		die(vol);
		assertFalse(Files.exists(folder, LinkOption.NOFOLLOW_LINKS));
		InterruptedRelocation r = only(State.FOLDER_ASIDE);
		assertTrue(r.description().contains(r.aside().toString()), "says where the original is: " + r.description());
		nextRun().finishRelocation(r);
		assertLinkedTo(vol.resolve("Games"));
	}

	@Test
	void acrossVolumesWithTheOriginalAsideAndNoLinkIsUndone() throws Exception {
		Path vol = otherVolume();
		system.noExchange = true;
		system.dieOnLink = 2;
		die(vol);
		nextRun().undoRelocation(only(State.FOLDER_ASIDE));
		assertBack();
		assertFalse(Files.exists(vol.resolve("Games")), "the copy is removed");
	}

	@Test
	void acrossVolumesWithTheLinkInPlaceAndTheOriginalLeftIsFinishedOrUndone() throws Exception {
		Path vol = otherVolume();
		system.dieAfterExchange = true;
		die(vol);
		nextRun().undoRelocation(only(State.ORIGINAL_LEFT));
		assertBack();
		assertFalse(Files.exists(vol.resolve("Games")), "the copy is removed");
		die(vol);
		nextRun().finishRelocation(only(State.ORIGINAL_LEFT));
		assertLinkedTo(vol.resolve("Games"));
	}

	@Test
	void killedWhileTheOriginalWasBeingDeletedCanOnlyBeFinished() throws Exception {
		Path vol = otherVolume();
		system.dieDuringDelete = true;
		die(vol);
		system.dieDuringDelete = false;
		InterruptedRelocation r = only(State.ORIGINAL_BEING_DELETED);
		assertThrows(LinkException.class, () -> nextRun().undoRelocation(r), "a partly deleted original is never put back");
		assertEquals(before, Fingerprint.of(vol.resolve("Games")), "the copy is kept whole");
		nextRun().finishRelocation(r);
		assertLinkedTo(vol.resolve("Games"));
	}

	@Test
	void anOriginalNoLongerWholeIsNeverPutBackInPlaceOfItsCopy() throws Exception {
		Path vol = otherVolume();
		system.dieAfterExchange = true;
		die(vol);
		InterruptedRelocation r = only(State.ORIGINAL_LEFT);
		Files.delete(r.aside().resolve("big.bin")); // whatever took part of it
		assertThrows(LinkException.class, () -> nextRun().undoRelocation(r));
		assertEquals(before, Fingerprint.of(vol.resolve("Games")), "the copy is kept whole");
		assertTrue(Files.isSymbolicLink(folder));
		nextRun().finishRelocation(r);
		assertLinkedTo(vol.resolve("Games"));
	}

	@Test
	void acrossVolumesKilledBeforeTheSwapLeavesACopyThatUndoRemoves() throws Exception {
		Path vol = otherVolume();
		system.dieBeforeExchange = true;
		die(vol);
		InterruptedRelocation r = only(State.COPY_LEFT);
		assertThrows(LinkException.class, () -> nextRun().finishRelocation(r), "a copy alone is not finished");
		nextRun().undoRelocation(r);
		assertBack();
		assertFalse(Files.exists(vol.resolve("Games")));
	}

	@Test
	void acrossVolumesKilledRightAfterMakingTheCopysFolderLeavesNothingBehindAfterUndo() throws Exception {
		// killed before the folder made for the copy was journaled: an empty folder at the destination
		Path vol = otherVolume();
		system.dieOnFileIdOf = vol.resolve("Games");
		die(vol);
		assertTrue(Files.isDirectory(vol.resolve("Games")), "the folder was made");
		InterruptedRelocation r = only(State.COPY_LEFT);
		nextRun().undoRelocation(r);
		assertBack();
		assertFalse(Files.exists(vol.resolve("Games")), "the empty folder it made is gone: relocating again works");
		assertEquals(List.of(), nextRun().interruptedRelocations());
	}

	@Test
	void anUnjournaledCopyFolderThatHoldsAnythingIsNeverDeleted() throws Exception {
		Path vol = otherVolume();
		system.dieOnFileIdOf = vol.resolve("Games");
		die(vol);
		Trees.file(vol.resolve("Games/mine.txt"), "valuable"); // the user put something there since
		assertEquals(List.of(), nextRun().interruptedRelocations(), "not provably its own: nothing to undo");
		assertEquals("valuable", Files.readString(vol.resolve("Games/mine.txt")));
		assertBack();
	}

	@Test
	void aFolderPutWhereTheCopyWasIsNeverDeletedByUndo() throws Exception {
		Path vol = otherVolume();
		system.dieBeforeExchange = true;
		die(vol);
		InterruptedRelocation r = only(State.COPY_LEFT);
		// the user removes the half copy and puts a folder of their own there
		new org.linksmith.core.internal.SafeTree(new PosixLinkSystem()).delete(vol.resolve("Games"));
		Trees.file(vol.resolve("Games/mine.txt"), "valuable");
		nextRun().undoRelocation(r);
		assertEquals("valuable", Files.readString(vol.resolve("Games/mine.txt")), "not the copy it made: kept");
		assertBack();
	}

	@Test
	void pathsChangedByHandAreDescribedNeverTouchedAndCanBeForgotten() throws Exception {
		system.noExchange = true;
		system.dieOnLink = 2;
		die(place());
		Files.move(dir.resolve("place/Games"), dir.resolve("mine")); // the user moved it elsewhere
		InterruptedRelocation r = only(State.UNKNOWN);
		assertThrows(LinkException.class, () -> nextRun().finishRelocation(r));
		assertThrows(LinkException.class, () -> nextRun().undoRelocation(r));
		assertEquals(before, Fingerprint.of(dir.resolve("mine")));
		nextRun().forgetRelocation(r);
		assertEquals(List.of(), nextRun().interruptedRelocations());
	}

	@Test
	void aStateThatChangedSinceItWasDescribedIsRefused() throws Exception {
		system.noExchange = true;
		system.dieOnLink = 2;
		die(place());
		InterruptedRelocation r = only(State.FOLDER_MOVED);
		Files.move(dir.resolve("place/Games"), folder); // put back by hand meanwhile
		assertThrows(LinkException.class, () -> nextRun().finishRelocation(r));
		assertBack();
	}
}
