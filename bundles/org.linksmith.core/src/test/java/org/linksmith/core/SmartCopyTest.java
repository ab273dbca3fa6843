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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.SmartCopyReport.Action;
import org.linksmith.core.SmartCopyReport.LinkChange;
import org.linksmith.core.internal.DefaultFileTreeService;
import org.linksmith.core.internal.LinkSystems;
import org.linksmith.core.internal.SafeTree;

/**
 * Smart Copy on real trees: links into the tree reach the copy afterwards (as {@code readlink -f}
 * says), links out of it follow the chosen policy, hard-link groups inside stay one file, the
 * original is never changed, and a dry run writes nothing.
 */
@EnabledOnOs(OS.LINUX)
class SmartCopyTest {

	@TempDir
	Path dir;
	Path tree;
	Path outside;
	Path copy;
	final FileTreeService files = LinkServices.fileTree();

	@BeforeEach
	void tree() throws IOException {
		tree = dir.resolve("src/T");
		outside = dir.resolve("src/outside");
		Trees.file(tree.resolve("data/file.txt"), "inside");
		Trees.file(tree.resolve("data/sub/x.txt"), "x");
		Trees.file(outside.resolve("o.txt"), "outer");
		Trees.file(outside.resolve("folder/f.txt"), "outer folder");
		Files.createDirectories(tree.resolve("deep"));
		Files.createDirectories(dir.resolve("elsewhere/deep"));
		Trees.file(dir.resolve("elsewhere/data/file.txt"), "elsewhere");
		link("rel-in", "data/file.txt");
		link("deep/up", "../data");
		link("abs-in", tree.resolve("data/file.txt").toString());
		link("abs-root", tree.toString());
		link("out-rel", "../outside/o.txt");
		link("out-abs", outside.resolve("o.txt").toString());
		link("out-folder", "../outside/folder");
		link("broken-in", "data/missing");
		link("escape", "../T/data/file.txt");
		link("lnkdir", dir.resolve("elsewhere/deep").toString());
		// the kernel reads this through lnkdir: /elsewhere/data/file.txt, outside the tree
		link("via", "lnkdir/../data/file.txt");
		Files.createLink(tree.resolve("h1"), tree.resolve("data/file.txt"));
		Trees.file(tree.resolve("u1"), "half inside");
		Files.createLink(outside.resolve("u2"), tree.resolve("u1"));
		copy = dir.resolve("dst/sub/copy");
		Files.createDirectories(copy.getParent());
	}

	private void link(String name, String target) throws IOException {
		Files.createSymbolicLink(tree.resolve(name), Path.of(target));
	}

	private static Map<String, LinkChange> byName(SmartCopyReport report) {
		Map<String, LinkChange> m = new HashMap<>();
		for (LinkChange c : report.links()) {
			m.put(report.path().relativize(c.link()).toString(), c);
		}
		return m;
	}

	private Path real(String name) throws IOException {
		return copy.resolve(name).toRealPath();
	}

