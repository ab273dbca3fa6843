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

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;

/**
 * Type-ahead find in the Contents table, as in Windows Explorer, Dolphin and Nautilus: letters
 * typed in quick succession select the first row whose name starts with them (ignoring case); the
 * same letter typed again goes on to the next such row. A pause of a second starts a new search.
 * Keys with Ctrl or Alt are left to the commands.
 */
final class TypeAhead {

	private static final long PAUSE = 1_000_000_000L;

	private final Table table;
	private final Supplier<Entry[]> rows;
	private final StringBuilder typed = new StringBuilder();
	private long last;

	/**
	 * @param table the table
	 * @param rows the entries shown, in order
	 */
	TypeAhead(Table table, Supplier<Entry[]> rows) {
		this.table = table;
		this.rows = rows;
		table.addListener(SWT.KeyDown, this::key);
	}

	private void key(Event e) {
		if ((e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0 || e.character < ' ' || e.character == SWT.DEL) {
			return;
		}
		long now = System.nanoTime();
		if (now - last > PAUSE) {
			typed.setLength(0);
		}
		last = now;
		typed.append(e.character);
		int found = find(typed.toString());
		if (found < 0 && typed.length() > 1) {
			return; // nothing starts with these letters: the selection stays
		}
		if (found >= 0) {
			table.setSelection(found);
			table.showSelection();
			Event selection = new Event();
			selection.item = table.getItem(found);
			table.notifyListeners(SWT.Selection, selection);
		}
		e.doit = false;
	}

	/**
	 * @param text what was typed
	 * @return the row to select: the first after the selected one whose name starts with the letter
	 *         (for one letter, or one letter typed again), or from the selected one on whose name
	 *         starts with all of them; -1 when none
	 */
	int find(String text) {
		Entry[] shown = rows.get();
		// a large folder's rows come into the table in steps: only those in it can be selected
		int count = Math.min(shown.length, table.getItemCount());
		if (count == 0) {
			return -1;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		boolean repeated = lower.chars().distinct().count() == 1;
		String prefix = repeated ? lower.substring(0, 1) : lower;
		int selected = table.getSelectionIndex();
		// one letter (or the same one again): the next row with it; more letters: this row may still match
		int from = repeated ? selected + 1 : Math.max(0, selected);
		for (int i = 0; i < count; i++) {
			int row = (from + i) % count;
			if (matches(shown, row, prefix)) {
				return row;
			}
		}
		return -1;
	}

	private static boolean matches(Entry[] shown, int row, String prefix) {
		return row < shown.length && shown[row].name().toLowerCase(Locale.ROOT).startsWith(prefix);
	}
}
