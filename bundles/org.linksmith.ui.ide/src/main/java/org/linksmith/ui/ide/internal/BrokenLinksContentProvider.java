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

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.linksmith.ui.LinkChangeListener;
import org.linksmith.ui.internal.AsyncChildren;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Adds to each folder in the Project Explorer the symbolic links the resource model leaves out
 * (broken links and loops: eclipse.platform issue 2797). Folders are listed in a background job;
 * until it is done a folder shows what the model has, then the viewer refreshes that folder.
 */
public final class BrokenLinksContentProvider
		implements ITreeContentProvider, IResourceChangeListener, LinkChangeListener {

	private static final Object[] NONE = new Object[0];

	/** The family of the listing jobs (tests wait for it). */
	public static final Object FAMILY = BrokenLinksContentProvider.class;

	private final AsyncChildren<IContainer, BrokenLinkNode> children = new AsyncChildren<>(Messages.BrokenLinks_Listing,
			FAMILY, BrokenLinksContentProvider::find);

	/** Created by the navigator framework. */
	public BrokenLinksContentProvider() {
		children.setIncremental(true); // a folder's broken links join its rows; nothing else is relabelled
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		// Linksmith's own changes reach it as a LinkChangeListener service, for as long as it lives
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		registration = context == null ? null : context.registerService(LinkChangeListener.class, this, null);
	}

	private final ServiceRegistration<LinkChangeListener> registration;

	/**
	 * Lists again the folders that hold changed paths. Links left out of the resource model cause no
	 * resource delta when they change, so Linksmith's own changes are passed on here.
	 *
	 * @param changed paths that changed on disk
	 */
	@Override
	public void linksChanged(java.util.Collection<Path> changed) {
		for (IContainer container : children.parents()) {
			IPath location = container.getLocation();
			if (location == null) {
				continue;
			}
			Path folder = location.toPath();
			for (Path p : changed) {
				if (folder.equals(p.toAbsolutePath().getParent())) {
					children.relist(container);
					break;
				}
			}
		}
	}

	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		children.setViewer(v instanceof StructuredViewer sv ? sv : null);
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (!(parent instanceof IContainer container) || !container.isAccessible()) {
			return NONE;
		}
		return children.get(container).toArray();
	}

	/**
	 * @param container a workspace folder or project
	 * @return the symbolic links in its folder on disk that the resource model does not hold
	 */
	static List<BrokenLinkNode> find(IContainer container) {
		IPath location = container.getLocation();
		if (location == null) {
			return List.of();
		}
		List<BrokenLinkNode> found = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(location.toPath())) {
			for (Path entry : entries) {
				if (Files.isSymbolicLink(entry) && container.findMember(entry.getFileName().toString()) == null) {
					found.add(new BrokenLinkNode(container, entry));
				}
			}
		} catch (IOException e) {
			return List.of();
		}
		found.sort((a, b) -> a.path().compareTo(b.path()));
		return List.copyOf(found);
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof BrokenLinkNode node ? node.parent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof IContainer;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		try {
			delta.accept(d -> {
				if (d.getResource() instanceof IContainer c) {
					children.relist(c);
				}
				return true;
			});
		} catch (CoreException e) {
			// nothing to refresh
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		if (registration != null) {
			try {
				registration.unregister();
			} catch (IllegalStateException e) {
				// the bundle stopped first: already gone
			}
		}
		children.clear();
	}
}
