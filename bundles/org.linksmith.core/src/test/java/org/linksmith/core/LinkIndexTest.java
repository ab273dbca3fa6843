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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The link index: the same answers as a scan, kept current by rescans that read only what changed. */
@DisabledOnOs(OS.WINDOWS)
class LinkIndexTest {

	@TempDir
	Path dir;
	@TempDir
	Path state;
	final LinkService links = LinkServices.getDefault();
	LinkIndex index;
	Path tree;

	@BeforeEach
	void setUp() throws IOException {
		index = LinkServices.index(state.resolve("index/links.mv.db"));
		tree = Files.createDirectories(dir.resolve("tree"));
	}

	private List<String> fromIndex(Path target) throws LinkException {
		return index.pointingHere(target, null).stream().map(i -> tree.relativize(i.path()).toString()).toList();
	}

	private List<String> fromScan(Path target) throws LinkException {
		return links.pointingHere(target, tree, null).stream().map(i -> tree.relativize(i.path()).toString()).sorted()
				.toList();
	}

	/** Folders changed within two seconds of a scan are read again by the next one: make them older. */
	private void age() throws IOException {
		FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
		try (Stream<Path> all = Files.walk(tree)) {
			for (Path p : all.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
				Files.setLastModifiedTime(p, old);
			}
		}
	}

	private void buildTree() throws IOException {
		Path data = Files.createDirectories(tree.resolve("data/sub"));
		Files.writeString(data.resolve("f.txt"), "f");
		Path elsewhere = Files.createDirectories(tree.resolve("elsewhere"));
		Files.createSymbolicLink(elsewhere.resolve("abs"), tree.resolve("data"));
		Files.createSymbolicLink(elsewhere.resolve("rel-inside"), Path.of("../data/sub/f.txt"));
		Files.createSymbolicLink(elsewhere.resolve("dangling-inside"), Path.of("../data/gone.txt"));
		Files.createSymbolicLink(elsewhere.resolve("chain"), Path.of("abs"));
		Files.createDirectories(tree.resolve("data-old"));
		Files.createSymbolicLink(elsewhere.resolve("similar"), tree.resolve("data-old"));
		Path deep = Files.createDirectories(tree.resolve("x/y"));
		Files.createSymbolicLink(tree.resolve("x/to-y"), deep);
		Files.createDirectories(tree.resolve("x/data"));
		Files.createSymbolicLink(elsewhere.resolve("dotdot"), Path.of("../x/to-y/../data"));
		Files.createLink(elsewhere.resolve("g.txt"), data.resolve("f.txt"));
		Files.createSymbolicLink(tree.resolve("data/self"), Path.of("sub"));
	}

	@Test
	void answersAsAScanDoes() throws Exception {
		buildTree();
		LinkIndex.ScanReport report = index.scan(tree, false, null);
		assertEquals(10, report.links(), "8 symbolic links and both names of f.txt");
		for (String target : List.of("data", "data/sub", "data/sub/f.txt", "data-old", "x/data", "x", "elsewhere")) {
			Path t = tree.resolve(target);
			assertEquals(fromScan(t), fromIndex(t), target);
		}
		assertEquals(List.of("data/self", "elsewhere/abs", "elsewhere/chain", "elsewhere/dangling-inside",
				"elsewhere/rel-inside"), fromIndex(tree.resolve("data")));
		assertEquals(List.of("elsewhere/g.txt"), fromIndex(tree.resolve("data/sub/f.txt")).stream()
				.filter(s -> s.endsWith(".txt")).toList(), "a file's other name");
		assertEquals(List.of("elsewhere/abs", "elsewhere/chain", "elsewhere/dangling-inside", "elsewhere/rel-inside"),
				index.pointingHere(tree.resolve("data"), tree.resolve("elsewhere")).stream()
						.map(i -> tree.relativize(i.path()).toString()).toList(),
				"within a folder");
		assertNotNull(index.covering(tree.resolve("data/sub")));
		assertNull(index.covering(dir));
	}

	@Test
	void aRescanReadsOnlyTheFoldersThatChanged() throws Exception {
		buildTree();
		for (int i = 0; i < 50; i++) {
			Files.createDirectories(tree.resolve("many/d" + i));
		}
		age();
		LinkIndex.ScanReport first = index.scan(tree, false, null);
		assertEquals(first.folders(), first.foldersRead());
		LinkIndex.ScanReport second = index.scan(tree, false, null);
		assertEquals(first.folders(), second.folders());
		assertEquals(0, second.foldersRead(), "nothing changed: nothing read");

		Files.createSymbolicLink(tree.resolve("many/d7/new"), Path.of("../../data/sub"));
		LinkIndex.ScanReport third = index.scan(tree, false, null);
		assertEquals(1, third.foldersRead(), "only the folder that changed");
		assertTrue(fromIndex(tree.resolve("data")).contains("many/d7/new"));
		assertEquals(fromScan(tree.resolve("data")), fromIndex(tree.resolve("data")));

		// a folder holding links removed: its links and records go
		try (Stream<Path> all = Files.walk(tree.resolve("elsewhere"))) {
			for (Path p : all.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.delete(p);
			}
		}
		index.rescan(null);
		assertEquals(fromScan(tree.resolve("data")), fromIndex(tree.resolve("data")));
	}

