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

import org.eclipse.core.commands.ExecutionEvent;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.operations.LinkActions;

/** Convert to Relative / Convert to Absolute. */
public final class ConvertHandler extends LinkHandler {

	/** The command parameter: {@code relative} or {@code absolute}. */
	public static final String STYLE = "org.linksmith.ui.convert.style"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		List<Path> paths = paths(event);
		if (!paths.isEmpty()) {
			TargetStyle style = "relative".equals(event.getParameter(STYLE)) ? TargetStyle.RELATIVE : TargetStyle.ABSOLUTE; //$NON-NLS-1$
			LinkActions.convert(shell(event), paths, style);
		}
		return null;
	}
}
