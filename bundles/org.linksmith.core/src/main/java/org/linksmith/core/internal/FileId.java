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
 * @param file the inode, or the file id's low 64 bits
 * @param fileHigh the file id's high 64 bits where the file system has 128-bit ids (ReFS, whose
 *            64-bit file index is not guaranteed unique); else 0
 */
public record FileId(long volume, long file, long fileHigh) {

	/**
	 * @param volume the device or volume serial number
	 * @param file the inode or 64-bit file index
	 */
	public FileId(long volume, long file) {
		this(volume, file, 0);
	}
}
