/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.decorators;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.ui.internal.Messages;
import org.linksmith.ui.internal.preferences.LinkPreferences.Decorations;

/**
 * What the link decorator draws for one element: an overlay for the link type (bottom right), a
 * warning overlay when the link is broken (top left) and a label suffix. The platform's own symlink
 * overlay sits top right; problem markers use bottom left: both stay free.
 *
 * @param overlay the type overlay
 * @param broken whether to draw the broken-link warning
 * @param suffix text to append to the label ({@code ""} for none)
 */
public record DecorationDecision(Overlay overlay, boolean broken, String suffix) {

	/** The type overlays. */
	public enum Overlay {
		/** No overlay. */
		NONE,
		/** Symbolic link (file or folder). */
		SYMBOLIC,
		/** Windows junction. */
		JUNCTION,
		/** Hard link (a file with several names). */
		HARD
	}

	/** Nothing to draw. */
	public static final DecorationDecision NOTHING = new DecorationDecision(Overlay.NONE, false, ""); //$NON-NLS-1$

	/**
	 * @param info what the element is
	 * @param prefs what the user wants to see
	 * @return what to draw
	 */
	public static DecorationDecision decide(LinkInfo info, Decorations prefs) {
		LinkType type = info.type();
		switch (type) {
			case SYMBOLIC_FILE, SYMBOLIC_DIRECTORY, JUNCTION -> {
				boolean junction = type == LinkType.JUNCTION;
				Overlay overlay = (junction ? prefs.junction() : prefs.symbolic())
						? (junction ? Overlay.JUNCTION : Overlay.SYMBOLIC)
						: Overlay.NONE;
				StringBuilder suffix = new StringBuilder();
				if (prefs.target() && info.target() != null) {
					suffix.append(NLS.bind(Messages.Decoration_TargetSuffix, info.target()));
				}
				if (info.loop()) {
					suffix.append(Messages.Decoration_LoopSuffix);
				} else if (info.broken()) {
					suffix.append(Messages.Decoration_BrokenSuffix);
				}
				return new DecorationDecision(overlay, info.broken() && prefs.broken(), suffix.toString());
			}
			case HARD -> {
				return new DecorationDecision(prefs.hard() ? Overlay.HARD : Overlay.NONE, false,
						prefs.hardLinkCount() ? NLS.bind(Messages.Decoration_LinksSuffix, Long.valueOf(info.links())) : ""); //$NON-NLS-1$
			}
			default -> {
				return NOTHING;
			}
		}
	}
}
