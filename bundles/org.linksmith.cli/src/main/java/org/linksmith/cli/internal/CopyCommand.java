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

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkServices;
import org.linksmith.core.OuterLinks;
import org.linksmith.core.SmartCopyReport;
import org.linksmith.core.SmartCopyReport.Action;
import org.linksmith.core.SmartCopyReport.HardLinkGroup;
import org.linksmith.core.SmartCopyReport.LinkChange;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkIndex;
import org.linksmith.core.LinkInfo;

import com.google.gson.stream.JsonWriter;

/**
 * {@code linksmith copy SRC DEST [--outer splice|crop|unroll] [--dry-run] [--verbose] [--json]},
 * and {@code linksmith move SRC DEST [--dry-run] [--verbose] [--json]} (Smart Move).
 */
final class CopyCommand extends LinkCommand {

	/** Whether this is {@code move}. */
	final boolean move;

	CopyCommand(boolean move) {
		this.move = move;
	}

	enum Outer {
		splice, crop, unroll
	}

	Path source;
	Path destination;
	Outer outer = Outer.splice;
	boolean dryRun;
	boolean verbose;
	boolean json;
	/** For a move: what to do with links outside SRC that point into it ({@code null}: ask, by refusing). */
	Boolean updateLinks;
	/** The source's real path, as the index answers (set by the guard). */
	Path realSource;

