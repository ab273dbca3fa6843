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
}
