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

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Folders on the left, the folder's contents in the middle, the Links view below. */
public final class ExplorerPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "org.linksmith.explorer.perspective"; //$NON-NLS-1$
	/** The workbench's Progress view, declared by this bundle. */
	public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String area = layout.getEditorArea();
		layout.addStandaloneView(FoldersView.ID, true, IPageLayout.LEFT, 0.27f, area);
		layout.addStandaloneView(ContentsView.ID, true, IPageLayout.TOP, 0.68f, area);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, ContentsView.ID); //$NON-NLS-1$
		bottom.addView(LinksView.ID);
		bottom.addView(PROGRESS_VIEW);
		for (String view : new String[] { FoldersView.ID, ContentsView.ID, LinksView.ID, PROGRESS_VIEW }) {
			layout.addShowViewShortcut(view);
		}
		layout.getViewLayout(ContentsView.ID).setCloseable(false);
		layout.getViewLayout(FoldersView.ID).setCloseable(false);
	}
}
