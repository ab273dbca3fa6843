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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkException.Reason;

/**
 * A path means what the kernel reaches: {@code dl/../X} is the X beside the folder {@code dl}
 * points to, never the X beside {@code dl} (which {@code normalize()} would give). Each case has a
 * decoy at the textual place, which must stay untouched.
 * <p>
 * Empty paths are tested through the command line only ({@code tests/cli/smoke.sh}, in a
 * temporary folder): java.nio reads {@code ""} as the current folder, which in this JVM is the
 * module's own folder, and a regression would move it away.
 */
@DisabledOnOs(OS.WINDOWS)
class KernelPathsTest {

	@TempDir
	Path dir;

	final LinkService links = LinkServices.getDefault();
	/** dir/dl -> real/inner: so dir/dl/.. is dir/real, not dir. */
	Path dl;
	Path real;

	@BeforeEach
	void chain() throws Exception {
		real = Files.createDirectories(dir.resolve("real/inner")).getParent();
		dl = Files.createSymbolicLink(dir.resolve("dl"), Path.of("real/inner"));
	}

	@Test
	void retargetThroughDotDotActsOnTheLinkTheKernelReaches() throws Exception {
		Path decoy = Trees.file(dir.resolve("L"), "precious");
		Files.createSymbolicLink(real.resolve("L"), Path.of("old"));
		CreateResult r = links.retarget(dl.resolve("../L"), Path.of("new"), TargetStyle.AS_GIVEN);
		assertEquals(Path.of("new"), Files.readSymbolicLink(real.resolve("L")));
		assertFalse(Files.isSymbolicLink(decoy), "the regular file beside dl was replaced by a link");
		assertEquals("precious", Files.readString(decoy));
		assertEquals(Path.of("new"), r.link().target());
	}

	@Test
	void retargetThroughDotDotOfARegularFileIsRefused() throws Exception {
		// the kernel reaches real/F, a regular file; the textual dir/F is a link that must stay
		Trees.file(real.resolve("F"), "data");
		Path decoy = Files.createSymbolicLink(dir.resolve("F"), Path.of("somewhere"));
		LinkException e = assertThrows(LinkException.class,
				() -> links.retarget(dl.resolve("../F"), Path.of("/etc/passwd"), TargetStyle.AS_GIVEN));
		assertEquals(Reason.NOT_A_LINK, e.getReason());
		assertEquals(Path.of("somewhere"), Files.readSymbolicLink(decoy));
		assertEquals("data", Files.readString(real.resolve("F")));
	}

	@Test
	void relocateThroughDotDotMovesTheFolderTheKernelReaches() throws Exception {
		Trees.file(real.resolve("D/inside.txt"), "reached");
		Trees.file(dir.resolve("D/decoy.txt"), "textual");
		Path place = Files.createDirectories(dir.resolve("place"));
		links.relocate(dl.resolve("../D"), place.resolve("D"), LinkType.SYMBOLIC_DIRECTORY, null);
		assertTrue(Files.isSymbolicLink(real.resolve("D")));
		assertEquals("reached", Files.readString(place.resolve("D/inside.txt")));
		assertFalse(Files.isSymbolicLink(dir.resolve("D")));
		assertEquals("textual", Files.readString(dir.resolve("D/decoy.txt")));
	}

	@Test
	void createRelativeThroughDotDotComputesFromTheRealFolder() throws Exception {
		Path target = Trees.file(dir.resolve("data/f.txt"), "x");
		CreateResult r = links.create(dl.resolve("../rl"), target, LinkType.SYMBOLIC_FILE, TargetStyle.RELATIVE);
		Path made = real.resolve("rl");
		assertTrue(Files.isSymbolicLink(made));
		assertFalse(Files.exists(dir.resolve("rl"), LinkOption.NOFOLLOW_LINKS));
		assertEquals(Path.of("../data/f.txt"), Files.readSymbolicLink(made));
		assertEquals("x", Files.readString(made));
		assertFalse(r.link().broken());
	}

	@Test
	void aWorkingLinkThroughDotDotIsNotBroken() throws Exception {
		// w -> dl/../f: the kernel reaches real/f (exists); the textual dir/f does not exist
		Trees.file(real.resolve("f"), "here");
		Path w = Files.createSymbolicLink(dir.resolve("w"), Path.of("dl/../f"));
		assertEquals("here", Files.readString(w));
		LinkInfo info = links.inspect(w);
		assertFalse(info.broken(), "a clean-up of broken links would delete this working link");
		assertEquals(real.resolve("f").toRealPath(), info.resolved());
		assertTrue(scan(false).contains(w));
		assertFalse(scan(true).contains(w));
	}

