/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;

import org.junit.jupiter.api.Test;
import org.linksmith.explorer.internal.Messages;
import org.linksmith.ui.testing.MessagesCheck;

/** Every message of the Explorer exists, binds its arguments, and counts in the right number. */
class MessagesTest {

	@Test
	void allMessagesBind() throws Exception {
		MessagesCheck.assertAllBind(Messages.class);
	}

	@Test
	void countsAreWordedInTheRightNumber() {
		assertEquals("1 item", MessageFormat.format(Messages.Status_Items, Integer.valueOf(1)));
		assertEquals("1,234 items", MessageFormat.format(Messages.Status_Items, Integer.valueOf(1234)));
		assertEquals("No links, 0 broken, under /d", MessageFormat.format(Messages.Links_Summary, 0, 0L, "/d"));
		assertEquals("1 link, 1 broken, under /d", MessageFormat.format(Messages.Links_Summary, 1, 1L, "/d"));
	}
}
