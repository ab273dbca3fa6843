/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.OuterLinks;
import org.linksmith.core.SmartCopyReport;
import org.linksmith.core.SmartCopyReport.Action;
import org.linksmith.core.SmartCopyReport.HardLinkGroup;
import org.linksmith.core.SmartCopyReport.LinkChange;

/**
 * The rules of a Smart Copy, applied to each symbolic link of the tree as the copy (or its dry run)
 * meets it, and the record of what became of each link and hard-link group.
 * <p>
 * Where a link points is read as the kernel reads it ({@link KernelPaths}: links in its folders
 * followed, {@code ..} taken from the folder reached, never read in text), and compared with the
 * tree's real path. A link into the tree whose text reaches the same entry from the copy (a
 * relative text that stays inside the tree and passes no link on its way) is copied unchanged;
 * any other link into the tree gets a target computed from the copy's real folders, which are
 * plain folders made by the copy, so that {@code ..} in it is exact. A link out of the tree
 * follows the {@link OuterLinks} policy.
 * </p>
 */
public final class LinkRules {

	/**
	 * What the copy of one link becomes.
	 *
	 * @param action what is done
	 * @param target the target to store ({@code null}: the original's bytes, or nothing for
	 *        cropped and unrolled links)
	 */
	public record Decision(Action action, @Nullable Path target) {
	}

	private final Path realSource;
	private final Path realCopy;
	private final Path copy;
	private final OuterLinks outer;
	private final boolean textual;
	private final List<LinkChange> changes = new ArrayList<>();
	private final Map<FileId, Group> groups = new LinkedHashMap<>();
	private final List<String> warnings = new ArrayList<>();

	private static final class Group {
		final List<Path> names = new ArrayList<>();
		final long count;

		Group(long count) {
			this.count = count;
		}
	}

	/**
	 * @param realSource the real path of the tree copied
	 * @param copy the copy's path as named
	 * @param realCopy the copy's real path (as far as it exists)
	 * @param outer what to do with links that point out of the tree
	 * @param textual whether the system reads {@code ..} in text (Windows)
	 */
	public LinkRules(Path realSource, Path copy, Path realCopy, OuterLinks outer, boolean textual) {
		this.realSource = realSource;
		this.copy = copy;
		this.realCopy = realCopy;
		this.outer = outer;
		this.textual = textual;
	}

	/**
	 * Decides what the copy of a link becomes and records it.
	 *
	 * @param sourceFolder the real path of the folder that holds the link
	 * @param rel the link's path in the copy, relative to the copy's root
	 * @param stored its target as stored
	 * @param unrolled whether the link lies in a folder copied in place of a link (its text was
	 *        written for another place, so it is never kept as it is)
	 * @return what to make
	 */
	public Decision link(Path sourceFolder, Path rel, Path stored, boolean unrolled) {
		Decision d = decide(sourceFolder, rel, stored, unrolled);
		changes.add(new LinkChange(copy.resolve(rel), d.action(), stored, d.action() == Action.CROPPED
				|| d.action() == Action.UNROLLED ? null : d.target() != null ? d.target() : stored));
		return d;
	}

	private Decision decide(Path sourceFolder, Path rel, Path stored, boolean unrolled) {
		Path relFolder = rel.getParent();
		Path reached = KernelPaths.ofOrAsGiven(stored.isAbsolute() ? stored : sourceFolder.resolve(stored), textual);
		Path copyFolder = relFolder == null ? realCopy : realCopy.resolve(relFolder);
		if (reached.startsWith(realSource)) {
			Path inTree = realSource.relativize(reached);
			if (stored.isAbsolute()) {
				return new Decision(Action.REPOINTED, realCopy.resolve(inTree));
			}
			if (!unrolled && keepsText(relFolder, stored, inTree)) {
				return new Decision(Action.KEPT, null);
			}
			Path text = relative(copyFolder, inTree.toString().isEmpty() ? realCopy : realCopy.resolve(inTree));
			return new Decision(text.equals(stored) ? Action.KEPT : Action.REPOINTED, text.equals(stored) ? null : text);
		}
		switch (outer) {
			case CROP:
				return new Decision(Action.CROPPED, null);
			case UNROLL:
				if (Files.exists(reached)) {
					return new Decision(Action.UNROLLED, null);
				}
				warnings.add(NLS.bind(Messages.SmartCopy_DanglingNotUnrolled, Errors.show(copy.resolve(rel))));
				break;
			default:
				break;
		}
		if (stored.isAbsolute()) {
			return new Decision(Action.SPLICED, null);
		}
		Path text = relative(copyFolder, reached);
		return new Decision(Action.SPLICED, text.equals(stored) ? null : text);
	}

