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

import java.util.function.Consumer;

/** How the folder tree and the Links view keep following the Contents view. */
final class FollowContents {

	private FollowContents() {
	}

	/**
	 * Lets another view follow the page's Contents view: the one open now, and each one opened
	 * later (a Contents view closed and opened again).
	 *
	 * @param page the workbench page
	 * @param follow called on the UI thread with each Contents view to follow
	 * @return what stops watching for new ones
	 */
	static Runnable whenOpen(org.eclipse.ui.IWorkbenchPage page, Consumer<ContentsView> follow) {
		if (page.findView(ContentsView.ID) instanceof ContentsView open) {
			follow.accept(open);
		}
		org.eclipse.ui.IPartListener2 opened = new org.eclipse.ui.IPartListener2() {
			@Override
			public void partOpened(org.eclipse.ui.IWorkbenchPartReference ref) {
				if (ref.getPart(false) instanceof ContentsView c) {
					follow.accept(c);
				}
			}
		};
		page.addPartListener(opened);
		return () -> page.removePartListener(opened);
	}
}
