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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.linksmith.core.LinkException.Reason;

/** A relocation to another volume is a faithful copy (as cp -a) or a refusal, never a surprise. */
@EnabledOnOs(OS.LINUX)
class RelocateFidelityTest extends RelocationFixture {


	@BeforeEach
	void otherVolume() throws IOException {
		Optional<Path> vol = Trees.otherVolume(dir);
		assumeTrue(vol.isPresent(), "no second file system here");
		other = vol.get();
	}

	static int sh(Path cwd, String script) throws IOException, InterruptedException {
		return new ProcessBuilder("/bin/bash", "-c", script).directory(cwd.toFile()).inheritIO().start().waitFor();
	}

	static int mode(Path p) throws IOException {
		return ((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue() & 07777;
	}

	@Test
	void aFifoInsideIsRefusedBeforeAnythingIsCopiedAndNothingHangs() throws Exception {
		Path folder = Trees.file(dir.resolve("Data/a/f.txt"), "x").getParent().getParent();
		assertEquals(0, sh(folder.resolve("a"), "mkfifo pipe"));
		LinkException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> assertThrows(LinkException.class, () -> links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null)));
		assertEquals(Reason.NOT_SUPPORTED, e.getReason());
		assertTrue(e.getMessage().contains("pipe") && e.getMessage().contains("a/pipe"), e.getMessage());
		assertFalse(Files.isSymbolicLink(folder));
		assertFalse(Files.exists(other.resolve("Data"), LinkOption.NOFOLLOW_LINKS), "a partial copy was left");
	}

