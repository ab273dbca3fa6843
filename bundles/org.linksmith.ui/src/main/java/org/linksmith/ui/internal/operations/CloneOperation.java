/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.operations;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.linksmith.core.FileTreeService;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.OuterLinks;
import org.linksmith.core.SmartCopyReport;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.Messages;

/**
 * Drop As a clone or a copy, into a folder under the same names: a hard-link clone (a tree whose
 * files are hard links to the originals; a file gets a hard link), a symbolic-link clone (files
 * are symbolic links to the originals; a file gets a symbolic link) or a Smart Copy (links inside
 * point into the copy, links out of it as the preference says). Undo takes back only what was
 * made and is still as it was made: a hard link to the same file as the original's name at the
 * same place (removed as a hard link, which never removes a file's last name), a copied file of
 * the original's size and time, a symbolic link that stores the original's target or reaches what
 * the original reaches (or its copy), then the folders left empty. Whatever was added or changed
 * in the clone since is kept, and the user is told.
 */
public final class CloneOperation extends LinkOperation {

	/** What is made. */
	public enum Kind {
		/** A hard-link clone. */
		HARD_LINKS,
		/** A symbolic-link clone. */
		SYMBOLIC_LINKS,
		/** A Smart Copy. */
		SMART_COPY
	}

	/** A clone made: where from, where to. */
	private record Made(Path source, Path target) {
	}

	private final Kind kind;
	private final FileTreeService files;
	private final OuterLinks outer;
	private final List<Path> sources;
	private final Path folder;
	private final List<Made> made = new ArrayList<>();

	/**
	 * A hard-link clone.
	 *
	 * @param links the service
	 * @param sources the folders (or files) to clone
	 * @param folder the folder that receives the clones, under the same names
	 */
	public CloneOperation(LinkService links, List<Path> sources, Path folder) {
		this(Kind.HARD_LINKS, links, null, OuterLinks.SPLICE, sources, folder);
	}

	/**
	 * @param kind what to make
	 * @param links the link service
	 * @param files the file-tree service (for a Smart Copy; may be {@code null} for the clones)
	 * @param outer what a Smart Copy does with links out of the tree
	 * @param sources the folders (or files) to clone or copy
	 * @param folder the folder that receives the clones, under the same names
	 */
	public CloneOperation(Kind kind, LinkService links, @org.eclipse.jdt.annotation.Nullable FileTreeService files,
			OuterLinks outer, List<Path> sources, Path folder) {
		super(label(kind, sources.size()), links);
		this.kind = kind;
		this.files = files;
		this.outer = outer;
		this.sources = List.copyOf(sources);
		this.folder = folder;
	}

	private static String label(Kind kind, int count) {
		return switch (kind) {
			case HARD_LINKS -> count == 1 ? Messages.Operation_Clone : Messages.Operation_Clones;
			case SYMBOLIC_LINKS -> count == 1 ? Messages.Operation_SymbolicClone : Messages.Operation_SymbolicClones;
			case SMART_COPY -> count == 1 ? Messages.Operation_SmartCopy : Messages.Operation_SmartCopies;
		};
	}

