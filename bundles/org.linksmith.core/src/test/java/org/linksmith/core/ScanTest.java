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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linksmith.core.internal.DefaultLinkService;
import org.linksmith.core.internal.posix.LinuxTreeWalker;
import org.linksmith.core.internal.posix.PosixLinkSystem;

/** POSIX links; Windows has {@code WindowsLinksTest}. */
@DisabledOnOs(OS.WINDOWS)
class ScanTest {

	@TempDir
	Path dir;

	Path root;

	static Stream<Arguments> walkers() {
		List<Arguments> list = new ArrayList<>();
		list.add(Arguments.of("portable", new DefaultLinkService(new PosixLinkSystem(false))));
		if (LinuxTreeWalker.isAvailable()) {
			list.add(Arguments.of("linux-getdents", new DefaultLinkService(new PosixLinkSystem(true))));
		}
		return list.stream();
	}

	@BeforeEach
	void tree() throws Exception {
		root = Files.createDirectories(dir.resolve("root"));
		Path outside = Trees.data(dir.resolve("outside"));
		Files.createSymbolicLink(outside.resolve("hidden-link"), Path.of("a.txt"));
		Trees.data(root.resolve("data"));
		Files.createSymbolicLink(root.resolve("data/file-link"), Path.of("a.txt"));
		Files.createSymbolicLink(root.resolve("data/sub/dir-link"), Path.of("deeper"));
		Files.createSymbolicLink(root.resolve("broken"), Path.of("missing"));
		Files.createSymbolicLink(root.resolve("to-outside"), outside);
		Files.createSymbolicLink(root.resolve("data/up-loop"), Path.of(".."));
		Files.createSymbolicLink(root.resolve("loop-a"), Path.of("loop-b"));
		Files.createSymbolicLink(root.resolve("loop-b"), Path.of("loop-a"));
		Files.createLink(root.resolve("data/hard-b.txt"), root.resolve("data/sub/b.txt"));
		Trees.file(root.resolve("Ünïcødé dir/name with spaces"), "u");
		Files.createSymbolicLink(root.resolve("Ünïcødé dir/ссылка"), Path.of("name with spaces"));
	}

