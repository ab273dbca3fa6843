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
import org.linksmith.core.TargetStyle;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code linksmith mklink [/D | /H | /J] LINK TARGET}: the syntax of Windows' {@code mklink}, for
 * people who know it. Switches are case-insensitive.
 */
@Command(name = "mklink", resourceBundle = "org.linksmith.cli.internal.usage")
final class MklinkCommand extends LinkCommand {

	@ArgGroup(exclusive = true)
	Kind kind = new Kind();

	@Parameters(index = "0", paramLabel = "LINK", descriptionKey = "mklink.link")
	Path link;

	@Parameters(index = "1", paramLabel = "TARGET", descriptionKey = "mklink.target")
	Path target;

	@Option(names = { "-h", "--help", "/?" }, usageHelp = true, descriptionKey = "help")
	boolean windowsHelp;

	static final class Kind {
		@Option(names = "/D", descriptionKey = "mklink.d")
		boolean directory;
		@Option(names = "/H", descriptionKey = "mklink.h")
		boolean hard;
		@Option(names = "/J", descriptionKey = "mklink.j")
		boolean junction;
	}

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		for (Path p : new Path[] { link, target }) {
			String text = p.toString();
			if (text.length() == 2 && text.charAt(0) == '/' && Character.isLetter(text.charAt(1))) {
				// what Windows' mklink takes for a switch is never taken for a path at the root
				throw new picocli.CommandLine.ParameterException(spec.commandLine(),
						NLS.bind(Messages.Mklink_BadSwitch, text, text.substring(1)));
			}
		}
		LinkType type = kind.hard ? LinkType.HARD
				: kind.junction ? LinkType.JUNCTION
						: kind.directory ? LinkType.SYMBOLIC_DIRECTORY : LinkType.SYMBOLIC_FILE;
		CreateResult r = context.links.create(link, target, type, TargetStyle.AS_GIVEN);
		warnings(r);
		String done = kind.hard ? Messages.Mklink_Hard : kind.junction ? Messages.Mklink_Junction : Messages.Mklink_Symbolic;
		context.out.println(NLS.bind(done, link, target));
		return 0;
	}
}
