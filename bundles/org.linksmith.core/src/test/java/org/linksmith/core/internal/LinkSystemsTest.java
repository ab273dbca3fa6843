/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** One link system per process: each folder listing used to build its own, with its own walker threads. */
class LinkSystemsTest {

	@Test
	void everyCallGetsTheSameSystemAndWalker() {
		LinkSystem first = LinkSystems.current();
		assertSame(first, LinkSystems.current());
		assertSame(first.treeWalker(), LinkSystems.current().treeWalker());
	}
}
