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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** Every message of the core exists and binds its arguments (no stray quotes eating a {0}). */
class MessagesTest {

	@Test
	void allMessagesBind() throws Exception {
		for (Class<?> messages : new Class<?>[] { Messages.class }) {
			for (Field f : messages.getFields()) {
				if (f.getType() == String.class && Modifier.isStatic(f.getModifiers())) {
					String value = (String) f.get(null);
					assertNotNull(value, f.getName());
					assertFalse(value.startsWith("NLS missing message"), f.getName());
					// counted messages use MessageFormat's choice for their plurals
					String bound = value.contains(",choice,") || value.contains(",number")
							? java.text.MessageFormat.format(value, 2, 2, "C")
							: NLS.bind(value, new Object[] { "A", "B", "C" });
					assertFalse(bound.matches("(?s).*\\{[0-9]\\}.*"), f.getName() + ": " + bound);
				}
			}
		}
	}
}
