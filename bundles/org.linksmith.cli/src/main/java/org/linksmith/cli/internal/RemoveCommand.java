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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;

/** {@code linksmith remove LINK...}: removes links only, never what they point to. */
final class RemoveCommand extends LinkCommand {

	final List<Path> links = new ArrayList<>();

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("remove"); //$NON-NLS-1$
		m.parameter("LINK", "remove.links", 1, Integer.MAX_VALUE, t -> links.add(m.kernelPath(t))); //$NON-NLS-1$ //$NON-NLS-2$
		m.help();
		return m;
	}

	@Override
	public Integer call() {
		// every name is checked before any is removed: one that is not a link (or a file's last
		// name) stops the command with nothing changed
		for (Path link : links) {
			try {
				LinkInfo info = context.links.inspect(link);
				if (!info.isLink() || info.type() == LinkType.HARD && info.links() < 2) {
					context.links.remove(link); // refuses it, with the reason, and changes nothing
				}
			} catch (LinkException e) {
				context.error(e.getMessage());
				return Integer.valueOf(Main.FAILED);
			}
		}
		int code = 0;
		for (Path link : links) {
			try {
				LinkInfo info = context.links.inspect(link);
				context.links.remove(link);
				if (info.type() == LinkType.HARD) {
					context.out.println(java.text.MessageFormat.format(Messages.Remove_DoneHard, link, Long.valueOf(info.links() - 1)));
				} else {
					context.out.println(NLS.bind(Messages.Remove_Done, link, info.target()));
				}
			} catch (LinkException e) {
				context.error(e.getMessage());
				code = Main.FAILED;
			}
		}
		return code;
	}
}
