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
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.ISourceProviderService;

/**
 * Holds the paths picked with "Pick Link Source" until they are dropped as links elsewhere, and
 * publishes them as the expression variable {@code org.linksmith.ui.pickedSources}.
 */
public final class LinkSourceProvider extends AbstractSourceProvider {

	/** The variable's name. */
	public static final String VARIABLE = "org.linksmith.ui.pickedSources"; //$NON-NLS-1$

	/** What was picked: one choice per process, as the clipboard is. */
	private static volatile List<Path> picked = List.of();

	/** Created by the workbench (services extension). */
	public LinkSourceProvider() {
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
		if (PlatformUI.isWorkbenchRunning()) {
			// the workbench's own instance, found through its source provider service
			ISourceProviderService service = PlatformUI.getWorkbench().getService(ISourceProviderService.class);
			if (service != null && service.getSourceProvider(VARIABLE) instanceof LinkSourceProvider p) {
				p.fireSourceChanged(ISources.WORKBENCH, VARIABLE, picked);
			}
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
		// nothing held
	}
}
