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

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.core.LinkVisitor;
import org.linksmith.core.ScanOptions;

/** {@code linksmith list DIR [--recursive] [--type symbolic|hard|junction] [--broken] [--json | --json-lines | --null]} */
final class ListCommand extends LinkCommand {

	/** How often streamed output is written out (and a closed output noticed). */
	private static final long FLUSH_INTERVAL_NANOS = 50_000_000L;

	enum TypeFilter {
		symbolic, hard, junction
	}

	Path dir;
	boolean recursive;
	final List<TypeFilter> types = new ArrayList<>();
	boolean broken;
	final Format format = new Format();
	boolean quiet;

	/** How the links are printed; text when none is chosen. */
	static final class Format {
		boolean json;
		boolean jsonLines;
		boolean nul;
	}

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("list"); //$NON-NLS-1$
		m.parameter("DIR", "list.dir", 1, 1, t -> dir = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.flag("list.recursive", () -> recursive = true, "-R", "--recursive"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.choice("TYPE", "list.type", TypeFilter.class, types::add, "-t", "--type").repeatable(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		m.flag("list.broken", () -> broken = true, "-b", "--broken"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.exclusive(m.flag("json", () -> format.json = true, "--json"), //$NON-NLS-1$ //$NON-NLS-2$
				m.flag("jsonLines", () -> format.jsonLines = true, "--json-lines"), //$NON-NLS-1$ //$NON-NLS-2$
				m.flag("list.null", () -> format.nul = true, "-0", "--null")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.flag("list.quiet", () -> quiet = true, "-q", "--quiet"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.help();
		return m;
	}

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
		if (format.jsonLines || format.nul) {
			return stream(set);
		}
		List<LinkInfo> found = new ArrayList<>();
		ProgressLine progress = ProgressLine.forStderr(context);
		try {
			// the text lines show each link's stored target and whether it is broken; JSON shows more
			ScanOptions options = new ScanOptions(recursive, set, broken);
			context.links.scan(dir, format.json ? options : options.withoutResolvedPaths(), new LinkVisitor() {
				@Override
				public void found(LinkInfo link) {
					found.add(link);
					progress.count(Messages.List_Progress, found.size());
				}

				@Override
				public void failed(Path path, String message) {
					progress.done();
					context.warn(NLS.bind(Messages.List_Unreadable, path, message));
				}
			}, progress);
		} finally {
			progress.done();
		}
		found.sort(Comparator.comparing(i -> i.path().toString()));
		if (format.json) {
			Output.jsonArray(context.out, found);
		} else {
			for (LinkInfo info : found) {
				Output.line(context.out, info);
			}
			if (!quiet) {
				long brokenCount = found.stream().filter(LinkInfo::broken).count();
				context.out.flush();
				context.err.println(java.text.MessageFormat.format(Messages.List_Summary, Integer.valueOf(found.size()), Long.valueOf(brokenCount)));
			}
		}
		return 0;
	}

	/**
	 * Prints each link the moment it is found, in the order of the walk: one JSON object per line
	 * ({@code --json-lines}) or the path and a NUL byte ({@code --null}, for {@code xargs -0}).
	 * Nothing is kept, so memory does not grow with the tree, and a reader that stops early
	 * ({@code | head}) ends the scan.
	 */
	private Integer stream(Set<LinkType> set) throws Exception {
		boolean json = format.jsonLines;
		int[] count = new int[2];
		try {
			scanStreaming(set, json, count);
			if (context.out.checkError()) {
				throw new OperationCanceledException(); // the last lines could not be written
			}
		} catch (OperationCanceledException e) {
			// standard output was closed (the reader stopped early, or the disk is full)
			return Integer.valueOf(Main.FAILED);
		}
		if (!quiet && format.nul) {
			context.err.println(java.text.MessageFormat.format(Messages.List_Summary, Integer.valueOf(count[0]), Integer.valueOf(count[1])));
		}
		return 0;
	}

	private void scanStreaming(Set<LinkType> set, boolean json, int[] count) throws Exception {
		long[] lastFlush = { System.nanoTime() };
		ScanOptions options = new ScanOptions(recursive, set, broken);
		context.links.scan(dir, json ? options : options.withoutResolvedPaths(), new LinkVisitor() {
			@Override
			public void found(LinkInfo link) {
				if (json) {
					Output.json(Output.jsonLineWriter(context.out), link);
					context.out.print('\n');
				} else {
					context.out.print(Output.lossless(link.path())); // the exact bytes (see RawWriter)
					context.out.print('\0');
				}
				// written out every few lines' worth of time, not per line (as find does into a pipe);
				// a reader that went away (| head) is noticed there and ends the walk
				long now = System.nanoTime();
				if (now - lastFlush[0] > FLUSH_INTERVAL_NANOS) {
					lastFlush[0] = now;
					if (context.out.checkError()) {
						throw new OperationCanceledException();
					}
				}
				count[0]++;
				if (link.broken()) {
					count[1]++;
				}
			}

			@Override
			public void failed(Path path, String message) {
				context.warn(NLS.bind(Messages.List_Unreadable, path, message));
			}
		}, null);
	}
}
