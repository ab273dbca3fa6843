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

/** Scans a tree into an index again and again, until it is killed (by {@link LinkIndexTest}). */
public final class IndexCrashChild {

	private IndexCrashChild() {
	}

	/**
	 * @param args the index file, the tree
	 * @throws Exception when a scan fails
	 */
	public static void main(String[] args) throws Exception {
		LinkIndex index = LinkServices.index(Path.of(args[0]));
		while (true) {
			index.scan(Path.of(args[1]), true, null);
		}
	}
}
