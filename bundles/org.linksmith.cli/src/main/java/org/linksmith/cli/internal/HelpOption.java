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

import picocli.CommandLine;

/** The {@code -h, --help} option, mixed into every command. */
final class HelpOption {
	@CommandLine.Option(names = { "-h", "--help" }, usageHelp = true, descriptionKey = "help")
	boolean help;
}
