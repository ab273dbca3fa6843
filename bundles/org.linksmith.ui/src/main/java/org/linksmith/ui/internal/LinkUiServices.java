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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.linksmith.core.FileTreeService;
import org.linksmith.core.LinkService;
import org.linksmith.ui.LinkChangeListener;
import org.linksmith.ui.LinkTargetOpener;
import org.linksmith.ui.LinkUndoContextProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The services the UI works with, bound by Declarative Services: the core's link and file-tree
 * services (held for as long as the component is active, never looked up per call), and every
 * {@link LinkChangeListener}, {@link LinkTargetOpener} and {@link LinkUndoContextProvider} as they
 * come and go. {@link LinkUi} hands them out.
 */
@Component(service = {})
public final class LinkUiServices {

	private static volatile LinkUiServices active;

	@Reference
	private LinkService links;

	@Reference
	private FileTreeService files;

	/** Sorted by ranking, lowest first (DS field injection keeps {@code ServiceReference} order). */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	private volatile List<LinkChangeListener> listeners;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	private volatile List<LinkTargetOpener> openers;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	private volatile List<LinkUndoContextProvider> undoContextProviders;

	@Activate
	void activate() {
		active = this;
	}

	@Deactivate
	void deactivate() {
		if (active == this) {
			active = null;
		}
	}

	/** @return the active component, or {@code null} outside OSGi or before it is activated */
	static LinkUiServices active() {
		return active;
	}

	LinkService links() {
		return links;
	}

	FileTreeService files() {
		return files;
	}

	List<LinkChangeListener> listeners() {
		return highestFirst(listeners);
	}

	List<LinkTargetOpener> openers() {
		return highestFirst(openers);
	}

	List<LinkUndoContextProvider> undoContextProviders() {
		return highestFirst(undoContextProviders);
	}

	private static <S> List<S> highestFirst(List<S> bound) {
		if (bound == null || bound.isEmpty()) {
			return List.of();
		}
		List<S> copy = new ArrayList<>(bound);
		Collections.reverse(copy);
		return copy;
	}
}
