/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import org.eclipse.osgi.service.debug.DebugOptions;
import org.eclipse.osgi.service.debug.DebugOptionsListener;
import org.eclipse.osgi.service.debug.DebugTrace;
import org.osgi.service.component.annotations.Component;

/**
 * The Explorer's tracing, through the platform's debug options ({@code .options} of this bundle):
 * start with {@code -debug FILE} or {@code -Dosgi.debug=FILE} where FILE sets
 * {@code org.linksmith.explorer/debug/timing=true}; bench/bench-explorer.sh reads the lines.
 */
@Component(property = DebugOptions.LISTENER_SYMBOLICNAME + "=" + ExplorerTrace.BUNDLE)
public final class ExplorerTrace implements DebugOptionsListener {

	static final String BUNDLE = "org.linksmith.explorer"; //$NON-NLS-1$
	/** How long the window and each folder took to show, and where the time went. */
	static final String TIMING = "/debug/timing"; //$NON-NLS-1$

	private static volatile boolean timing;
	private static volatile DebugTrace trace;

	@Override
	public void optionsChanged(DebugOptions options) {
		trace = options.newDebugTrace(BUNDLE);
		timing = options.getBooleanOption(BUNDLE + "/debug", false) //$NON-NLS-1$
				&& options.getBooleanOption(BUNDLE + TIMING, false);
	}

	/** @return whether timing is traced (to skip building the messages otherwise) */
	static boolean timing() {
		return timing;
	}

	/** @param message a timing, for the trace */
	static void timing(String message) {
		DebugTrace t = trace;
		if (timing && t != null) {
			t.trace(TIMING, message);
		}
	}
}
