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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkVisitor;
import org.linksmith.core.ScanOptions;
import org.linksmith.core.internal.DefaultLinkService;
import org.linksmith.core.RawNames;

/**
 * Names that are not valid UTF-8 are listed, as the bytes they are (find lists them too), in a
 * folder that also holds their look-alike (the name a lossy decoding gives), and in a sub-folder
 * whose own name is not valid either.
 */
@EnabledOnOs(OS.LINUX)
class UndecodableNamesScanTest {

	@TempDir
	Path dir;

	@Test
	void namesThatAreNotValidUtf8AreListedByteForByteNeverMistakenForTheirLookAlike() throws Exception {
		assumeTrue(LinuxTreeWalker.isAvailable(), "no native calls on this machine");
		assertEquals(0, FdTreeTest.sh(dir, "ln -s right \"$(printf 'bad\\377')\" && ln -s decoy \"$(printf 'bad\\357\\277\\275')\" "
				+ "&& mkdir \"$(printf 'sub\\376')\" && ln -s deep \"$(printf 'sub\\376/in\\375')\""));
		List<LinkInfo> found = new ArrayList<>();
		new DefaultLinkService(new PosixLinkSystem(true)).scan(dir, new ScanOptions(true, java.util.Set.of(), false), new LinkVisitor() {
			@Override
			public void found(LinkInfo link) {
				found.add(link);
			}

			@Override
			public void failed(Path path, String message) {
				throw new AssertionError(path + ": " + message);
			}
		}, null);
		Map<String, String> targets = new HashMap<>();
		for (LinkInfo info : found) {
			byte[] bytes = RawNames.bytesOf(info.path());
			byte[] base = RawNames.bytesOf(dir);
			String relative = new String(bytes, base.length + 1, bytes.length - base.length - 1, StandardCharsets.ISO_8859_1);
			targets.put(relative, info.target().toString());
			// the Path reaches that very entry
			assertEquals(info.target(), Files.readSymbolicLink(info.path()));
		}
		assertEquals(Map.of("bad\u00ff", "right", "bad\u00ef\u00bf\u00bd", "decoy", "sub\u00fe/in\u00fd", "deep"), targets);
		assertArrayEquals(new byte[] { 'b', 'a', 'd', (byte) 0xff }, RawNames.encode(RawNames.decode(new byte[] { 'b', 'a', 'd', (byte) 0xff }, 0, 4,
				StandardCharsets.UTF_8), StandardCharsets.UTF_8));
	}
}
