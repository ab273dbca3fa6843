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

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * What the Explorer remembers across starts, in its settings folder (instance scope): the folder
 * shown, the sort order and whether hidden files are shown; and its preferences (Window >
 * Preferences > Linksmith > Explorer).
 */
final class ExplorerSettings {

	private static final String LAST_FOLDER = "lastFolder"; //$NON-NLS-1$
	private static final String SORT_COLUMN = "sortColumn"; //$NON-NLS-1$
	private static final String ASCENDING = "ascending"; //$NON-NLS-1$
	private static final String SHOW_HIDDEN = "showHidden"; //$NON-NLS-1$
	/** Paste and drag and drop copy with Smart Copy and move with Smart Move (default: yes). */
	static final String SMART_TRANSFER = "smartTransfer"; //$NON-NLS-1$

	private ExplorerSettings() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(ExplorerTrace.BUNDLE);
	}

	/** @return the folder shown when the Explorer last closed, or {@code null} */
	static String lastFolder() {
		return node().get(LAST_FOLDER, null);
	}

	/** @param model what the Contents view shows now, kept for the next start */
	static void save(FolderModel model) {
		IEclipsePreferences node = node();
		if (model.folder() != null) {
			node.put(LAST_FOLDER, model.folder().toString());
		}
		node.putInt(SORT_COLUMN, model.sortColumn());
		node.putBoolean(ASCENDING, model.ascending());
		node.putBoolean(SHOW_HIDDEN, model.showHidden());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// not remembered this time; nothing else depends on it
		}
	}

	/** @return the Explorer's preferences, for its preference page */
	static org.eclipse.jface.preference.IPreferenceStore store() {
		org.eclipse.ui.preferences.ScopedPreferenceStore store = new org.eclipse.ui.preferences.ScopedPreferenceStore(
				InstanceScope.INSTANCE, ExplorerTrace.BUNDLE);
		store.setDefault(SMART_TRANSFER, true);
		return store;
	}

	/**
	 * @return {@code null} when paste and drop copy and move plainly; else what a Smart Copy does
	 *         with links out of the copied tree (Linksmith's preference)
	 */
	static org.linksmith.core.@org.eclipse.jdt.annotation.Nullable OuterLinks smart() {
		return node().getBoolean(SMART_TRANSFER, true) ? org.linksmith.ui.internal.preferences.LinkPreferences.outerLinks()
				: null;
	}

	/** @param model a new Contents view's model: the sort order and hidden files as last time */
	static void restore(FolderModel model) {
		IEclipsePreferences node = node();
		model.setSort(node.getInt(SORT_COLUMN, FolderModel.NAME), node.getBoolean(ASCENDING, true));
		model.setShowHidden(node.getBoolean(SHOW_HIDDEN, false));
	}
}
