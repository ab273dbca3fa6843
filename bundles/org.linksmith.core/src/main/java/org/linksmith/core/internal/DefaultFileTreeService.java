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

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jdt.annotation.NonNullByDefault;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.FileEntry;
import org.linksmith.core.FileTreeService;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.OuterLinks;
import org.linksmith.core.SmartCopyReport;
import org.linksmith.core.TreeResult;
import org.linksmith.core.TreeSize;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * The {@link FileTreeService} over the system's tree engine: descriptor-based on Linux, by handle
 * on Windows, by path elsewhere. A move across volumes is the same verified copy that relocate
 * uses ({@link VerifiedCopy}).
 */
@NonNullByDefault
public final class DefaultFileTreeService implements FileTreeService {

	private final LinkSystem system;
	private final SafeTree tree;
	private final VerifiedCopy copier;

	/** @param system the primitives of the running system */
	public DefaultFileTreeService(LinkSystem system) {
		this(system, new SafeTree(system));
	}

	/**
	 * @param system the primitives of the running system
	 * @param tree the tree operations (tests inject faults here)
	 */
	public DefaultFileTreeService(LinkSystem system, SafeTree tree) {
		this.system = system;
		this.tree = tree;
		this.copier = new VerifiedCopy(system, tree);
	}

	@Override
	public List<FileEntry> list(Path folder, @Nullable IProgressMonitor monitor) throws LinkException {
		List<FileEntry> found = new ArrayList<>();
		try {
			system.treeWalker().walk(folder, false, new TreeWalker.Handler() {
				@Override
				@NonNullByDefault({}) // the walker's interface says nothing about nulls
				public void entry(TreeWalker.Directory directory, String name, TreeWalker.EntryKind kind)
						throws IOException {
					Path parent = directory.path();
					FileEntry e = switch (kind) {
						case DIRECTORY -> new FileEntry(parent, name, FileEntry.Kind.FOLDER, null, true);
						case REGULAR -> new FileEntry(parent, name, FileEntry.Kind.FILE, null, false);
						case SYMLINK, REPARSE_POINT -> link(directory, name);
						case OTHER -> new FileEntry(parent, name, FileEntry.Kind.OTHER, null, false);
					};
					synchronized (found) {
						found.add(e);
					}
				}

				@Override
				@NonNullByDefault({})
				public void failed(Path path, IOException e) {
					// an unreadable entry is left out
				}
			}, SubMonitor.convert(monitor));
		} catch (IOException e) {
			throw system.translate(e, Operation.SCAN, folder, null);
		}
		return found;
	}

	private FileEntry link(TreeWalker.Directory directory, String name) throws IOException {
		// the walker's facts come from the open folder (no path to make, no lookup from the root)
		TreeWalker.SymlinkFacts facts = directory.symlink(name, false);
		if (facts != null) {
			FileEntry.End end = switch (facts.end()) {
				case DIRECTORY -> FileEntry.End.FOLDER;
				case FILE -> FileEntry.End.FILE;
				case MISSING -> FileEntry.End.MISSING;
				case LOOP -> FileEntry.End.LOOP;
			};
			return new FileEntry(directory.path(), name, FileEntry.Kind.LINK, facts.target(), end);
		}
		Path p = directory.resolve(name);
		String target;
		try {
			target = system.readTarget(p).toString();
		} catch (IOException e) {
			target = "?"; //$NON-NLS-1$
		}
		return new FileEntry(directory.path(), name, FileEntry.Kind.LINK, target, reached(p));
	}

	/** @return what following a link reaches */
	private static FileEntry.End reached(Path link) {
		try {
			return Files.readAttributes(link, BasicFileAttributes.class).isDirectory() ? FileEntry.End.FOLDER
					: FileEntry.End.FILE;
		} catch (IOException e) {
			return IoErrors.reasonOf(e) == Reason.LOOP ? FileEntry.End.LOOP : FileEntry.End.MISSING;
		}
	}

	@Override
	public Path createFolder(Path folder) throws LinkException {
		try {
			Files.createDirectory(folder);
			return folder;
		} catch (IOException e) {
			throw translate(e, folder, null);
		}
	}

