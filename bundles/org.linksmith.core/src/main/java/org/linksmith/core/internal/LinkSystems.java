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

import java.util.Locale;

import org.linksmith.core.internal.posix.PosixLinkSystem;
import org.linksmith.core.internal.windows.JnaWin32;
import org.linksmith.core.internal.windows.WindowsLinkSystem;

/**
 * Picks the {@link LinkSystem} for the running operating system.
 */
public final class LinkSystems {

	private LinkSystems() {
	}

	/** One per process: it owns the tree walker and its threads, made on first use. */
	private static final class Holder {
		static final LinkSystem CURRENT = forOs(System.getProperty("os.name", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the link system for this machine, the same instance on every call */
	public static LinkSystem current() {
		return Holder.CURRENT;
	}

	/**
	 * @param osName the {@code os.name} system property
	 * @return Win32 links on Windows, POSIX links elsewhere (no native code is loaded until used)
	 */
	public static LinkSystem forOs(String osName) {
		return isWindows(osName) ? new WindowsLinkSystem(new JnaWin32()) : new PosixLinkSystem();
	}

	/**
	 * @param osName the {@code os.name} system property
	 * @return whether it names Windows
	 */
	public static boolean isWindows(String osName) {
		return osName.toLowerCase(Locale.ROOT).startsWith("windows"); //$NON-NLS-1$
	}

	/**
	 * @param system what the operating system can make
	 * @param where a path on the volume in question
	 * @param links the system that asks (it knows how to tell a read-only volume)
	 * @return what can be made on that volume (none on FAT-family or read-only volumes)
	 */
	public static java.util.Set<org.linksmith.core.LinkType> onVolume(java.util.Set<org.linksmith.core.LinkType> system,
			java.nio.file.Path where, LinkSystem links) {
		return Volumes.restrict(system, where, links);
	}
}
