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

import java.util.List;

/** The command line cannot be taken as written: exit code 2, one line on stderr. */
final class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	/** The command whose help the message points to. */
	final transient CommandModel command;
	/** What the user may have meant, closest first; may be empty. */
	final transient List<String> suggestions;

	UsageException(CommandModel command, String message) {
		this(command, message, List.of());
	}

	UsageException(CommandModel command, String message, List<String> suggestions) {
		super(message);
		this.command = command;
		this.suggestions = suggestions;
	}
}
