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

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * What the Contents view shows, without any widget: the current folder and its Back/Forward
 * history, the entries read, the hidden filter and the sort order. Each reading of a folder gets
 * a ticket; only the latest reading's result is applied, so the table never shows a folder other
 * than the one in the address bar, however the readings finish. Used on the UI thread.
 */
final class FolderModel {

	/** The sortable columns, in the table's order. */
	static final int NAME = 0, SIZE = 1, MODIFIED = 2, TYPE = 3, TARGET = 4;

	private Path folder;
	private final Deque<Path> back = new ArrayDeque<>();
	private final Deque<Path> forward = new ArrayDeque<>();
	private List<Entry> entries = List.of();
	private boolean showHidden;
	private int sortColumn = NAME;
	private boolean ascending = true;
	private long reading;

	/** @return the folder shown, {@code null} before the first */
	Path folder() {
		return folder;
	}

	/**
	 * Goes to a folder, keeping the current one in the Back history.
	 *
	 * @param path a folder
	 * @return the folder now current (absolute; {@code ..} is never resolved in the text)
	 */
	Path open(Path path) {
		Path next = path.toAbsolutePath();
		if (folder != null && !folder.equals(next)) {
			back.push(folder);
			forward.clear();
		}
		return go(next);
	}

	private Path go(Path next) {
		folder = next;
		entries = List.of();
		return folder;
	}

	/** @return the folder now current, or {@code null} when there is nothing to go back to */
	Path back() {
		if (back.isEmpty()) {
			return null;
		}
		forward.push(folder);
		return go(back.pop());
	}

	/** @return the folder now current, or {@code null} when there is nothing to go forward to */
	Path forward() {
		if (forward.isEmpty()) {
			return null;
		}
		back.push(folder);
		return go(forward.pop());
	}

	/** @return the folder now current, or {@code null} at the top */
	Path up() {
		return canGoUp() ? open(folder.getParent()) : null;
	}

	boolean canGoBack() {
		return !back.isEmpty();
	}

	boolean canGoForward() {
		return !forward.isEmpty();
	}

	boolean canGoUp() {
		return folder != null && folder.getParent() != null;
	}

	/** @return the ticket of a new reading of the current folder; earlier readings are out of date */
	long startReading() {
		return ++reading;
	}

	/**
	 * @param ticket a reading's ticket
	 * @return whether it is the latest reading (its result may be shown)
	 */
	boolean isLatest(long ticket) {
		return ticket == reading;
	}

	/**
	 * @param ticket the reading's ticket
	 * @param read the entries it read
	 * @return whether they were taken (the reading is the latest)
	 */
	boolean setEntries(long ticket, List<Entry> read) {
		if (!isLatest(ticket)) {
			return false;
		}
		entries = read;
		return true;
	}

	/** @return every entry read, hidden ones included, in the listing's order */
	List<Entry> entries() {
		return entries;
	}

	boolean showHidden() {
		return showHidden;
	}

	void setShowHidden(boolean show) {
		showHidden = show;
	}

	int sortColumn() {
		return sortColumn;
	}

	boolean ascending() {
		return ascending;
	}

	/**
	 * Sorts by a column; the same column again reverses the order.
	 *
	 * @param column one of {@link #NAME} .. {@link #TARGET}
	 */
	void sortBy(int column) {
		ascending = column == sortColumn ? !ascending : true;
		sortColumn = column;
	}

	/**
	 * @param column one of {@link #NAME} .. {@link #TARGET} (anything else: by name)
	 * @param up whether in ascending order
	 */
	void setSort(int column, boolean up) {
		sortColumn = column >= NAME && column <= TARGET ? column : NAME;
		ascending = up;
	}

	/** @return whether the order depends on sizes and dates (the second pass changes it) */
	boolean sortsByAttributes() {
		return sortColumn == SIZE || sortColumn == MODIFIED;
	}

	/** @return the entries to show: hidden ones only when asked for, in the chosen order */
	Entry[] visible() {
		return visibleLater().get();
	}

	/**
	 * @return whether showing the entries needs a sort (any order but by name, ascending, in which
	 *         the listing comes): then it is done off the UI thread
	 */
	boolean needsSort() {
		return sortColumn != NAME || !ascending;
	}

	/**
	 * @return {@link #visible()} for the model as it is now, to compute on any thread (it reads
	 *         nothing the model changes later)
	 */
	java.util.function.Supplier<Entry[]> visibleLater() {
		return visibleLater(entries);
	}

	/**
	 * @param all entries of the current folder (all of them, or the first ones in name order)
	 * @return the ones to show, as {@link #visibleLater()} computes them
	 */
	java.util.function.Supplier<Entry[]> visibleLater(List<Entry> all) {
		boolean hidden = showHidden;
		int column = sortColumn;
		boolean up = ascending;
		return () -> {
			List<Entry> visible = new ArrayList<>(all.size());
			for (Entry e : all) {
				if (hidden || !e.hidden()) {
					visible.add(e);
				}
			}
			Comparator<Entry> order = switch (column) {
				case SIZE -> Comparator.comparingLong(Entry::size);
				case MODIFIED -> Comparator.comparingLong(Entry::modified);
				case TYPE -> Comparator.comparing((Entry e) -> e.kind()).thenComparing(Entry::name);
				case TARGET -> Comparator.comparing((Entry e) -> e.target() == null ? "" : e.target()); //$NON-NLS-1$
				default -> Entry.ORDER;
			};
			if (column != NAME || !up) {
				// the listing comes in the default order already
				visible.sort(up ? order : order.reversed());
			}
			return visible.toArray(Entry[]::new);
		};
	}
}
