/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.ide.internal;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Names broken-link nodes; the link decorator adds the broken overlay and the target. */
public final class BrokenLinksLabelProvider extends LabelProvider {

	@Override
	public String getText(Object element) {
		return element instanceof BrokenLinkNode node ? node.path().getFileName().toString() : null;
	}

	@Override
	public Image getImage(Object element) {
		return element instanceof BrokenLinkNode
				? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE)
				: null;
	}
}
