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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linksmith.core.FileEntry;

/** The Contents view's model: history, readings applied only when latest, filter and order. */
class FolderModelTest {

	private static Entry entry(String name, FileEntry.Kind kind) {
		return new Entry(new FileEntry(Path.of("/d"), name, kind, null, kind == FileEntry.Kind.FOLDER));
	}

	@Test
	void backForwardAndUpKeepTheHistoryAsFileManagersDo() {
		FolderModel m = new FolderModel();
		m.open(Path.of("/a"));
		m.open(Path.of("/a/b"));
		m.open(Path.of("/a/b")); // the same folder again is no step in the history
		assertEquals(Path.of("/a"), m.back());
		assertNull(m.back());
		assertEquals(Path.of("/a/b"), m.forward());
		assertFalse(m.canGoForward());
		assertEquals(Path.of("/a"), m.up());
		assertEquals(Path.of("/a/b"), m.back());
		m.open(Path.of("/c")); // a new way forks the history: Forward is gone
		assertFalse(m.canGoForward());
		assertTrue(m.canGoBack());
	}

	@Test
	void dotDotIsNeverResolvedInTheText() {
		FolderModel m = new FolderModel();
		// "link/.." is the folder beside the link's target as the kernel walks it, not the link's folder
		assertEquals(Path.of("/x/link/.."), m.open(Path.of("/x/link/..")));
	}

	@Test
	void onlyTheLatestReadingIsShownWhateverOrderReadingsFinishIn() {
		FolderModel m = new FolderModel();
		m.open(Path.of("/a"));
		long first = m.startReading();
		m.open(Path.of("/b"));
		long second = m.startReading();
		List<Entry> ofB = List.of(entry("in-b", FileEntry.Kind.FILE));
		assertTrue(m.setEntries(second, ofB));
		// the reading of /a finishes late: it must not replace what /b shows
		assertFalse(m.setEntries(first, List.of(entry("in-a", FileEntry.Kind.FILE))));
		assertEquals(ofB, m.entries());
		assertEquals(Path.of("/b"), m.folder());
	}

	@Test
	void hiddenEntriesOnlyOnRequestAndTheOrderFollowsTheColumn() {
		FolderModel m = new FolderModel();
		m.open(Path.of("/d"));
		long t = m.startReading();
		m.setEntries(t, List.of(entry("Docs", FileEntry.Kind.FOLDER), entry(".cache", FileEntry.Kind.FOLDER),
				entry("a.txt", FileEntry.Kind.FILE), entry("b.txt", FileEntry.Kind.FILE)));
		assertEquals(List.of("Docs", "a.txt", "b.txt"), names(m.visible()));
		m.setShowHidden(true);
		assertEquals(List.of("Docs", ".cache", "a.txt", "b.txt"), names(m.visible()));
		m.sortBy(FolderModel.NAME); // the same column again: reversed
		assertEquals(List.of("b.txt", "a.txt", "Docs", ".cache"), names(m.visible()));
	}

	private static List<String> names(Entry[] entries) {
		return Arrays.stream(entries).map(Entry::name).toList();
	}
}