	@Test
	void linksIntoTheTreeReachTheCopyAndLinksOutOfItStillReachTheOriginal() throws Exception {
		String before = Fingerprint.of(dir.resolve("src"));
		SmartCopyReport report = files.smartCopy(tree, copy, OuterLinks.SPLICE, false, null);
		Path realCopy = copy.toRealPath();
		assertEquals(realCopy.resolve("data/file.txt"), real("rel-in"));
		assertEquals(realCopy.resolve("data"), real("deep/up"));
		assertEquals(realCopy.resolve("data/file.txt"), real("abs-in"));
		assertEquals(realCopy, real("abs-root"));
		assertEquals(realCopy.resolve("data/file.txt"), real("escape"));
		assertEquals(outside.toRealPath().resolve("o.txt"), real("out-rel"));
		assertEquals(outside.toRealPath().resolve("o.txt"), real("out-abs"));
		assertEquals(outside.toRealPath().resolve("folder"), real("out-folder"));
		assertEquals(dir.toRealPath().resolve("elsewhere/data/file.txt"), real("via"));
		assertTrue(Files.isSymbolicLink(copy.resolve("broken-in")));
		assertEquals(Path.of("data/missing"), Files.readSymbolicLink(copy.resolve("broken-in")));

		Map<String, LinkChange> links = byName(report);
		assertEquals(Action.KEPT, links.get("rel-in").action());
		assertEquals(Path.of("data/file.txt"), Files.readSymbolicLink(copy.resolve("rel-in")), "a relative link inside stays as it was");
		assertEquals(Action.KEPT, links.get("deep/up").action());
		assertEquals(Action.REPOINTED, links.get("abs-in").action());
		assertEquals(Action.REPOINTED, links.get("escape").action());
		assertEquals(Path.of("data/file.txt"), Files.readSymbolicLink(copy.resolve("escape")));
		assertEquals(Action.SPLICED, links.get("out-rel").action());
		assertFalse(Files.readSymbolicLink(copy.resolve("out-rel")).isAbsolute(), "a relative link stays relative");
		assertEquals(Action.SPLICED, links.get("out-abs").action());
		assertEquals(outside.resolve("o.txt"), Files.readSymbolicLink(copy.resolve("out-abs")));
		assertEquals(Action.SPLICED, links.get("via").action());
		assertEquals(Action.KEPT, links.get("broken-in").action());

		// the group of h1 and data/file.txt is all inside: one file in the copy too
		assertEquals(Files.getAttribute(copy.resolve("h1"), "unix:ino"), Files.getAttribute(copy.resolve("data/file.txt"), "unix:ino"));
		assertEquals(2, report.groups().size());
		assertTrue(report.groups().get(0).saturated(), "saturated groups come first");
		assertFalse(report.groups().get(1).saturated());
		assertEquals(List.of(copy.resolve("u1")), report.groups().get(1).names());
		assertTrue(report.warnings().stream().anyMatch(w -> w.contains("hard links outside")), report.warnings().toString());
		assertEquals(before, Fingerprint.of(dir.resolve("src")), "the original is unchanged");
	}

	@Test
	void aDryRunWritesNothingAndPlansWhatTheCopyDoes() throws Exception {
		SmartCopyReport plan = files.smartCopy(tree, copy, OuterLinks.SPLICE, true, null);
		assertFalse(Files.exists(copy, LinkOption.NOFOLLOW_LINKS));
		assertTrue(plan.dryRun());
		SmartCopyReport done = files.smartCopy(tree, copy, OuterLinks.SPLICE, false, null);
		Map<String, LinkChange> planned = byName(plan);
		Map<String, LinkChange> made = byName(done);
		assertEquals(made.keySet(), planned.keySet());
		for (String name : made.keySet()) {
			assertEquals(made.get(name), planned.get(name), name);
			Path stored = Files.readSymbolicLink(copy.resolve(name));
			assertEquals(made.get(name).newTarget(), stored, name + ": the report says what was written");
		}
		assertEquals(done.groups(), plan.groups());
	}

	@Test
	void cropLeavesOuterLinksOut() throws Exception {
		SmartCopyReport report = files.smartCopy(tree, copy, OuterLinks.CROP, false, null);
		for (String name : List.of("out-rel", "out-abs", "out-folder", "via", "lnkdir")) {
			assertFalse(Files.exists(copy.resolve(name), LinkOption.NOFOLLOW_LINKS), name);
			assertEquals(Action.CROPPED, byName(report).get(name).action(), name);
			assertNull(byName(report).get(name).newTarget());
		}
		assertEquals(copy.toRealPath().resolve("data/file.txt"), real("abs-in"));
	}

