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
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkIndex;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkRepair;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.ScanOptions;
import org.linksmith.core.TargetStyle;

/**
 * Finds where broken links' targets went: one walk of the places to search (never following a
 * link) compares every entry with what each link lost, then prefix changes are inferred from the
 * links found again.
 */
@NonNullByDefault
public final class DefaultLinkRepair implements LinkRepair {

	/** How many links must agree on a prefix change before it is used for others. */
	private static final int PREFIX_SUPPORT = 2;

	private final LinkService links;
	private final LinkSystem system;
	private final @Nullable LinkIndex index;

	/**
	 * @param links the link service
	 * @param system the system's links
	 * @param index the index whose recorded identities to use, or {@code null}
	 */
	public DefaultLinkRepair(LinkService links, LinkSystem system, @Nullable LinkIndex index) {
		this.links = links;
		this.system = system;
		this.index = index;
	}

	/** What one broken link lost, and what was found for it. */
	private static final class Lost {
		final LinkInfo link;
		final Path missing;
		final String name;
		final LinkIndex.@Nullable Identity identity;
		final Map<Path, Candidate> found = new LinkedHashMap<>();

		Lost(LinkInfo link, Path missing, LinkIndex.@Nullable Identity identity) {
			this.link = link;
			this.missing = missing;
			Path n = missing.getFileName();
			this.name = n == null ? "" : n.toString(); //$NON-NLS-1$
			this.identity = identity;
		}

		void add(Path path, Match match, BasicFileAttributes a) {
			Candidate old = found.get(path);
			if (old == null || match.ordinal() < old.match().ordinal()) {
				found.put(path, new Candidate(path, match, a.size(), a.lastModifiedTime().toInstant(), a.isDirectory()));
			}
		}
	}

