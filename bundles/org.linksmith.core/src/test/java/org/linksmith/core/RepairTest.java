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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Repair: broken links find their moved targets again, and only clear cases are repaired without asking. */
@DisabledOnOs(OS.WINDOWS)
class RepairTest {

	@TempDir
	Path dir;
	@TempDir
	Path state;
	LinkIndex index;
	LinkRepair repair;
	Path links;

	@BeforeEach
	void setUp() throws IOException {
		index = LinkServices.index(state.resolve("links.mv.db"));
		repair = LinkServices.repair(index);
		links = Files.createDirectories(dir.resolve("links"));
	}

	private LinkRepair.Proposal only(List<LinkRepair.Proposal> proposals, String link) {
		return proposals.stream().filter(p -> p.link().path().getFileName().toString().equals(link)).findFirst()
				.orElseThrow(() -> new AssertionError(link + " not among " + proposals));
	}

	/** Copies a tree as a move to another volume would (times kept, new identities), then deletes it. */
	private static void moveAcrossVolumes(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : all.filter(p -> !p.equals(from)).toList()) {
				Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES,
						java.nio.file.LinkOption.NOFOLLOW_LINKS);
			}
		}
		try (Stream<Path> all = Files.walk(to)) {
			for (Path p : all.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
				Files.setLastModifiedTime(p, Files.getLastModifiedTime(from.resolve(to.relativize(p).toString())));
			}
		}
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	@Test
	void aFolderMovedOnTheSameVolumeIsFoundByItsIdentity() throws Exception {
		Path photos = Files.createDirectories(dir.resolve("data/photos"));
		Files.writeString(photos.resolve("a.jpg"), "jpeg");
		Files.createDirectories(dir.resolve("elsewhere/photos")); // the same name, another folder
		Files.createSymbolicLink(links.resolve("rel"), Path.of("../data/photos"));
		Files.createSymbolicLink(links.resolve("abs"), photos);
		index.scan(dir, false, null);
		Files.createDirectories(dir.resolve("archive/2026"));
		Files.move(photos, dir.resolve("archive/2026/photos"));

		List<LinkRepair.Proposal> plan = repair.plan(List.of(links), List.of(), null);
		assertEquals(2, plan.size());
		LinkRepair.Proposal rel = only(plan, "rel");
		LinkRepair.Candidate clear = rel.clear();
		assertNotNull(clear, rel.toString());
		assertEquals(LinkRepair.Match.IDENTITY, clear.match());
		assertEquals(dir.resolve("archive/2026/photos").toRealPath(), clear.path());
		assertTrue(Files.isSymbolicLink(links.resolve("rel")) && !Files.exists(links.resolve("rel")),
				"planning changes nothing");

		repair.apply(rel, clear);
		assertEquals(Path.of("../archive/2026/photos"), Files.readSymbolicLink(links.resolve("rel")), "still relative");
		assertEquals("jpeg", Files.readString(links.resolve("rel/a.jpg")));
		LinkRepair.Proposal abs = only(plan, "abs");
		repair.apply(abs, abs.clear());
		assertEquals(dir.resolve("archive/2026/photos").toRealPath(), Files.readSymbolicLink(links.resolve("abs")),
				"still absolute");
		assertThrows(LinkException.class, () -> repair.apply(abs, abs.clear()), "not the broken link planned any more");
	}

	@Test
	void acrossVolumesNameSizeAndDateServeAndAPrefixChangeSettlesTheAmbiguous() throws Exception {
		Path old = Files.createDirectories(dir.resolve("mnt/old"));
		for (String sub : List.of("a", "b", "c")) {
			Files.createDirectories(old.resolve(sub));
			Files.writeString(old.resolve(sub + "/notes-" + sub + ".txt"), "notes " + sub);
			Files.writeString(old.resolve(sub + "/readme.txt"), "same size");
			Files.createSymbolicLink(links.resolve("notes-" + sub), old.resolve(sub + "/notes-" + sub + ".txt"));
		}
		Files.createSymbolicLink(links.resolve("readme-b"), old.resolve("b/readme.txt"));
		Files.createSymbolicLink(links.resolve("dir-c"), old.resolve("c"));
		index.scan(dir, false, null);
		Path now = Files.createDirectories(dir.resolve("mnt/new"));
		moveAcrossVolumes(old, now);

		List<LinkRepair.Proposal> plan = repair.plan(List.of(links), List.of(), null);
		for (String sub : List.of("a", "b", "c")) {
			LinkRepair.Candidate c = only(plan, "notes-" + sub).clear();
			assertNotNull(c, sub);
			assertTrue(c.match() == LinkRepair.Match.PREFIX || c.match() == LinkRepair.Match.NAME_AND_SIZE, c.toString());
			assertTrue(only(plan, "notes-" + sub).candidates().stream().anyMatch(x -> x.match() == LinkRepair.Match.PREFIX),
					"found by name and size, and then by the prefix change they show together");
			assertEquals(now.resolve(sub + "/notes-" + sub + ".txt").toRealPath(), c.path());
		}
		LinkRepair.Proposal readme = only(plan, "readme-b");
		assertTrue(readme.candidates().stream().filter(c -> c.match() == LinkRepair.Match.NAME_AND_SIZE).count() >= 2,
				"three readme.txt of the same size: by name and size alone it is not clear");
		LinkRepair.Candidate byPrefix = readme.clear();
		assertNotNull(byPrefix, "the prefix change /mnt/old -> /mnt/new that the other links show decides it");
		assertEquals(LinkRepair.Match.PREFIX, byPrefix.match());
		assertEquals(now.resolve("b/readme.txt").toRealPath(), byPrefix.path());
		assertEquals(now.resolve("c").toRealPath(), only(plan, "dir-c").clear().path());
	}

	@Test
	void aDeletedTargetHasNoCandidateAndTwoEqualCopiesAreNotClear() throws Exception {
		Path gone = Files.writeString(dir.resolve("gone.txt"), "g");
		Path twin = Files.createDirectories(dir.resolve("src"));
		Path f = Files.writeString(twin.resolve("report.txt"), "12345");
		// written an hour ago: a new file that gets its inode once it is deleted is not taken for it
		Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
		Files.createSymbolicLink(links.resolve("gone"), gone);
		Files.createSymbolicLink(links.resolve("report"), f);
		index.scan(dir, false, null);
		Files.delete(gone);
		Files.createDirectories(dir.resolve("x"));
		Files.createDirectories(dir.resolve("y"));
		Files.writeString(dir.resolve("x/report.txt"), "12345");
		Files.delete(f);
		Files.writeString(dir.resolve("y/report.txt"), "543210"); // may well get the deleted file's inode

		List<LinkRepair.Proposal> plan = repair.plan(List.of(links), List.of(), null);
		assertTrue(only(plan, "gone").candidates().isEmpty());
		assertNull(only(plan, "gone").clear());
		LinkRepair.Proposal report = only(plan, "report");
		assertEquals(2, report.candidates().size(), report.toString());
		assertEquals(LinkRepair.Match.NAME_AND_SIZE, report.candidates().get(0).match());
		assertEquals(dir.resolve("x/report.txt").toRealPath(), report.candidates().get(0).path());
		assertEquals(LinkRepair.Match.NAME, report.candidates().get(1).match(), "the same name, another size");
		assertNotNull(report.clear(), "one of the same name and size: clear");
	}

	@Test
	void withoutAnIndexNamesAreAllThereIsAndNeverClear() throws Exception {
		Path f = Files.writeString(dir.resolve("Holiday-2024.pdf"), "pdf");
		Files.createSymbolicLink(links.resolve("h"), f);
		Files.createDirectories(dir.resolve("docs"));
		Files.move(f, dir.resolve("docs/holiday_2024.pdf"));
		List<LinkRepair.Proposal> plan = LinkServices.repair(null).plan(List.of(links), List.of(dir), null);
		LinkRepair.Proposal h = only(plan, "h");
		assertEquals(1, h.candidates().size());
		assertEquals(LinkRepair.Match.CLOSE_NAME, h.candidates().get(0).match());
		assertNull(h.clear(), "a close name is only offered");
	}
}
