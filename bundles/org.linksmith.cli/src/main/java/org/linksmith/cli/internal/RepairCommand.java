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
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkIndex;
import org.linksmith.core.LinkRepair;
import org.linksmith.core.LinkServices;

import com.google.gson.stream.JsonWriter;

/**
 * {@code linksmith repair DIR... [--dry-run] [--auto] [--search DIR]... [--json]}: the broken links
 * in DIR, each with where its target may have gone (found by the identity the link index recorded,
 * an inferred prefix change, name and size, close names); with {@code --auto} the clear ones are
 * repaired, the others are left for the user to choose.
 */
final class RepairCommand extends LinkCommand {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	final List<Path> dirs = new ArrayList<>();
	final List<Path> search = new ArrayList<>();
	boolean dryRun;
	boolean auto;
	boolean json;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("repair"); //$NON-NLS-1$
		m.parameter("DIR", "repair.dir", 1, Integer.MAX_VALUE, t -> dirs.add(m.path(t))); //$NON-NLS-1$ //$NON-NLS-2$
		m.flag("repair.dry-run", () -> dryRun = true, "-n", "--dry-run"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.flag("repair.auto", () -> auto = true, "--auto"); //$NON-NLS-1$ //$NON-NLS-2$
		m.option("DIR", "repair.search", t -> search.add(m.path(t)), "--search").repeatable().folder(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		m.flag("repair.json", () -> json = true, "--json"); //$NON-NLS-1$ //$NON-NLS-2$
		m.help();
		return m;
	}

	@Override
	public Integer call() throws LinkException {
		LinkIndex index = context.index();
		LinkRepair repair = LinkServices.repair(index.roots().isEmpty() ? null : index);
		List<LinkRepair.Proposal> proposals;
		ProgressLine progress = ProgressLine.forStderr(context);
		try {
			proposals = repair.plan(dirs, search, progress);
		} finally {
			progress.done();
		}
		Map<LinkRepair.Proposal, CreateResult> fixed = new HashMap<>();
		Map<LinkRepair.Proposal, String> failed = new HashMap<>();
		if (auto && !dryRun) {
			for (LinkRepair.Proposal p : proposals) {
				LinkRepair.Candidate clear = p.clear();
				if (clear != null) {
					try {
						fixed.put(p, repair.apply(p, clear));
					} catch (LinkException e) {
						failed.put(p, e.getMessage());
					}
				}
			}
		}
		if (json) {
			json(proposals, fixed);
		} else {
			for (LinkRepair.Proposal p : proposals) {
				text(p, fixed.get(p), failed.get(p));
			}
			context.out.flush();
		}
		long clear = proposals.stream().filter(p -> p.clear() != null).count();
		long none = proposals.stream().filter(p -> p.candidates().isEmpty()).count();
		long choose = proposals.size() - clear - none;
		String summary = MessageFormat.format(auto && !dryRun ? Messages.Repair_SummaryFixed : Messages.Repair_Summary,
				Integer.valueOf(proposals.size()), Long.valueOf(auto && !dryRun ? fixed.size() : clear),
				Long.valueOf(choose), Long.valueOf(none));
		context.err.println(summary);
		if (!auto && clear > 0) {
			context.err.println(Messages.Repair_HintAuto);
		}
		failed.values().forEach(context::error);
		return Integer.valueOf(failed.isEmpty() ? 0 : Main.FAILED);
	}

	private void text(LinkRepair.Proposal p, CreateResult done, String failure) {
		Output.line(context.out, p.link());
		LinkRepair.Candidate clear = p.clear();
		if (p.candidates().isEmpty()) {
			context.out.println("    " + MessageFormat.format(Messages.Repair_NoCandidate, Output.show(p.missing()))); //$NON-NLS-1$
			return;
		}
		int n = 1;
		for (LinkRepair.Candidate c : p.candidates()) {
			context.out.println(MessageFormat.format(Messages.Repair_Candidate, Integer.valueOf(n++), Output.show(c.path()),
					match(c.match()), Long.valueOf(c.size()), DATE.format(c.modified())));
		}
		String link = Output.show(p.link().path());
		if (done != null) {
			context.out.println("    " + MessageFormat.format(Messages.Repair_Fixed, link, //$NON-NLS-1$
					Output.show(java.util.Objects.requireNonNull(done.link().target()))));
		} else if (failure != null) {
			context.out.println("    " + MessageFormat.format(Messages.Repair_NotFixed, link)); //$NON-NLS-1$
		} else if (clear != null) {
			context.out.println("    " + MessageFormat.format(auto ? Messages.Repair_WouldFix : Messages.Repair_Clear, //$NON-NLS-1$
					link, Output.show(clear.path())));
		} else {
			context.out.println("    " + MessageFormat.format(Messages.Repair_Choose, //$NON-NLS-1$
					shell(link), shell(Output.show(p.candidates().get(0).path()))));
		}
	}

	/** @return the text as one word for a POSIX shell */
	static String shell(String text) {
		return text.matches("[A-Za-z0-9_./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static String match(LinkRepair.Match m) {
		return switch (m) {
		case IDENTITY -> Messages.Repair_MatchIdentity;
		case PREFIX -> Messages.Repair_MatchPrefix;
		case NAME_AND_SIZE -> Messages.Repair_MatchNameSize;
		case NAME -> Messages.Repair_MatchName;
		case CLOSE_NAME -> Messages.Repair_MatchClose;
		};
	}

	private void json(List<LinkRepair.Proposal> proposals, Map<LinkRepair.Proposal, CreateResult> fixed) {
		try {
			JsonWriter w = Output.jsonWriter(context.out);
			w.beginArray();
			for (LinkRepair.Proposal p : proposals) {
				w.beginObject();
				Output.jsonPath(w, "link", p.link().path()); //$NON-NLS-1$
				Output.jsonPath(w, "target", java.util.Objects.requireNonNull(p.link().target())); //$NON-NLS-1$
				Output.jsonPath(w, "missing", p.missing()); //$NON-NLS-1$
				w.name("candidates").beginArray(); //$NON-NLS-1$
				for (LinkRepair.Candidate c : p.candidates()) {
					w.beginObject();
					Output.jsonPath(w, "path", c.path()); //$NON-NLS-1$
					w.name("match").value(c.match().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
					w.name("size").value(c.size()); //$NON-NLS-1$
					w.name("modified").value(c.modified().toString()); //$NON-NLS-1$
					w.name("folder").value(c.folder()); //$NON-NLS-1$
					w.endObject();
				}
				w.endArray();
				LinkRepair.Candidate clear = p.clear();
				if (clear == null) {
					w.name("clear").nullValue(); //$NON-NLS-1$
				} else {
					Output.jsonPath(w, "clear", clear.path()); //$NON-NLS-1$
				}
				CreateResult done = fixed.get(p);
				if (done == null) {
					w.name("fixed").nullValue(); //$NON-NLS-1$
				} else {
					Output.jsonPath(w, "fixed", java.util.Objects.requireNonNull(done.link().target())); //$NON-NLS-1$
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
