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

import org.linksmith.core.internal.DefaultFileTreeService;
import org.linksmith.core.internal.DefaultLinkService;
import org.linksmith.core.internal.MvLinkIndex;
import org.linksmith.core.internal.LinkSystems;

/**
 * Access to the link service on a plain classpath, where no OSGi service registry exists. In
 * OSGi, prefer the {@link LinkService} and {@link FileTreeService} services (Declarative Services
 * components, which hand out these same instances).
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

	/**
	 * @return the file-tree service for the running operating system (descriptor-based on Linux,
	 *         handle-based on Windows)
	 */
	public static FileTreeService fileTree() {
		return TreeHolder.INSTANCE;
	}

	/**
	 * @return the link index of this user, in the state folder ({@code ~/.local/state/linksmith/index},
	 *         {@code %LOCALAPPDATA%\\Linksmith\\index}); each call opens the database only while it works
	 */
	public static LinkIndex index() {
		return index(MvLinkIndex.defaultLocation());
	}

	/**
	 * @param file the database file to use
	 * @return a link index kept in that file
	 */
	public static LinkIndex index(java.nio.file.Path file) {
		return new MvLinkIndex(getDefault(), LinkSystems.current(), file);
	}

	/**
	 * @param index the index whose recorded identities to use, or {@code null} to search by names only
	 * @return link repair on the running operating system
	 */
	public static LinkRepair repair(@org.eclipse.jdt.annotation.Nullable LinkIndex index) {
		return new org.linksmith.core.internal.DefaultLinkRepair(getDefault(), LinkSystems.current(), index);
	}

	private static final class Holder {
		static final LinkService INSTANCE = DefaultLinkService.forCurrentSystem();
	}

	private static final class TreeHolder {
		static final FileTreeService INSTANCE = new DefaultFileTreeService(LinkSystems.current());
	}
}
