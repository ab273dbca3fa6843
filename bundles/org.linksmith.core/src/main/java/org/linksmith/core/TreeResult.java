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

import java.nio.file.Path;
import java.util.List;

/**
 * What a copy or move of a tree made, and what the user should know about it.
 *
 * @param path the new path
 * @param warnings sentences for the user (for example: files with hard links outside the tree were
 *        copied as separate files; entries changed during a move were kept at the old place); empty
 *        when there is nothing to say
 */
public record TreeResult(Path path, List<String> warnings) {

	/**
	 * @param path the new path
	 * @param warnings what the user should know
	 */
	public TreeResult {
		warnings = List.copyOf(warnings);
	}
}
