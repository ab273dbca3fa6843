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

/** {@code linksmith create LINK TARGET [--symbolic | --hard | --junction] [--relative | --absolute]} */
@Command(name = "create", resourceBundle = "org.linksmith.cli.internal.usage")
final class CreateCommand extends LinkCommand {

	@picocli.CommandLine.Mixin
	HelpOption helpOption;

	@Parameters(index = "0", paramLabel = "LINK", descriptionKey = "create.link")
	Path link;

	@Parameters(index = "1", paramLabel = "TARGET", descriptionKey = "create.target")
	Path target;

	@ArgGroup(exclusive = true)
	Kind kind = new Kind();

	@ArgGroup(exclusive = true)
	Style style = new Style();

	static final class Kind {
		@Option(names = { "-s", "--symbolic" }, descriptionKey = "create.symbolic")
		boolean symbolic;
		@Option(names = { "-H", "--hard" }, descriptionKey = "create.hard")
		boolean hard;
		@Option(names = { "-j", "--junction" }, descriptionKey = "create.junction")
		boolean junction;

		LinkType type() {
			return hard ? LinkType.HARD : junction ? LinkType.JUNCTION : LinkType.SYMBOLIC_FILE;
		}
	}

	static final class Style {
		@Option(names = { "-r", "--relative" }, descriptionKey = "create.relative")
		boolean relative;
		@Option(names = { "-a", "--absolute" }, descriptionKey = "create.absolute")
		boolean absolute;

		TargetStyle style() {
			return relative ? TargetStyle.RELATIVE : absolute ? TargetStyle.ABSOLUTE : TargetStyle.AS_GIVEN;
		}
	}

	@Override
	public Integer call() throws Exception {
		CreateResult r = context.links.create(link, target, kind.type(), style.style());
		warnings(r);
		context.out.println(NLS.bind(Messages.Create_Done, new Object[] { r.link().type().id(), link,
				r.link().type().hasTarget() ? r.link().target() : target }));
		return 0;
	}
}
