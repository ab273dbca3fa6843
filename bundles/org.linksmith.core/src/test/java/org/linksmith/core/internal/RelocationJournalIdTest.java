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

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The identities a relocation journal keeps, so that recovery can tell the original and the copy. */
class RelocationJournalIdTest {

	@Test
	void a128BitIdSurvivesTheJournal() {
		FileId refs = new FileId(0x1234, -7L, 0x1122334455667788L);
		assertEquals(refs, RelocationJournal.id(RelocationJournal.text(refs)),
				"on ReFS the high half tells two files apart; lost, recovery would know neither");
	}

	@Test
	void a64BitIdIsWrittenAsBeforeAndAnOldJournalIsRead() {
		FileId inode = new FileId(2049, 131_072);
		assertEquals("2049:131072", RelocationJournal.text(inode));
		assertEquals(inode, RelocationJournal.id("2049:131072"));
	}
}
