/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

import org.linksmith.core.LinkInfo;

/**
 * What the decorator last learned about each path, read by menus and property testers so that they
 * never touch the file system on the UI thread. Bounded: cleared when it grows too large.
 */
public final class LinkInfoCache {

	private static final int LIMIT = 100_000;
	private static final ConcurrentHashMap<Path, LinkInfo> CACHE = new ConcurrentHashMap<>();
	private static final ConcurrentHashMap<Path, Boolean> FOLDERS = new ConcurrentHashMap<>();

	private LinkInfoCache() {
	}

	/**
	 * @param path a path
	 * @param info what it is
	 * @param folder whether it is (or points to) a folder
	 */
	public static void put(Path path, LinkInfo info, boolean folder) {
		if (CACHE.size() > LIMIT) {
			CACHE.clear();
			FOLDERS.clear();
		}
		CACHE.put(path, info);
		FOLDERS.put(path, Boolean.valueOf(folder));
	}

	/**
	 * @param path a path
	 * @return what is known, or {@code null}
	 */
	public static LinkInfo get(Path path) {
		return CACHE.get(path);
	}

	/**
	 * @param path a path
	 * @return whether it is known to be a folder; {@code null} when unknown
	 */
	public static Boolean isFolder(Path path) {
		return FOLDERS.get(path);
	}

	/**
	 * @param paths paths that changed
	 */
	public static void forget(Collection<Path> paths) {
		for (Path p : paths) {
			CACHE.remove(p);
			FOLDERS.remove(p);
		}
	}
}
