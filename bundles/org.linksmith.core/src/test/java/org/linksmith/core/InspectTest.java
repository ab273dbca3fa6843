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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.DefaultLinkService;
import org.linksmith.core.internal.posix.PosixLinkSystem;

/** POSIX links; Windows has {@code WindowsLinksTest}. */
@DisabledOnOs(OS.WINDOWS)
class InspectTest {

	@TempDir
	Path dir;

	final LinkService links = new DefaultLinkService(new PosixLinkSystem());

	@Test
	void plainFileIsNotALink() throws Exception {
		Path f = Trees.file(dir.resolve("f"), "x");
		LinkInfo info = links.inspect(f);
		assertEquals(LinkType.NONE, info.type());
		assertFalse(info.isLink());
		assertEquals(1, info.links());
		assertNull(info.target());
		assertTrue(info.chain().isEmpty());
	}

	@Test
	void folderIsNotALink() throws Exception {
		assertEquals(LinkType.NONE, links.inspect(dir).type());
	}

	@Test
	void missingPathIsNotFound() {
		LinkException e = assertThrows(LinkException.class, () -> links.inspect(dir.resolve("missing")));
		assertEquals(Reason.NOT_FOUND, e.getReason());
	}

	@Test
	void chainOfThreeLinksIsFollowedToTheEnd() throws Exception {
		Path end = Files.createDirectories(dir.resolve("E/Users/Kari/Documents"));
		Path d = Files.createSymbolicLink(dir.resolve("D"), Path.of("E/Users/Kari/Documents"));
		Path c = Files.createSymbolicLink(dir.resolve("C"), Path.of("D"));
		Path b = Files.createSymbolicLink(dir.resolve("B"), c);
		LinkInfo info = links.inspect(b);
		assertEquals(LinkType.SYMBOLIC_DIRECTORY, info.type());
		assertEquals(c, info.target(), "target as stored");
		assertEquals(List.of(b, c, d), info.chain());
		assertEquals(end.toRealPath(), info.resolved());
		assertFalse(info.broken());
		assertFalse(info.loop());
	}

	@Test
	void brokenLinkIsReportedWithItsIntendedTarget() throws Exception {
		Path l = Files.createSymbolicLink(dir.resolve("l"), Path.of("gone/file.txt"));
		LinkInfo info = links.inspect(l);
		assertEquals(LinkType.SYMBOLIC_FILE, info.type());
		assertTrue(info.broken());
		assertFalse(info.loop());
		assertEquals(dir.resolve("gone/file.txt"), info.resolved());
	}

	@Test
	void brokenLinkInTheMiddleOfAChainBreaksTheChain() throws Exception {
		Path mid = Files.createSymbolicLink(dir.resolve("mid"), Path.of("missing"));
		Path first = Files.createSymbolicLink(dir.resolve("first"), Path.of("mid"));
		LinkInfo info = links.inspect(first);
		assertTrue(info.broken());
		assertEquals(List.of(first, mid), info.chain());
	}

	@Test
	void loopIsDetected() throws Exception {
		Path a = dir.resolve("a");
		Path b = dir.resolve("b");
		Files.createSymbolicLink(a, Path.of("b"));
		Files.createSymbolicLink(b, Path.of("a"));
		LinkInfo info = links.inspect(a);
		assertTrue(info.loop());
		assertTrue(info.broken());
		assertNull(info.resolved());
		assertEquals(List.of(a, b), info.chain());
	}

	@Test
	void selfLoopIsDetected() throws Exception {
		Path a = Files.createSymbolicLink(dir.resolve("self"), Path.of("self"));
		assertTrue(links.inspect(a).loop());
	}

	@Test
	void loopThroughAParentFolderIsDetected() throws Exception {
		Files.createSymbolicLink(dir.resolve("x"), Path.of("y"));
		Files.createSymbolicLink(dir.resolve("y"), Path.of("x"));
		Path l = Files.createSymbolicLink(dir.resolve("l"), Path.of("x/file"));
		LinkInfo info = links.inspect(l);
		assertTrue(info.broken());
		assertTrue(info.loop());
	}

	@Test
	void hardLinkCountIsShown() throws Exception {
		Path f = Trees.file(dir.resolve("f"), "x");
		Files.createLink(dir.resolve("g"), f);
		Files.createLink(dir.resolve("h"), f);
		LinkInfo info = links.inspect(dir.resolve("g"));
		assertEquals(LinkType.HARD, info.type());
		assertEquals(3, info.links());
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "posix", "portable default" })
	void describeTellsWhatInspectTellsWithoutTheResolvedPath(String system) throws Exception {
		LinkService service = system.equals("posix") ? links : new DefaultLinkService(new FaultyLinkSystem());
		Path file = Trees.file(dir.resolve("data/f.txt"), "x");
		Files.createLink(dir.resolve("data/hard.txt"), file);
		Files.createSymbolicLink(dir.resolve("to-file"), Path.of("data/f.txt"));
		Files.createSymbolicLink(dir.resolve("to-folder"), Path.of("data"));
		Files.createSymbolicLink(dir.resolve("to-link"), Path.of("to-folder"));
		Files.createSymbolicLink(dir.resolve("broken"), Path.of("gone"));
		Files.createSymbolicLink(dir.resolve("loop-a"), Path.of("loop-b"));
		Files.createSymbolicLink(dir.resolve("loop-b"), Path.of("loop-a"));
		for (String name : List.of("data", "data/f.txt", "data/hard.txt", "to-file", "to-folder", "to-link", "broken", "loop-a")) {
			Path p = dir.resolve(name);
			LinkInfo inspected = service.inspect(p);
			LinkService.Described described = service.describe(p);
			LinkInfo d = described.info();
			assertEquals(inspected.type(), d.type(), name);
			assertEquals(inspected.target(), d.target(), name);
			assertEquals(inspected.broken(), d.broken(), name);
			assertEquals(inspected.loop(), d.loop(), name);
			assertEquals(inspected.links(), d.links(), name);
			assertEquals(Files.isDirectory(p), described.folder(), name);
			assertNull(d.resolved(), name);
		}
		assertEquals(2, service.describe(dir.resolve("data/hard.txt")).info().links());
		assertEquals(LinkType.SYMBOLIC_DIRECTORY, service.describe(dir.resolve("to-link")).info().type());
		LinkException e = assertThrows(LinkException.class, () -> service.describe(dir.resolve("missing")));
		assertEquals(Reason.NOT_FOUND, e.getReason());
	}
}
