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

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.linksmith.ui.internal.Messages;
import org.linksmith.ui.internal.decorators.LinkDecorator;

/** Window > Preferences > Linksmith. */
public final class LinkPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public LinkPreferencePage() {
		super(GRID);
		setPreferenceStore(LinkPreferences.store());
		setDescription(Messages.Preferences_Description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to set up
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(LinkPreferences.OVERLAY_SYMBOLIC, Messages.Preferences_OverlaySymbolic, getFieldEditorParent()));
		addField(new BooleanFieldEditor(LinkPreferences.OVERLAY_JUNCTION, Messages.Preferences_OverlayJunction, getFieldEditorParent()));
		addField(new BooleanFieldEditor(LinkPreferences.OVERLAY_HARD, Messages.Preferences_OverlayHard, getFieldEditorParent()));
		addField(new BooleanFieldEditor(LinkPreferences.OVERLAY_BROKEN, Messages.Preferences_OverlayBroken, getFieldEditorParent()));
		addField(new BooleanFieldEditor(LinkPreferences.SUFFIX_TARGET, Messages.Preferences_SuffixTarget, getFieldEditorParent()));
		addField(new BooleanFieldEditor(LinkPreferences.SUFFIX_HARD_LINK_COUNT, Messages.Preferences_SuffixCount, getFieldEditorParent()));
		addField(new BooleanFieldEditor(LinkPreferences.RELATIVE_BY_DEFAULT, Messages.Preferences_RelativeByDefault, getFieldEditorParent()));
		addField(new BooleanFieldEditor(LinkPreferences.CONFIRM_REMOVE, Messages.Preferences_ConfirmRemove, getFieldEditorParent()));
		addField(new org.eclipse.jface.preference.RadioGroupFieldEditor(LinkPreferences.OUTER_LINKS,
				Messages.Preferences_OuterLinks, 1, new String[][] { { Messages.Preferences_OuterSplice, "splice" }, //$NON-NLS-1$
						{ Messages.Preferences_OuterCrop, "crop" }, { Messages.Preferences_OuterUnroll, "unroll" } }, //$NON-NLS-1$ //$NON-NLS-2$
				getFieldEditorParent(), true));
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		PlatformUI.getWorkbench().getDecoratorManager().update(LinkDecorator.ID);
		return ok;
	}
}
