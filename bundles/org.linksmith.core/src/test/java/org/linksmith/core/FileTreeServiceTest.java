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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.DefaultFileTreeService;
import org.linksmith.core.internal.LinkSystem;
import org.linksmith.core.internal.LinkSystems;
import org.linksmith.core.internal.SafeTree;
import org.linksmith.core.internal.TreeEngine;

/** The public file-tree service: links are listed, copied, moved and deleted as links; a move across volumes is verified. */
@EnabledOnOs(OS.LINUX)
class FileTreeServiceTest {

	@TempDir
	Path dir;
	Path other;
	final FileTreeService files = LinkServices.fileTree();

	@BeforeEach
	void otherVolume() throws IOException {
		other = Trees.otherVolume(dir).orElse(null);
	}

	@AfterEach
	void cleanUp() throws IOException {
		if (other != null) {
			new SafeTree(LinkSystems.current()).delete(other);
		}
	}

	@Test
	void aListingSaysWhatEachEntryIsWithoutFollowingLinks() throws Exception {
		Trees.data(dir.resolve("Data"));
		Files.createSymbolicLink(dir.resolve("toData"), Path.of("Data"));
		Files.createSymbolicLink(dir.resolve("broken"), Path.of("nowhere"));
		Map<String, FileEntry> byName = new TreeMap<>();
		for (FileEntry e : files.list(dir, null)) {
			byName.put(e.name(), e);
		}
		assertEquals(java.util.Set.of("Data", "toData", "broken"), byName.keySet());
		assertEquals(FileEntry.Kind.FOLDER, byName.get("Data").kind());
		assertEquals(FileEntry.Kind.LINK, byName.get("toData").kind());
		assertEquals("Data", byName.get("toData").target());
		assertTrue(byName.get("toData").leadsToFolder());
		assertFalse(byName.get("broken").leadsToFolder());
		assertEquals(dir.resolve("broken"), byName.get("broken").path());
		assertEquals(FileEntry.End.MISSING, byName.get("broken").end());
		assertEquals(FileEntry.End.FOLDER, byName.get("toData").end());
		Files.createSymbolicLink(dir.resolve("ping"), Path.of("pong"));
		Files.createSymbolicLink(dir.resolve("pong"), Path.of("ping"));
		assertEquals(FileEntry.End.LOOP, files.list(dir, null).stream().filter(e -> e.name().equals("ping")).findFirst()
				.orElseThrow().end());
		LinkException e = assertThrows(LinkException.class, () -> files.list(dir.resolve("missing"), null));
		assertEquals(Reason.NOT_FOUND, e.getReason(), e.getMessage());
	}

	@Test
	void renameNeverReplacesAndRenamesTheLinkNotItsTarget() throws Exception {
		Trees.file(dir.resolve("a.txt"), "a");
		Trees.file(dir.resolve("b.txt"), "b");
		LinkException e = assertThrows(LinkException.class, () -> files.rename(dir.resolve("a.txt"), "b.txt"));
		assertEquals(Reason.ALREADY_EXISTS, e.getReason());
		assertEquals("a", Files.readString(dir.resolve("a.txt")));
		assertEquals("b", Files.readString(dir.resolve("b.txt")));
		for (String bad : new String[] { "", ".", "..", "x/y" }) {
			assertEquals(Reason.INVALID_PATH,
					assertThrows(LinkException.class, () -> files.rename(dir.resolve("a.txt"), bad)).getReason(), bad);
		}
		Files.createSymbolicLink(dir.resolve("link"), Path.of("a.txt"));
		assertEquals(dir.resolve("renamed"), files.rename(dir.resolve("link"), "renamed"));
		assertTrue(Files.isSymbolicLink(dir.resolve("renamed")));
		assertEquals("a", Files.readString(dir.resolve("a.txt")));
	}

	@Test
	void aCopyKeepsLinksAsLinksAndAFailedCopyLeavesNothing() throws Exception {
		Path data = Trees.data(dir.resolve("Data"));
		Files.createSymbolicLink(data.resolve("up"), Path.of(".."));
		files.copy(data, dir.resolve("Copy"), null);
		assertEquals(Fingerprint.of(data), Fingerprint.of(dir.resolve("Copy")));
		assertEquals(Path.of(".."), Files.readSymbolicLink(dir.resolve("Copy/up")));
		assertEquals(Reason.ALREADY_EXISTS,
				assertThrows(LinkException.class, () -> files.copy(data, dir.resolve("Copy"), null)).getReason());
		assertEquals(Reason.DESTINATION_INSIDE_SOURCE,
				assertThrows(LinkException.class, () -> files.copy(data, data.resolve("sub/Again"), null)).getReason());
		assertFalse(Files.exists(data.resolve("sub/Again")));
		// a special file inside stops the copy: nothing is left at the target
		assertEquals(0, new ProcessBuilder("mkfifo", data.resolve("sub/pipe").toString()).start().waitFor());
		assertThrows(LinkException.class, () -> files.copy(data, dir.resolve("Partial"), null));
		assertFalse(Files.exists(dir.resolve("Partial"), LinkOption.NOFOLLOW_LINKS), "the partial copy is removed");
	}