	@Test
	void unrollCopiesWhatOuterLinksReachAndBreaksLoops() throws Exception {
		Files.createSymbolicLink(outside.resolve("folder/again"), Path.of(".")); // a loop inside what is unrolled
		Files.createSymbolicLink(outside.resolve("folder/back"), tree.resolve("data")); // into the tree
		String before = Fingerprint.of(dir.resolve("src"));
		SmartCopyReport report = files.smartCopy(tree, copy, OuterLinks.UNROLL, false, null);
		assertTrue(Files.isRegularFile(copy.resolve("out-rel"), LinkOption.NOFOLLOW_LINKS));
		assertEquals("outer", Files.readString(copy.resolve("out-rel")));
		assertTrue(Files.isDirectory(copy.resolve("out-folder"), LinkOption.NOFOLLOW_LINKS));
		assertEquals("outer folder", Files.readString(copy.resolve("out-folder/f.txt")));
		assertTrue(Files.isSymbolicLink(copy.resolve("out-folder/again")), "the loop is kept as a link");
		assertEquals(outside.toRealPath().resolve("folder"), real("out-folder/again"));
		assertEquals(copy.toRealPath().resolve("data"), real("out-folder/back"), "a link into the tree from unrolled content reaches the copy");
		assertTrue(report.warnings().stream().anyMatch(w -> w.contains("loop")), report.warnings().toString());
		assertEquals(before, Fingerprint.of(dir.resolve("src")));
	}

	@Test
	@org.junit.jupiter.api.Timeout(120) // without the check, the copy copies itself until the disk is full
	void unrollingAFolderThatHoldsTheTreeOrTheCopyEnds() throws Exception {
		link("up", ".."); // src: holds the tree itself
		link("top", dir.toString()); // holds src and dst, and so the copy being made
		for (FileTreeService engine : List.of(files, portable())) {
			Path into = dir.resolve("dst/" + (engine == files ? "fd" : "path"));
			SmartCopyReport report = engine.smartCopy(tree, into, OuterLinks.UNROLL, false, null);
			assertEquals("outer", Files.readString(into.resolve("up/outside/o.txt")));
			assertFalse(Files.exists(into.resolve("up/T"), LinkOption.NOFOLLOW_LINKS), "the tree is not copied into itself");
			assertFalse(Files.exists(into.resolve("top/dst/" + into.getFileName()), LinkOption.NOFOLLOW_LINKS),
					"the copy is not copied into itself");
			assertTrue(report.warnings().stream().anyMatch(w -> w.contains("left out")), report.warnings().toString());
		}
	}

	@Test
	void unrollNeverOpensADeviceAndTheDryRunSaysSo() throws Exception {
		link("null", "/dev/null");
		LinkException e = assertThrows(LinkException.class, () -> files.smartCopy(tree, copy, OuterLinks.UNROLL, false, null));
		assertTrue(e.getMessage().contains("null"), e.getMessage());
		assertFalse(Files.exists(copy, LinkOption.NOFOLLOW_LINKS), "nothing half-made");
		assertThrows(LinkException.class, () -> files.smartCopy(tree, copy, OuterLinks.UNROLL, true, null),
				"the dry run plans what unrolling meets");
		assertEquals(Action.SPLICED, byName(files.smartCopy(tree, copy, OuterLinks.SPLICE, true, null)).get("null").action());
	}

	@Test
	void theDryRunPlansTheLinksInsideUnrolledFolders() throws Exception {
		Files.createSymbolicLink(outside.resolve("folder/again"), Path.of("."));
		Files.createSymbolicLink(outside.resolve("folder/back"), tree.resolve("data"));
		SmartCopyReport plan = files.smartCopy(tree, copy, OuterLinks.UNROLL, true, null);
		SmartCopyReport done = files.smartCopy(tree, copy, OuterLinks.UNROLL, false, null);
		assertEquals(byName(done), byName(plan));
		assertEquals(Action.SPLICED, byName(plan).get("out-folder/again").action(), "the loop is planned as the copy makes it");
		assertEquals(Action.REPOINTED, byName(plan).get("out-folder/back").action());
	}

