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

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/** {@code linksmith clone SRC DEST --hard|--symbolic} */
final class CloneCommand extends LinkCommand {

	Path source;
	Path destination;
	Boolean symbolic;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("clone"); //$NON-NLS-1$
		m.parameter("SRC", "clone.source", 1, 1, t -> source = m.kernelPath(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.parameter("DEST", "clone.destination", 1, 1, t -> destination = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.exclusive(m.flag("clone.hard", () -> symbolic = Boolean.FALSE, "-H", "--hard"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				m.flag("clone.symbolic", () -> symbolic = Boolean.TRUE, "-s", "--symbolic")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.help();
		return m;
	}

	@Override
	public Integer call() throws Exception {
		if (symbolic == null) {
			throw new UsageException(model, Messages.Clone_NoKind);
		}
		ProgressLine progress = ProgressLine.forStderr(context);
		long files;
		try {
			files = symbolic.booleanValue() ? context.links.symbolicLinkClone(source, destination, progress)
					: context.links.hardLinkClone(source, destination, progress);
		} finally {
			progress.done();
		}
		context.out.println(java.text.MessageFormat.format(symbolic.booleanValue() ? Messages.Clone_DoneSymbolic
				: Messages.Clone_DoneHard, Output.show(source), Output.show(destination), Long.valueOf(files)));
		return 0;
	}
}
