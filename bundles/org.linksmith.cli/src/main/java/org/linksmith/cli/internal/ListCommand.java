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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.core.LinkVisitor;
import org.linksmith.core.ScanOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code linksmith list DIR [--recursive] [--type symbolic|hard|junction] [--broken] [--json]} */
@Command(name = "list", resourceBundle = "org.linksmith.cli.internal.usage")
final class ListCommand extends LinkCommand {

	@picocli.CommandLine.Mixin
	HelpOption helpOption;

	enum TypeFilter {
		symbolic, hard, junction
	}

	@Parameters(index = "0", paramLabel = "DIR", descriptionKey = "list.dir")
	Path dir;

	@Option(names = { "-R", "--recursive" }, descriptionKey = "list.recursive")
	boolean recursive;

	@Option(names = { "-t", "--type" }, paramLabel = "TYPE", descriptionKey = "list.type")
	List<TypeFilter> types = new ArrayList<>();

	@Option(names = { "-b", "--broken" }, descriptionKey = "list.broken")
	boolean broken;

	@Option(names = "--json", descriptionKey = "json")
	boolean json;

	@Option(names = { "-q", "--quiet" }, descriptionKey = "list.quiet")
	boolean quiet;

	@Override
	public Integer call() throws Exception {
		Set<LinkType> set = EnumSet.noneOf(LinkType.class);
		for (TypeFilter t : types) {
			switch (t) {
				case symbolic -> set.addAll(EnumSet.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY));
				case hard -> set.add(LinkType.HARD);
				case junction -> set.add(LinkType.JUNCTION);
			}
		}
		List<LinkInfo> found = new ArrayList<>();
		int[] unreadable = new int[1];
		context.links.scan(dir, new ScanOptions(recursive, set, broken), new LinkVisitor() {
			@Override
			public void found(LinkInfo link) {
				found.add(link);
			}

			@Override
			public void failed(Path path, String message) {
				unreadable[0]++;
				context.warn(NLS.bind(Messages.List_Unreadable, path, message));
			}
		}, null);
		found.sort(Comparator.comparing(i -> i.path().toString()));
		if (json) {
			Output.jsonArray(context.out, found);
		} else {
			for (LinkInfo info : found) {
				Output.line(context.out, info);
			}
			if (!quiet) {
				long brokenCount = found.stream().filter(LinkInfo::broken).count();
				context.out.flush();
				context.err.println(NLS.bind(Messages.List_Summary, Integer.valueOf(found.size()), Long.valueOf(brokenCount)));
			}
		}
		return 0;
	}
}