	@Override
	public Path rename(Path path, String newName) throws LinkException {
		if (newName.isEmpty() || newName.equals(".") || newName.equals("..") //$NON-NLS-1$ //$NON-NLS-2$
				|| newName.indexOf('/') >= 0 || newName.indexOf('\0') >= 0
				|| (system.resolvesDotDotInText() && newName.indexOf('\\') >= 0)) {
			throw new LinkException(Reason.INVALID_PATH, path, NLS.bind(Messages.Error_InvalidName, newName));
		}
		Path target = path.resolveSibling(newName);
		if (target.equals(path)) {
			return path;
		}
		try {
			renameNoReplace(path, target);
			return target;
		} catch (IOException e) {
			throw translate(e, path, target);
		}
	}

	/** One atomic rename that never replaces anything (checked before where the system cannot say). */
	private void renameNoReplace(Path from, Path to) throws IOException {
		if (!system.renameNoReplace(from, to)) {
			if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
				throw new FileAlreadyExistsException(to.toString());
			}
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	@Override
	public TreeResult copy(Path source, Path target, @Nullable IProgressMonitor monitor) throws LinkException {
		BasicFileAttributes attrs = attributes(source);
		refuseInto(source, target, attrs);
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		List<String> warnings = new ArrayList<>();
		try {
			if (!SafeTree.isRealDirectory(attrs)) {
				// a link is copied as a link, a file as a file
				Files.copy(source, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
				return new TreeResult(target, warnings);
			}
			Files.createDirectory(target);
		} catch (IOException e) {
			throw translate(e, source, target);
		}
		FileId made;
		try {
			made = system.fileId(target);
		} catch (IOException e) {
			throw translate(e, target, null);
		}
		try {
			int outside = tree.copy(source, target, sub.split(100));
			if (outside > 0) {
				warnings.add(NLS.bind(Messages.Warning_HardLinksOutside, Integer.valueOf(outside)));
			}
			return new TreeResult(target, warnings);
		} catch (IOException | RuntimeException e) {
			copier.discard(target, made);
			if (e instanceof IOException io) {
				throw translate(io, source, target);
			}
			throw (RuntimeException) e;
		}
	}

	@Override
	public SmartCopyReport smartCopy(Path source, Path target, OuterLinks outer, boolean dryRun,
			@Nullable IProgressMonitor monitor) throws LinkException {
		BasicFileAttributes attrs = attributes(source);
		refuseInto(source, target, attrs);
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		Path realSource;
		try {
			realSource = attrs.isSymbolicLink() ? LinkPaths.kernel(source) : source.toRealPath();
		} catch (IOException e) {
			throw translate(e, source, null);
		}
		Path realCopy = LinkPaths.realAsFarAsExists(target);
		LinkRules rules = new LinkRules(realSource, target, realCopy, outer, system.resolvesDotDotInText());
		if (!SafeTree.isRealDirectory(attrs)) {
			return smartCopyEntry(source, target, attrs, realSource, realCopy, dryRun);
		}
		if (dryRun) {
			plan(source, realSource, rules, sub);
			return rules.report(true);
		}
		FileId made;
		try {
			Files.createDirectory(target);
			made = system.fileId(target);
		} catch (IOException e) {
			throw translate(e, source, target);
		}
		try {
			tree.copySmart(source, target, rules, sub.split(100));
			return rules.report(false);
		} catch (IOException | RuntimeException | Error e) {
			copier.discard(target, made); // also when the JVM runs out of memory or stack
			if (e instanceof IOException io) {
				// the entry that stopped the copy (a fifo, a device behind a link) is the one to name
				Path named = io instanceof java.nio.file.FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : source;
				throw translate(io, named, target);
			}
			if (e instanceof RuntimeException r) {
				throw r;
			}
			throw (Error) e;
		}
	}

	/**
	 * A Smart Copy of one file or link: a file is copied; a link is made to reach what the
	 * original reaches (a relative target computed again from the copy's folder).
	 */
	private SmartCopyReport smartCopyEntry(Path source, Path target, BasicFileAttributes attrs, Path realSource,
			Path realCopy, boolean dryRun) throws LinkException {
		List<SmartCopyReport.LinkChange> links = new ArrayList<>();
		try {
			if (attrs.isSymbolicLink()) {
				Path stored = system.readTarget(source);
				Path folder = realSource.getParent();
				Path text = stored.isAbsolute() || folder == null || realCopy.getParent() == null ? stored
						: LinkRules.relative(realCopy.getParent(),
								KernelPaths.ofOrAsGiven(folder.resolve(stored), system.resolvesDotDotInText()));
				links.add(new SmartCopyReport.LinkChange(target, SmartCopyReport.Action.SPLICED, stored, text));
				if (!dryRun) {
					system.createSymbolicLink(target, text, Files.isDirectory(source));
				}
			} else if (!dryRun) {
				Files.copy(source, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
			}
		} catch (IOException e) {
			throw translate(e, source, target);
		}
		return new SmartCopyReport(target, links, List.of(), List.of(), dryRun);
	}

	/**
	 * A Smart Copy's dry run: the rules applied to every link of the tree, as the copy applies them
	 * (unrolled folders entered, loops and other file systems spliced), nothing written.
	 */
	private void plan(Path source, Path realSource, LinkRules rules, SubMonitor monitor) throws LinkException {
		try {
			java.util.Set<Object> open = new java.util.HashSet<>();
			open.add(key(source));
			plan(source, Path.of(""), realSource, false, system.volumeOf(source), open, rules, monitor); //$NON-NLS-1$
		} catch (IOException e) {
			throw translate(e, source, null);
		}
	}

	private static Object key(Path folder) throws IOException {
		Object key = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
		return key != null ? key : folder.toRealPath(); // no identities (Windows): the real path
	}

	private void plan(Path folder, Path rel, Path real, boolean unrolled, Object volume, java.util.Set<Object> open,
			LinkRules rules, SubMonitor monitor) throws IOException {
		try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				monitor.checkCanceled();
				Path name = entry.getFileName();
				Path r = rel.resolve(name);
				BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
				if (SafeTree.isRealDirectory(a)) {
					if (system.isMountPoint(entry)) {
						throw new java.nio.file.FileSystemException(entry.toString(), null, Messages.Detail_MountNotEntered);
					}
					planFolder(entry, r, real.resolve(name), unrolled, volume, open, rules, monitor);
					continue;
				}
				org.linksmith.core.LinkType type = system.classify(entry, a);
				if (type == org.linksmith.core.LinkType.SYMBOLIC_FILE || type == org.linksmith.core.LinkType.SYMBOLIC_DIRECTORY) {
					Path stored = system.readTarget(entry);
					if (rules.link(real, r, stored, unrolled).action() == SmartCopyReport.Action.UNROLLED) {
						planUnrolled(real, r, stored, volume, open, rules, monitor);
					}
				} else if (type == org.linksmith.core.LinkType.HARD) {
					rules.hardLink(system.fileId(entry), system.linkCount(entry), r);
				} else if (a.isOther() && type == org.linksmith.core.LinkType.NONE) {
					throw special(entry);
				}
			}
		}
	}

	private void planFolder(Path folder, Path rel, Path real, boolean unrolled, Object volume, java.util.Set<Object> open,
			LinkRules rules, SubMonitor monitor) throws IOException {
		Object key = key(folder);
		if (!open.add(key)) {
			rules.warn(NLS.bind(Messages.SmartCopy_FolderLeftOut, Errors.show(rules.copy().resolve(rel))));
			return;
		}
		try {
			plan(folder, rel, real, unrolled, volume, open, rules, monitor);
		} finally {
			open.remove(key);
		}
	}

	/** What the copy does in place of a link it unrolls, planned: a file copied, a folder entered. */
	private void planUnrolled(Path folder, Path rel, Path stored, Object volume, java.util.Set<Object> open,
			LinkRules rules, SubMonitor monitor) throws IOException {
		Path reached = rules.unrolledPath(folder, stored);
		if (reached == null) {
			rules.loop(rel, folder, stored);
			return;
		}
		BasicFileAttributes a = Files.readAttributes(reached, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		if (SafeTree.isRealDirectory(a)) {
			if (open.contains(key(reached)) || !system.volumeOf(reached).equals(volume)) {
				rules.loop(rel, folder, stored);
				return;
			}
			planFolder(reached, rel, reached, true, volume, open, rules, monitor);
		} else if (!a.isRegularFile()) {
			throw special(reached);
		}
	}

	private static IOException special(Path entry) {
		return new java.nio.file.FileSystemException(entry.toString(), null,
				NLS.bind(Messages.Detail_SpecialNotCopied, SafeTree.kindOfSpecial(entry)));
	}

	@Override
	public TreeSize size(Path folder, @Nullable IProgressMonitor monitor) throws LinkException {
		return size(List.of(folder), monitor).get(0);
	}

	@Override
	public List<TreeSize> size(List<Path> paths, @Nullable IProgressMonitor monitor) throws LinkException {
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("nothing to measure"); //$NON-NLS-1$
		}
		SizeCounter total = paths.size() > 1 ? new SizeCounter(holder(paths)) : null;
		SubMonitor sub = SubMonitor.convert(monitor, paths.size());
		List<TreeSize> sizes = new ArrayList<>();
		for (Path path : paths) {
			BasicFileAttributes attrs = attributes(path);
			SubMonitor one = sub.split(1);
			SizeCounter counter = new SizeCounter(path, total, one);
			try {
				if (SafeTree.isRealDirectory(attrs)) {
					tree.size(path, counter, one);
				} else {
					// one entry: a file, or a link measured as the link (never followed)
					tree.sizeEntry(path, counter);
				}
			} catch (IOException e) {
				throw translate(e, path, null);
			}
			sizes.add(counter.result());
		}
		if (total != null) {
			sizes.add(total.result());
		}
		return sizes;
	}

	/** @return the folder that holds all of {@code paths}, by their names as written (for showing) */
	private static Path holder(List<Path> paths) {
		Path common = paths.get(0).toAbsolutePath().getParent();
		for (Path p : paths) {
			Path abs = p.toAbsolutePath();
			while (common != null && !abs.startsWith(common)) {
				common = common.getParent();
			}
		}
		return common != null ? common : paths.get(0).toAbsolutePath().getRoot();
	}

	@Override
	public SmartCopyReport smartMove(Path source, Path target, boolean dryRun, @Nullable IProgressMonitor monitor)
			throws LinkException {
		BasicFileAttributes attrs = attributes(source);
		refuseInto(source, target, attrs);
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		if (!SafeTree.isRealDirectory(attrs)) {
			Path realSource = LinkPaths.kernel(source);
			SmartCopyReport plan = smartCopyEntry(source, target, attrs, realSource, LinkPaths.realAsFarAsExists(target), true);
			if (dryRun) {
				return plan;
			}
			TreeResult moved = move(source, target, sub.split(100));
			List<String> warnings = new ArrayList<>(moved.warnings());
			fix(plan.links(), warnings);
			return new SmartCopyReport(target, plan.links(), List.of(), warnings, false);
		}
		Path realSource;
		try {
			realSource = source.toRealPath();
		} catch (IOException e) {
			throw translate(e, source, null);
		}
		LinkRules rules = new LinkRules(realSource, target, LinkPaths.realAsFarAsExists(target), OuterLinks.SPLICE,
				system.resolvesDotDotInText());
		// the plan is made before anything moves: afterwards the links that point out of the tree
		// would be read from the new place
		plan(source, realSource, rules, sub.split(10));
		SmartCopyReport plan = rules.report(true);
		if (dryRun) {
			return plan;
		}
		TreeResult moved = move(source, target, sub.split(80));
		List<String> warnings = new ArrayList<>(moved.warnings());
		fix(plan.links(), warnings);
		return new SmartCopyReport(target, plan.links(), plan.groups(), warnings, false);
	}

	/**
	 * Points each moved link as planned, each in one atomic step (a new link renamed over it);
	 * a link that no longer holds the target planned from (changed meanwhile) is left as it is.
	 */
	private void fix(List<SmartCopyReport.LinkChange> links, List<String> warnings) {
		for (SmartCopyReport.LinkChange c : links) {
			Path now = c.newTarget();
			if (now == null || now.equals(c.target())) {
				continue;
			}
			Path link = c.link();
			try {
				if (!Files.isSymbolicLink(link) || !system.readTarget(link).equals(c.target())) {
					warnings.add(NLS.bind(Messages.SmartMove_Changed, Errors.show(link)));
					continue;
				}
				boolean folder = Files.isDirectory(link);
				Path temp = LinkPaths.temporarySibling(link, "move"); //$NON-NLS-1$
				system.createSymbolicLink(temp, now, folder);
				try {
					system.replaceAtomically(temp, link);
				} catch (IOException e) {
					Files.deleteIfExists(temp);
					throw e;
				}
			} catch (IOException e) {
				warnings.add(NLS.bind(Messages.SmartMove_NotFixed, new Object[] { Errors.show(link), Errors.show(now), e.getMessage() }));
			}
		}
	}

	@Override
	public TreeResult move(Path source, Path target, @Nullable IProgressMonitor monitor) throws LinkException {
		BasicFileAttributes attrs = attributes(source);
		refuseInto(source, target, attrs);
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		try {
			renameNoReplace(source, target);
			return new TreeResult(target, List.of());
		} catch (AtomicMoveNotSupportedException e) {
			// another volume: copy, verify, then delete
		} catch (IOException e) {
			throw translate(e, source, target);
		}
		if (!SafeTree.isRealDirectory(attrs)) {
			moveFileAcross(source, target, attrs);
			return new TreeResult(target, List.of());
		}
		try {
			if (system.isMountPoint(source)) {
				throw new LinkException(Reason.NOT_SUPPORTED, source,
						NLS.bind(Messages.Error_RelocateMountPoint, Errors.show(source)));
			}
		} catch (IOException e) {
			throw translate(e, source, null);
		}
		VerifiedCopy.Made copy = copier.copy(source, target, source, sub.split(90), id -> {
			// nothing to journal: until the copy is verified the original is untouched
		});
		List<String> warnings = new ArrayList<>(copy.warnings());
		sub.subTask(Messages.Relocate_Deleting);
		copier.deleteOriginal(source, copy, warnings);
		sub.worked(10);
		return new TreeResult(target, warnings);
	}

	private void moveFileAcross(Path source, Path target, BasicFileAttributes attrs) throws LinkException {
		try {
			Files.copy(source, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
			if (attrs.isRegularFile() && Files.mismatch(source, target) != -1) {
				Files.delete(target);
				throw Errors.create(Reason.VERIFY_FAILED, source, target, Messages.Error_CopyDiffers, null);
			}
			Files.delete(source); // a link is removed as a link
		} catch (IOException e) {
			throw translate(e, source, target);
		}
	}

	@Override
	public void delete(Path path, @Nullable IProgressMonitor monitor) throws LinkException {
		SubMonitor.convert(monitor).checkCanceled();
		try {
			tree.delete(path);
		} catch (IOException e) {
			throw translate(e, path, null);
		}
	}

	private BasicFileAttributes attributes(Path source) throws LinkException {
		try {
			return Files.readAttributes(source, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			throw translate(e, source, null);
		}
	}

	/** A folder is never copied or moved into itself; nothing is ever replaced. */
	private static void refuseInto(Path source, Path target, BasicFileAttributes attrs) throws LinkException {
		Path parent = target.toAbsolutePath().getParent();
		if (SafeTree.isRealDirectory(attrs) && parent != null && LinkPaths.isInside(parent, source)) {
			throw Errors.create(Reason.DESTINATION_INSIDE_SOURCE, source, target);
		}
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw Errors.create(Reason.ALREADY_EXISTS, target, null);
		}
	}

	private LinkException translate(IOException e, Path path, @Nullable Path other) {
		if (e instanceof FileAlreadyExistsException) {
			return Errors.create(Reason.ALREADY_EXISTS, other != null ? other : path, null);
		}
		return system.translate(e, Operation.MOVE, path, other);
	}
}
