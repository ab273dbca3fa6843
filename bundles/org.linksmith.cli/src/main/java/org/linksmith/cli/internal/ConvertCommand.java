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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService.Conversion;
import org.linksmith.core.LinkType;
import org.linksmith.core.LinkVisitor;
import org.linksmith.core.ScanOptions;
import org.linksmith.core.TargetStyle;

import com.google.gson.stream.JsonWriter;

/** {@code linksmith convert LINK|DIR... --relative|--absolute [--recursive] [--dry-run] [--json]} */
final class ConvertCommand extends LinkCommand {

	final List<Path> paths = new ArrayList<>();
	TargetStyle style;
	boolean recursive;
	boolean dryRun;
	boolean json;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("convert"); //$NON-NLS-1$
		m.parameter("LINK|DIR", "convert.paths", 1, Integer.MAX_VALUE, t -> paths.add(m.kernelPath(t))); //$NON-NLS-1$ //$NON-NLS-2$
		m.exclusive(m.flag("convert.relative", () -> style = TargetStyle.RELATIVE, "-r", "--relative"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				m.flag("convert.absolute", () -> style = TargetStyle.ABSOLUTE, "-a", "--absolute")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.flag("convert.recursive", () -> recursive = true, "-R", "--recursive"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.flag("convert.dryRun", () -> dryRun = true, "-n", "--dry-run"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.flag("convert.json", () -> json = true, "--json"); //$NON-NLS-1$ //$NON-NLS-2$
		m.help();
		return m;
	}

	@Override
	public Integer call() throws Exception {
		if (style == null) {
			throw new UsageException(model, Messages.Convert_NoStyle);
		}
		// every argument is checked before any link is changed: a link, or a folder to look in
		List<Path> links = new ArrayList<>();
		for (Path p : paths) {
			if (Files.isSymbolicLink(p) || context.links.inspect(p).type() == LinkType.JUNCTION) {
				links.add(p);
			} else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
				links.addAll(linksIn(p));
			} else {
				context.error(NLS.bind(Messages.Convert_NotALinkOrFolder, Output.show(p)));
				return Integer.valueOf(Main.FAILED);
			}
		}
		links.sort(Comparator.naturalOrder());
		int code = 0;
		int changed = 0;
		List<Conversion> done = new ArrayList<>();
		for (Path link : links) {
			try {
				Conversion c = context.links.convert(link, style, dryRun);
				done.add(c);
				c.warnings().forEach(context::warn);
				if (c.changed()) {
					changed++;
					if (!json) {
						context.out.println(NLS.bind(Messages.Convert_Line, new Object[] { Output.show(link),
								Output.show(c.target()), Output.show(c.newTarget()) }));
					}
				}
			} catch (LinkException e) {
				context.error(e.getMessage());
				code = Main.FAILED;
			}
		}
		if (json) {
			json(done);
		} else {
			context.err.println(java.text.MessageFormat.format(dryRun ? Messages.Convert_Planned : Messages.Convert_Summary,
					Integer.valueOf(changed), Integer.valueOf(links.size())));
		}
		return Integer.valueOf(code);
	}

	private List<Path> linksIn(Path folder) throws LinkException {
		List<Path> found = new ArrayList<>();
		ScanOptions options = new ScanOptions(recursive, EnumSet.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY,
				LinkType.JUNCTION), false, true, false);
		context.links.scan(folder, options, new LinkVisitor() {
			@Override
			public void found(LinkInfo link) {
				found.add(link.path());
			}

			@Override
			public void failed(Path path, String message) {
				context.warn(NLS.bind(Messages.List_Unreadable, Output.show(path), message));
			}
		}, null);
		return found;
	}

	private void json(List<Conversion> done) {
		try {
			JsonWriter w = Output.jsonWriter(context.out);
			w.beginArray();
			for (Conversion c : done) {
				w.beginObject();
				Output.jsonPath(w, "path", c.link()); //$NON-NLS-1$
				Output.jsonPath(w, "target", c.target()); //$NON-NLS-1$
				Output.jsonPath(w, "new_target", c.newTarget()); //$NON-NLS-1$
				w.name("changed").value(c.changed()); //$NON-NLS-1$
				w.name("dry_run").value(dryRun); //$NON-NLS-1$
				w.endObject();
			}
			w.endArray();
			w.flush();
			context.out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
