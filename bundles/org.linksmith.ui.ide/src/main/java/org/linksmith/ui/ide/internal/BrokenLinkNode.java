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
import java.util.Objects;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.PlatformObject;

/**
 * A symbolic link on disk that the workspace leaves out of its resource model: broken links and
 * links caught in a loop. Shown in the Project Explorer so that it can be inspected, retargeted or
 * removed.
 */
public final class BrokenLinkNode extends PlatformObject {

	private final IContainer parent;
	private final Path path;

	/**
	 * @param parent the container that holds it
	 * @param path its absolute path
	 */
	public BrokenLinkNode(IContainer parent, Path path) {
		this.parent = parent;
		this.path = path;
	}

	/** @return the container that holds it */
	public IContainer parent() {
		return parent;
	}

	/** @return its path */
	public Path path() {
		return path;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof BrokenLinkNode n && n.path.equals(path) && n.parent.equals(parent);
	}

	@Override
	public int hashCode() {
		return Objects.hash(parent, path);
	}

	@Override
	public String toString() {
		return path.getFileName().toString();
	}
}
