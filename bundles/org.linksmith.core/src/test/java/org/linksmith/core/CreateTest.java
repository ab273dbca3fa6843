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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.DefaultLinkService;
import org.linksmith.core.internal.posix.PosixLinkSystem;

/** POSIX links; Windows has {@code WindowsLinksTest}. */
@DisabledOnOs(OS.WINDOWS)
class CreateTest {

	@TempDir
	Path dir;

	final LinkService links = new DefaultLinkService(new PosixLinkSystem());

	@Test
	void symbolicLinkToFolderStoresTargetAsGiven() throws Exception {
		Trees.data(dir.resolve("Backups/Pictures/My Pictures/Holidays/Christmas 2012"));
		Path pics = dir.resolve("Pics");
		CreateResult r = links.create(pics, Path.of("Backups/Pictures/My Pictures/Holidays/Christmas 2012"),
				LinkType.SYMBOLIC_FILE, TargetStyle.AS_GIVEN);
		assertEquals(LinkType.SYMBOLIC_DIRECTORY, r.link().type(), "type follows the existing target");
		assertEquals(Path.of("Backups/Pictures/My Pictures/Holidays/Christmas 2012"), Files.readSymbolicLink(pics));
		assertEquals("alpha", Files.readString(pics.resolve("a.txt")), "paths with spaces just work");
		assertTrue(r.warnings().isEmpty());
		assertFalse(r.link().broken());
	}

	@Test
	void relativeStyleComputesPathFromLinkFolder() throws Exception {
		Path target = Trees.file(dir.resolve("data/deep/file.txt"), "x");
		Files.createDirectories(dir.resolve("links/here"));
		CreateResult r = links.create(dir.resolve("links/here/l"), target, LinkType.SYMBOLIC_FILE, TargetStyle.RELATIVE);
		assertEquals(Path.of("../../data/deep/file.txt"), Files.readSymbolicLink(dir.resolve("links/here/l")));
		assertEquals(LinkType.SYMBOLIC_FILE, r.link().type());
		assertEquals(target.toRealPath(), r.link().resolved());
	}

	@Test
	void absoluteStyleStoresNormalizedAbsolutePath() throws Exception {
		Path target = Trees.file(dir.resolve("t.txt"), "x");
		Files.createDirectories(dir.resolve("sub")); // the kernel walks sub/.. only where sub exists
		Path link = dir.resolve("l");
		links.create(link, dir.resolve("sub/../t.txt"), LinkType.SYMBOLIC_FILE, TargetStyle.ABSOLUTE);
		assertEquals(target, Files.readSymbolicLink(link));
	}

	@Test
	void missingTargetIsAllowedWithWarningAndShowsBroken() throws Exception {
		Path link = dir.resolve("later");
		CreateResult r = links.create(link, dir.resolve("not-yet"), LinkType.SYMBOLIC_DIRECTORY, TargetStyle.AS_GIVEN);
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(1, r.warnings().size());
		assertTrue(r.warnings().get(0).contains("does not exist"), r.warnings().get(0));
		assertTrue(r.link().broken());
		Files.createDirectory(dir.resolve("not-yet"));
		assertFalse(links.inspect(link).broken(), "no longer broken once the target exists");
	}

	@Test
	void existingNameIsNeverOverwritten() throws Exception {
		Path file = Trees.file(dir.resolve("taken"), "precious");
		Path folder = Trees.data(dir.resolve("folder"));
		String before = Fingerprint.of(dir);
		for (Path name : new Path[] { file, folder }) {
			for (LinkType type : new LinkType[] { LinkType.SYMBOLIC_FILE, LinkType.HARD }) {
				LinkException e = assertThrows(LinkException.class,
						() -> links.create(name, dir.resolve("folder/a.txt"), type, TargetStyle.AS_GIVEN));
				assertEquals(Reason.ALREADY_EXISTS, e.getReason());
				assertTrue(e.getMessage().contains("already exists"), e.getMessage());
			}
		}
		assertEquals(before, Fingerprint.of(dir));
		assertEquals("precious", Files.readString(file));
	}

	@Test
	void existingDanglingLinkIsNeverOverwritten() throws Exception {
		Path link = dir.resolve("l");
		Files.createSymbolicLink(link, Path.of("nowhere"));
		LinkException e = assertThrows(LinkException.class,
				() -> links.create(link, Path.of("elsewhere"), LinkType.SYMBOLIC_FILE, TargetStyle.AS_GIVEN));
		assertEquals(Reason.ALREADY_EXISTS, e.getReason());
		assertEquals(Path.of("nowhere"), Files.readSymbolicLink(link));
	}