	@Override
	public List<Proposal> plan(List<Path> dirs, List<Path> searchIn, @Nullable IProgressMonitor monitor)
			throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, 10);
		List<Lost> lost = brokenLinks(dirs, sub.split(2));
		if (lost.isEmpty()) {
			return List.of();
		}
		List<Path> roots = searchRoots(lost, searchIn);
		search(roots, lost, sub.split(7));
		inferPrefixes(lost);
		List<Proposal> proposals = new ArrayList<>();
		for (Lost l : lost) {
			List<Candidate> candidates = new ArrayList<>(l.found.values());
			candidates.sort(Comparator.comparing((Candidate c) -> c.match()).thenComparing(c -> c.path().toString()));
			proposals.add(new Proposal(l.link, l.missing, candidates));
		}
		proposals.sort(Comparator.comparing(p -> p.link().path().toString()));
		return proposals;
	}

	private List<Lost> brokenLinks(List<Path> dirs, SubMonitor monitor) throws LinkException {
		List<LinkInfo> broken = new ArrayList<>();
		Set<LinkType> kinds = EnumSet.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY, LinkType.JUNCTION);
		SubMonitor sub = SubMonitor.convert(monitor, dirs.size());
		for (Path dir : dirs) {
			LinkInfo self = links.inspect(dir);
			if (self.type().hasTarget()) {
				if (self.broken() && !self.loop()) {
					broken.add(self);
				}
				sub.worked(1);
				continue;
			}
			links.scan(dir, new ScanOptions(true, kinds, true), link -> {
				if (!link.loop()) {
					broken.add(link);
				}
			}, sub.split(1));
		}
		List<Lost> lost = new ArrayList<>();
		for (LinkInfo link : broken) {
			Path stored = link.target();
			Path parent = link.path().toAbsolutePath().getParent();
			if (stored == null || parent == null) {
				continue;
			}
			Path missing = LinkPaths.realAsFarAsExists(parent.resolve(stored));
			LinkIndex.Identity identity = null;
			LinkIndex idx = index;
			if (idx != null) {
				LinkIndex.Recorded recorded = idx.recorded(link.path());
				if (recorded != null && recorded.target().equals(stored.toString())) {
					identity = recorded.identity();
				}
			}
			lost.add(new Lost(link, missing, identity));
		}
		return lost;
	}

	/** The given places, each lost target's nearest existing folder (but a file system's root) and the index's roots holding it. */
	private List<Path> searchRoots(List<Lost> lost, List<Path> searchIn) throws LinkException {
		Set<Path> roots = new LinkedHashSet<>();
		for (Path p : searchIn) {
			roots.add(real(p));
		}
		List<LinkIndex.Root> indexed = index != null ? Objects.requireNonNull(index).roots() : List.of();
		for (Lost l : lost) {
			Path existing = l.missing.getParent();
			while (existing != null && !Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)) {
				existing = existing.getParent();
			}
			if (existing != null && existing.getParent() != null) {
				roots.add(existing);
			}
			for (LinkIndex.Root r : indexed) {
				if (l.missing.startsWith(r.path())) {
					roots.add(r.path());
				}
			}
		}
		// a place inside another is searched with it
		List<Path> sorted = new ArrayList<>(roots);
		sorted.sort(Comparator.comparingInt(Path::getNameCount));
		List<Path> result = new ArrayList<>();
		for (Path p : sorted) {
			if (result.stream().noneMatch(p::startsWith)) {
				result.add(p);
			}
		}
		return result;
	}

	private static Path real(Path p) {
		try {
			return p.toRealPath();
		} catch (IOException e) {
			return p.toAbsolutePath();
		}
	}

	private void search(List<Path> roots, List<Lost> lost, SubMonitor monitor) {
		Map<FileId, List<Lost>> byIdentity = new HashMap<>();
		Map<String, List<Lost>> byName = new HashMap<>();
		for (Lost l : lost) {
			LinkIndex.Identity id = l.identity;
			if (id != null) {
				byIdentity.computeIfAbsent(new FileId(id.volume(), id.file()), k -> new ArrayList<>()).add(l);
			}
			byName.computeIfAbsent(l.name, k -> new ArrayList<>()).add(l);
		}
		SubMonitor sub = SubMonitor.convert(monitor, roots.size());
		for (Path root : roots) {
			sub.subTask(NLS.bind(Messages.Repair_Searching, root));
			try {
				Files.walkFileTree(root, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<Path>() {
					@Override
					@NonNullByDefault({})
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
						check(dir, attrs);
						return FileVisitResult.CONTINUE;
					}

					@Override
					@NonNullByDefault({})
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
						if (!attrs.isSymbolicLink() && !attrs.isOther()) {
							check(file, attrs);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					@NonNullByDefault({})
					public FileVisitResult visitFileFailed(Path file, IOException exc) {
						return FileVisitResult.CONTINUE;
					}

					private void check(Path path, BasicFileAttributes a) {
						if (monitor.isCanceled()) {
							throw new OperationCanceledException();
						}
						if (!byIdentity.isEmpty()) {
							try {
								List<Lost> same = byIdentity.get(system.fileId(path));
								if (same != null) {
									for (Lost l : same) {
										LinkIndex.Identity id = Objects.requireNonNull(l.identity);
										// an inode is reused once its file is deleted: a moved file keeps its time too
										if (id.folder() == a.isDirectory() && id.modified() == a.lastModifiedTime().toMillis()) {
											l.add(path, Match.IDENTITY, a);
										}
									}
								}
							} catch (IOException e) {
								// gone meanwhile
							}
						}
						Path n = path.getFileName();
						if (n == null) {
							return;
						}
						String name = n.toString();
						List<Lost> named = byName.get(name);
						if (named != null) {
							for (Lost l : named) {
								LinkIndex.Identity id = l.identity;
								if (id == null) {
									l.add(path, Match.NAME, a);
								} else if (id.folder() == a.isDirectory() && (a.isDirectory()
										? id.modified() == a.lastModifiedTime().toMillis()
										: id.size() == a.size())) {
									l.add(path, Match.NAME_AND_SIZE, a);
								} else if (id.folder() == a.isDirectory()) {
									l.add(path, Match.NAME, a);
								}
							}
						}
						for (Lost l : lost) {
							if (!name.equals(l.name) && close(name, l.name)) {
								LinkIndex.Identity id = l.identity;
								if (id == null || id.folder() == a.isDirectory()) {
									l.add(path, Match.CLOSE_NAME, a);
								}
							}
						}
					}
				});
			} catch (IOException e) {
				// a place that cannot be read: nothing found there
			}
			sub.worked(1);
		}
	}

	/** @return whether two names differ only in case or by at most two edits (names of 5 characters or more) */
	static boolean close(String a, String b) {
		if (a.equalsIgnoreCase(b)) {
			return true;
		}
		if (Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 2) {
			return false;
		}
		String x = a.toLowerCase(Locale.ROOT);
		String y = b.toLowerCase(Locale.ROOT);
		int[] prev = new int[y.length() + 1];
		int[] cur = new int[y.length() + 1];
		for (int j = 0; j <= y.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= x.length(); i++) {
			cur[0] = i;
			int rowMin = cur[0];
			for (int j = 1; j <= y.length(); j++) {
				int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
				rowMin = Math.min(rowMin, cur[j]);
			}
			if (rowMin > 2) {
				return false;
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[y.length()] <= 2;
	}

	/** A prefix change: what the old paths started with, and what that became. */
	private record Change(Path from, Path to) {
	}

	private void inferPrefixes(List<Lost> lost) {
		Map<Change, Integer> support = new HashMap<>();
		for (Lost l : lost) {
			Candidate found = clearFind(l);
			if (found != null) {
				Change c = change(l.missing, found.path());
				if (c != null) {
					support.merge(c, Integer.valueOf(1), Integer::sum);
				}
			}
		}
		List<Change> changes = new ArrayList<>();
		support.forEach((c, n) -> {
			if (n.intValue() >= PREFIX_SUPPORT) {
				changes.add(c);
			}
		});
		// the longest prefix first: the most specific change applies
		changes.sort(Comparator.comparingInt((Change c) -> c.from().getNameCount()).reversed());
		for (Lost l : lost) {
			for (Change c : changes) {
				if (l.missing.startsWith(c.from()) && !l.missing.equals(c.from())) {
					Path moved = c.to().resolve(c.from().relativize(l.missing));
					try {
						BasicFileAttributes a = Files.readAttributes(moved, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
						l.add(moved, Match.PREFIX, a);
					} catch (IOException e) {
						// not there under the new prefix
					}
					break;
				}
			}
		}
	}

	private static @Nullable Candidate clearFind(Lost l) {
		List<Candidate> c = new ArrayList<>(l.found.values());
		if (c.isEmpty()) {
			return null;
		}
		Collections.sort(c, Comparator.comparing(Candidate::match));
		Match best = c.get(0).match();
		if (best != Match.IDENTITY && best != Match.NAME_AND_SIZE) {
			return null;
		}
		return c.stream().filter(x -> x.match() == best).count() == 1 ? c.get(0) : null;
	}

	/** @return the change of prefix that turns {@code old} into {@code now} (their common end taken off), or {@code null} */
	private static @Nullable Change change(Path old, Path now) {
		Path a = old;
		Path b = now;
		while (a.getFileName() != null && b.getFileName() != null && a.getFileName().equals(b.getFileName())
				&& a.getParent() != null && b.getParent() != null) {
			a = a.getParent();
			b = b.getParent();
		}
		return a.equals(old) ? null : new Change(a, b);
	}

	@Override
	public CreateResult apply(Proposal proposal, Candidate candidate) throws LinkException {
		if (!proposal.candidates().contains(candidate)) {
			throw new IllegalArgumentException("not a candidate of this proposal"); //$NON-NLS-1$
		}
		LinkInfo planned = proposal.link();
		LinkInfo now = links.inspect(planned.path());
		if (!now.type().hasTarget() || !now.broken() || !Objects.equals(now.target(), planned.target())) {
			throw new LinkException(LinkException.Reason.IO_ERROR, planned.path(),
					NLS.bind(Messages.Repair_Changed, planned.path()));
		}
		Path stored = Objects.requireNonNull(planned.target());
		TargetStyle style = stored.isAbsolute() ? TargetStyle.ABSOLUTE : TargetStyle.RELATIVE;
		return links.retarget(planned.path(), candidate.path(), style);
	}
}
