/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.ide.tests;

import org.junit.jupiter.api.Test;
import org.linksmith.ui.testing.MessagesCheck;

/** Every message of the UI and IDE bundles exists and binds its arguments. */
class MessagesTest {

	@Test
	void allMessagesBind() throws Exception {
		MessagesCheck.assertAllBind(org.linksmith.ui.internal.Messages.class, org.linksmith.ui.ide.internal.Messages.class);
	}
}
