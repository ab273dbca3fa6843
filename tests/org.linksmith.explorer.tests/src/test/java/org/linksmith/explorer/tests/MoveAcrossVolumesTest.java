/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linksmith.core.LinkException;
import org.linksmith.core.internal.LinkSystem;
import org.linksmith.core.internal.LinkSystems;
import org.linksmith.core.internal.SafeTree;
import org.linksmith.core.internal.TreeEngine;
import org.linksmith.explorer.internal.FileOperations;
import org.linksmith.ui.testing.TestFiles;

/**
 * The Explorer's move to another volume with a fault injected after the copy: a byte of the copy
 * changed. The move must notice, remove the copy and leave the original complete.
 */
class MoveAcrossVolumesTest {

	Path dir;
	Path other;

	@BeforeEach
	void folders() throws Exception {
		dir = Files.createTempDirectory("move-test");
		Path shm = Path.of("/dev/shm");
		assumeTrue(Files.isDirectory(shm)
				&& !Files.getAttribute(shm, "unix:dev").equals(Files.getAttribute(dir, "unix:dev")), "no second volume");
		other = Files.createTempDirectory(shm, "move-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		FileOperations.useTree(null);
		TestFiles.deleteTree(dir);
		TestFiles.deleteTree(other);
	}

	/** The system's tree operations, with one byte of every copied "data.bin" changed after the copy. */
	private static SafeTree corruptingCopies() {
		LinkSystem real = LinkSystems.current();
		TreeEngine engine = real.treeEngine();
		TreeEngine corrupting = (TreeEngine) Proxy.newProxyInstance(TreeEngine.class.getClassLoader(),
				new Class<?>[] { TreeEngine.class }, (proxy, method, args) -> {
					Object result = invoke(method, engine, args);
					if (method.getName().startsWith("copy")) {
						Path copy = ((Path) args[1]).resolve("sub/data.bin");
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

	@Test
	void aCopyThatDiffersIsRemovedAndTheOriginalStaysComplete() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("Photos/sub"));
		byte[] data = new byte[100_000];
		new java.util.Random(7).nextBytes(data);
		Files.write(folder.resolve("data.bin"), data);
		Files.writeString(dir.resolve("Photos/note.txt"), "keep");
		FileOperations.useTree(corruptingCopies());
		IProgressMonitor monitor = new NullProgressMonitor();
		LinkException e = assertThrows(LinkException.class,
				() -> FileOperations.drop(List.of(dir.resolve("Photos")), other, FileOperations.DropKind.MOVE, monitor));
		assertEquals(LinkException.Reason.VERIFY_FAILED, e.getReason(), e.getMessage());
		org.junit.jupiter.api.Assertions.assertArrayEquals(data, Files.readAllBytes(folder.resolve("data.bin")),
				"the original is complete");
		assertEquals("keep", Files.readString(dir.resolve("Photos/note.txt")));
		assertFalse(Files.exists(other.resolve("Photos")), "the copy that differed is removed");
	}

	@Test
	void aGoodMoveLeavesOnlyTheCopy() throws IOException, LinkException {
		Files.createDirectories(dir.resolve("Docs/a"));
		Files.writeString(dir.resolve("Docs/a/x.txt"), "x");
		FileOperations.drop(List.of(dir.resolve("Docs")), other, FileOperations.DropKind.MOVE, new NullProgressMonitor());
		assertEquals("x", Files.readString(other.resolve("Docs/a/x.txt")));
		assertFalse(Files.exists(dir.resolve("Docs")));
	}
}
