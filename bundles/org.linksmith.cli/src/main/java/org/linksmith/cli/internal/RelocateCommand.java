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
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkType;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code linksmith relocate DIR NEW_PLACE [--symbolic | --junction]} */
@Command(name = "relocate", resourceBundle = "org.linksmith.cli.internal.usage")
final class RelocateCommand extends LinkCommand {

	@picocli.CommandLine.Mixin
	HelpOption helpOption;

	@Parameters(index = "0", paramLabel = "DIR", descriptionKey = "relocate.dir", converter = KernelPathConverter.class)
	Path dir;

	@Parameters(index = "1", paramLabel = "NEW_PLACE", descriptionKey = "relocate.place")
	Path place;

	@ArgGroup(exclusive = true)
	Kind kind = new Kind();

	static final class Kind {
		@Option(names = { "-s", "--symbolic" }, descriptionKey = "relocate.symbolic")
		boolean symbolic;
		@Option(names = { "-j", "--junction" }, descriptionKey = "relocate.junction")
		boolean junction;
	}

	@Override
	public Integer call() throws Exception {
		ProgressLine progress = ProgressLine.forStderr(context);
		CreateResult r;
		try {
			r = context.links.relocate(dir, place,
					kind.junction ? LinkType.JUNCTION : LinkType.SYMBOLIC_DIRECTORY, progress);
		} finally {
			progress.done();
		}
		warnings(r);
		context.out.println(NLS.bind(Messages.Relocate_Done, new Object[] { dir, r.link().target() }));
		return 0;
	}
}
