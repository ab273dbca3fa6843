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

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code linksmith completion [bash|zsh]}: prints the shell completion script, generated from the
 * command model (every command, option and choice), so that it never falls behind the commands.
 */
@Command(name = "completion", resourceBundle = "org.linksmith.cli.internal.usage")
final class CompletionCommand extends LinkCommand {

	enum Shell {
		bash, zsh
	}

	@picocli.CommandLine.Mixin
	HelpOption helpOption;

	@picocli.CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", descriptionKey = "completion.shell")
	Shell shell = Shell.bash;

	@Override
	public Integer call() {
		// one script serves both: picocli's bash script loads zsh's bashcompinit when run by zsh
		CommandLine root = spec.parent().commandLine();
		context.out.print(AutoComplete.bash(root.getCommandName(), root));
		context.out.flush();
		return 0;
	}
}
