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

import org.linksmith.core.internal.DefaultLinkService;

/**
 * Access to the link service on a plain classpath, where no OSGi service registry exists. In
 * OSGi, prefer the {@link LinkService} service (a Declarative Services component).
 */
public final class LinkServices {

	private LinkServices() {
	}

	/**
	 * @return a link service for the running operating system (POSIX through {@code java.nio.file};
	 *         Windows through Win32 calls)
	 */
	public static LinkService getDefault() {
		return Holder.INSTANCE;
	}

	private static final class Holder {
		static final LinkService INSTANCE = DefaultLinkService.forCurrentSystem();
	}
}