	@Test
	void namesThatAreNotValidUtf8AreCopiedByteForByte() throws Exception {
		assertEquals(0, sh(tree, "printf x > \"$(printf '../outside/o\\377')\" && ln -s \"$(printf '../outside/o\\377')\" \"$(printf 'bad\\377')\" "
				+ "&& ln -s \"$(printf 'data/nl\\nname')\" \"$(printf 'nl\\nlink')\""));
		files.smartCopy(tree, copy, OuterLinks.SPLICE, false, null);
		assertEquals(0, sh(copy, "test \"$(readlink \"$(printf 'bad\\377')\")\" = \"$(printf '../../../src/outside/o\\377')\" "
				+ "&& test \"$(cat \"$(printf 'bad\\377')\")\" = x "
				+ "&& test \"$(readlink \"$(printf 'nl\\nlink')\")\" = \"$(printf 'data/nl\\nname')\""));
	}

	@Test
	void aFailedCopyLeavesNothingAndRefusesToCopyIntoItself() throws Exception {
		assertEquals(0, sh(tree, "mkfifo data/pipe"));
		LinkException e = assertThrows(LinkException.class, () -> files.smartCopy(tree, copy, OuterLinks.SPLICE, false, null));
		assertTrue(e.getMessage().contains("pipe"), e.getMessage());
		assertFalse(Files.exists(copy, LinkOption.NOFOLLOW_LINKS), "nothing half-made");
		assertThrows(LinkException.class, () -> files.smartCopy(tree, tree.resolve("data/inner"), OuterLinks.SPLICE, false, null));
		assertThrows(LinkException.class, () -> files.smartCopy(tree, copy, OuterLinks.SPLICE, true, null),
				"the dry run sees the fifo too");
	}

	@Test
	void theSameRulesHoldWithoutDescriptors() throws Exception {
		FileTreeService byPath = portable();
		Files.createSymbolicLink(outside.resolve("folder/again"), Path.of("."));
		SmartCopyReport report = byPath.smartCopy(tree, copy, OuterLinks.SPLICE, false, null);
		assertEquals(copy.toRealPath().resolve("data/file.txt"), real("abs-in"));
		assertEquals(outside.toRealPath().resolve("o.txt"), real("out-rel"));
		assertEquals(Action.KEPT, byName(report).get("rel-in").action());
		assertEquals(Files.getAttribute(copy.resolve("h1"), "unix:ino"), Files.getAttribute(copy.resolve("data/file.txt"), "unix:ino"));
		Path unrolled = dir.resolve("dst/unrolled");
		byPath.smartCopy(tree, unrolled, OuterLinks.UNROLL, false, null);
		assertEquals("outer folder", Files.readString(unrolled.resolve("out-folder/f.txt")));
		assertTrue(Files.isSymbolicLink(unrolled.resolve("out-folder/again")));
	}

