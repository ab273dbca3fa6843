/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** Every message of the command line exists (the core checks its own) and binds its arguments (no stray quotes eating a {0}). */
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
							? countedFormat(value)
							: NLS.bind(value, new Object[] { "A", "B", "C" });
					assertFalse(bound.matches("(?s).*\\{[0-9]\\}.*"), f.getName() + ": " + bound);
				}
			}
		}
	}

	/** @return the message with a number for each counted argument and a text for the others */
	private static String countedFormat(String value) {
		java.text.MessageFormat format = new java.text.MessageFormat(value);
		java.text.Format[] formats = format.getFormatsByArgumentIndex();
		Object[] args = new Object[formats.length];
		for (int i = 0; i < args.length; i++) {
			args[i] = formats[i] == null ? "C" : Integer.valueOf(2);
		}
		return format.format(args);
	}

	@Test
	void countsAreWordedInTheRightNumber() {
		assertEquals("no links, 0 broken", java.text.MessageFormat.format(Messages.List_Summary, 0, 0));
		assertEquals("1 link, 1 broken", java.text.MessageFormat.format(Messages.List_Summary, 1, 1));
		assertEquals("1,234 links, 5 broken", java.text.MessageFormat.format(Messages.List_Summary, 1234, 5));
		assertEquals("1 more name is outside d", java.text.MessageFormat.format(Messages.Siblings_Elsewhere, 1L, "d"));
		assertEquals("3 more names are outside d", java.text.MessageFormat.format(Messages.Siblings_Elsewhere, 3L, "d"));
		assertEquals("Removed the name f (the file keeps 1 other name)",
				java.text.MessageFormat.format(Messages.Remove_DoneHard, "f", 1L));
	}
}
