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

/**
 * What a Smart Copy does with a symbolic link whose target lies outside the tree being copied
 * (Link Shell Extension's terms).
 */
public enum OuterLinks {
	/**
	 * Keep pointing at the original target: an absolute target is kept, a relative one is
	 * computed again from the copy's place, so that it reaches the same file or folder.
	 */
	SPLICE,
	/** Leave the link out of the copy (it is listed in the report). */
	CROP,
	/**
	 * Copy what the link points to in its place (a file or a whole folder); a link that leads back
	 * into a folder being copied (a loop) is spliced instead, and a dangling one too.
	 */
	UNROLL
}
