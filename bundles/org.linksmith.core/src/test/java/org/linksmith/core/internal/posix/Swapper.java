/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread that swaps two entries with renameat2(RENAME_EXCHANGE) as fast as it can, until
 * closed or until the swap fails (one of them is gone): the attacker of the race tests.
 */
final class Swapper implements AutoCloseable {
	private final AtomicBoolean stop = new AtomicBoolean();
	private final AtomicInteger swaps = new AtomicInteger();
	private final Thread thread;

	Swapper(Path a, Path b) {
		FdTree fd = new FdTree(StandardCharsets.UTF_8);
		thread = new Thread(() -> {
			while (!stop.get()) {
				try {
					if (!fd.exchange(a, b)) {
						return; // this file system cannot swap
					}
					swaps.incrementAndGet();
				} catch (IOException e) {
					return;
				}
			}
		});
		thread.start();
	}

	/** Waits until the swaps are under way, so that the work under attack starts amid them. */
	Swapper running() {
		int before = swaps.get();
		while (swaps.get() < before + 50 && thread.isAlive()) {
			Thread.onSpinWait();
		}
		return this;
	}

	int swaps() {
		return swaps.get();
	}

	@Override
	public void close() throws InterruptedException {
		stop.set(true);
		thread.join();
	}
}