	@Override
	CommandModel define() {
		String name = move ? "move" : "copy"; //$NON-NLS-1$ //$NON-NLS-2$
		CommandModel m = new CommandModel(name);
		m.parameter("SRC", name + ".source", 1, 1, t -> source = m.kernelPath(t)); //$NON-NLS-1$ //$NON-NLS-2$
		m.parameter("DEST", name + ".destination", 1, 1, t -> destination = m.path(t)); //$NON-NLS-1$ //$NON-NLS-2$
		if (!move) {
			m.choice("POLICY", "copy.outer", Outer.class, o -> outer = o, "--outer"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		m.flag(name + ".dryRun", () -> dryRun = true, "-n", "--dry-run"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.flag(name + ".verbose", () -> verbose = true, "-v", "--verbose"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.flag(name + ".json", () -> json = true, "--json"); //$NON-NLS-1$ //$NON-NLS-2$
		if (move) {
			m.exclusive(m.flag("move.updateLinks", () -> updateLinks = Boolean.TRUE, "--update-links"), //$NON-NLS-1$ //$NON-NLS-2$
					m.flag("move.leaveLinks", () -> updateLinks = Boolean.FALSE, "--leave-links")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		m.help();
		return m;
	}

	@Override
	public Integer call() throws Exception {
		OuterLinks policy = switch (outer) {
			case crop -> OuterLinks.CROP;
			case unroll -> OuterLinks.UNROLL;
			default -> OuterLinks.SPLICE;
		};
		// the guard: links elsewhere (in the link index) that point into what is moved would break
		java.util.List<LinkInfo> outside = move ? pointingIn() : java.util.List.of();
		if (!outside.isEmpty() && updateLinks == null) {
			for (LinkInfo link : outside) {
				Output.line(context.err, link);
			}
			context.error(java.text.MessageFormat.format(Messages.Move_Guard, Integer.valueOf(outside.size()),
					Output.show(source)));
			return Integer.valueOf(Main.FAILED);
		}
		ProgressLine progress = ProgressLine.forStderr(context);
		SmartCopyReport report;
		try {
			report = move ? LinkServices.fileTree().smartMove(source, destination, dryRun, progress)
					: LinkServices.fileTree().smartCopy(source, destination, policy, dryRun, progress);
		} finally {
			progress.done();
		}
		if (json) {
			json(report);
		} else {
			if (dryRun || verbose) {
				// by path, as ls and find -s list them
				report.links().stream().sorted(java.util.Comparator.comparing(LinkChange::link)).forEach(c -> line(report, c));
			}
			summary(report);
		}
		report.warnings().forEach(context::warn);
		int code = 0;
		if (Boolean.TRUE.equals(updateLinks) && !outside.isEmpty()) {
			code = update(outside, report.path());
		} else if (!outside.isEmpty()) {
			context.warn(java.text.MessageFormat.format(Messages.Move_LeftBroken, Integer.valueOf(outside.size())));
		}
		return Integer.valueOf(code);
	}

	/** @return the links outside the source that lead into it, from the index when it covers them; else none known */
	private java.util.List<LinkInfo> pointingIn() throws LinkException {
		LinkIndex index = context.index();
		if (index.roots().stream().noneMatch(r -> r.scanned() != null)) {
			return java.util.List.of();
		}
		Path real;
		try {
			real = source.toRealPath(java.nio.file.LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			return java.util.List.of(); // the move says what is wrong with SRC
		}
		if (java.nio.file.Files.isSymbolicLink(real)) {
			return java.util.List.of(); // moving a link moves only the link
		}
		realSource = real;
		java.util.List<LinkInfo> found = new java.util.ArrayList<>();
		for (LinkInfo link : index.pointingHere(real, null)) {
			if (!link.path().toAbsolutePath().startsWith(real) && link.type().hasTarget()) {
				found.add(link); // links inside move with it and Smart Move keeps them working
			}
		}
		return found;
	}

	/** Points each link that led into the source at the same place in its new location, keeping its style. */
	private int update(java.util.List<LinkInfo> outside, Path moved) throws IOException {
		Path from = realSource;
		Path to = dryRun ? moved.toAbsolutePath() : moved.toRealPath();
		int code = 0;
		for (LinkInfo link : outside) {
			Path leads = link.resolved();
			if (leads == null || !leads.startsWith(from)) {
				continue;
			}
			Path now = to.resolve(from.relativize(leads).toString());
			Path stored = java.util.Objects.requireNonNull(link.target());
			if (dryRun) {
				context.out.println(java.text.MessageFormat.format(Messages.Move_WouldUpdate, Output.show(link.path()),
						Output.show(now)));
				continue;
			}
			try {
				org.linksmith.core.CreateResult r = context.links.retarget(link.path(), now,
						stored.isAbsolute() ? org.linksmith.core.TargetStyle.ABSOLUTE : org.linksmith.core.TargetStyle.RELATIVE);
				context.out.println(java.text.MessageFormat.format(Messages.Move_Updated, Output.show(link.path()),
						Output.show(java.util.Objects.requireNonNull(r.link().target())), Output.show(stored)));
			} catch (LinkException e) {
				context.error(e.getMessage());
				code = Main.FAILED;
			}
		}
		return code;
	}

	private static String label(Action action) {
		return switch (action) {
			case KEPT -> Messages.Copy_Kept;
			case REPOINTED -> Messages.Copy_Repointed;
			case SPLICED -> Messages.Copy_Spliced;
			case CROPPED -> Messages.Copy_Cropped;
			case UNROLLED -> Messages.Copy_Unrolled;
		};
	}

	private void line(SmartCopyReport report, LinkChange c) {
		StringBuilder b = new StringBuilder(label(c.action()));
		while (b.length() < 11) {
			b.append(' ');
		}
		b.append(Output.show(report.path().relativize(c.link())));
		Path now = c.newTarget();
		if (now != null) {
			b.append(" -> ").append(Output.show(now)); //$NON-NLS-1$
			if (!now.equals(c.target())) {
				b.append("  ").append(NLS.bind(Messages.Copy_Was, Output.show(c.target()))); //$NON-NLS-1$
			}
		} else {
			b.append("  ").append(NLS.bind(c.action() == Action.UNROLLED ? Messages.Copy_UnrolledFrom : Messages.Copy_Was, //$NON-NLS-1$
					Output.show(c.target())));
		}
		context.out.println(b);
	}

	private void summary(SmartCopyReport report) {
		long saturated = report.groups().stream().filter(HardLinkGroup::saturated).count();
		String links = java.text.MessageFormat.format(Messages.Copy_Summary, new Object[] {
				Integer.valueOf(report.links().size()), Long.valueOf(report.count(Action.KEPT)),
				Long.valueOf(report.count(Action.REPOINTED)), Long.valueOf(report.count(Action.SPLICED)),
				Long.valueOf(report.count(Action.CROPPED)), Long.valueOf(report.count(Action.UNROLLED)) });
		String groups = java.text.MessageFormat.format(Messages.Copy_Groups, Long.valueOf(saturated),
				Long.valueOf(report.groups().size() - saturated));
		String done = move ? dryRun ? Messages.Move_Plan : Messages.Move_Done : dryRun ? Messages.Copy_Plan : Messages.Copy_Done;
		context.out.println(NLS.bind(done,
				new Object[] { Output.show(source), Output.show(report.path()), links, groups }));
		for (HardLinkGroup g : report.groups()) {
			if (!g.saturated()) {
				context.out.println("  " + NLS.bind(Messages.Copy_Unsaturated, new Object[] { //$NON-NLS-1$
						Output.show(report.path().relativize(g.names().get(0))), Integer.valueOf(g.names().size()),
						Long.valueOf(g.count()) }));
			}
		}
	}

	private void json(SmartCopyReport report) {
		try {
			JsonWriter w = Output.jsonWriter(context.out);
			w.beginObject();
			Output.jsonPath(w, "path", report.path()); //$NON-NLS-1$
			w.name("dry_run").value(report.dryRun()); //$NON-NLS-1$
			if (!move) {
				w.name("outer").value(outer.name()); //$NON-NLS-1$
			}
			w.name("links").beginArray(); //$NON-NLS-1$
			for (LinkChange c : report.links()) {
				w.beginObject();
				Output.jsonPath(w, "path", c.link()); //$NON-NLS-1$
				w.name("action").value(c.action().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
				Output.jsonPath(w, "target", c.target()); //$NON-NLS-1$
				Path now = c.newTarget();
				if (now == null) {
					w.name("new_target").nullValue(); //$NON-NLS-1$
				} else {
					Output.jsonPath(w, "new_target", now); //$NON-NLS-1$
				}
				w.endObject();
			}
			w.endArray();
			Output.jsonGroups(w, report.groups());
			w.name("warnings").beginArray(); //$NON-NLS-1$
			for (String s : report.warnings()) {
				w.value(s);
			}
			w.endArray();
			w.endObject();
			w.flush();
			context.out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
