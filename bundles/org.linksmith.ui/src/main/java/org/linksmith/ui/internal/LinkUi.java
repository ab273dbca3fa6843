/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.linksmith.core.FileTreeService;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkServices;
import org.linksmith.ui.LinkChangeListener;
import org.linksmith.ui.LinkTargetOpener;
import org.linksmith.ui.LinkUndoContextProvider;
import org.linksmith.ui.internal.decorators.LinkDecorator;

/**
 * Shared helpers of the UI: paths of selected elements, the link service, and telling everyone
 * that links changed.
 */
public final class LinkUi {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.linksmith.ui"; //$NON-NLS-1$

	private LinkUi() {
	}

	/**
	 * @param element anything (a {@link Path}, a resource, a tree node)
	 * @return its file-system path, or {@code null} when it has none
	 */
	public static Path pathOf(Object element) {
		if (element instanceof Path p) {
			return p;
		}
		return Adapters.adapt(element, Path.class);
	}

	/**
	 * @param selection a selection
	 * @return the paths of its elements that have one
	 */
	public static List<Path> pathsOf(IStructuredSelection selection) {
		List<Path> paths = new ArrayList<>();
		if (selection != null) {
			for (Object o : selection) {
				Path p = pathOf(o);
				if (p != null) {
					paths.add(p);
				}
			}
		}
		return paths;
	}

	/**
	 * @return the link service: the one bound to {@link LinkUiServices}; on a plain classpath (unit
	 *         tests) the same process-wide instance it would be bound to
	 */
	public static LinkService links() {
		LinkUiServices s = LinkUiServices.active();
		return s != null ? s.links() : LinkServices.getDefault();
	}

	/** @return the file-tree service, as {@link #links()} finds it */
	public static FileTreeService files() {
		LinkUiServices s = LinkUiServices.active();
		return s != null ? s.files() : LinkServices.fileTree();
	}

	/** @return the registered target openers, highest ranking first (none outside OSGi) */
	public static List<LinkTargetOpener> targetOpeners() {
		LinkUiServices s = LinkUiServices.active();
		return s != null ? s.openers() : List.of();
	}

	/** @return the registered undo context providers, highest ranking first (none outside OSGi) */
	public static List<LinkUndoContextProvider> undoContextProviders() {
		LinkUiServices s = LinkUiServices.active();
		return s != null ? s.undoContextProviders() : List.of();
	}

	/**
	 * Tells every {@link LinkChangeListener} and refreshes the link decorations.
	 *
	 * @param changed what changed
	 */
	public static void changed(Collection<Path> changed) {
		LinkInfoCache.forget(changed);
		LinkUiServices s = LinkUiServices.active();
		for (LinkChangeListener l : s != null ? s.listeners() : List.<LinkChangeListener>of()) {
			try {
				l.linksChanged(changed);
			} catch (RuntimeException e) {
				log().error("A LinkChangeListener failed", e); //$NON-NLS-1$
			}
		}
		if (PlatformUI.isWorkbenchRunning()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (PlatformUI.isWorkbenchRunning()) {
						PlatformUI.getWorkbench().getDecoratorManager().update(LinkDecorator.ID);
					}
				});
			}
		}
	}

	/** @return the log of this bundle */
	public static ILog log() {
		return ILog.of(LinkUi.class);
	}
}
