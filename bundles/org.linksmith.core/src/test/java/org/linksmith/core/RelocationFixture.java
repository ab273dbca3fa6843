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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.internal.DefaultLinkService;
import org.linksmith.core.internal.SafeTree;

/**
 * What the relocation tests share: a temporary folder, the POSIX system with failures that a test
 * can inject, and a folder on another volume that a test may take ({@link Trees#otherVolume})
 * and that is deleted after it.
 */
abstract class RelocationFixture {

	@TempDir
	Path dir;

	final FaultyLinkSystem system = new FaultyLinkSystem();
	final LinkService links = new DefaultLinkService(system);
	/** A folder on another volume, when the test took one. */
	Path other;

	@AfterEach
	void cleanOtherVolume() throws IOException {
		if (other != null && Files.exists(other)) {
			new SafeTree(system).delete(other);
		}
	}
}