	private TreeMap<String, LinkInfo> scan(LinkService links, ScanOptions options) throws Exception {
		TreeMap<String, LinkInfo> found = new TreeMap<>();
		links.scan(root, options, info -> found.put(root.relativize(info.path()).toString(), info), null);
		return found;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void findsEveryLinkWithoutFollowingDirectoryLinks(String name, LinkService links) throws Exception {
		TreeMap<String, LinkInfo> found = scan(links, ScanOptions.all());
		assertEquals(List.of("broken", "data/file-link", "data/hard-b.txt", "data/sub/b.txt", "data/sub/dir-link",
				"data/up-loop", "loop-a", "loop-b", "to-outside", "Ünïcødé dir/ссылка"), new ArrayList<>(found.keySet()));
		assertEquals(LinkType.SYMBOLIC_DIRECTORY, found.get("to-outside").type());
		assertEquals(LinkType.SYMBOLIC_FILE, found.get("data/file-link").type());
		assertEquals(LinkType.HARD, found.get("data/hard-b.txt").type());
		assertEquals(2, found.get("data/hard-b.txt").links());
		assertTrue(found.get("loop-a").loop());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void brokenOnly(String name, LinkService links) throws Exception {
		TreeMap<String, LinkInfo> found = scan(links, new ScanOptions(true, Set.of(), true));
		assertEquals(Set.of("broken", "loop-a", "loop-b"), found.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void byType(String name, LinkService links) throws Exception {
		assertEquals(Set.of("data/hard-b.txt", "data/sub/b.txt"),
				scan(links, new ScanOptions(true, EnumSet.of(LinkType.HARD), false)).keySet());
		assertEquals(Set.of("data/sub/dir-link", "data/up-loop", "to-outside"),
				scan(links, new ScanOptions(true, EnumSet.of(LinkType.SYMBOLIC_DIRECTORY), false)).keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void notRecursive(String name, LinkService links) throws Exception {
		assertEquals(Set.of("broken", "loop-a", "loop-b", "to-outside"),
				scan(links, new ScanOptions(false, Set.of(), false)).keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void hiddenFoldersAndLinksAreLeftOutWhenAsked(String name, LinkService links) throws Exception {
		Files.createDirectories(root.resolve(".cache/deep"));
		Files.createSymbolicLink(root.resolve(".cache/deep/inside-hidden"), Path.of("x"));
		Files.createSymbolicLink(root.resolve(".dot-link"), Path.of("broken"));
		Set<String> all = scan(links, ScanOptions.all()).keySet();
		assertTrue(all.contains(".cache/deep/inside-hidden") && all.contains(".dot-link"), all.toString());
		Set<String> shown = scan(links, new ScanOptions(true, Set.of(), false, false)).keySet();
		assertFalse(shown.stream().anyMatch(p -> p.startsWith(".")), shown.toString());
		assertTrue(shown.contains("data/file-link"), shown.toString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void aScanResolvesEachTargetAsInspectDoesThroughLinksAndDotDot(String name, LinkService links) throws Exception {
		// targets that pass through a link to a folder and then "..": the kernel's ".." is beside the
		// link's target, not beside the link (the scan's cache of folders must agree)
		Files.createDirectories(dir.resolve("far/deep/inner"));
		Files.writeString(dir.resolve("far/deep/x.txt"), "x");
		Files.writeString(root.resolve("x.txt"), "decoy");
		Files.createSymbolicLink(root.resolve("to-inner"), dir.resolve("far/deep/inner"));
		Files.createSymbolicLink(root.resolve("through"), Path.of("to-inner/../x.txt"));
		Files.createSymbolicLink(root.resolve("data/through-too"), Path.of("../to-inner/../x.txt"));
		Files.createSymbolicLink(root.resolve("gone-through"), Path.of("to-inner/../gone.txt"));
		Files.createSymbolicLink(root.resolve("gone-absolute"), dir.resolve("far/deep/inner/gone"));
		Files.createSymbolicLink(root.resolve("gone-deeper"), Path.of("no-folder/gone"));
		TreeMap<String, LinkInfo> found = scan(links, ScanOptions.all());
		for (LinkInfo scanned : found.values()) {
			LinkInfo inspected = links.inspect(scanned.path());
			assertEquals(inspected.resolved(), scanned.resolved(), scanned.path().toString());
			assertEquals(inspected.broken(), scanned.broken(), scanned.path().toString());
		}
		assertEquals(dir.resolve("far/deep/x.txt").toRealPath(), found.get("through").resolved());
		assertEquals(dir.resolve("far/deep/x.txt").toRealPath(), found.get("data/through-too").resolved());
		// a missing target: where it would be, beside the linked folder's target
		assertEquals(dir.resolve("far/deep").toRealPath().resolve("gone.txt"), found.get("gone-through").resolved());
		assertTrue(found.get("gone-through").broken());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void aScanThroughALinkedRootResolvesToTheRealFolders(String name, LinkService links) throws Exception {
		// the root named through a link: resolved paths name the real folders, as inspect does
		Path linkedRoot = Files.createSymbolicLink(dir.resolve("linked-root"), Path.of("root"));
		TreeMap<String, LinkInfo> found = new TreeMap<>();
		links.scan(linkedRoot, ScanOptions.all(), info -> found.put(linkedRoot.relativize(info.path()).toString(), info), null);
		assertEquals(root.toRealPath().resolve("data/a.txt"), found.get("data/file-link").resolved());
		for (LinkInfo scanned : found.values()) {
			LinkInfo inspected = links.inspect(scanned.path());
			assertEquals(inspected.resolved(), scanned.resolved(), scanned.path().toString());
			assertEquals(inspected.chain(), scanned.chain(), scanned.path().toString());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void withoutResolvedPathsEveryLinkHasTheSameTypeTargetAndState(String name, LinkService links) throws Exception {
		Files.createSymbolicLink(root.resolve("to-link"), Path.of("data/file-link")); // a chain of two
		Files.createSymbolicLink(root.resolve("dangling-chain"), Path.of("broken"));
		Files.createSymbolicLink(root.resolve("new\nline"), Path.of("data/../data/a.txt"));
		TreeMap<String, LinkInfo> full = scan(links, ScanOptions.all());
		TreeMap<String, LinkInfo> quick = scan(links, ScanOptions.all().withoutResolvedPaths());
		assertEquals(full.keySet(), quick.keySet());
		for (String path : full.keySet()) {
			LinkInfo f = full.get(path);
			LinkInfo q = quick.get(path);
			assertEquals(f.type(), q.type(), path);
			assertEquals(f.target(), q.target(), path);
			assertEquals(f.broken(), q.broken(), path);
			assertEquals(f.loop(), q.loop(), path);
			assertEquals(f.links(), q.links(), path);
		}
		assertEquals(LinkType.SYMBOLIC_FILE, quick.get("to-link").type());
		assertTrue(quick.get("dangling-chain").broken());
		assertTrue(quick.get("loop-a").loop());
		assertFalse(quick.get("new\nline").broken());
		assertEquals(root.toRealPath().resolve("data/a.txt"), full.get("new\nline").resolved());
		assertEquals(List.of(root.resolve("to-link"), root.toRealPath().resolve("data/file-link")), full.get("to-link").chain());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void cancellationStopsTheScan(String name, LinkService links) {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> links.scan(root, ScanOptions.all(), info -> {
				}, cancelled));
	}

	@Test
	void bothWalkersAgreeOnAGeneratedTree() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(LinuxTreeWalker.isAvailable(),
				"only the portable walker runs here: there is no second walker to compare it with");
		for (int i = 0; i < 40; i++) {
			Path d = Files.createDirectories(root.resolve("gen/d" + (i % 7) + "/e" + i));
			Trees.file(d.resolve("f"), "x");
			if (i % 3 == 0) {
				Files.createSymbolicLink(d.resolve("l"), Path.of("f"));
			}
			if (i % 5 == 0) {
				Files.createSymbolicLink(d.resolve("b"), Path.of("nowhere"));
			}
			if (i % 4 == 0) {
				Files.createLink(d.resolve("h"), d.resolve("f"));
			}
		}
		TreeMap<String, LinkInfo> portable = scan(new DefaultLinkService(new PosixLinkSystem(false)), ScanOptions.all());
		TreeMap<String, LinkInfo> getdents = scan(new DefaultLinkService(new PosixLinkSystem(true)), ScanOptions.all());
		assertEquals(10 + 14 + 8 + 20, portable.size());
		assertEquals(portable, getdents);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("walkers")
	void hardLinkSiblings(String name, LinkService links) throws Exception {
		Path f = root.resolve("data/sub/b.txt");
		Files.createLink(root.resolve("data/sub/deeper/third"), f);
		assertEquals(List.of(root.resolve("data/hard-b.txt"), root.resolve("data/sub/deeper/third")),
				links.hardLinkSiblings(f, root, null));
		assertEquals(List.of(), links.hardLinkSiblings(root.resolve("data/a.txt"), root, null));
	}
}
