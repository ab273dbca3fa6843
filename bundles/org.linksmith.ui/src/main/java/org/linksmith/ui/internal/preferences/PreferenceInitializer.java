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

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.linksmith.ui.internal.LinkUi;

/** Defaults: every overlay and suffix on, absolute targets, confirm removal. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences node = DefaultScope.INSTANCE.getNode(LinkUi.PLUGIN_ID);
		node.putBoolean(LinkPreferences.OVERLAY_SYMBOLIC, true);
		node.putBoolean(LinkPreferences.OVERLAY_HARD, true);
		node.putBoolean(LinkPreferences.OVERLAY_JUNCTION, true);
		node.putBoolean(LinkPreferences.OVERLAY_BROKEN, true);
		node.putBoolean(LinkPreferences.SUFFIX_HARD_LINK_COUNT, true);
		node.putBoolean(LinkPreferences.SUFFIX_TARGET, true);
		node.putBoolean(LinkPreferences.RELATIVE_BY_DEFAULT, false);
		node.putBoolean(LinkPreferences.CONFIRM_REMOVE, true);
		node.put(LinkPreferences.OUTER_LINKS, "splice"); //$NON-NLS-1$
	}
}
