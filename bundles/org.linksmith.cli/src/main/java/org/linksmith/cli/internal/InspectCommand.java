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
import java.util.List;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code linksmith inspect PATH... [--json]} */
@Command(name = "inspect", resourceBundle = "org.linksmith.cli.internal.usage")
final class InspectCommand extends LinkCommand {

	@picocli.CommandLine.Mixin
	HelpOption helpOption;

	@Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "inspect.paths")
	List<Path> paths;

	@Option(names = "--json", descriptionKey = "json")
	boolean json;

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