	@Test
	void aLinkThatLooksFineInTextButIsBrokenIsBroken() throws Exception {
		// textually dir/f exists, but the kernel reaches real/f, which does not
		Trees.file(dir.resolve("f"), "decoy");
		Path b = Files.createSymbolicLink(dir.resolve("b"), Path.of("dl/../f"));
		assertTrue(links.inspect(b).broken());
		assertTrue(scan(true).contains(b));
	}

	@Test
	void linksBrokenByFileDotAndMissingDotDotAreFoundAsFindXtypeFindsThem() throws Exception {
		Trees.file(dir.resolve("file.txt"), "x");
		Path dot = Files.createSymbolicLink(dir.resolve("dot"), Path.of("file.txt/."));
		Path up = Files.createSymbolicLink(dir.resolve("up"), Path.of("missing/../file.txt"));
		Path fine = Files.createSymbolicLink(dir.resolve("fine"), Path.of("real/../file.txt"));
		assertTrue(links.inspect(dot).broken());
		assertTrue(links.inspect(up).broken());
		assertFalse(links.inspect(fine).broken());
		Set<Path> broken = Set.copyOf(scan(true));
		assertTrue(broken.containsAll(List.of(dot, up)), broken.toString());
		assertFalse(broken.contains(fine));
	}

	@Test
	void rootDotAndDotDotAreNeverActedOn() throws Exception {
		Path data = Trees.file(dir.resolve("keep/f"), "x");
		Path place = Files.createDirectories(dir.resolve("place"));
		for (Path bad : List.of(Path.of("/"), dir.resolve("keep/."), dir.resolve("keep/sub/.."), dl.resolve(".."))) {
			LinkException e = assertThrows(LinkException.class,
					() -> links.relocate(bad, place, LinkType.SYMBOLIC_DIRECTORY, null), bad.toString());
			assertEquals(Reason.INVALID_PATH, e.getReason(), bad.toString());
		}
		assertEquals("x", Files.readString(data));
		assertFalse(Files.isSymbolicLink(dir.resolve("keep")));
		assertFalse(Files.isSymbolicLink(real));
		try (var list = Files.list(place)) {
			assertEquals(0, list.count());
		}
		Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("keep"));
		LinkException e = assertThrows(LinkException.class, () -> links.retarget(link, Path.of(""), TargetStyle.AS_GIVEN));
		assertEquals(Reason.INVALID_PATH, e.getReason());
		assertTrue(e.getMessage().contains("empty"), e.getMessage());
		assertEquals(Path.of("keep"), Files.readSymbolicLink(link));
	}

	private List<Path> scan(boolean brokenOnly) throws LinkException {
		List<Path> found = new ArrayList<>();
		links.scan(dir, new ScanOptions(true, Set.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY), brokenOnly),
				info -> found.add(info.path()), null);
		return found;
	}

	@Test
	void dotDotAfterAMissingFolderOrAFileReachesNothingAndNeverAnExistingLookAlike() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("H"));
		Trees.file(dir.resolve("afile"), "a file");
		assertThrows(LinkException.class, () -> links.relocate(folder, dir.resolve("nonexist/../H9"), LinkType.SYMBOLIC_DIRECTORY, null));
		assertThrows(LinkException.class, () -> links.relocate(folder, dir.resolve("afile/../I9"), LinkType.SYMBOLIC_DIRECTORY, null));
		assertTrue(Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(folder));
		assertFalse(Files.exists(dir.resolve("H9")));
		assertFalse(Files.exists(dir.resolve("I9")));
		// a relative link through a missing folder stays dangling, as the kernel reads it
		Path x = Trees.file(dir.resolve("X"), "x");
		CreateResult r = links.create(dir.resolve("cl"), dir.resolve("nonexist/../X"), LinkType.SYMBOLIC_FILE, TargetStyle.RELATIVE);
		assertTrue(r.link().broken(), "the kernel reaches nothing through nonexist/..: " + r.link());
		assertFalse(Files.exists(dir.resolve("cl")), "not a link to " + x);
	}

	@Test
	void thePlannedTargetIsWhatTheLinkThenStores() throws Exception {
		// a link inside dl (-> real/inner), retargeted to "../shared": the kernel's ../ is real/shared
		Path link = Files.createSymbolicLink(dl.resolve("L"), Path.of("old"));
		Path given = dl.resolve("../shared");
		PlannedTarget absolute = links.plannedTarget(link, given, TargetStyle.ABSOLUTE);
		assertEquals(dir.toRealPath().resolve("real/shared"), absolute.reached(), "not the shared beside dl");
		PlannedTarget relative = links.plannedTarget(link, given, TargetStyle.RELATIVE);
		links.retarget(link, given, TargetStyle.RELATIVE);
		assertEquals(relative.stored(), Files.readSymbolicLink(link), "the preview said what is stored");
		links.retarget(link, given, TargetStyle.ABSOLUTE);
		assertEquals(absolute.stored(), Files.readSymbolicLink(link));
		assertFalse(absolute.exists());
	}
}
