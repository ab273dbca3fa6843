/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import java.util.concurrent.Callable;

import org.linksmith.core.CreateResult;

/** Base of the sub-commands: access to the context. */
abstract class LinkCommand implements Callable<Integer> {

	Context context;
	/** What {@link #define()} made, once parsed. */
	CommandModel model;

	/** @return what the command takes, bound to its fields */
	abstract CommandModel define();


	void warnings(CreateResult result) {
		result.warnings().forEach(context::warn);
	}
}
