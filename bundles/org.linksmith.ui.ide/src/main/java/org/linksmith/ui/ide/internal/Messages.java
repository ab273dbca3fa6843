/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.ide.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the IDE integration (see {@code messages.properties}). */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.linksmith.ui.ide.internal.messages"; //$NON-NLS-1$
	public static String BrokenLinks_Listing;
	public static String Refresh_Job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
