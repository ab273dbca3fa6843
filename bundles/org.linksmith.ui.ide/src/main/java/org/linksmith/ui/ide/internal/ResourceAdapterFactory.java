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

import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.IPath;
import org.linksmith.ui.SiblingScope;

/**
 * Lets workspace resources (and broken-link nodes) take part in everything Linksmith's UI does on
 * plain files: they adapt to their {@link Path} on disk, and to the workspace as the scope for hard-link
 * names.
 */
public final class ResourceAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		Path path = null;
		if (adaptable instanceof BrokenLinkNode node) {
			path = node.path();
		} else if (adaptable instanceof IResource resource) {
			IPath location = resource.getLocation();
			path = location == null ? null : location.toPath();
		}
		if (path == null) {
			return null;
		}
		if (type == Path.class) {
			return type.cast(path);
		}
		if (type == SiblingScope.class) {
			IPath root = ResourcesPlugin.getWorkspace().getRoot().getLocation();
			return root == null ? null : type.cast(new SiblingScope(root.toPath()));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { Path.class, SiblingScope.class };
	}
}