	@Test
	void missingParentIsReported() {
		LinkException e = assertThrows(LinkException.class, () -> links.create(dir.resolve("no/such/l"),
				dir, LinkType.SYMBOLIC_DIRECTORY, TargetStyle.AS_GIVEN));
		assertEquals(Reason.PARENT_MISSING, e.getReason());
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("no")));
	}

	@Test
	void hardLinkIsAnotherName() throws Exception {
		Path original = Trees.file(dir.resolve("orig.txt"), "data");
		CreateResult r = links.create(dir.resolve("second name.txt"), original, LinkType.HARD, TargetStyle.AS_GIVEN);
		assertEquals(LinkType.HARD, r.link().type());
		assertEquals(2, r.link().links());
		assertEquals(Files.getAttribute(original, "unix:ino"), Files.getAttribute(dir.resolve("second name.txt"), "unix:ino"));
	}

	@Test
	void hardLinkToFolderIsRefused() throws Exception {
		Path folder = Trees.data(dir.resolve("folder"));
		LinkException e = assertThrows(LinkException.class,
				() -> links.create(dir.resolve("h"), folder, LinkType.HARD, TargetStyle.AS_GIVEN));
		assertEquals(Reason.HARD_LINK_TO_DIRECTORY, e.getReason());
		assertTrue(e.getMessage().contains("symbolic link"), "suggests what to do instead: " + e.getMessage());
		assertFalse(Files.exists(dir.resolve("h"), LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void hardLinkToMissingFileIsRefused() {
		LinkException e = assertThrows(LinkException.class,
				() -> links.create(dir.resolve("h"), dir.resolve("missing"), LinkType.HARD, TargetStyle.AS_GIVEN));
		assertEquals(Reason.TARGET_MISSING, e.getReason());
	}

	@Test
	void hardLinkAcrossVolumesIsRefused() throws Exception {
		Optional<Path> other = Trees.otherVolume(dir);
		assumeTrue(other.isPresent(), "SKIPPED: this machine has no second writable file system (/dev/shm)");
		try {
			Path original = Trees.file(other.get().resolve("f.txt"), "x");
			LinkException e = assertThrows(LinkException.class,
					() -> links.create(dir.resolve("h"), original, LinkType.HARD, TargetStyle.AS_GIVEN));
			assertEquals(Reason.CROSS_DEVICE, e.getReason());
			assertTrue(e.getMessage().contains("different volumes"), e.getMessage());
			assertFalse(Files.exists(dir.resolve("h")));
		} finally {
			Files.deleteIfExists(other.get().resolve("f.txt"));
			Files.deleteIfExists(other.get());
		}
	}

	@Test
	void junctionIsRefusedOnPosixWithAdvice() throws Exception {
		Path folder = Trees.data(dir.resolve("folder"));
		LinkException e = assertThrows(LinkException.class,
				() -> links.create(dir.resolve("j"), folder, LinkType.JUNCTION, TargetStyle.AS_GIVEN));
		assertEquals(Reason.NOT_SUPPORTED, e.getReason());
		assertTrue(e.getMessage().contains("Windows") && e.getMessage().contains("directory symbolic link"),
				e.getMessage());
		assertFalse(links.supportedTypes(dir).contains(LinkType.JUNCTION));
	}

	@Test
	void unicodeNamesWork() throws Exception {
		Path target = Trees.file(dir.resolve("Ünïcødé 写真 ✓/файл.txt"), "ü");
		Path link = dir.resolve("ссылка → 写真");
		CreateResult r = links.create(link, target, LinkType.SYMBOLIC_FILE, TargetStyle.RELATIVE);
		assertEquals("ü", Files.readString(link));
		assertEquals(target.toRealPath(), r.link().resolved());
	}

	@Test
	void longPathsWork() throws Exception {
		Path deep = dir;
		while (deep.toString().length() < 3000) {
			deep = deep.resolve("a-rather-long-folder-name-to-make-the-path-long");
		}
		Files.createDirectories(deep);
		Path target = Trees.file(deep.resolve("leaf.txt"), "deep");
		Path link = deep.resolve("link");
		links.create(link, target, LinkType.SYMBOLIC_FILE, TargetStyle.ABSOLUTE);
		assertEquals("deep", Files.readString(link));
	}

	@Test
	void tooLongNameIsAClearError() {
		Path link = dir.resolve("n".repeat(300));
		LinkException e = assertThrows(LinkException.class,
				() -> links.create(link, dir, LinkType.SYMBOLIC_DIRECTORY, TargetStyle.AS_GIVEN));
		assertEquals(Reason.INVALID_PATH, e.getReason());
		assertTrue(e.getMessage().contains("shorter name"), e.getMessage());
	}

	@Test
	void linkToLinkCreatesAChain() throws Exception {
		Path end = Trees.data(dir.resolve("E/Users/Kari/Documents"));
		Path d = dir.resolve("D-Docs");
		Path c = dir.resolve("C-Docs");
		links.create(d, end, LinkType.SYMBOLIC_DIRECTORY, TargetStyle.ABSOLUTE);
		CreateResult r = links.create(c, d, LinkType.SYMBOLIC_DIRECTORY, TargetStyle.ABSOLUTE);
		assertEquals(java.util.List.of(c, d), r.link().chain());
		assertEquals(end.toRealPath(), r.link().resolved());
	}

	@Test
	void onAReadOnlyDriveNoLinkTypeIsOfferedAndCreateSaysWhy() throws Exception {
		Path data = Files.createDirectories(dir.resolve("data"));
		Path ro = Files.createDirectories(dir.resolve("ro"));
		assumeTrue(RelocateFidelityTest.sh(dir, "mount --bind data ro 2>/dev/null && mount -o remount,bind,ro ro 2>/dev/null") == 0,
				"cannot mount here");
		try {
			assertEquals(java.util.Set.of(), links.supportedTypes(ro.resolve("not-yet")), "asked of the drive itself");
			assertTrue(links.supportedTypes(dir).contains(LinkType.SYMBOLIC_FILE), "beside it, on the writable drive");
			LinkException e = assertThrows(LinkException.class,
					() -> links.create(ro.resolve("link"), data, LinkType.SYMBOLIC_FILE, TargetStyle.AS_GIVEN));
			assertEquals(Reason.NOT_SUPPORTED, e.getReason());
			assertTrue(e.getMessage().contains("read-only") && e.getMessage().contains("another drive"), e.getMessage());
		} finally {
			RelocateFidelityTest.sh(dir, "umount ro");
		}
	}
}
