/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core;

import java.util.List;

/**
 * The outcome of creating a link: the new link as inspected after creation, and any warnings
 * the user should see (for example that the target does not exist yet).
 *
 * @param link the new link
 * @param warnings messages for the user; empty when all went as expected
 */
public record CreateResult(LinkInfo link, List<String> warnings) {

	/** Copies the warnings. */
	public CreateResult {
		warnings = List.copyOf(warnings);
	}
}
