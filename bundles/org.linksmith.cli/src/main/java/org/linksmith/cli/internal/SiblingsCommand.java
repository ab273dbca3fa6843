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

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code linksmith siblings FILE --within DIR [--json | --null]} */
@Command(name = "siblings", resourceBundle = "org.linksmith.cli.internal.usage")
final class SiblingsCommand extends LinkCommand {

	@picocli.CommandLine.Mixin
	HelpOption helpOption;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", descriptionKey = "siblings.file")
	Path file;

	@Option(names = { "-w", "--within" }, required = true, paramLabel = "DIR", descriptionKey = "siblings.within")
	Path within;

	@Option(names = "--json", descriptionKey = "json")
	boolean json;

	@Option(names = { "-0", "--null" }, descriptionKey = "siblings.null")
	boolean nul;

	@Override
	public Integer call() throws Exception {
		LinkInfo info = context.links.inspect(file);
		List<Path> siblings = context.links.hardLinkSiblings(file, within, null);
		if (json && nul) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.Siblings_JsonOrNull);
		}
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
