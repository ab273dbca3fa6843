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

/**
 * What an element adapts to when it knows where the other names (hard links) of a file are worth
 * looking for: the workspace for resources, the folder being browsed in the Explorer. Without it, the
 * file's own folder is searched.
 *
 * @param root the folder tree to search
 */
public record SiblingScope(Path root) {
}
