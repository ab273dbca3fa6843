/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal;

/**
 * Identifies a file across all its names: volume (device) and file number (inode / file index).
 *
 * @param volume the device or volume serial number
 * @param file the inode or file index
 */
public record FileId(long volume, long file) {
}
