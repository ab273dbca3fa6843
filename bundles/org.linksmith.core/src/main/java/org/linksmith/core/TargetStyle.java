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
 * How the target of a new symbolic link or junction is stored.
 */
public enum TargetStyle {
	/** Store the target exactly as the user gave it. */
	AS_GIVEN,
	/** Store the target relative to the folder that holds the link, so the tree can move as a whole. */
	RELATIVE,
	/** Store the absolute, normalized target. */
	ABSOLUTE
}