	@Override
	protected List<Path> affected() {
		List<Path> trees = new java.util.ArrayList<>(sources);
		trees.add(folder);
		return trees;
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, getLabel(), sources.size());
		made.clear();
		for (Path source : sources) {
			Path clone = folder.resolve(source.getFileName().toString());
			boolean isFolder = Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS);
			switch (kind) {
				case HARD_LINKS -> {
					if (isFolder) {
						links.hardLinkClone(source, clone, sub.split(1));
					} else {
						links.create(clone, source, LinkType.HARD, TargetStyle.AS_GIVEN);
						sub.worked(1);
					}
				}
				case SYMBOLIC_LINKS -> {
					if (isFolder) {
						links.symbolicLinkClone(source, clone, sub.split(1));
					} else {
						links.create(clone, source.toAbsolutePath(), LinkType.SYMBOLIC_FILE, TargetStyle.ABSOLUTE);
						sub.worked(1);
					}
				}
				case SMART_COPY -> told(Objects.requireNonNull(files).smartCopy(source, clone, outer, false, sub.split(1)))
						.forEach(this::warn);
			}
			made.add(new Made(source, clone));
			changed(clone);
		}
	}

	/**
	 * @param report what a Smart Copy or Smart Move did
	 * @return what the user should know of it: its warnings, and the links left out of a copy
	 *         (cropped: they pointed out of it)
	 */
	public static List<String> told(SmartCopyReport report) {
		List<String> told = new ArrayList<>(report.warnings());
		List<SmartCopyReport.LinkChange> cropped = report.links().stream()
				.filter(l -> l.action() == SmartCopyReport.Action.CROPPED).toList();
		if (!cropped.isEmpty()) {
			told.add(java.text.MessageFormat.format(Messages.SmartCopy_Cropped, Integer.valueOf(cropped.size()),
					cropped.get(0).link(), cropped.get(0).target()));
		}
		return told;
	}

	@Override
	public boolean canUndo() {
		return !made.isEmpty();
	}

	@Override
	protected boolean partlyDone() {
		return !made.isEmpty();
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, getLabel(), made.size() * 2);
		List<Path> kept = new ArrayList<>();
		for (int i = made.size() - 1; i >= 0; i--) {
			Made m = made.get(i);
			takeBack(m.source(), m.target(), kept, sub.split(2));
			changed(m.target());
		}
		made.clear();
		if (!kept.isEmpty()) {
			warn(java.text.MessageFormat.format(Messages.Clone_UndoKept, Integer.valueOf(kept.size()), kept.get(0)));
		}
	}

	private void takeBack(Path source, Path clone, List<Path> kept, SubMonitor monitor) throws LinkException {
		Path sourceReal = realOrNull(source);
		Path cloneReal = realOrNull(clone);
		// first decide for every entry (a link into the clone is judged while what it reaches is there),
		// then remove
		// each entry judged as made, with the identity it had then
		java.util.Map<Path, Object> asMade = new java.util.LinkedHashMap<>();
		java.util.Map<Path, Object> folderKeys = new java.util.HashMap<>();
		List<Path> folders = new ArrayList<>();
		SubMonitor deciding = monitor.setWorkRemaining(2).split(1);
		try {
			Files.walkFileTree(clone, new SimpleFileVisitor<>() {
				int seen;

				@Override
				public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) throws IOException {
					if ((++seen & 255) == 0) {
						deciding.setWorkRemaining(1000).worked(1);
						if (deciding.isCanceled()) {
							throw new OperationCanceledException();
						}
					}
					Path original = source.resolve(clone.relativize(p).toString());
					if (attrs.isSymbolicLink() ? linkAsMade(original, p, sourceReal, cloneReal) : fileAsMade(original, attrs)) {
						asMade.put(p, attrs.fileKey());
					} else {
						kept.add(p);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					if (attrs.fileKey() != null) {
						folderKeys.put(dir, attrs.fileKey());
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) {
					folders.add(dir); // deepest first
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			kept.add(clone);
			return;
		}
		SubMonitor removing = SubMonitor.convert(monitor.split(1), asMade.size());
		for (java.util.Map.Entry<Path, Object> e : asMade.entrySet()) {
			removing.split(1); // cancellable: what is left stays, and the user is told
			Path p = e.getKey();
			try {
				Object key = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
				Object folder = folderKeys.get(p.getParent());
				// the folder the path reaches now (a hard link's identity is the original's too)
				Object folderNow = folder == null ? null : Files.readAttributes(p.getParent(), BasicFileAttributes.class).fileKey();
				if (e.getValue() != null && !e.getValue().equals(key) || folder != null && !folder.equals(folderNow)) {
					// not the entry judged: a folder on its way was replaced meanwhile (by a link to
					// the original, say): never removed through it
					kept.add(p);
					continue;
				}
				if (kind == Kind.SMART_COPY && !Files.isSymbolicLink(p)) {
					Files.delete(p); // a copy of the original, unchanged: the original has it
				} else {
					links.remove(p);
				}
			} catch (LinkException | IOException failed) {
				kept.add(p); // not removable (its last name, or changed meanwhile): kept
			}
		}
		for (Path dir : folders) {
			try {
				Files.delete(dir); // only when empty: a folder that holds anything kept stays
			} catch (IOException notEmpty) {
				// it holds what was kept
			}
		}
	}

	/** @return whether the regular file or special file {@code p} is still what was made from {@code original} */
	private boolean fileAsMade(Path original, BasicFileAttributes attrs) throws IOException {
		if (kind == Kind.SYMBOLIC_LINKS || !attrs.isRegularFile() || !Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
			return false; // a symbolic-link clone makes no files: added since
		}
		if (kind == Kind.HARD_LINKS) {
			BasicFileAttributes o = Files.readAttributes(original, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (!o.isRegularFile()) {
				return false;
			}
			if (attrs.fileKey() != null && o.fileKey() != null) {
				return Objects.equals(attrs.fileKey(), o.fileKey()); // the same file under two names
			}
			return attrs.size() == o.size() && attrs.lastModifiedTime().equals(o.lastModifiedTime());
		}
		// a copy keeps the size and time of what it copied (also of a file an unrolled link reached)
		if (!Files.isRegularFile(original)) {
			return false;
		}
		BasicFileAttributes o = Files.readAttributes(original, BasicFileAttributes.class);
		return attrs.size() == o.size() && attrs.lastModifiedTime().equals(o.lastModifiedTime());
	}

	/**
	 * @return whether the symbolic link {@code p} is still as made from {@code original}: it stores
	 *         the original's target, or reaches what the original reaches, or the copy of it
	 */
	private static boolean linkAsMade(Path original, Path p, Path sourceReal, Path cloneReal) throws IOException {
		Path stored = Files.readSymbolicLink(p);
		if (Files.isSymbolicLink(original) && Files.readSymbolicLink(original).equals(stored)) {
			return true;
		}
		Path reached = realOrNull(p);
		Path originalReached = realOrNull(original);
		if (reached == null || originalReached == null) {
			return false; // dangling now: kept, to be looked at
		}
		if (reached.equals(originalReached)) {
			return true;
		}
		return sourceReal != null && cloneReal != null && originalReached.startsWith(sourceReal)
				&& reached.equals(cloneReal.resolve(sourceReal.relativize(originalReached).toString()));
	}

	private static Path realOrNull(Path p) {
		try {
			return p.toRealPath();
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	public String toString() {
		return kind + " " + sources + " -> " + folder; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
