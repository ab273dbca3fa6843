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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What the contents table lists, in which order, and the start-up prefetch of the first folder. */
@DisabledOnOs(OS.WINDOWS)
class EntryTest {

	@TempDir
	Path dir;

	@Test
	void theFirstRowsOfALargeFolderAreTheStartOfItsSortedListing() throws Exception {
		// names in no order, upper and lower case, folders and links to folders among them
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 3000; i++) {
			String name = (random.nextBoolean() ? "F" : "f") + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
			if (i % 97 == 0) {
				Files.createDirectory(dir.resolve(name));
			} else if (i % 89 == 0) {
				Files.createSymbolicLink(dir.resolve(name), Path.of("."));
			} else {
				Files.createFile(dir.resolve(name));
			}
		}
		Entry[] found = Entry.of(org.linksmith.core.LinkServices.fileTree().list(dir, new NullProgressMonitor()));
		List<Entry> first = Entry.first(found.clone(), 500);
		List<Entry> all = Entry.sorted(found);
		assertEquals(names(all.subList(0, 500)), names(first), "the first 500 of the sorted listing, in its order");
		assertTrue(first.get(0).folder(), "folders (and links to them) come first");
		assertEquals(names(all), names(Entry.first(found.clone(), 5000)), "all of them when asked for more than there are");
		assertEquals(List.of(), Entry.first(found, 0));
	}

	private static String names(List<Entry> entries) {
		return entries.stream().map(Entry::name).collect(Collectors.joining(" "));
	}

	@Test
	void listsFoldersFirstThenNamesIgnoringCaseAndAccentsWithLinkTargets() throws Exception {
		Files.createDirectory(dir.resolve("beta"));
		Files.createDirectory(dir.resolve("Alpha"));
		Files.writeString(dir.resolve("zeta.txt"), "z");
		Files.writeString(dir.resolve("Émile.txt"), "e");
		Files.writeString(dir.resolve("apple.txt"), "a");
		Files.writeString(dir.resolve("Banana.txt"), "b");
		Files.createSymbolicLink(dir.resolve("to-beta"), Path.of("beta"));
		Files.createSymbolicLink(dir.resolve("dangling"), Path.of("nowhere"));

		List<Entry> entries = Entry.list(org.linksmith.core.LinkServices.fileTree(), dir, new NullProgressMonitor());

		assertEquals(List.of("Alpha", "beta", "to-beta", "apple.txt", "Banana.txt", "dangling", "Émile.txt", "zeta.txt"),
				entries.stream().map(Entry::name).toList());
		Map<String, Entry> byName = entries.stream().collect(Collectors.toMap(Entry::name, Function.identity()));
		Entry link = byName.get("to-beta");
		assertEquals(Entry.Kind.LINK, link.kind());
		assertEquals("beta", link.target());
		assertTrue(link.folder(), "a link to a folder opens as a folder");
		Entry dangling = byName.get("dangling");
		assertEquals("nowhere", dangling.target());
		assertFalse(dangling.folder());
		assertEquals(dir.resolve("Émile.txt"), byName.get("Émile.txt").path());
		assertEquals(Entry.Kind.FOLDER, byName.get("Alpha").kind());
		assertEquals(Entry.Kind.FILE, byName.get("apple.txt").kind());
		assertTrue(byName.get("beta").path().toFile().isDirectory());
	}

	@Test
	void sizesAndDatesComeInTheSecondPassWithoutFollowingLinks() throws Exception {
		Files.writeString(dir.resolve("big"), "x".repeat(5000));
		Files.createSymbolicLink(dir.resolve("link"), Path.of("big"));
		List<Entry> entries = Entry.list(org.linksmith.core.LinkServices.fileTree(), dir, new NullProgressMonitor());
		assertTrue(entries.stream().noneMatch(Entry::loaded));

		Entry.loadAttributes(entries, new NullProgressMonitor());

		Map<String, Entry> byName = entries.stream().collect(Collectors.toMap(Entry::name, Function.identity()));
		assertEquals(5000, byName.get("big").size());
		assertEquals(-1, byName.get("link").size(), "a link has no size of its own to show");
		assertTrue(byName.get("link").modified() > 0);
	}

	@Test
	void prefetchedListingIsUsedOnceForItsFolderOnly() throws Exception {
		Files.writeString(dir.resolve("a"), "a");
		Path other = Files.createDirectory(dir.resolve("other"));
		StartupPrefetch.start(dir);

		assertNull(StartupPrefetch.take(other), "another folder is listed by the view itself");
		List<Entry> first = StartupPrefetch.take(dir);
		assertNotNull(first);
		assertEquals(List.of("other", "a"), first.stream().map(Entry::name).toList());
		assertNull(StartupPrefetch.take(dir), "only the first reading is prefetched");
	}

	@Test
	void prefetchedListingIsDroppedWhenTheFolderChangedMeanwhile() throws Exception {
		Files.writeString(dir.resolve("a"), "a");
		Files.setLastModifiedTime(dir, FileTime.fromMillis(1_000_000));
		StartupPrefetch.start(dir);
		// wait for it to be read, then change the folder as a user could before the window shows
		for (int i = 0; i < 200 && !StartupPrefetch.done(); i++) {
			Thread.sleep(10);
		}
		Files.writeString(dir.resolve("b"), "b");

		assertNull(StartupPrefetch.take(dir), "a folder changed since the prefetch is read again");
	}
}
