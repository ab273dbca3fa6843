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

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkException.Reason;

/**
 * Real links on real Windows (NTFS), through the default service: run by the Windows CI workflow
 * ({@code .github/workflows/windows.yml}); skipped on every other system.
 */
@EnabledOnOs(OS.WINDOWS)
class WindowsLinksTest {

	@TempDir
	Path temp;

	/**
	 * The temporary folder by its real, long name: TEMP is often a short name
	 * ({@code C:\\Users\\RUNNER~1\\...}) while what the system reports (siblings, resolved
	 * targets) carries long names.
	 */
	Path dir;

	@org.junit.jupiter.api.BeforeEach
	void realName() throws java.io.IOException {
		dir = temp.toRealPath();
	}

	final LinkService links = LinkServices.getDefault();

	@Test
	void junctionCreateInspectRemoveKeepsTheTarget() throws Exception {
		Path target = Trees.data(dir.resolve("D-Games"));
		String before = Fingerprint.of(target);
		Path junction = dir.resolve("C-Games");
		CreateResult r = links.create(junction, target, LinkType.JUNCTION, TargetStyle.AS_GIVEN);
		assertEquals(LinkType.JUNCTION, r.link().type());
		assertEquals(target.toAbsolutePath(), r.link().target(), "junctions store absolute targets");
		assertEquals("alpha", Files.readString(junction.resolve("a.txt")));
		LinkInfo info = links.inspect(junction);
		assertEquals(target.toRealPath(), info.resolved());
		links.remove(junction);
		assertFalse(Files.exists(junction, LinkOption.NOFOLLOW_LINKS));
		assertEquals(before, Fingerprint.of(target), "rd on a junction never touches its target");
	}

	@Test
	void junctionToAMissingFolderIsDangling() throws Exception {
		CreateResult r = links.create(dir.resolve("later"), dir.resolve("not-yet"), LinkType.JUNCTION, TargetStyle.AS_GIVEN);
		assertTrue(r.link().broken());
		assertEquals(1, r.warnings().size());
	}

	@Test
	void junctionToANetworkShareIsRefused() {
		LinkException e = assertThrows(LinkException.class, () -> links.create(dir.resolve("net"),
				Path.of("\\\\server\\share\\Games"), LinkType.JUNCTION, TargetStyle.AS_GIVEN));
		assertEquals(Reason.NETWORK_PATH, e.getReason());
		assertFalse(Files.exists(dir.resolve("net"), LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void hardLinksCountAndSiblings() throws Exception {
		Path f = Trees.file(dir.resolve("a/f.txt"), "x");
		links.create(dir.resolve("b.txt"), f, LinkType.HARD, TargetStyle.AS_GIVEN);
		links.create(dir.resolve("a/c.txt"), f, LinkType.HARD, TargetStyle.AS_GIVEN);
		assertEquals(3, links.inspect(f).links());
		assertEquals(List.of(dir.resolve("a/c.txt"), dir.resolve("b.txt")), links.hardLinkSiblings(f, dir, null));
		links.remove(dir.resolve("b.txt"));
		assertEquals(2, links.inspect(f).links());
	}

	@Test
	void symbolicLinksNeedDeveloperModeOrElevation() throws Exception {
		Path target = Trees.data(dir.resolve("data"));
		CreateResult r;
		try {
			r = links.create(dir.resolve("link"), target, LinkType.SYMBOLIC_DIRECTORY, TargetStyle.RELATIVE);
		} catch (LinkException e) {
			assertEquals(Reason.PRIVILEGE_REQUIRED, e.getReason());
			assertTrue(e.getMessage().contains("Developer Mode"));
			assumeTrue(false, "SKIPPED: no privilege to create symbolic links on this machine");
			return;
		}
		assertEquals(LinkType.SYMBOLIC_DIRECTORY, r.link().type());
		assertEquals(Path.of("data"), r.link().target());
		// whoever could create the link can retarget it (no FSCTL_SET_REPARSE_POINT privilege needed)
		links.retarget(dir.resolve("link"), dir.resolve("data/sub"), TargetStyle.AS_GIVEN);
		assertEquals("beta", Files.readString(dir.resolve("link/b.txt")));
		assertFalse(Files.exists(dir.resolve("link.linksmith-old"), LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void longPathsAndSpaces() throws Exception {
		Path deep = dir;
		while (deep.toString().length() < 300) {
			deep = deep.resolve("a folder with spaces");
		}
		Path target = Trees.file(deep.resolve("leaf.txt"), "deep");
		Path link = deep.resolve("hard link.txt");
		links.create(link, target, LinkType.HARD, TargetStyle.AS_GIVEN);
		assertEquals(2, links.inspect(link).links());
	}
}
