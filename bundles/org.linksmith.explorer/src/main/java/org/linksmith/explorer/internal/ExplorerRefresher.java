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

import org.eclipse.jdt.annotation.NonNullByDefault;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.linksmith.ui.LinkChangeListener;
import org.osgi.service.component.annotations.Component;

/**
 * After Linksmith changed links, shows the change in the open Explorer windows: the Folder view
 * reads its folder again, the Links view scans again, the folder tree lists the parents again. A
 * Declarative Services component.
 */
@Component(service = LinkChangeListener.class)
@NonNullByDefault
public final class ExplorerRefresher implements LinkChangeListener {

	@Override
	public void linksChanged(Collection<Path> changed) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				IWorkbenchPage page = window.getActivePage();
				if (page == null) {
					continue;
				}
				IViewPart contents = page.findView(ContentsView.ID);
				if (contents instanceof ContentsView c && c.folder() != null
						&& changed.stream().anyMatch(p -> c.folder().equals(p.getParent()) || c.folder().equals(p))) {
					c.reload();
				}
				if (page.findView(LinksView.ID) instanceof LinksView links) {
					links.changed(changed);
				}
				if (page.findView(FoldersView.ID) instanceof FoldersView folders) {
					changed.forEach(p -> {
						if (p.getParent() != null) {
							folders.relist(p.getParent());
						}
					});
				}
			}
		});
	}
}
