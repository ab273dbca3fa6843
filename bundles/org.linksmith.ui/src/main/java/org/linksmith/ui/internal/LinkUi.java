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
import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.linksmith.core.FileTreeService;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkServices;
import org.linksmith.ui.LinkChangeListener;
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

	/** @return the link service (the OSGi service when there is one) */
	public static LinkService links() {
		LinkService[] found = new LinkService[1];
		try {
			ServiceCaller.callOnce(LinkUi.class, LinkService.class, s -> found[0] = s);
		} catch (IllegalStateException e) {
			// not running in OSGi (plain tests): the service for this system
		}
		return found[0] != null ? found[0] : LinkServices.getDefault();
	}

	/** @return the file-tree service (the OSGi service when there is one) */
	public static FileTreeService files() {
		FileTreeService[] found = new FileTreeService[1];
		try {
			ServiceCaller.callOnce(LinkUi.class, FileTreeService.class, s -> found[0] = s);
		} catch (IllegalStateException e) {
			// not running in OSGi (plain tests): the service for this system
		}
		return found[0] != null ? found[0] : LinkServices.fileTree();
	}

	/**
	 * Calls every registered service of a type, in ranking order.
	 *
	 * @param <S> the service type
	 * @param type the service interface
	 * @param call what to do with each; returning {@code true} stops
	 * @return whether a call returned {@code true}
	 */
	public static <S> boolean callAll(Class<S> type, java.util.function.Predicate<S> call) {
		Bundle bundle = FrameworkUtil.getBundle(LinkUi.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return false;
		}
		try {
			List<ServiceReference<S>> refs = new ArrayList<>(context.getServiceReferences(type, null));
			refs.sort(java.util.Collections.reverseOrder());
			for (ServiceReference<S> ref : refs) {
				S service = context.getService(ref);
				if (service == null) {
					continue;
				}
				try {
					if (call.test(service)) {
						return true;
					}
				} catch (RuntimeException e) {
					log().error("A " + type.getSimpleName() + " failed", e); //$NON-NLS-1$
				} finally {
					context.ungetService(ref);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return false;
	}

	/**
	 * Tells every {@link LinkChangeListener} and refreshes the link decorations.
	 *
	 * @param changed what changed
	 */
	public static void changed(Collection<Path> changed) {
		LinkInfoCache.forget(changed);
		callAll(LinkChangeListener.class, l -> {
			l.linksChanged(changed);
			return false;
		});
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
