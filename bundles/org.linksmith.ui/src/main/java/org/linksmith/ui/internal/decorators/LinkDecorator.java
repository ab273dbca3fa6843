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

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService;
import org.linksmith.ui.internal.LinkInfoCache;
import org.linksmith.ui.internal.LinkUi;
import org.linksmith.ui.internal.preferences.LinkPreferences;

/**
 * Marks links in every view that shows elements adaptable to {@link Path}. Lightweight decorators
 * run in the workbench's decoration job, never on the UI thread; what it learns is kept in
 * {@link LinkInfoCache} for menus.
 */
public final class LinkDecorator extends BaseLabelProvider implements ILightweightLabelDecorator {

	/** The decorator's id in plugin.xml. */
	public static final String ID = "org.linksmith.ui.linkDecorator"; //$NON-NLS-1$

	static final ImageDescriptor SYMBOLIC = icon("icons/ovr16/symlink_ovr.png"); //$NON-NLS-1$
	static final ImageDescriptor JUNCTION = icon("icons/ovr16/junction_ovr.png"); //$NON-NLS-1$
	static final ImageDescriptor HARD = icon("icons/ovr16/hardlink_ovr.png"); //$NON-NLS-1$
	static final ImageDescriptor BROKEN = icon("icons/ovr16/broken_ovr.png"); //$NON-NLS-1$

	private static final int MAX_LOGGED = 5;
	private static final AtomicInteger LOGGED = new AtomicInteger();

	/**
	 * The icon of a link in a list of links (the Explorer's Links view): a folder or file with the
	 * link type's overlay, and the broken mark, as the decorator draws them in a tree.
	 *
	 * @param info the link
	 * @return its icon's descriptor
	 */
	public static ImageDescriptor iconOf(LinkInfo info) {
		return iconOf(info.type(), info.broken() || info.loop());
	}

	/**
	 * @param type the link's type
	 * @param broken whether it is broken (or a loop)
	 * @return the icon of such a link in a list of links
	 */
	public static ImageDescriptor iconOf(org.linksmith.core.LinkType type, boolean broken) {
		org.eclipse.ui.ISharedImages shared = org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages();
		boolean folder = type == org.linksmith.core.LinkType.SYMBOLIC_DIRECTORY
				|| type == org.linksmith.core.LinkType.JUNCTION;
		ImageDescriptor kind = switch (type) {
			case JUNCTION -> JUNCTION;
			case HARD -> HARD;
			default -> SYMBOLIC;
		};
		ImageDescriptor icon = new org.eclipse.jface.viewers.DecorationOverlayIcon(
				shared.getImageDescriptor(folder ? org.eclipse.ui.ISharedImages.IMG_OBJ_FOLDER : org.eclipse.ui.ISharedImages.IMG_OBJ_FILE),
				kind, IDecoration.BOTTOM_RIGHT);
		return broken ? new org.eclipse.jface.viewers.DecorationOverlayIcon(icon, BROKEN, IDecoration.TOP_LEFT) : icon;
	}

	/** @return the icon of every kind of link a list of links can show */
	public static java.util.List<ImageDescriptor> linkIcons() {
		java.util.List<ImageDescriptor> all = new java.util.ArrayList<>();
		for (org.linksmith.core.LinkType type : new org.linksmith.core.LinkType[] { org.linksmith.core.LinkType.SYMBOLIC_FILE,
				org.linksmith.core.LinkType.SYMBOLIC_DIRECTORY, org.linksmith.core.LinkType.JUNCTION, org.linksmith.core.LinkType.HARD }) {
			all.add(iconOf(type, false));
			all.add(iconOf(type, true));
		}
		return all;
	}

	private static ImageDescriptor icon(String path) {
		return ResourceLocator.imageDescriptorFromBundle(LinkDecorator.class, path).orElse(null);
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		Path path = LinkUi.pathOf(element);
		if (path == null) {
			return;
		}
		// what the decoration shows (type, stored target, broken, name count) and no more: one
		// lstat for a file or folder, a readlink and a stat more for a link
		LinkService.Described described;
		try {
			described = LinkUi.links().describe(path);
		} catch (LinkException e) {
			return; // gone or unreadable: nothing to mark
		} catch (RuntimeException e) {
			if (LOGGED.incrementAndGet() <= MAX_LOGGED) {
				LinkUi.log().error("Cannot decorate " + path, e); //$NON-NLS-1$
			}
			return;
		}
		LinkInfo info = described.info();
		LinkInfoCache.put(path, info, described.folder());
		DecorationDecision d = DecorationDecision.decide(info,
				LinkPreferences.Decorations.from(LinkPreferences.store()));
		switch (d.overlay()) {
			case SYMBOLIC -> decoration.addOverlay(SYMBOLIC, IDecoration.BOTTOM_RIGHT);
			case JUNCTION -> decoration.addOverlay(JUNCTION, IDecoration.BOTTOM_RIGHT);
			case HARD -> decoration.addOverlay(HARD, IDecoration.BOTTOM_RIGHT);
			case NONE -> {
				// nothing
			}
		}
		if (d.broken()) {
			decoration.addOverlay(BROKEN, IDecoration.TOP_LEFT);
		}
		if (!d.suffix().isEmpty()) {
			decoration.addSuffix(d.suffix());
		}
	}
}
