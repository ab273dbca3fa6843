/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.linksmith.ui.internal.LinkUi;

/**
 * Linksmith's preferences: keys, defaults and the store.
 */
public final class LinkPreferences {

	/** Show the overlay on symbolic links. */
	public static final String OVERLAY_SYMBOLIC = "overlay.symbolic"; //$NON-NLS-1$
	/** Show the overlay on hard links. */
	public static final String OVERLAY_HARD = "overlay.hard"; //$NON-NLS-1$
	/** Show the overlay on junctions. */
	public static final String OVERLAY_JUNCTION = "overlay.junction"; //$NON-NLS-1$
	/** Show the warning overlay on broken links. */
	public static final String OVERLAY_BROKEN = "overlay.broken"; //$NON-NLS-1$
	/** Show " [3 links]" after hard links. */
	public static final String SUFFIX_HARD_LINK_COUNT = "suffix.hardLinkCount"; //$NON-NLS-1$
	/** Show " → target" after symbolic links and junctions. */
	public static final String SUFFIX_TARGET = "suffix.target"; //$NON-NLS-1$
	/** New links store relative targets by default. */
	public static final String RELATIVE_BY_DEFAULT = "create.relative"; //$NON-NLS-1$
	/** Ask before removing links. */
	public static final String CONFIRM_REMOVE = "confirm.remove"; //$NON-NLS-1$
	/**
	 * What a Smart Copy does with links that point out of the copied tree: {@code splice},
	 * {@code crop} or {@code unroll} ({@link org.linksmith.core.OuterLinks}).
	 */
	public static final String OUTER_LINKS = "smartCopy.outerLinks"; //$NON-NLS-1$

	private static ScopedPreferenceStore store;

	private LinkPreferences() {
	}

	/** @return the preference store of the UI bundle (instance scope) */
	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, LinkUi.PLUGIN_ID);
		}
		return store;
	}

	/**
	 * @return what a Smart Copy does with links that point out of the copied tree, as chosen
	 *         (splice when the value is not one of the three)
	 */
	public static org.linksmith.core.OuterLinks outerLinks() {
		String value = store().getString(OUTER_LINKS).toUpperCase(java.util.Locale.ROOT);
		for (org.linksmith.core.OuterLinks o : org.linksmith.core.OuterLinks.values()) {
			if (o.name().equals(value)) {
				return o;
			}
		}
		return org.linksmith.core.OuterLinks.SPLICE;
	}

	/**
	 * The values the decorator needs, read once per decoration pass.
	 *
	 * @param symbolic overlay on symbolic links
	 * @param hard overlay on hard links
	 * @param junction overlay on junctions
	 * @param broken warning overlay on broken links
	 * @param hardLinkCount count suffix on hard links
	 * @param target target suffix on symbolic links and junctions
	 */
	public record Decorations(boolean symbolic, boolean hard, boolean junction, boolean broken, boolean hardLinkCount,
			boolean target) {

		/** @return everything on */
		public static Decorations all() {
			return new Decorations(true, true, true, true, true, true);
		}

		/**
		 * @param s a store
		 * @return the values in it
		 */
		public static Decorations from(IPreferenceStore s) {
			return new Decorations(s.getBoolean(OVERLAY_SYMBOLIC), s.getBoolean(OVERLAY_HARD),
					s.getBoolean(OVERLAY_JUNCTION), s.getBoolean(OVERLAY_BROKEN), s.getBoolean(SUFFIX_HARD_LINK_COUNT),
					s.getBoolean(SUFFIX_TARGET));
		}
	}
}
