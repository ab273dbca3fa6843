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

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread keeps a user waiting: posts to the display every 5 ms and keeps
 * the longest wait of the posts made after a moment ({@link #from(long)}). For benchmarks.
 */
public final class StallSampler extends Thread {
	private final Display display;
	private final AtomicBoolean running = new AtomicBoolean(true);
	private final AtomicLong longest = new AtomicLong();
	private volatile long longestAt;
	private volatile long from = Long.MAX_VALUE;

	/** @param display the display whose UI thread is watched */
	public StallSampler(Display display) {
		super("UI stall sampler"); //$NON-NLS-1$
		this.display = display;
		setDaemon(true);
	}

	/** @param nanos {@link System#nanoTime()} from which posts count */
	public void from(long nanos) {
		from = nanos;
	}

	/** @return the longest wait of a post, in nanoseconds */
	public long longest() {
		return longest.get();
	}

	/** @return {@link System#nanoTime()} when the post that waited longest was made */
	public long longestAt() {
		return longestAt;
	}

	/**
	 * Stops posting.
	 *
	 * @throws InterruptedException when interrupted while waiting for the last post
	 */
	public void finish() throws InterruptedException {
		running.set(false);
		join();
	}

	@Override
	public void run() {
		while (running.get() && !display.isDisposed()) {
			long posted = System.nanoTime();
			CountDownLatch ran = new CountDownLatch(1);
			display.asyncExec(() -> {
				long late = System.nanoTime() - posted;
				if (posted >= from) {
					if (late > longest.get()) {
						longest.set(late);
						longestAt = posted;
					}
				}
				ran.countDown();
			});
			try {
				ran.await();
				Thread.sleep(5);
			} catch (InterruptedException e) {
				return;
			}
		}
	}
}
