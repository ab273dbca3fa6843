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

/**
 * What a symbolic link would store and reach, before it is made or retargeted (for a dialog's
 * preview): computed by the same code that makes the link.
 *
 * @param stored the target text the link would hold
 * @param reached the path the system reaches through it (never {@code ..} read in text)
 * @param exists whether something is there now
 * @param folder whether that is a folder
 */
public record PlannedTarget(Path stored, Path reached, boolean exists, boolean folder) {
}
