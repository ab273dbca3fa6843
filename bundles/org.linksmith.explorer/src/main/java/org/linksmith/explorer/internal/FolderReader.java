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
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.linksmith.core.LinkException;
import org.linksmith.ui.internal.LinkUi;

/**
 * Reads folders for the Contents view in two background passes: names and kinds (from the
 * directory entries), then sizes and dates. A new reading cancels the one before, as the
 * platform's deferred tree content does; results reach the view on the UI thread with the ticket
 * of their reading, so that the view shows only the latest.
 */
final class FolderReader {

	/** What the view does with the results, called on the UI thread while it is alive. */
	interface Results {
		/**
		 * @param ticket the reading's ticket
		 * @param folder the folder read
		 * @param entries what it holds
		 * @param listed when the listing ended (System.nanoTime)
		 */
		void listed(long ticket, Path folder, List<Entry> entries, long listed);

		/**
		 * The first entries of a large folder in name order, read before all of them are sorted.
		 *
		 * @param ticket the reading's ticket
		 * @param folder the folder read
		 * @param first its first entries in {@link Entry#ORDER}: the start of what
		 *        {@link #listed} will bring
		 */
		void firstRows(long ticket, Path folder, List<Entry> first);

		/**
		 * @param ticket the reading's ticket
		 * @param problem one sentence for the user
		 */
		void failed(long ticket, String problem);

		/** @param entries entries whose sizes and dates are now read */
		void attributesRead(List<Entry> entries);
	}

	private final Display display;
	private final BooleanSupplier alive;
	private final Results results;
	private Job listing;
	private Job attributes;

	/**
	 * @param display the display of the view
	 * @param alive whether the view still wants results
	 * @param results receives them
	 */
	FolderReader(Display display, BooleanSupplier alive, Results results) {
		this.display = display;
		this.alive = alive;
		this.results = results;
	}

	/**
	 * Above this many entries, a folder's first rows in name order are shown before all of them
	 * are sorted (sorting 100,000 names takes 50-130 ms on 2 cores).
	 */
	static final int FIRST_ROWS = 2048;

	/**
	 * Reads a folder, cancelling any reading under way.
	 *
	 * @param folder the folder
	 * @param ticket the reading's ticket
	 * @param firstByName whether the view shows entries in name order (then a large folder's first
	 *        rows are told before the rest is sorted)
	 */
	void read(Path folder, long ticket, boolean firstByName) {
		cancel();
		listing = job(NLS.bind(Messages.Job_ListingFolder, folder), monitor -> {
			try {
				List<Entry> prefetched = StartupPrefetch.take(folder);
				List<Entry> entries;
				if (prefetched != null) {
					entries = prefetched;
				} else {
					Entry[] found = Entry.of(LinkUi.files().list(folder, monitor));
					if (firstByName && found.length > 4 * FIRST_ROWS && !monitor.isCanceled()) {
						List<Entry> first = Entry.first(found, FIRST_ROWS);
						post(() -> results.firstRows(ticket, folder, first));
					}
					entries = Entry.sorted(found);
				}
				long listed = System.nanoTime();
				post(() -> results.listed(ticket, folder, entries, listed));
			} catch (IOException | LinkException e) {
				// a LinkException's message is a whole sentence already
				String problem = e instanceof LinkException ? e.getMessage()
						: NLS.bind(Messages.Address_Unreadable, folder, e.getMessage());
				post(() -> results.failed(ticket, problem));
			}
		});
	}

	/**
	 * The second pass: sizes and dates.
	 *
	 * @param folder the folder they are in
	 * @param entries its entries
	 */
	void readAttributes(Path folder, List<Entry> entries) {
		if (attributes != null) {
			attributes.cancel();
		}
		attributes = job(NLS.bind(Messages.Job_ListingFolder, folder), monitor -> {
			Entry.loadAttributes(entries, monitor);
			post(() -> results.attributesRead(entries));
		});
	}

	/** Cancels the readings under way (their results are dropped). */
	void cancel() {
		if (listing != null) {
			listing.cancel();
		}
		if (attributes != null) {
			// sizes and dates of what is about to be replaced: not worth the disk's time any more
			attributes.cancel();
		}
	}

	private void post(Runnable onUi) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (alive.getAsBoolean()) {
					onUi.run();
				}
			});
		}
	}

	private interface Work {
		void run(IProgressMonitor monitor);
	}

	private static Job job(String name, Work work) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				work.run(monitor);
				return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ContentsView.FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
		return job;
	}
}
