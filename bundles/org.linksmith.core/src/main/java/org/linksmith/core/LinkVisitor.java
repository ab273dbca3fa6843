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

import java.nio.file.Path;

/**
 * Receives the links a scan finds. Calls are serialized (never concurrent) but may come from a
 * thread other than the caller's, in no particular order.
 */
@FunctionalInterface
public interface LinkVisitor {
	/**
	 * @param link a link that matches the scan's options
	 */
	void found(LinkInfo link);

	/**
	 * Something under the root could not be read; the scan went on without it.
	 *
	 * @param path what could not be read
	 * @param message why, in the system's words
	 */
	default void failed(Path path, String message) {
		// ignored unless the caller cares
	}
}
