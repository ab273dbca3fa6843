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

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.linksmith.ui.LinkTargetOpener;
import org.osgi.service.component.annotations.Component;

/**
 * Open Target in the Explorer: a folder target is shown in the Folder view (files open with the
 * system). A Declarative Services component.
 */
@Component(service = LinkTargetOpener.class)
@NonNullByDefault
public final class ExplorerTargetOpener implements LinkTargetOpener {

	@Override
	public boolean open(Path target, boolean folder) {
		if (!folder) {
			return false;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null
				|| !(window.getActivePage().findView(ContentsView.ID) instanceof ContentsView contents)) {
			return false;
		}
		contents.open(target);
		return true;
	}
}
