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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.LinkSystem.Operation;
import org.linksmith.core.internal.posix.PosixLinkSystem;

class ErrorMappingTest {

	@Test
	void posixErrorsMapToReasons() {
		assertEquals(Reason.ALREADY_EXISTS, PosixLinkSystem.reasonOf(new FileAlreadyExistsException("x")));
		assertEquals(Reason.NOT_FOUND, PosixLinkSystem.reasonOf(new NoSuchFileException("x")));
		assertEquals(Reason.PERMISSION_DENIED, PosixLinkSystem.reasonOf(new AccessDeniedException("x")));
		assertEquals(Reason.CROSS_DEVICE, PosixLinkSystem.reasonOf(new FileSystemException("a", "b", "Invalid cross-device link")));
		assertEquals(Reason.TOO_MANY_LINKS, PosixLinkSystem.reasonOf(new FileSystemException("a", "b", "Too many links")));
		assertEquals(Reason.LOOP, PosixLinkSystem.reasonOf(new FileSystemException("a", null, "Too many levels of symbolic links")));
		assertEquals(Reason.INVALID_PATH, PosixLinkSystem.reasonOf(new FileSystemException("a", null, "File name too long")));
		assertEquals(Reason.PERMISSION_DENIED, PosixLinkSystem.reasonOf(new FileSystemException("a", null, "Operation not permitted")));
		assertEquals(Reason.PERMISSION_DENIED, PosixLinkSystem.reasonOf(new FileSystemException("a", null, "Read-only file system")));
		assertEquals(Reason.IO_ERROR, PosixLinkSystem.reasonOf(new FileSystemException("a", null, "Something odd")));
	}

	@Test
	void messagesSayWhatToDo() {
		PosixLinkSystem s = new PosixLinkSystem();
		LinkException e = s.translate(new FileSystemException("/a b", "/c", "Too many links"), Operation.CREATE,
				Path.of("/a b"), Path.of("/c"));
		assertEquals(Reason.TOO_MANY_LINKS, e.getReason());
		// the path as this system prints it (\a b on Windows)
		assertTrue(e.getMessage().contains("\"" + Path.of("/a b") + "\""), "paths with spaces are quoted: " + e.getMessage());
		assertTrue(e.getMessage().contains("Copy the file instead"), e.getMessage());
		assertEquals(LinkException.PLUGIN_ID, e.getStatus().getPlugin());
	}
}