	@Test
	void aLinkThatBrokeKeepsWhatItReachedWhenItWorked() throws Exception {
		Path photos = Files.createDirectories(dir.resolve("old/photos"));
		Files.writeString(photos.resolve("a.jpg"), "jpeg");
		Path link = Files.createSymbolicLink(tree.resolve("photos"), photos);
		index.scan(tree, false, null);
		Object key = Files.readAttributes(photos, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
		Files.move(dir.resolve("old"), dir.resolve("new"));
		Files.writeString(tree.resolve("touch"), "the link's folder changes: it is read again");
		index.scan(tree, true, null);
		LinkIndex.Recorded recorded = index.recorded(link);
		assertNotNull(recorded);
		assertTrue(recorded.broken());
		assertEquals(photos.toString(), recorded.target());
		LinkIndex.Identity id = recorded.identity();
		assertNotNull(id, "what it reached before it broke");
		assertTrue(id.folder());
		assertEquals(key, Files.readAttributes(dir.resolve("new/photos"), java.nio.file.attribute.BasicFileAttributes.class)
				.fileKey());
		assertEquals(key.toString(), "(dev=" + Long.toHexString(id.volume()) + ",ino=" + id.file() + ")",
				"the identity recorded is the folder's");
	}

	@Test
	void namesAreBytesAndNothingIsWrittenInTheTree() throws Exception {
		Path target = Files.createDirectories(tree.resolve("t"));
		Files.createSymbolicLink(tree.resolve("new\nline"), target);
		Path odd = Files.createDirectories(RawNames.resolve(tree, RawNames.decode(new byte[] { 'x', (byte) 0xff }, 0, 2,
				StandardCharsets.UTF_8), StandardCharsets.UTF_8));
		Files.createSymbolicLink(odd.resolve("in-odd"), Path.of("../t"));
		List<Path> before;
		try (Stream<Path> all = Files.walk(dir)) {
			before = all.sorted().toList();
		}
		index.scan(tree, false, null);
		List<Path> after;
		try (Stream<Path> all = Files.walk(dir)) {
			after = all.sorted().toList();
		}
		assertEquals(before, after, "the index writes nothing in the tree it indexes");
		assertFalse(index.location().startsWith(dir));
		List<LinkInfo> found = index.pointingHere(target, null);
		assertEquals(2, found.size());
		assertTrue(found.stream().anyMatch(i -> i.path().getFileName().toString().equals("new\nline")));
		assertTrue(found.stream().anyMatch(i -> Files.isSymbolicLink(i.path()) && i.path().endsWith("in-odd")),
				"a link in a folder whose name is not valid UTF-8 is found at its real path");
	}

	@Test
	void anUnreadableIndexIsRebuiltFromItsRoots() throws Exception {
		buildTree();
		index.scan(tree, false, null);
		Files.write(index.location(), new byte[] { 'n', 'o', 't', ' ', 'a', ' ', 'd', 'b' });
		assertEquals(List.of(tree.toRealPath()), index.roots().stream().map(LinkIndex.Root::path).toList(),
				"the roots come back from their list");
		index.rescan(null);
		assertEquals(fromScan(tree.resolve("data")), fromIndex(tree.resolve("data")));
	}

	@Test
	void rootsMergeAndRemoveLeavesTheDisk() throws Exception {
		buildTree();
		index.scan(tree.resolve("data"), false, null);
		index.scan(tree, false, null);
		assertEquals(List.of(tree.toRealPath()), index.roots().stream().map(LinkIndex.Root::path).toList(),
				"a root inside a new one is merged into it");
		assertTrue(index.remove(tree));
		assertTrue(index.roots().isEmpty());
		assertTrue(fromIndex(tree.resolve("data")).isEmpty());
		assertTrue(Files.isSymbolicLink(tree.resolve("elsewhere/abs")), "removing a root touches nothing on disk");
	}

	@Test
	void aScanKilledMidWayLeavesAnIndexThatARescanMakesRight() throws Exception {
		for (int d = 0; d < 400; d++) {
			Path sub = Files.createDirectories(tree.resolve("d" + d));
			for (int f = 0; f < 20; f++) {
				Files.writeString(sub.resolve("f" + f), "x");
			}
			Files.createSymbolicLink(sub.resolve("up"), Path.of("../d" + (d + 1) % 400));
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		for (long delay : new long[] { 700, 1100, 1600 }) {
			Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
					IndexCrashChild.class.getName(), index.location().toString(), tree.toString()).inheritIO().start();
			Thread.sleep(delay);
			child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
			assertTrue(child.waitFor(10, TimeUnit.SECONDS));
			index.rescan(null);
			assertEquals(fromScan(tree.resolve("d5")), fromIndex(tree.resolve("d5")), "after a kill at " + delay + " ms");
			assertEquals(List.of("d4/up"), fromIndex(tree.resolve("d5")));
		}
	}
}
