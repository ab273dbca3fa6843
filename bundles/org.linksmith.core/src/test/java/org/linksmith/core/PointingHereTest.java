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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What points here: the links that moving, renaming or deleting a folder or file would break. */
@DisabledOnOs(OS.WINDOWS)
class PointingHereTest {

	@TempDir
	Path dir;
	final LinkService links = LinkServices.getDefault();

	private List<String> names(Path target, Path within) throws LinkException {
		return links.pointingHere(target, within, null).stream().map(i -> dir.relativize(i.path()).toString()).sorted()
				.toList();
	}

	@Test
	void linksIntoAFolderAreFoundAsTheKernelReachesThemAndOthersAreNot() throws Exception {
		Files.createDirectories(dir.resolve("data/sub"));
		Path data = dir.resolve("data");
		Files.writeString(data.resolve("sub/f.txt"), "f");
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.createSymbolicLink(elsewhere.resolve("abs"), data);                          // the folder itself
		Files.createSymbolicLink(elsewhere.resolve("rel-inside"), Path.of("../data/sub/f.txt")); // a file inside
		Files.createSymbolicLink(elsewhere.resolve("dangling-inside"), Path.of("../data/gone.txt")); // broken, into it
		Files.createSymbolicLink(elsewhere.resolve("chain"), Path.of("abs"));             // through another link
		Files.createSymbolicLink(elsewhere.resolve("similar"), dir.resolve("data-old"));  // a name that only starts alike
		Files.createDirectories(dir.resolve("data-old"));
		Files.createSymbolicLink(elsewhere.resolve("other"), elsewhere);
		// ".." after a link goes up from where the link leads, never in text
		Path deep = Files.createDirectories(dir.resolve("x/y"));
		Files.createSymbolicLink(dir.resolve("x/to-y"), deep);
		Files.createDirectories(dir.resolve("x/data"));
		Files.createSymbolicLink(elsewhere.resolve("dotdot"), Path.of("../x/to-y/../data")); // reaches x/data, not data
		Files.createSymbolicLink(data.resolve("self"), Path.of("sub"));                  // inside, into it

		assertEquals(List.of("data/self", "elsewhere/abs", "elsewhere/chain", "elsewhere/dangling-inside",
				"elsewhere/rel-inside"), names(data, dir));
		assertEquals(List.of("elsewhere/abs", "elsewhere/chain", "elsewhere/dangling-inside", "elsewhere/rel-inside"),
				names(data, elsewhere), "only within the tree asked");
	}

	@Test
	void aFilesOtherNamesAndALinkAskedAboutAsWhatItReaches() throws Exception {
		Path f = Files.writeString(dir.resolve("f.txt"), "f");
		Files.createDirectories(dir.resolve("t"));
		Files.createLink(dir.resolve("t/g.txt"), f);
		Files.createSymbolicLink(dir.resolve("t/l"), Path.of("../f.txt"));
		Path viaLink = Files.createSymbolicLink(dir.resolve("alias"), f);
		assertEquals(List.of("alias", "t/g.txt", "t/l"), names(f, dir));
		assertEquals(List.of("alias", "t/l"), names(viaLink, dir), "a link asked about is what it reaches");
		Path broken = Files.createSymbolicLink(dir.resolve("broken"), Path.of("nowhere"));
		assertThrows(LinkException.class, () -> links.pointingHere(broken, dir, null));
		assertThrows(LinkException.class, () -> links.pointingHere(dir.resolve("missing"), dir, null));
	}
}
