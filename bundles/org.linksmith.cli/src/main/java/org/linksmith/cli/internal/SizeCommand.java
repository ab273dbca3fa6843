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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkServices;
import org.linksmith.core.SmartCopyReport.HardLinkGroup;
import org.linksmith.core.TreeSize;

import com.google.gson.stream.JsonWriter;

/** {@code linksmith size DIR... [--json]}: the true size, as du counts it, with counts by link type. */
final class SizeCommand extends LinkCommand {

	final List<Path> folders = new ArrayList<>();
	boolean json;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("size"); //$NON-NLS-1$
		m.parameter("DIR", "size.dirs", 1, Integer.MAX_VALUE, t -> folders.add(m.kernelPath(t))); //$NON-NLS-1$ //$NON-NLS-2$
		m.flag("size.json", () -> json = true, "--json"); //$NON-NLS-1$ //$NON-NLS-2$
		m.help();
		return m;
	}

	@Override
	public Integer call() throws Exception {
		List<TreeSize> sizes;
		ProgressLine progress = ProgressLine.forStderr(context);
		try {
			// one walk: each on its own, then (several) the total, each file once
			sizes = LinkServices.fileTree().size(folders, progress);
		} finally {
			progress.done();
		}
		if (json) {
			json(sizes);
			return 0;
		}
		for (int i = 0; i < sizes.size(); i++) {
			text(sizes.get(i), i == folders.size());
		}
		return 0;
	}

	/** @return {@code 1,234,567 bytes (1.2 MiB)} */
	static String bytes(long n) {
		String exact = java.text.MessageFormat.format(Messages.Size_Bytes, Long.valueOf(n));
		if (n < 1024) {
			return exact;
		}
		String[] units = { "KiB", "MiB", "GiB", "TiB", "PiB" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		double v = n;
		int u = -1;
		while (v >= 1024 && u < units.length - 1) {
			v /= 1024;
			u++;
		}
		return exact + " (" + String.format(java.util.Locale.ROOT, "%.1f %s", Double.valueOf(v), units[u]) + ')'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void text(TreeSize s, boolean total) {
		context.out.println(total ? java.text.MessageFormat.format(Messages.Size_Total, Integer.valueOf(folders.size()),
				Output.show(s.path())) : Output.show(s.path()));
		context.out.println(NLS.bind(Messages.Size_Line, bytes(s.apparentBytes()),
				s.allocatedBytes() < 0 ? Messages.Size_Unknown : bytes(s.allocatedBytes())));
		context.out.println(java.text.MessageFormat.format(Messages.Size_Counts, new Object[] { Long.valueOf(s.files()),
				Long.valueOf(s.folders()), Long.valueOf(s.symbolicLinks()), Long.valueOf(s.junctions()), Long.valueOf(s.others()) }));
		long saturated = s.groups().stream().filter(HardLinkGroup::saturated).count();
		context.out.println(java.text.MessageFormat.format(Messages.Size_Groups, new Object[] { Long.valueOf(s.hardLinkNames()),
				Long.valueOf(saturated), Long.valueOf(s.groups().size() - saturated) }));
		for (HardLinkGroup g : s.groups()) {
			context.out.println("    " + java.text.MessageFormat.format(Messages.Size_Group, new Object[] { //$NON-NLS-1$
					String.join(", ", g.names().stream().map(p -> Output.show(shownIn(s.path(), p))).sorted().toList()), //$NON-NLS-1$
					Integer.valueOf(g.names().size()), Long.valueOf(g.count()) }));
		}
		Path mount = s.mountPoint();
		if (mount != null && !total) {
			context.warn(NLS.bind(Messages.Size_MountPoint, Output.show(mount)));
		}
	}

	/** @return {@code name} inside {@code measured}, or its own name when it is what was measured */
	private static Path shownIn(Path measured, Path name) {
		Path inside = measured.relativize(name);
		Path own = name.getFileName();
		return inside.toString().isEmpty() && own != null ? own : inside;
	}

	private void json(List<TreeSize> sizes) {
		try {
			JsonWriter w = Output.jsonWriter(context.out);
			w.beginArray();
			for (int i = 0; i < sizes.size(); i++) {
				TreeSize s = sizes.get(i);
				w.beginObject();
				Output.jsonPath(w, "path", s.path()); //$NON-NLS-1$
				w.name("total").value(i == folders.size()); //$NON-NLS-1$
				w.name("apparent_bytes").value(s.apparentBytes()); //$NON-NLS-1$
				if (s.allocatedBytes() < 0) {
					w.name("allocated_bytes").nullValue(); //$NON-NLS-1$
				} else {
					w.name("allocated_bytes").value(s.allocatedBytes()); //$NON-NLS-1$
				}
				w.name("files").value(s.files()); //$NON-NLS-1$
				w.name("folders").value(s.folders()); //$NON-NLS-1$
				w.name("symbolic_links").value(s.symbolicLinks()); //$NON-NLS-1$
				w.name("junctions").value(s.junctions()); //$NON-NLS-1$
				w.name("others").value(s.others()); //$NON-NLS-1$
				w.name("hard_link_names").value(s.hardLinkNames()); //$NON-NLS-1$
				Output.jsonGroups(w, s.groups());
				Path mount = s.mountPoint();
				if (mount == null) {
					w.name("mount_point").nullValue(); //$NON-NLS-1$
				} else {
					Output.jsonPath(w, "mount_point", mount); //$NON-NLS-1$
				}
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
