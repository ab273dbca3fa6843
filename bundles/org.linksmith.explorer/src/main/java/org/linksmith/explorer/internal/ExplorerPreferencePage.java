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

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Linksmith > Explorer: whether paste and drag and drop copy with Smart
 * Copy and move with Smart Move (as Link Shell Extension's "Smart Copy" setting), on by default.
 * What a Smart Copy does with links out of the tree is on the Linksmith page.
 */
public final class ExplorerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public ExplorerPreferencePage() {
		super(GRID);
		setPreferenceStore(ExplorerSettings.store());
		setDescription(Messages.Preferences_Description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to set up
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(ExplorerSettings.SMART_TRANSFER, Messages.Preferences_SmartTransfer,
				getFieldEditorParent()));
	}
}
