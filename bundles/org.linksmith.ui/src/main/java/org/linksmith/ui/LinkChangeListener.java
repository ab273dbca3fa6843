/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui;

import java.nio.file.Path;
import java.util.Collection;

/**
 * An OSGi service told after Linksmith changed links on disk, so that views can refresh (the IDE
 * integration refreshes the workspace). Called from a background thread.
 */
@FunctionalInterface
public interface LinkChangeListener {
	/**
	 * @param changed the paths created, changed or removed (links, moved folders), absolute
	 */
	void linksChanged(Collection<Path> changed);
}
