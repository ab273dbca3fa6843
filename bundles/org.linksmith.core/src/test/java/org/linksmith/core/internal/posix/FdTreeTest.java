/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.internal.SafeTree;

/** Deleting trees relative to directory descriptors, on real trees made by the shell. */
@EnabledOnOs(OS.LINUX)
class FdTreeTest {

	@TempDir
	Path dir;

	final SafeTree tree = new SafeTree(new PosixLinkSystem());

	@BeforeEach
	void native_() {
		assumeTrue(LinuxTreeWalker.isAvailable(), "no native calls on this machine");
	}

	static int sh(Path cwd, String script) throws IOException, InterruptedException {
		return new ProcessBuilder("/bin/bash", "-c", script).directory(cwd.toFile()).inheritIO().start().waitFor();
	}

	@Test
	void namesThatAreNotValidUtf8AreDeletedAsTheBytesTheyAre() throws Exception {
		Path root = Files.createDirectories(dir.resolve("t"));
		assertEquals(0, sh(root, "touch \"$(printf 'bad\\377name')\" \"$(printf 'line\\nbreak')\" && mkdir \"$(printf 'd\\351')\" && touch \"$(printf 'd\\351')/inside\""));
		// a decoy whose name is what a lossy decoding of the bad name would give
		Path decoy = Files.writeString(dir.resolve("bad\ufffdname"), "keep");
		tree.delete(root);
		assertFalse(Files.exists(root, LinkOption.NOFOLLOW_LINKS));
		assertEquals("keep", Files.readString(decoy));
	}

	@Test
	void treesDeeperThanPathMaxAreDeletedToTheBottom() throws Exception {
		Path root = Files.createDirectories(dir.resolve("deep"));
		// 420 levels of 11 bytes: about 4,600 bytes of path, more than PATH_MAX (4,096)
		assertEquals(0, sh(root, "i=0; while [ $i -lt 420 ]; do mkdir d0123456789 && cd -P d0123456789 2>/dev/null || exit 1; i=$((i+1)); done; echo x > bottom"));
		tree.delete(root);
		assertFalse(Files.exists(root, LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void linksInsideAreRemovedAsLinksAndWhatTheyPointToStays() throws Exception {
		Path outside = Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("f"), "keep");
		Path root = Files.createDirectories(dir.resolve("t/sub"));
		Files.createSymbolicLink(root.resolve("to-folder"), outside.getParent());
		Files.createSymbolicLink(root.resolve("to-file"), outside);
		Files.createSymbolicLink(root.resolve("dangling"), Path.of("nowhere"));
		tree.delete(dir.resolve("t"));
		assertFalse(Files.exists(dir.resolve("t"), LinkOption.NOFOLLOW_LINKS));
		assertEquals("keep", Files.readString(outside));
	}

	@Test
	void aFileSystemMountedInsideIsNeverEntered() throws Exception {
		Path root = Files.createDirectories(dir.resolve("t"));
		Path mount = Files.createDirectories(root.resolve("a/mnt"));
		Files.writeString(root.resolve("a/before"), "x");
		boolean mounted = sh(root, "mount -t tmpfs -o size=1m linksmith-test a/mnt 2>/dev/null") == 0;
		assumeTrue(mounted, "cannot mount a tmpfs here (needs root and a mount namespace that allows it)");
		try {
			Files.writeString(mount.resolve("on-the-mount"), "other file system");
			IOException e = assertThrows(IOException.class, () -> tree.delete(root));
			assertTrue(e.getMessage().contains("mounted"), e.getMessage());
			assertEquals("other file system", Files.readString(mount.resolve("on-the-mount")));
		} finally {
			sh(root, "umount a/mnt");
		}
	}

	@Test
	void removingALinkChecksInTheOpenFolderThatItStillIsOne() throws Exception {
		PosixLinkSystem system = new PosixLinkSystem();
		// what was classified as a link was replaced by a file's only name meanwhile: refused
		Path file = Files.writeString(dir.resolve("was-a-link"), "only name");
		assertThrows(IOException.class, () -> system.removeLink(file, org.linksmith.core.LinkType.SYMBOLIC_FILE));
		assertThrows(IOException.class, () -> system.removeLink(file, org.linksmith.core.LinkType.HARD));
		assertEquals("only name", Files.readString(file));
		// a real link goes, and only the link
		Path link = Files.createSymbolicLink(dir.resolve("link"), file);
		system.removeLink(link, org.linksmith.core.LinkType.SYMBOLIC_FILE);
		assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
		assertEquals("only name", Files.readString(file));
		// a second name of a file goes; the first stays
		Path second = Files.createLink(dir.resolve("second"), file);
		system.removeLink(second, org.linksmith.core.LinkType.HARD);
		assertFalse(Files.exists(second));
		assertEquals("only name", Files.readString(file));
	}

	@Test
	void treesDeeperThanPathMaxAreMeasuredCopiedVerifiedAndDeletedWhole() throws Exception {
		Path root = Files.createDirectories(dir.resolve("deep"));
		// 60 levels of 100-byte names: about 6,000 bytes, beyond PATH_MAX (4,096)
		assertEquals(0, sh(root, "n=$(printf 'd%.0s' $(seq 100)); for i in $(seq 60); do mkdir $n && cd $n || exit 1; done; "
				+ "echo bottom > file && ln -s file link && ln file hard"));
		SafeTree.Size size = tree.measure(root, new org.eclipse.core.runtime.NullProgressMonitor());
		assertEquals(63, size.entries, "every level and the bottom entries counted");
		Path copy = Files.createDirectory(dir.resolve("copy"));
		tree.copy(root, copy, new org.eclipse.core.runtime.NullProgressMonitor());
		assertEquals(null, tree.verify(root, copy, new org.eclipse.core.runtime.NullProgressMonitor()));
		assertEquals(0, sh(dir, "cd copy; n=$(printf 'd%.0s' $(seq 100)); for i in $(seq 60); do cd $n || exit 1; done; "
				+ "[ \"$(cat file)\" = bottom ] && [ \"$(readlink link)\" = file ] && [ file -ef hard ]"),
				"the bottom of the copy, its hard links one file as in the original");
		tree.delete(root);
		tree.delete(copy);
		assertFalse(Files.exists(root, LinkOption.NOFOLLOW_LINKS));
		assertFalse(Files.exists(copy, LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void linksDeeperThanPathMaxAreListedByAScan() throws Exception {
		Path root = Files.createDirectories(dir.resolve("deep-links"));
		assertEquals(0, sh(root, "n=$(printf 'd%.0s' $(seq 100)); for i in $(seq 50); do mkdir $n && cd $n || exit 1; done; "
				+ "ln -s nowhere broken && ln -s .. up"));
		java.util.List<String> found = new java.util.ArrayList<>();
		new org.linksmith.core.internal.DefaultLinkService(new PosixLinkSystem()).scan(root,
				new org.linksmith.core.ScanOptions(true, java.util.Set.of(), false), new org.linksmith.core.LinkVisitor() {
					@Override
					public void found(org.linksmith.core.LinkInfo link) {
						found.add(link.path().getFileName() + (link.broken() ? " broken" : " ok"));
					}

					@Override
					public void failed(Path path, String message) {
						found.add("failed: " + message);
					}
				}, null);
		java.util.Collections.sort(found);
		tree.delete(root); // deeper than the test framework's clean-up can go
		assertEquals(java.util.List.of("broken broken", "up ok"), found, "as find -xtype l sees them");
	}
}