	@Test
	void aDeviceNodeInsideIsRefusedAndNeverRead() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("Dev"));
		assumeTrue(sh(folder, "mknod zero c 1 5 2>/dev/null") == 0, "mknod needs root");
		LinkException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> assertThrows(LinkException.class, () -> links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null)));
		assertTrue(e.getMessage().contains("device"), e.getMessage());
		assertFalse(Files.exists(other.resolve("Dev"), LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void aMountPointInsideIsRefusedAcrossVolumesAndMovedOnOne() throws Exception {
		Path folder = Trees.file(dir.resolve("Media/keep.txt"), "x").getParent();
		Path mount = Files.createDirectories(folder.resolve("disk"));
		assumeTrue(sh(folder, "mount -t tmpfs -o size=1m linksmith-test disk 2>/dev/null") == 0,
				"cannot mount a tmpfs here");
		try {
			Files.writeString(mount.resolve("on-the-disk"), "other file system");
			LinkException e = assertThrows(LinkException.class,
					() -> links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null));
			assertTrue(e.getMessage().contains("mounted") && e.getMessage().contains("disk"), e.getMessage());
			assertEquals("other file system", Files.readString(mount.resolve("on-the-disk")));
			assertFalse(Files.isSymbolicLink(folder));
			assertFalse(Files.exists(other.resolve("Media"), LinkOption.NOFOLLOW_LINKS));
			// on the same volume it is one rename, which takes the mount along
			Path place = Files.createDirectories(dir.resolve("place"));
			links.relocate(folder, place, LinkType.SYMBOLIC_DIRECTORY, null);
			assertEquals("other file system", Files.readString(place.resolve("Media/disk/on-the-disk")));
		} finally {
			sh(dir, "umount place/Media/disk 2>/dev/null || umount Media/disk");
		}
	}

	@Test
	void aBindMountOfAFolderOfTheSameFileSystemInsideIsRefusedAndWhatItShowsStays() throws Exception {
		Path folder = Trees.file(dir.resolve("Stuff/keep.txt"), "x").getParent();
		Files.createDirectories(folder.resolve("mnt"));
		Path outside = Trees.file(dir.resolve("outside/precious"), "outside data").getParent();
		assumeTrue(sh(dir, "mount --bind outside Stuff/mnt 2>/dev/null") == 0, "cannot bind-mount here");
		try {
			LinkException e = assertThrows(LinkException.class,
					() -> links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null));
			assertTrue(e.getMessage().contains("mnt"), e.getMessage());
			assertEquals("outside data", Files.readString(outside.resolve("precious")));
			assertFalse(Files.exists(other.resolve("Stuff"), LinkOption.NOFOLLOW_LINKS));
		} finally {
			sh(dir, "umount Stuff/mnt");
		}
	}

	@Test
	void aFolderThatIsItselfAMountPointIsRefusedInOneSentence() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("Mounted"));
		assumeTrue(sh(dir, "mount -t tmpfs -o size=1m linksmith-test Mounted 2>/dev/null") == 0, "cannot mount a tmpfs here");
		try {
			Files.writeString(folder.resolve("on-it"), "y");
			Path place = Files.createDirectories(dir.resolve("place"));
			LinkException e = assertThrows(LinkException.class,
					() -> links.relocate(folder, place, LinkType.SYMBOLIC_DIRECTORY, null));
			assertTrue(e.getMessage().contains("mount"), e.getMessage());
			assertEquals("y", Files.readString(folder.resolve("on-it")));
		} finally {
			sh(dir, "umount Mounted");
		}
	}

	@Test
	void folderModesOwnersAndTimesAreKept() throws Exception {
		Path folder = Trees.file(dir.resolve("Private/shared/secret.txt"), "s").getParent().getParent();
		Files.setAttribute(folder.resolve("shared/secret.txt"), "unix:mode", Integer.valueOf(0600));
		Files.setAttribute(folder.resolve("shared"), "unix:mode", Integer.valueOf(02770));
		Files.setAttribute(folder, "unix:mode", Integer.valueOf(0700));
		FileTime old = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(folder.resolve("shared"), old);
		links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null);
		Path copy = other.resolve("Private");
		assertEquals(0700, mode(copy), "a private folder must stay private");
		assertEquals(02770, mode(copy.resolve("shared")), "setgid and group bits");
		assertEquals(0600, mode(copy.resolve("shared/secret.txt")));
		assertEquals(old, Files.getLastModifiedTime(copy.resolve("shared")));
		assertEquals("s", Files.readString(folder.resolve("shared/secret.txt")));
	}

	@Test
	void extendedAttributesAreKept() throws Exception {
		Path folder = Trees.file(dir.resolve("Tagged/photo.jpg"), "jpg").getParent();
		var fileView = Files.getFileAttributeView(folder.resolve("photo.jpg"), java.nio.file.attribute.UserDefinedFileAttributeView.class);
		var otherView = Files.getFileAttributeView(other, java.nio.file.attribute.UserDefinedFileAttributeView.class);
		try {
			fileView.write("xdg.tags", java.nio.charset.StandardCharsets.UTF_8.encode("holiday"));
			Files.getFileAttributeView(folder, java.nio.file.attribute.UserDefinedFileAttributeView.class)
					.write("xdg.comment", java.nio.charset.StandardCharsets.UTF_8.encode("2012"));
			otherView.list();
		} catch (IOException | UnsupportedOperationException e) {
			assumeTrue(false, "no user extended attributes on these file systems: " + e);
		}
		links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null);
		var copied = Files.getFileAttributeView(other.resolve("Tagged/photo.jpg"), java.nio.file.attribute.UserDefinedFileAttributeView.class);
		java.nio.ByteBuffer tags = java.nio.ByteBuffer.allocate(copied.size("xdg.tags"));
		copied.read("xdg.tags", tags);
		assertEquals("holiday", new String(tags.array(), java.nio.charset.StandardCharsets.UTF_8));
		assertTrue(Files.getFileAttributeView(other.resolve("Tagged"), java.nio.file.attribute.UserDefinedFileAttributeView.class)
				.list().contains("xdg.comment"));
	}

	@Test
	void namesThatAreNotUtf8AreCopiedAsTheirBytes() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("Names"));
		assertEquals(0, sh(folder, "printf one > \"$(printf 'bad\\377')\" && mkdir \"$(printf 'd\\351')\" && printf two > \"$(printf 'd\\351/in')\""));
		links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null);
		assertEquals(0, sh(other, "test \"$(cat \"$(printf 'Names/bad\\377')\")\" = one && test \"$(cat \"$(printf 'Names/d\\351/in')\")\" = two"),
				"the copy holds the names byte for byte");
		assertEquals(0, sh(other, "test \"$(ls Names | wc -l)\" = 2"), "no renamed extra entries");
	}

	@Test
	void aDestinationInsideTheSourceThroughABindMountIsRefused() throws Exception {
		Path folder = Trees.file(dir.resolve("Src/f"), "x").getParent();
		Path view = Files.createDirectories(other.resolve("view"));
		assumeTrue(sh(dir, "mount --bind Src '" + view + "' 2>/dev/null") == 0, "cannot bind-mount here");
		try {
			LinkException e = assertThrows(LinkException.class,
					() -> links.relocate(folder, view.resolve("inner"), LinkType.SYMBOLIC_DIRECTORY, null));
			assertEquals(Reason.DESTINATION_INSIDE_SOURCE, e.getReason());
			assertFalse(Files.isSymbolicLink(folder));
			assertEquals("x", Files.readString(folder.resolve("f")));
			try (var list = Files.list(folder)) {
				assertEquals(1, list.count());
			}
		} finally {
			sh(dir, "umount '" + view + "'");
		}
	}

	@Test
	void sparseFilesKeepTheirHolesAndEveryByte() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("Disk"));
		// 64 MiB with 8 KiB of data at the start and at 40 MiB
		assertEquals(0, sh(folder, "truncate -s 64M image && printf 'head' | dd of=image conv=notrunc status=none"
				+ " && printf 'middle' | dd of=image bs=1M seek=40 conv=notrunc status=none && truncate -s 32K small && echo tail >> small"));
		assumeTrue(sh(folder, "test $(stat -c %b image) -lt 1024") == 0, "this file system does not keep holes");
		links.relocate(folder, other, LinkType.SYMBOLIC_DIRECTORY, null);
		Path copy = other.resolve("Disk");
		assertEquals(64L << 20, Files.size(copy.resolve("image")));
		assertEquals(0, sh(copy, "test $(stat -c %b image) -lt 1024"), "the holes were filled in the copy");
		assertEquals(0, sh(dir, "cmp Disk/image '" + copy.resolve("image") + "' && cmp Disk/small '" + copy.resolve("small") + "'"),
				"the copy differs from the original");
	}
}
