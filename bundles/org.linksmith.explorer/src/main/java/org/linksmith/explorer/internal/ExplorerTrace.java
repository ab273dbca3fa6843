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

import org.eclipse.osgi.service.debug.DebugOptions;
import org.eclipse.osgi.service.debug.DebugOptionsListener;
import org.eclipse.osgi.service.debug.DebugTrace;
import org.osgi.service.component.annotations.Component;

/**
 * The Explorer's tracing, through the platform's debug options ({@code .options} of this bundle):
 * start with {@code -debug FILE} or {@code -Dosgi.debug=FILE} where FILE sets
 * {@code org.linksmith.explorer/debug/timing=true}; bench/bench-explorer.sh reads the lines.
 */
@Component(property = DebugOptions.LISTENER_SYMBOLICNAME + "=" + ExplorerTrace.BUNDLE)
public final class ExplorerTrace implements DebugOptionsListener {

	static final String BUNDLE = "org.linksmith.explorer"; //$NON-NLS-1$
	/** How long the window and each folder took to show, and where the time went. */
	static final String TIMING = "/debug/timing"; //$NON-NLS-1$

	private static volatile boolean timing;
	private static volatile DebugTrace trace;

	@Override
	public void optionsChanged(DebugOptions options) {
		trace = options.newDebugTrace(BUNDLE);
		timing = options.getBooleanOption(BUNDLE + "/debug", false) //$NON-NLS-1$
				&& options.getBooleanOption(BUNDLE + TIMING, false);
	}

	/** @return whether timing is traced (to skip building the messages otherwise) */
	static boolean timing() {
		return timing;
	}

	/** @param message a timing, for the trace */
	static void timing(String message) {
		DebugTrace t = trace;
		if (timing && t != null) {
			t.trace(TIMING, message);
		}
	}

	/** When the application's start method was called (wall clock), or 0. */
	private static volatile long applicationStarted;
	/** When the workbench window was created (wall clock), or 0. */
	private static volatile long windowCreated;

	/** Notes when the application starts (wall clock), for the start-up phases. */
	static void applicationStarted() {
		applicationStarted = System.currentTimeMillis();
	}

	/** Notes when the workbench window is created (wall clock), for the start-up phases. */
	static void windowCreated() {
		windowCreated = System.currentTimeMillis();
	}

	/**
	 * Traces where start-up went, as wall-clock instants (for bench/bench-explorer.sh, which knows
	 * when it started the process): the JVM created, the OSGi framework launched (the platform's
	 * {@code eclipse.startTime}), the application started, the window created, its first paint.
	 *
	 * @param painted when the window first painted
	 */
	static void startupPhases(long painted) {
		if (!timing) {
			return;
		}
		long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
		long framework;
		try {
			framework = Long.parseLong(System.getProperty("eclipse.startTime", "0")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException e) {
			framework = 0;
		}
		timing("start-up phases jvm=" + jvm + " framework=" + framework + " application=" + applicationStarted //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " window=" + windowCreated + " paint=" + painted); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param display the display (rows are counted as drawn once it has turned its event loop)
	 * @param folder the folder read
	 * @param started when it was asked for (System.nanoTime())
	 * @return the trace of one reading of a folder
	 */
	static Reading reading(org.eclipse.swt.widgets.Display display, java.nio.file.Path folder, long started) {
		return new Reading(display, folder, started);
	}

	/**
	 * Traces one reading of a folder (all times System.nanoTime()): when its first rows were drawn
	 * (a large folder's first rows come before the rest is sorted), how long its listing took, the
	 * wait for the UI thread, when all its rows were in the table and in how many steps.
	 */
	static final class Reading {
		private final org.eclipse.swt.widgets.Display display;
		private final java.nio.file.Path folder;
		private final long started;
		private long first;

		Reading(org.eclipse.swt.widgets.Display display, java.nio.file.Path folder, long started) {
			this.display = display;
			this.folder = folder;
			this.started = started;
		}

		/** @return what to tell as a large folder's first rows, before its listing is sorted, come in */
		ContentsTable.Filled firstRows() {
			return new FirstIn() {
				@Override
				public void all(int rows, int steps, long longest) {
					// the listing follows
				}
			};
		}

		/** Tells when the first rows of the reading are drawn, once. */
		private abstract class FirstIn implements ContentsTable.Filled {
			@Override
			public void first(int rows) {
				firstIn();
			}
		}

		/**
		 * @param listed when the listing ended
		 * @param filling when the table began to be filled with it
		 * @return what to tell as the listing's rows come in
		 */
		ContentsTable.Filled listing(long listed, long filling) {
			return new FirstIn() {
				@Override
				public void all(int rows, int steps, long longest) {
					if (!timing) {
						return;
					}
					long now = System.nanoTime();
					timing("listed in " + (listed - started) / 1_000_000 //$NON-NLS-1$
							+ " ms, waited " + (filling - listed) / 1_000_000 + " ms, first rows at " //$NON-NLS-1$ //$NON-NLS-2$
							+ (first - started) / 1_000_000 + " ms, all in at " + (now - started) / 1_000_000 + " ms (" //$NON-NLS-1$ //$NON-NLS-2$
							+ steps + " steps, the longest " + longest / 1_000_000 + " ms)"); //$NON-NLS-1$ //$NON-NLS-2$
					display.asyncExec(() -> timing("shown " + rows + " entries of " + folder + " in " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ (System.nanoTime() - started) / 1_000_000 + " ms")); //$NON-NLS-1$
				}
			};
		}

		private void firstIn() {
			if (first != 0 || !timing) {
				return; // once a reading
			}
			first = System.nanoTime();
			display.asyncExec(() -> timing("first rows of " + folder + " drawn in " //$NON-NLS-1$ //$NON-NLS-2$
					+ (System.nanoTime() - started) / 1_000_000 + " ms")); //$NON-NLS-1$
		}
	}
}
