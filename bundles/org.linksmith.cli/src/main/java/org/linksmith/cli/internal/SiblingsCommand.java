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
import java.util.List;

import org.linksmith.core.LinkInfo;

import com.google.gson.stream.JsonWriter;

/** {@code linksmith siblings FILE --within DIR [--json | --null]} */
final class SiblingsCommand extends LinkCommand {

	Path file;
	Path within;
	boolean json;
	boolean nul;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("siblings"); //$NON-NLS-1$
		m.parameter("FILE", "siblings.file", 1, 1, t -> file = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.option("DIR", "siblings.within", t -> within = m.path(t), "-w", "--within").required().folder(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		m.exclusive(m.flag("json", () -> json = true, "--json"), //$NON-NLS-1$ //$NON-NLS-2$
				m.flag("siblings.null", () -> nul = true, "-0", "--null")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.help();
		return m;
	}

	@Override
	public Integer call() throws Exception {
		LinkInfo info = context.links.inspect(file);
		List<Path> siblings = context.links.hardLinkSiblings(file, within, null);
		if (nul) {
			for (Path p : siblings) {
				context.out.print(Output.lossless(p));
				context.out.print('\0');
			}
		} else if (json) {
			JsonWriter w = Output.jsonWriter(context.out);
			w.beginObject();
			w.name("path").value(file.toString()); //$NON-NLS-1$
			w.name("links").value(info.links()); //$NON-NLS-1$
			w.name("siblings").beginArray(); //$NON-NLS-1$
			for (Path p : siblings) {
				w.value(p.toString());
			}
			w.endArray();
			w.endObject();
			w.flush();
			context.out.println();
		} else {
			for (Path p : siblings) {
				context.out.println(Output.show(p));
			}
			long elsewhere = info.links() - 1 - siblings.size();
			if (elsewhere > 0) {
				context.out.flush();
				context.err.println(java.text.MessageFormat.format(Messages.Siblings_Elsewhere, Long.valueOf(elsewhere), within));
			}
		}
		return 0;
	}
}
