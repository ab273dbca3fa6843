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
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * What another process does to the original between the verified copy and the delete of a
 * relocation across volumes: the delete removes only what was copied and verified, and a folder
 * put in the original's place is never moved or deleted.
 */
@EnabledOnOs(OS.LINUX)
class RelocateMeanwhileTest extends RelocationFixture {

	Path folder;

	@BeforeEach
	void setUp() throws Exception {
		Optional<Path> vol = Trees.otherVolume(dir);
		assumeTrue(vol.isPresent(), "no second file system here");
		other = vol.get();
		folder = Trees.file(dir.resolve("Docs/a/one.txt"), "one").getParent().getParent();
		Files.writeString(folder.resolve("a/two.txt"), "two");
		Files.writeString(folder.resolve("top.txt"), "top");
	}

	private Path aside() throws Exception {
		try (var names = Files.list(dir)) {
			return names.filter(p -> p.getFileName().toString().startsWith(".linksmith-moving-")).findFirst().orElse(null);
		}
	}

	@Test
	void aFileAddedAfterTheCopyIsKeptNotDeleted() throws Exception {
		system.beforeExchange = () -> Files.writeString(folder.resolve("a/late.txt"), "written late");
		CreateResult r = links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null);
		assertTrue(Files.isSymbolicLink(folder));
		assertEquals("one", Files.readString(other.resolve("Docs/a/one.txt")));
		Path aside = aside();
		assertEquals("written late", Files.readString(aside.resolve("a/late.txt")), "kept where it was");
		assertFalse(Files.exists(aside.resolve("a/one.txt")), "what was copied is deleted");
		assertTrue(r.warnings().stream().anyMatch(w -> w.contains("late.txt")), r.warnings().toString());
	}

	@Test
	void aFileChangedAfterTheCopyIsKeptNotDeleted() throws Exception {
		system.beforeExchange = () -> Files.writeString(folder.resolve("top.txt"), "changed after the copy, longer");
		links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null);
		assertEquals("changed after the copy, longer", Files.readString(aside().resolve("top.txt")));
	}

	@Test
	void aSubfolderReplacedAfterTheCopyIsKeptNotDeleted() throws Exception {
		// the folder copied goes elsewhere; another with the same name takes its place
		system.beforeExchange = () -> {
			Files.move(folder.resolve("a"), dir.resolve("a-moved-away"));
			Trees.file(folder.resolve("a/precious.txt"), "not copied");
		};
		links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null);
		assertEquals("not copied", Files.readString(aside().resolve("a/precious.txt")));
		assertEquals("one", Files.readString(dir.resolve("a-moved-away/one.txt")));
	}

	@Test
	void anotherFolderPutInTheOriginalsPlaceIsNeverTaken() throws Exception {
		Path victim = Trees.file(dir.resolve("victim/mine.txt"), "mine").getParent();
		system.beforeExchange = () -> {
			Files.move(folder, dir.resolve("Docs-real"));
			Files.move(victim, folder);
		};
		assertThrows(LinkException.class, () -> links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null));
		assertEquals("mine", Files.readString(folder.resolve("mine.txt")), "the folder now at the old path is untouched");
		assertFalse(Files.isSymbolicLink(folder));
		assertEquals("top", Files.readString(dir.resolve("Docs-real/top.txt")));
		assertFalse(Files.exists(other.resolve("Docs")), "the copy is removed");
		assertEquals(null, aside());
	}

	@Test
	void aFolderSwappedInForTheNewCopyIsNeitherFilledNorDeleted() throws Exception {
		Path victim = Trees.file(other.resolve("theirs/QD"), "precious").getParent();
		system.beforeCopy = () -> system.real.exchange(other.resolve("Docs"), victim); // the destination swapped
		assertThrows(LinkException.class, () -> links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null));
		Path theirs = other.resolve("Docs"); // their folder now has the copy's name
		assertEquals("precious", Files.readString(theirs.resolve("QD")), "never deleted by the clean-up");
		try (var names = Files.list(theirs)) {
			assertEquals(1, names.count(), "never filled with the copy");
		}
		assertEquals("top", Files.readString(folder.resolve("top.txt")), "the original is untouched");
		assertFalse(Files.isSymbolicLink(folder));
	}

	@Test
	void anUndoOfARelocationKilledAtAnyStepLeavesTheOldPathWorkingAndTheDataWhole() throws Exception {
		String before = Fingerprint.of(folder);
		Path there = other.resolve("Docs");
		links.relocateTo(folder, there, LinkType.SYMBOLIC_DIRECTORY, null);
		// killed after the copy beside the link, before the swap: the link still reaches the far folder
		system.dieBeforeExchange = true;
		assertThrows(FaultyLinkSystem.Killed.class, () -> links.returnRelocated(folder, there, null));
		system.dieBeforeExchange = false;
		assertTrue(Files.isSymbolicLink(folder));
		assertEquals(before, Fingerprint.of(folder.toRealPath()), "the old path works, with everything in it");
		assertEquals(before, Fingerprint.of(there));
		// killed right after the swap: the folder is back whole, and the far one is still complete
		Path copyLeft;
		try (var names = Files.list(dir)) {
			copyLeft = names.filter(p -> p.getFileName().toString().startsWith(".linksmith-returning-")).findFirst().orElseThrow();
		}
		LinkServices.fileTree().delete(copyLeft, null); // what a user would remove by hand
		system.dieAfterExchange = true;
		assertThrows(FaultyLinkSystem.Killed.class, () -> links.returnRelocated(folder, there, null));
		system.dieAfterExchange = false;
		assertFalse(Files.isSymbolicLink(folder));
		assertEquals(before, Fingerprint.of(folder), "the folder is back at its old path, whole");
		assertEquals(before, Fingerprint.of(there), "and the far copy is not deleted before that");
	}
}