	@Test
	void deletingALinkOrATreeWithLinksNeverTouchesTheirTargets() throws Exception {
		Path data = Trees.data(dir.resolve("Data"));
		String before = Fingerprint.of(data).toString();
		Files.createSymbolicLink(dir.resolve("toData"), data);
		files.delete(dir.resolve("toData"), null);
		assertFalse(Files.exists(dir.resolve("toData"), LinkOption.NOFOLLOW_LINKS));
		Path tree = Files.createDirectories(dir.resolve("Tree/inner"));
		Files.createSymbolicLink(tree.resolve("toData"), data);
		Files.createLink(tree.resolve("hard.txt"), data.resolve("a.txt"));
		files.delete(dir.resolve("Tree"), null);
		assertFalse(Files.exists(dir.resolve("Tree")));
		assertEquals(before, Fingerprint.of(data).toString(), "the data behind the links is untouched");
	}

	@Test
	void aMoveOnOneVolumeIsARenameThatNeverReplaces() throws Exception {
		Path data = Trees.data(dir.resolve("Data"));
		Files.createDirectory(dir.resolve("Taken"));
		assertEquals(Reason.ALREADY_EXISTS,
				assertThrows(LinkException.class, () -> files.move(data, dir.resolve("Taken"), null)).getReason());
		Object inode = Files.getAttribute(data, "unix:ino");
		TreeResult moved = files.move(data, dir.resolve("Moved"), null);
		assertEquals(dir.resolve("Moved"), moved.path());
		assertEquals(inode, Files.getAttribute(dir.resolve("Moved"), "unix:ino"), "renamed, not copied");
	}

	@Test
	void aMoveAcrossVolumesIsVerifiedAndDeletesOnlyWhatWasCopied() throws Exception {
		assumeTrue(other != null, "no second file system here");
		Path data = Trees.data(dir.resolve("Data"));
		Files.createSymbolicLink(data.resolve("link"), Path.of("a.txt"));
		String before = Fingerprint.of(data).toString();
		TreeResult moved = files.move(data, other.resolve("Data"), null);
		assertEquals(before, Fingerprint.of(other.resolve("Data")).toString());
		assertFalse(Files.exists(data));
		assertTrue(moved.warnings().isEmpty(), moved.warnings().toString());
		// a single link moves as a link
		Files.createSymbolicLink(dir.resolve("alone"), Path.of("somewhere/else"));
		files.move(dir.resolve("alone"), other.resolve("alone"), null);
		assertEquals(Path.of("somewhere/else"), Files.readSymbolicLink(other.resolve("alone")));
	}

	@Test
	void aCopyThatDiffersIsRemovedAndTheOriginalStaysComplete() throws Exception {
		assumeTrue(other != null, "no second file system here");
		Path data = Trees.data(dir.resolve("Data"));
		byte[] original = Files.readAllBytes(data.resolve("sub/deeper/c.bin"));
		FileTreeService faulty = new DefaultFileTreeService(LinkSystems.current(), corrupting("sub/deeper/c.bin"));
		LinkException e = assertThrows(LinkException.class, () -> faulty.move(data, other.resolve("Data"), null));
		assertEquals(Reason.VERIFY_FAILED, e.getReason(), e.getMessage());
		assertArrayEquals(original, Files.readAllBytes(data.resolve("sub/deeper/c.bin")));
		assertEquals("alpha", Files.readString(data.resolve("a.txt")));
		assertFalse(Files.exists(other.resolve("Data")), "the copy that differed is removed");
	}

	/** The system's tree operations, with one byte of a copied file changed after each copy. */
	private static SafeTree corrupting(String file) {
		LinkSystem real = LinkSystems.current();
		TreeEngine engine = real.treeEngine();
		Optional.ofNullable(engine).orElseThrow();
		TreeEngine corrupting = (TreeEngine) Proxy.newProxyInstance(TreeEngine.class.getClassLoader(),
				new Class<?>[] { TreeEngine.class }, (proxy, method, args) -> {
					Object result = invoke(method, engine, args);
					if (method.getName().startsWith("copy")) {
						Path copy = ((Path) args[1]).resolve(file);
						byte[] bytes = Files.readAllBytes(copy);
						bytes[bytes.length / 2] ^= 1;
						Files.write(copy, bytes);
					}
					return result;
				});
		LinkSystem system = (LinkSystem) Proxy.newProxyInstance(LinkSystem.class.getClassLoader(),
				new Class<?>[] { LinkSystem.class },
				(proxy, method, args) -> method.getName().equals("treeEngine") ? corrupting : invoke(method, real, args));
		return new SafeTree(system);
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		} catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
