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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;

import com.google.gson.stream.JsonWriter;

/** {@code linksmith inspect PATH... [--json]} */
final class InspectCommand extends LinkCommand {

	final List<Path> paths = new ArrayList<>();
	boolean json;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("inspect"); //$NON-NLS-1$
		m.parameter("PATH", "inspect.paths", 1, Integer.MAX_VALUE, t -> paths.add(m.path(t))); //$NON-NLS-1$ //$NON-NLS-2$
		m.flag("json", () -> json = true, "--json"); //$NON-NLS-1$ //$NON-NLS-2$
		m.help();
		return m;
	}

	@Override
	public Integer call() throws IOException {
		int code = 0;
		JsonWriter writer = json ? Output.jsonWriter(context.out) : null;
		if (writer != null) {
			writer.beginArray();
		}
		boolean first = true;
		for (Path path : paths) {
			try {
				LinkInfo info = context.links.inspect(path);
				if (writer != null) {
					Output.json(writer, info);
				} else {
					if (!first) {
						context.out.println();
					}
					Output.details(context.out, info);
				}
			} catch (LinkException e) {
				code = Main.FAILED;
				context.error(e.getMessage());
				if (writer != null) {
					writer.beginObject().name("path").value(path.toString()).name("error").value(e.getMessage()) //$NON-NLS-1$ //$NON-NLS-2$
							.endObject();
				}
			}
			first = false;
		}
		if (writer != null) {
			writer.endArray();
			writer.flush();
			context.out.println();
		}
		return code;
	}
}
