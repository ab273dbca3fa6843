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

/**
 * {@code linksmith completion [bash|zsh]}: prints the shell completion script, generated from the
 * command model (every command, option and choice), so that it never falls behind the commands.
 */
final class CompletionCommand extends LinkCommand {

	enum Shell {
		bash, zsh
	}

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("completion"); //$NON-NLS-1$
		CommandModel.Parameter p = m.parameter("SHELL", "completion.shell", 0, 1, //$NON-NLS-1$ //$NON-NLS-2$
				t -> m.constant(Shell.class, t, "SHELL")); //$NON-NLS-1$
		for (Shell s : Shell.values()) {
			p.choices.add(s.name());
		}
		m.help();
		return m;
	}

	@Override
	public Integer call() {
		// one script serves both: it loads zsh's bashcompinit when zsh runs it
		context.out.print(Help.completionScript(Main.models()));
		context.out.flush();
		return 0;
	}
}
