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
import org.linksmith.core.TargetStyle;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code linksmith retarget LINK NEW_TARGET [--relative | --absolute]} */
@Command(name = "retarget", resourceBundle = "org.linksmith.cli.internal.usage")
final class RetargetCommand extends LinkCommand {

	@picocli.CommandLine.Mixin
	HelpOption helpOption;

	@Parameters(index = "0", paramLabel = "LINK", descriptionKey = "retarget.link", converter = KernelPathConverter.class)
	Path link;

	@Parameters(index = "1", paramLabel = "NEW_TARGET", descriptionKey = "retarget.target")
	Path target;

	@ArgGroup(exclusive = true)
	CreateCommand.Style style = new CreateCommand.Style();

	@Override
	public Integer call() throws Exception {
		Path old = context.links.inspect(link).target();
		CreateResult r = context.links.retarget(link, target, style.style());
		warnings(r);
		context.out.println(NLS.bind(Messages.Retarget_Done, new Object[] { link, old, r.link().target() }));
		return 0;
	}
}