	@Test
	void aSymbolicLinkCloneIsFoldersOfLinksToTheOriginals() throws Exception {
		String before = Fingerprint.of(dir.resolve("src"));
		long files = LinkServices.getDefault().symbolicLinkClone(tree, copy, null);
		assertEquals(4, files, "data/file.txt, data/sub/x.txt, h1, u1");
		Path real = tree.toRealPath();
		assertTrue(Files.isDirectory(copy.resolve("data/sub"), LinkOption.NOFOLLOW_LINKS), "folders are folders");
		assertEquals(real.resolve("data/file.txt"), Files.readSymbolicLink(copy.resolve("data/file.txt")));
		assertEquals(real.resolve("h1"), Files.readSymbolicLink(copy.resolve("h1")), "each name of a hard link is a link to that name");
		assertEquals(Path.of("data/file.txt"), Files.readSymbolicLink(copy.resolve("rel-in")), "links of the tree: as a Smart Copy makes them");
		assertEquals(copy.toRealPath().resolve("data/file.txt"), Files.readSymbolicLink(copy.resolve("abs-in")));
		assertEquals(outside.toRealPath().resolve("o.txt"), real("out-rel"));
		assertEquals(before, Fingerprint.of(dir.resolve("src")));
		assertThrows(LinkException.class, () -> LinkServices.getDefault().symbolicLinkClone(tree, tree.resolve("data/c"), null));
		assertFalse(Files.exists(tree.resolve("data/c"), LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void aSmartMoveKeepsEveryLinkInsideWorkingAtTheNewPlace() throws Exception {
		SmartCopyReport plan = files.smartMove(tree, copy, true, null);
		assertTrue(Files.isDirectory(tree) && !Files.exists(copy, LinkOption.NOFOLLOW_LINKS), "a dry run moves nothing");
		Path realOutside = outside.toRealPath();
		SmartCopyReport report = files.smartMove(tree, copy, false, null);
		assertFalse(Files.exists(tree, LinkOption.NOFOLLOW_LINKS));
		Path moved = copy.toRealPath();
		assertEquals(moved.resolve("data/file.txt"), real("rel-in"));
		assertEquals(moved.resolve("data/file.txt"), real("abs-in"));
		assertEquals(moved, real("abs-root"));
		assertEquals(moved.resolve("data/file.txt"), real("escape"));
		assertEquals(realOutside.resolve("o.txt"), real("out-rel"));
		assertFalse(Files.readSymbolicLink(copy.resolve("out-rel")).isAbsolute());
		assertEquals(realOutside.resolve("folder"), real("out-folder"));
		assertEquals(Path.of("data/missing"), Files.readSymbolicLink(copy.resolve("broken-in")));
		assertEquals(byName(plan), byName(report), "it did what it planned");
		assertTrue(report.warnings().isEmpty(), report.warnings().toString());
	}

	@Test
	void aSmartMoveAcrossVolumesIsVerifiedAndFixesTheLinksToo() throws Exception {
		java.util.Optional<Path> other = Trees.otherVolume(dir);
		org.junit.jupiter.api.Assumptions.assumeTrue(other.isPresent(), "no second file system here");
		try {
			Path there = other.get().resolve("moved");
			files.smartMove(tree, there, false, null);
			assertFalse(Files.exists(tree, LinkOption.NOFOLLOW_LINKS));
			assertEquals(there.toRealPath().resolve("data/file.txt"), there.resolve("abs-in").toRealPath());
			assertEquals(outside.toRealPath().resolve("o.txt"), there.resolve("out-rel").toRealPath());
			assertEquals("inside", Files.readString(there.resolve("rel-in")));
		} finally {
			new SafeTree(LinkSystems.current()).delete(other.get());
		}
	}

	/** The service with the portable engine, as on systems without one of their own. */
	private static FileTreeService portable() {
		org.linksmith.core.internal.LinkSystem real = LinkSystems.current();
		org.linksmith.core.internal.LinkSystem portable = (org.linksmith.core.internal.LinkSystem) java.lang.reflect.Proxy.newProxyInstance(
				org.linksmith.core.internal.LinkSystem.class.getClassLoader(), new Class<?>[] { org.linksmith.core.internal.LinkSystem.class },
				(proxy, method, args) -> {
					if (method.getName().equals("treeEngine")) {
						return null; // no engine of its own: the portable one, as on other systems
					}
					try {
						return method.invoke(real, args);
					} catch (java.lang.reflect.InvocationTargetException e) {
						throw e.getCause();
					}
				});
		return new DefaultFileTreeService(portable, new SafeTree(portable));
	}

	static int sh(Path in, String script) throws IOException, InterruptedException {
		Process p = new ProcessBuilder("sh", "-c", script).directory(in.toFile()).inheritIO().start();
		return p.waitFor();
	}

}
