/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.linksmith.core.LinkException;
import org.linksmith.ui.internal.LinkUi;

/**
 * The first folder, read on another core while the workbench starts, so that a large folder is
 * ready when the window is.
 */
final class StartupPrefetch {

	private static volatile StartupPrefetch current;

	private final Path folder;
	private final CompletableFuture<List<Entry>> listing = new CompletableFuture<>();
	private volatile FileTime modifiedBefore;

	private StartupPrefetch(Path folder) {
		this.folder = folder;
	}

	/**
	 * Starts reading the folder the window will show.
	 *
	 * @param folder the first folder
	 */
	static void start(Path folder) {
		StartupPrefetch prefetch = new StartupPrefetch(folder);
		current = prefetch;
		Thread thread = new Thread(prefetch::run, "Linksmith start-up prefetch"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.setPriority(Thread.NORM_PRIORITY - 1);
		thread.start();
	}

	private void run() {
		try {
			modifiedBefore = Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS);
			listing.complete(Entry.list(LinkUi.files(), folder, new NullProgressMonitor()));
		} catch (IOException | LinkException | RuntimeException e) {
			listing.completeExceptionally(e);
		}
	}

	/** @return whether the prefetch not taken yet has finished reading (for tests) */
	static boolean done() {
		StartupPrefetch prefetch = current;
		return prefetch != null && prefetch.listing.isDone();
	}

	/**
	 * The prefetched listing of a folder, once: later readings of it list it again.
	 *
	 * @param folder the folder about to be read
	 * @return its entries as read at start-up (waiting for them if need be), or {@code null} when
	 *         there is none for this folder or the folder changed since
	 * @throws IOException when reading it failed
	 */
	static List<Entry> take(Path folder) throws IOException, LinkException {
		StartupPrefetch prefetch = current;
		if (prefetch == null || !prefetch.folder.equals(folder)) {
			return null;
		}
		current = null;
		List<Entry> entries;
		try {
			entries = prefetch.listing.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof LinkException le) {
				throw le;
			}
			return null;
		}
		// changed between then and now (the folder watcher started later): read it again
		FileTime now = Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS);
		return now.equals(prefetch.modifiedBefore) ? entries : null;
	}
}
