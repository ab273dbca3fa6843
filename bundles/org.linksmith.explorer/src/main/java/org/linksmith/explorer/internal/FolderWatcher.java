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
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the folder shown for changes made by anyone (other programs, the shell) and calls back,
 * at most a few times a second, on its own thread. One folder at a time; not recursive.
 */
final class FolderWatcher implements AutoCloseable {

	private static final long QUIET_MILLIS = 250;

	private final java.util.function.Consumer<Path> changed;
	private WatchService service;
	private Thread thread;

	/**
	 * @param changed called (on the watcher's thread) with the folder, after changes have settled
	 */
	FolderWatcher(java.util.function.Consumer<Path> changed) {
		this.changed = changed;
	}

	/**
	 * Watches another folder instead.
	 *
	 * @param folder the folder
	 */
	synchronized void watch(Path folder) {
		close();
		try {
			WatchService s = FileSystems.getDefault().newWatchService();
			folder.register(s, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
					StandardWatchEventKinds.ENTRY_MODIFY);
			service = s;
			thread = new Thread(() -> loop(s, folder), "Linksmith folder watcher"); //$NON-NLS-1$
			thread.setDaemon(true);
			thread.start();
		} catch (IOException | UnsupportedOperationException e) {
			// a folder that cannot be watched is still shown; Refresh reads it again
		}
	}

	private void loop(WatchService s, Path folder) {
		try {
			while (true) {
				WatchKey key = s.take();
				key.pollEvents();
				key.reset();
				// let a burst of changes settle, then report once
				WatchKey more;
				while ((more = s.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
					more.pollEvents();
					more.reset();
				}
				changed.accept(folder);
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// closed: stop
		}
	}

	@Override
	public synchronized void close() {
		if (service != null) {
			try {
				service.close();
			} catch (IOException e) {
				// nothing to release
			}
			service = null;
		}
		if (thread != null) {
			thread.interrupt();
			thread = null;
		}
	}
}
