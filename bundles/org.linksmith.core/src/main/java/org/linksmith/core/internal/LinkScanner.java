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
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.core.LinkVisitor;
import org.linksmith.core.ScanOptions;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * Walks a tree without following links and reports the links that match: from what the walker
 * read cheaply where that is the whole answer, else by inspecting the link.
 */
final class LinkScanner {

	private final LinkSystem system;
	private final LinkChains chains;
	private final HardLinks hardLinks;

	LinkScanner(LinkSystem system, LinkChains chains, HardLinks hardLinks) {
		this.system = system;
		this.chains = chains;
		this.hardLinks = hardLinks;
	}

	void scan(Path root, ScanOptions options, LinkVisitor visitor, IProgressMonitor monitor)
			throws LinkException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		hardLinks.checkFolder(root);
		m.beginTask(NLS.bind(Messages.Scan_Task, Errors.show(root)), IProgressMonitor.UNKNOWN);
		try {
			system.treeWalker().walk(root, options.recursive(), new ScanHandler(options, visitor), m);
		} catch (IOException e) {
			throw system.translate(e, Operation.SCAN, root, null);
		} finally {
			m.done();
		}
	}

	private final class ScanHandler implements TreeWalker.Handler {
		private final ScanOptions options;
		private final LinkVisitor visitor;
		private final boolean targets;
		private final boolean hard;
		private final boolean resolvedPaths;
		private final LinkChains.RealPaths realPaths = new LinkChains.CachedRealPaths();

		ScanHandler(ScanOptions options, LinkVisitor visitor) {
			this.options = options;
			this.visitor = visitor;
			this.targets = options.wantsTargetLinks();
			this.hard = options.wantsHardLinks();
			this.resolvedPaths = options.resolvedPaths();
		}

		@Override
		public boolean wantsRegularFiles() {
			return hard; // a regular file is reported only as a hard link
		}

		@Override
		public boolean descend(String name) {
			return options.hidden() || !name.startsWith("."); //$NON-NLS-1$
		}

		@Override
		public void entry(TreeWalker.Directory directory, String name, TreeWalker.EntryKind kind) throws IOException {
			if (!options.hidden() && name.startsWith(".")) { //$NON-NLS-1$
				return;
			}
			switch (kind) {
				case SYMLINK, REPARSE_POINT -> {
					if (targets) {
						LinkInfo info;
						try {
							info = kind == TreeWalker.EntryKind.SYMLINK ? quickInspect(directory, name) : null;
							if (info == null) {
								info = chains.inspect(directory.resolve(name), realPaths);
							}
						} catch (LinkException | IOException e) {
							info = kind == TreeWalker.EntryKind.SYMLINK ? fromFacts(directory, name, directory.symlink(name, false)) : null;
							if (info == null) {
								throw e instanceof IOException io ? io
										: new FileSystemException(directory.resolve(name).toString(), null, e.getMessage());
							}
						}
						if (options.accepts(info.type()) && (!options.brokenOnly() || info.broken())) {
							deliver(info);
						}
					}
				}
				case REGULAR -> {
					if (hard) {
						TreeWalker.Stat stat = directory.stat(name);
						if (stat.links() > 1) {
							deliver(LinkInfo.withoutTarget(directory.resolve(name), LinkType.HARD, stat.links()));
						}
					}
				}
				default -> {
					// devices, pipes and sockets are never links
				}
			}
		}

		/**
		 * Inspects a symbolic link from what the walker read cheaply; gives the same result as
		 * {@link LinkChains#inspect(Path)} for a link whose target exists and is not a link, else
		 * {@code null}. Without resolved paths ({@link ScanOptions#resolvedPaths()}), what one
		 * {@code readlink} and one {@code stat} in the open folder tell is the whole answer, for
		 * every link (the chain then holds the link alone).
		 */
		private LinkInfo quickInspect(TreeWalker.Directory directory, String name) throws IOException {
			if (!resolvedPaths) {
				return fromFacts(directory, name, directory.symlink(name, false));
			}
			TreeWalker.SymlinkFacts facts = directory.symlink(name, true);
			if (facts == null || facts.targetIsLink() || facts.end() == TreeWalker.End.LOOP) {
				return null;
			}
			Path path = directory.resolve(name);
			Path target = Path.of(facts.target());
			Path resolved = facts.resolved();
			if (facts.end() == TreeWalker.End.MISSING) {
				// only the target's last name is missing: where it would be is known
				return resolved == null ? null : LinkInfo.broken(path, LinkType.SYMBOLIC_FILE, target, resolved, List.of(path));
			}
			if (resolved == null) {
				Path folder = KernelPaths.of(path, realPaths, chains.textual()).getParent();
				resolved = KernelPaths.of(folder == null ? target : folder.resolve(target), realPaths, chains.textual());
			}
			LinkType type = facts.end() == TreeWalker.End.DIRECTORY ? LinkType.SYMBOLIC_DIRECTORY : LinkType.SYMBOLIC_FILE;
			return LinkInfo.reaching(path, type, target, resolved, List.of(path));
		}

		/**
		 * A link whose path is too long to inspect by path (deeper than PATH_MAX): what the walker
		 * read in its open folder (stored target; whether following it reaches something) is all
		 * there is, as for {@code find -xtype l}.
		 */
		private LinkInfo fromFacts(TreeWalker.Directory directory, String name, TreeWalker.SymlinkFacts facts) {
			if (facts == null) {
				return null;
			}
			Path path = directory.resolve(name);
			boolean loop = facts.end() == TreeWalker.End.LOOP;
			boolean broken = loop || facts.end() == TreeWalker.End.MISSING;
			LinkType type = facts.end() == TreeWalker.End.DIRECTORY ? LinkType.SYMBOLIC_DIRECTORY : LinkType.SYMBOLIC_FILE;
			Path stored = Path.of(facts.target());
			return loop ? LinkInfo.loop(path, type, stored, List.of(path))
					: broken ? LinkInfo.broken(path, type, stored, null, List.of(path))
							: LinkInfo.reaching(path, type, stored, null, List.of(path));
		}

		private void deliver(LinkInfo info) {
			synchronized (visitor) {
				visitor.found(info);
			}
		}

		@Override
		public void failed(Path path, IOException e) {
			synchronized (visitor) {
				visitor.failed(path, IoErrors.detailOf(e));
			}
		}
	}
}
