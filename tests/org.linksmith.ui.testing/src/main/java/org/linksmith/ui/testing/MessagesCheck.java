/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** Checks a bundle's NLS messages: every one loaded, and every placeholder bound. */
public final class MessagesCheck {

	private MessagesCheck() {
	}

	/**
	 * @param messages NLS message classes
	 * @throws AssertionError naming the first message that is missing or keeps a placeholder
	 */
	public static void assertAllBind(Class<?>... messages) throws IllegalAccessException {
		for (Class<?> m : messages) {
			int checked = 0;
			for (Field f : m.getFields()) {
				if (f.getType() != String.class || !Modifier.isStatic(f.getModifiers())) {
					continue;
				}
				String value = (String) f.get(null);
				String name = m.getName() + "." + f.getName(); //$NON-NLS-1$
				if (value == null || value.startsWith("NLS missing message")) { //$NON-NLS-1$
					throw new AssertionError(name + " has no text"); //$NON-NLS-1$
				}
				// counted messages use MessageFormat's choice for their plurals
				String bound = value.contains(",choice,") || value.contains(",number") //$NON-NLS-1$ //$NON-NLS-2$
						? MessageFormat.format(value, Integer.valueOf(2), Integer.valueOf(2), Integer.valueOf(2), Integer.valueOf(2),
								Integer.valueOf(2)) // any argument may be a count
						: NLS.bind(value, new Object[] { "A", "B", "C", "D" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				if (bound.matches("(?s).*\\{[0-9]\\}.*")) { //$NON-NLS-1$
					throw new AssertionError(name + " keeps a placeholder: " + bound); //$NON-NLS-1$
				}
				checked++;
			}
			if (checked == 0) {
				throw new AssertionError(m.getName() + " holds no messages"); //$NON-NLS-1$
			}
		}
	}
}
