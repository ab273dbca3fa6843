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
	 * Traces how long a folder took to show and where the time went (all times System.nanoTime()).
	 *
	 * @param display the display (the rows are counted as shown once it has drawn)
	 * @param folder the folder
	 * @param entries how many entries it holds
	 * @param started when it was asked for
	 * @param listed when its listing ended
	 * @param filling when the table began to be filled
	 */
	static void folderShown(org.eclipse.swt.widgets.Display display, java.nio.file.Path folder, int entries, long started,
			long listed, long filling) {
		if (!timing) {
			return;
		}
		timing("listed in " + (listed - started) / 1_000_000 //$NON-NLS-1$
				+ " ms, waited " + (filling - listed) / 1_000_000 + " ms, filled in " //$NON-NLS-1$ //$NON-NLS-2$
				+ (System.nanoTime() - filling) / 1_000_000 + " ms"); //$NON-NLS-1$
		display.asyncExec(() -> timing("shown " + entries + " entries of " + folder + " in " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (System.nanoTime() - started) / 1_000_000 + " ms")); //$NON-NLS-1$
	}
}
