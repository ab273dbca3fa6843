/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;

/**
 * Holds the paths picked with "Pick Link Source" until they are dropped as links elsewhere, and
 * publishes them as the expression variable {@code org.linksmith.ui.pickedSources}.
 */
public final class LinkSourceProvider extends AbstractSourceProvider {

	/** The variable's name. */
	public static final String VARIABLE = "org.linksmith.ui.pickedSources"; //$NON-NLS-1$

	private static volatile List<Path> picked = List.of();
	private static LinkSourceProvider instance;

	/** Created by the workbench (services extension). */
	public LinkSourceProvider() {
		instance = this;
	}

	/** @return the picked paths (possibly empty) */
	public static List<Path> picked() {
		return picked;
	}

	/**
	 * @param paths the new picked paths
	 */
	public static void pick(List<Path> paths) {
		picked = List.copyOf(paths);
		LinkSourceProvider p = instance;
		if (p != null) {
			p.fireSourceChanged(ISources.WORKBENCH, VARIABLE, picked);
		}
	}

	@Override
	public Map<String, Object> getCurrentState() {
		return Map.of(VARIABLE, picked);
	}

	@Override
	public String[] getProvidedSourceNames() {
		return new String[] { VARIABLE };
	}

	@Override
	public void dispose() {
		if (instance == this) {
			instance = null;
		}
	}
}
