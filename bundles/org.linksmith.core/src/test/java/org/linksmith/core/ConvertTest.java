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
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkService.Conversion;

/** Convert: relative to absolute and back, the link reaching the same place, as the kernel reads it. */
@EnabledOnOs(OS.LINUX)
class ConvertTest {

	@TempDir
	Path dir;
	final LinkService links = LinkServices.getDefault();

	@Test
	void relativeBecomesAbsoluteAndBackReachingTheSameFile() throws Exception {
		Trees.file(dir.resolve("data/f.txt"), "f");
		Files.createDirectories(dir.resolve("deep/er"));
		Path link = Files.createSymbolicLink(dir.resolve("deep/er/l"), Path.of("../../data/f.txt"));
		Path real = link.toRealPath();
		Conversion plan = links.convert(link, TargetStyle.ABSOLUTE, true);
		assertEquals(Path.of("../../data/f.txt"), Files.readSymbolicLink(link), "a dry run changes nothing");
		assertEquals(dir.toRealPath().resolve("data/f.txt"), plan.newTarget());
		Conversion done = links.convert(link, TargetStyle.ABSOLUTE, false);
		assertEquals(plan.newTarget(), done.newTarget());
		assertEquals(plan.newTarget(), Files.readSymbolicLink(link));
		assertEquals(real, link.toRealPath());
		Conversion back = links.convert(link, TargetStyle.RELATIVE, false);
		assertTrue(back.changed());
		assertEquals(Path.of("../../data/f.txt"), Files.readSymbolicLink(link));
		assertFalse(links.convert(link, TargetStyle.RELATIVE, false).changed(), "already relative");
	}

	@Test
	void dotDotAfterALinkIsReadAsTheKernelReadsIt() throws Exception {
		// a/../x from the folder of the link: the kernel goes through a (a link) to elsewhere/deep, then up
		Trees.file(dir.resolve("elsewhere/x"), "the kernel's x");
		Trees.file(dir.resolve("tree/x"), "the look-alike");
		Files.createDirectories(dir.resolve("elsewhere/deep"));
		Files.createSymbolicLink(dir.resolve("tree/a"), dir.resolve("elsewhere/deep"));
		Path link = Files.createSymbolicLink(dir.resolve("tree/l"), Path.of("a/../x"));
		assertEquals("the kernel's x", Files.readString(link));
		links.convert(link, TargetStyle.ABSOLUTE, false);
		assertEquals("the kernel's x", Files.readString(link));
		links.convert(link, TargetStyle.RELATIVE, false);
		assertEquals("the kernel's x", Files.readString(link));
		assertEquals(Path.of("../elsewhere/x"), Files.readSymbolicLink(link));
	}

	@Test
	void aDanglingLinkKeepsPointingWhereItDidAndOthersAreRefused() throws Exception {
		Files.createDirectories(dir.resolve("in"));
		Path link = Files.createSymbolicLink(dir.resolve("in/l"), Path.of("../missing/file"));
		links.convert(link, TargetStyle.ABSOLUTE, false);
		assertEquals(dir.toRealPath().resolve("missing/file"), Files.readSymbolicLink(link));
		links.convert(link, TargetStyle.RELATIVE, false);
		assertEquals(Path.of("../missing/file"), Files.readSymbolicLink(link));
		Path file = Trees.file(dir.resolve("plain"), "p");
		LinkException e = assertThrows(LinkException.class, () -> links.convert(file, TargetStyle.RELATIVE, false));
		assertEquals(LinkException.Reason.NOT_A_LINK, e.getReason());
		assertEquals("p", Files.readString(file));
	}
}
