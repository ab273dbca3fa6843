/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress display on one line of standard error, redrawn at most ten times a second: the task,
 * the step it is at, and how far it is when the amount of work is known. It draws only when
 * standard error is a terminal; piped or redirected, it is silent. {@link #done()} clears the
 * line, so that the messages printed after it start on a clean line.
 */
final class ProgressLine extends NullProgressMonitor {
	private static final long INTERVAL_NANOS = 100_000_000L;

	private final PrintWriter err;
	private final boolean enabled;
	private final int width;
	private String task = ""; //$NON-NLS-1$
	private String step = ""; //$NON-NLS-1$
	private int total;
	private double worked;
	private long counted;
	private String countLabel;
	private long lastDraw;
	private boolean drawn;

	ProgressLine(PrintWriter err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
		this.width = Terminal.columns() - 1;
	}

	/** @return a progress line for this process's standard error, drawn if it is a terminal */
	static ProgressLine forStderr(Context context) {
		return new ProgressLine(context.err, Terminal.stderrIsTerminal());
	}

	/**
	 * Shows a running count beside the step (for example links found so far).
	 *
	 * @param label the message with {0} for the count
	 * @param count the count
	 */
	synchronized void count(String label, long count) {
		this.countLabel = label;
		this.counted = count;
		draw(false);
	}

	@Override
	public synchronized void beginTask(String name, int totalWork) {
		task = name == null ? "" : name; //$NON-NLS-1$
		total = totalWork;
		draw(true);
	}

	@Override
	public synchronized void setTaskName(String name) {
		task = name == null ? "" : name; //$NON-NLS-1$
		draw(true);
	}

	@Override
	public synchronized void subTask(String name) {
		step = name == null ? "" : name; //$NON-NLS-1$
		draw(false);
	}

	@Override
	public synchronized void internalWorked(double work) {
		worked += work;
		draw(false);
	}

	@Override
	public synchronized void worked(int work) {
		internalWorked(work);
	}

	@Override
	public synchronized void done() {
		if (enabled && drawn) {
			err.print('\r');
			err.print(" ".repeat(width)); //$NON-NLS-1$
			err.print('\r');
			err.flush();
			drawn = false;
		}
	}

	/** The text of the line as it would be drawn now (without the carriage return). */
	synchronized String text() {
		StringBuilder line = new StringBuilder(task);
		if (!step.isEmpty()) {
			if (line.length() > 0) {
				line.append(": "); //$NON-NLS-1$
			}
			line.append(step.replaceAll("\\p{Cntrl}", "?")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (countLabel != null) {
			line.append("  ").append(org.eclipse.osgi.util.NLS.bind(countLabel, Long.valueOf(counted))); //$NON-NLS-1$
		}
		if (total > 0) {
			int percent = (int) Math.min(100, Math.round(worked * 100 / total));
			line.append("  ").append(percent).append('%'); //$NON-NLS-1$
		}
		if (line.length() > width) {
			// keep the end, where the current file and the figures are
			line.replace(0, line.length() - width + 1, "\u2026"); //$NON-NLS-1$
		}
		return line.toString();
	}

	private void draw(boolean force) {
		if (!enabled) {
			return;
		}
		long now = System.nanoTime();
		if (!force && drawn && now - lastDraw < INTERVAL_NANOS) {
			return;
		}
		lastDraw = now;
		String text = text();
		err.print('\r');
		err.print(text);
		err.print(" ".repeat(Math.max(0, width - text.length()))); //$NON-NLS-1$
		err.print('\r');
		err.flush();
		drawn = true;
	}
}
