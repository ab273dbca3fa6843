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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Watches the folder shown for changes made by anyone (other programs, the shell) and calls back,
 * at most a few times a second, on its own thread. One per view, one folder at a time, not
 * recursive: {@link #watch} only hands the folder over; the watcher's own thread registers it,
 * so no file-system call is made on the caller's (UI) thread.
 */
final class FolderWatcher implements AutoCloseable {

	private static final long QUIET_MILLIS = 250;

	private final Consumer<Path> changed;
	private final AtomicReference<Path> pending = new AtomicReference<>();
	private volatile boolean closed;
	private Thread thread;

	/**
	 * @param changed called (on the watcher's thread) with the folder, after changes have settled
	 */
	FolderWatcher(Consumer<Path> changed) {
		this.changed = changed;
	}

	/**
	 * Watches another folder instead.
	 *
	 * @param folder the folder
	 */
	synchronized void watch(Path folder) {
		if (closed) {
			return;
		}
		pending.set(folder);
		if (thread == null) {
			thread = new Thread(this::loop, "Linksmith folder watcher"); //$NON-NLS-1$
			thread.setDaemon(true);
			thread.start();
		} else {
			thread.interrupt(); // wakes it from waiting on the old folder
		}
	}

	private void loop() {
		try (WatchService service = FileSystems.getDefault().newWatchService()) {
			WatchKey current = null;
			Path watched = null;
			while (!closed) {
				Path next = pending.getAndSet(null);
				if (next != null) {
					if (current != null) {
						current.cancel();
					}
					current = register(service, next);
					watched = current == null ? null : next;
				}
				try {
					WatchKey key = service.take();
					key.pollEvents();
					key.reset();
					if (key != current) {
						continue; // late news of a folder no longer shown
					}
					// let a burst of changes settle, then report once
					WatchKey more;
					while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
						more.pollEvents();
						more.reset();
					}
					if (pending.get() == null && !closed) {
						changed.accept(watched);
					}
				} catch (InterruptedException e) {
					// another folder, or closed: look again
				}
			}
		} catch (IOException | ClosedWatchServiceException e) {
			// no watching here: Refresh reads the folder again
		}
	}

	private static WatchKey register(WatchService service, Path folder) {
		try {
			return folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
					StandardWatchEventKinds.ENTRY_MODIFY);
		} catch (IOException | UnsupportedOperationException e) {
			return null; // a folder that cannot be watched is still shown; Refresh reads it again
		}
	}

	@Override
	public synchronized void close() {
		closed = true;
		if (thread != null) {
			thread.interrupt();
			thread = null;
		}
	}
}
