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

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.DefaultLinkService;
import org.linksmith.core.internal.posix.PosixLinkSystem;

/** POSIX links; Windows has {@code WindowsLinksTest}. */
@DisabledOnOs(OS.WINDOWS)
class RetargetRemoveTest {

	@TempDir
	Path dir;

	final LinkService links = new DefaultLinkService(new PosixLinkSystem());

	@Test
	void retargetChangesOnlyTheLink() throws Exception {
		Path a = Trees.data(dir.resolve("data/a"));
		Path b = Trees.data(dir.resolve("data/b"));
		Files.writeString(b.resolve("a.txt"), "other");
		Path link = Files.createSymbolicLink(dir.resolve("link"), a);
		String before = Fingerprint.of(dir.resolve("data"));
		CreateResult r = links.retarget(link, b, TargetStyle.AS_GIVEN);
		assertEquals(b, Files.readSymbolicLink(link));
		assertEquals("other", Files.readString(link.resolve("a.txt")));
		assertEquals(before, Fingerprint.of(dir.resolve("data")), "data behind both targets untouched");
		assertTrue(r.warnings().isEmpty());
		assertEquals(1, countEntries(dir), "no temporary file left beside the link besides data/");
	}

	@Test
	void retargetIsAtomicTheLinkIsNeverMissing() throws Exception {
		Path a = Trees.file(dir.resolve("a"), "A");
		Path b = Trees.file(dir.resolve("b"), "B");
		Path link = Files.createSymbolicLink(dir.resolve("link"), a);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger missing = new AtomicInteger();
		AtomicInteger reads = new AtomicInteger();
		Thread reader = new Thread(() -> {
			while (!stop.get()) {
				if (!Files.isSymbolicLink(link)) {
					missing.incrementAndGet();
				}
				reads.incrementAndGet();
			}
		});
		reader.start();
		try {
			for (int i = 0; i < 300; i++) {
				links.retarget(link, i % 2 == 0 ? b : a, TargetStyle.AS_GIVEN);
			}
		} finally {
			stop.set(true);
			reader.join();
		}
		assertTrue(reads.get() > 0);
		assertEquals(0, missing.get(), "a reader never saw the link missing");
		assertEquals("A", Files.readString(link));
	}

	@Test
	void retargetToMissingTargetWarns() throws Exception {
		Path link = Files.createSymbolicLink(dir.resolve("link"), Trees.file(dir.resolve("a"), "A"));
		CreateResult r = links.retarget(link, dir.resolve("nope"), TargetStyle.AS_GIVEN);
		assertTrue(r.link().broken());
		assertEquals(1, r.warnings().size());
	}

	@Test
	void retargetRefusesNonLinksAndHardLinks() throws Exception {
		Path f = Trees.file(dir.resolve("f"), "x");
		assertEquals(Reason.NOT_A_LINK, assertThrows(LinkException.class,
				() -> links.retarget(f, dir, TargetStyle.AS_GIVEN)).getReason());
		Files.createLink(dir.resolve("g"), f);
		LinkException e = assertThrows(LinkException.class, () -> links.retarget(f, dir, TargetStyle.AS_GIVEN));
		assertTrue(e.getMessage().contains("hard link"), e.getMessage());
		assertEquals("x", Files.readString(f));
	}

	@Test
	void removeDirectoryLinkLeavesTheFolderAndEverythingInIt() throws Exception {
		Path data = Trees.data(dir.resolve("Games"));
		String before = Fingerprint.of(data);
		Path link = Files.createSymbolicLink(dir.resolve("link"), data);
		links.remove(link);
		assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
		assertEquals(before, Fingerprint.of(data));
	}

	@Test
	void removeFileLinkLeavesTheFile() throws Exception {
		Path f = Trees.file(dir.resolve("f"), "keep");
		Path link = Files.createSymbolicLink(dir.resolve("link"), f);
		links.remove(link);
		assertEquals("keep", Files.readString(f));
	}

	@Test
	void removeBrokenLink() throws Exception {
		Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("nowhere"));
		links.remove(link);
		assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void removeHardLinkKeepsTheOtherName() throws Exception {
		Path f = Trees.file(dir.resolve("f"), "keep");
		Path g = dir.resolve("g");
		Files.createLink(g, f);
		links.remove(g);
		assertFalse(Files.exists(g));
		assertEquals("keep", Files.readString(f));
		LinkException e = assertThrows(LinkException.class, () -> links.remove(f));
		assertEquals(Reason.LAST_NAME, e.getReason());
		assertTrue(e.getMessage().contains("only name"), e.getMessage());
		assertEquals("keep", Files.readString(f));
	}

	@Test
	void removeRefusesFoldersAndMissingPaths() throws Exception {
		Path data = Trees.data(dir.resolve("d"));
		String before = Fingerprint.of(data);
		LinkException e = assertThrows(LinkException.class, () -> links.remove(data));
		assertEquals(Reason.NOT_A_LINK, e.getReason());
		assertTrue(e.getMessage().contains("folder"), e.getMessage());
		assertEquals(before, Fingerprint.of(data));
		assertEquals(Reason.NOT_FOUND,
				assertThrows(LinkException.class, () -> links.remove(dir.resolve("nope"))).getReason());
	}

	@Test
	void removeLinkInsideLinkedFolderRemovesOnlyThatLink() throws Exception {
		Path data = Trees.data(dir.resolve("data"));
		Path inner = Files.createSymbolicLink(data.resolve("inner"), data.resolve("sub"));
		String subBefore = Fingerprint.of(data.resolve("sub"));
		Path outer = Files.createSymbolicLink(dir.resolve("outer"), data);
		links.remove(outer.resolve("inner"));
		assertFalse(Files.exists(inner, LinkOption.NOFOLLOW_LINKS));
		assertEquals(subBefore, Fingerprint.of(data.resolve("sub")));
	}

	private static int countEntries(Path d) throws Exception {
		int n = 0;
		try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
			for (Path p : s) {
				if (!p.getFileName().toString().equals("link")) {
					n++;
				}
			}
		}
		return n;
	}
}
