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

import java.nio.file.Path;

import org.linksmith.core.LinkInfo;

/**
 * A row of the Links view.
 *
 * @param info the link
 */
public record LinkRow(LinkInfo info) {
	/** @return the link's path */
	public Path path() {
		return info.path();
	}
}