	/**
	 * Records that a link to be unrolled leads back into a folder being copied: it is spliced.
	 *
	 * @param rel the link's path in the copy
	 * @param sourceFolder the real folder that holds it
	 * @param stored its target
	 * @return the decision that replaces the unroll
	 */
	public Decision loop(Path rel, Path sourceFolder, Path stored) {
		changes.remove(changes.size() - 1);
		warnings.add(NLS.bind(Messages.SmartCopy_LoopNotUnrolled, Errors.show(copy.resolve(rel))));
		Path text = stored.isAbsolute() ? null
				: relative(rel.getParent() == null ? realCopy : realCopy.resolve(rel.getParent()),
						KernelPaths.ofOrAsGiven(sourceFolder.resolve(stored), textual));
		Decision d = new Decision(Action.SPLICED, text == null || text.equals(stored) ? null : text);
		changes.add(new LinkChange(copy.resolve(rel), Action.SPLICED, stored, d.target() != null ? d.target() : stored));
		return d;
	}

	/**
	 * @param sourceFolder the real folder that holds a link decided {@link Action#UNROLLED}
	 * @param stored its target
	 * @return the real path of what it reaches, or {@code null} when that is gone
	 */
	public @Nullable Path unrolledPath(Path sourceFolder, Path stored) {
		try {
			return (stored.isAbsolute() ? stored : sourceFolder.resolve(stored)).toRealPath();
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Records one name of a file with several.
	 *
	 * @param id the file's identity
	 * @param names how many names it has in all
	 * @param rel this name's path in the copy, relative to its root
	 */
	public void hardLink(FileId id, long names, Path rel) {
		groups.computeIfAbsent(id, k -> new Group(names)).names.add(copy.resolve(rel));
	}

	/** @return the copy's path as named */
	public Path copy() {
		return copy;
	}

	/** @param warning a sentence to add to the report */
	public void warn(String warning) {
		warnings.add(warning);
	}

	/**
	 * @param dryRun whether nothing was written
	 * @return what was recorded
	 */
	public SmartCopyReport report(boolean dryRun) {
		List<HardLinkGroup> saturated = new ArrayList<>();
		List<HardLinkGroup> unsaturated = new ArrayList<>();
		for (Group g : groups.values()) {
			HardLinkGroup group = new HardLinkGroup(g.names, g.count);
			(group.saturated() ? saturated : unsaturated).add(group);
		}
		saturated.addAll(unsaturated);
		List<String> all = new ArrayList<>(warnings);
		if (!unsaturated.isEmpty()) {
			all.add(java.text.MessageFormat.format(Messages.SmartCopy_Unsaturated, Integer.valueOf(unsaturated.size())));
		}
		return new SmartCopyReport(copy, changes, saturated, all, dryRun);
	}

	/**
	 * Whether a relative text, read from the link's folder in the copy, reaches {@code inTree}
	 * there as it does in the original: it never climbs above the tree's root and passes no link
	 * on its way (the kernel would follow it, where this reading would not).
	 */
	private boolean keepsText(@Nullable Path relFolder, Path stored, Path inTree) {
		List<Path> at = new ArrayList<>();
		if (relFolder != null) {
			relFolder.forEach(at::add);
		}
		int count = stored.getNameCount();
		for (int i = 0; i < count; i++) {
			String n = stored.getName(i).toString();
			if (n.equals(".") || n.isEmpty()) { //-NLS-1$
				continue;
			}
			if (n.equals("..")) { //-NLS-1$
				if (at.isEmpty()) {
					return false;
				}
				at.remove(at.size() - 1);
				continue;
			}
			at.add(stored.getName(i));
			if (i + 1 < count && !isPlainFolder(at)) {
				return false;
			}
		}
		Path walked = Path.of(""); //-NLS-1$
		for (Path p : at) {
			walked = walked.resolve(p);
		}
		return walked.equals(inTree);
	}

	private boolean isPlainFolder(List<Path> at) {
		Path p = realSource;
		for (Path n : at) {
			p = p.resolve(n);
		}
		return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
	}

	/**
	 * A relative path from a plain folder to a path whose folders are real: {@code ..} in the
	 * result climbs real folders only, so the kernel reads it as this does. Only the part of
	 * {@code to} before any {@code .} or {@code ..} (past a missing folder) is made relative.
	 */
	static Path relative(Path from, Path to) {
		if (!java.util.Objects.equals(from.getRoot(), to.getRoot())) {
			return to; // another drive: only an absolute path reaches it
		}
		int plain = 0;
		while (plain < to.getNameCount() && !to.getName(plain).toString().equals("..") //-NLS-1$
				&& !to.getName(plain).toString().equals(".")) { //-NLS-1$
			plain++;
		}
		Path base = plain == 0 ? to.getRoot() : to.getRoot().resolve(to.subpath(0, plain));
		Path relative = from.relativize(base);
		if (plain < to.getNameCount()) {
			relative = relative.resolve(to.subpath(plain, to.getNameCount()));
		}
		return relative.toString().isEmpty() ? Path.of(".") : relative; //-NLS-1$
	}
}
