/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.core.internal.LinkSystems;
import org.linksmith.core.internal.SafeTree;
import org.linksmith.ui.internal.LinkUi;

/**
 * The Explorer's file operations. Links are always handled as links: renaming, moving or deleting a
 * link touches only the link; copying a folder copies the links in it as links; recursive deletes
 * never follow a link. Call off the UI thread.
 */
public final class FileOperations {

	/** What a drop does. */
	public enum DropKind {
		/** Move the dragged items into the folder. */
		MOVE,
		/** Copy them. */
		COPY,
		/** Create symbolic links to them. */
		LINK
	}

	private FileOperations() {
	}

	private static volatile SafeTree tree;

	private static SafeTree tree() {
		SafeTree t = tree;
		return t != null ? t : new SafeTree(LinkSystems.current());
	}

	/**
	 * For tests that inject faults: the tree operations to use ({@code null}: the system's).
	 *
	 * @param replacement the tree operations
	 */
	public static void useTree(SafeTree replacement) {
		tree = replacement;
	}

	/**
	 * @param operation the SWT DnD operation the user chose ({@code DND.DROP_MOVE}, {@code DROP_COPY},
	 *        {@code DROP_LINK})
	 * @return what the drop does
	 */
	public static DropKind dropKind(int operation) {
		return switch (operation) {
			case org.eclipse.swt.dnd.DND.DROP_LINK -> DropKind.LINK;
			case org.eclipse.swt.dnd.DND.DROP_COPY -> DropKind.COPY;
			default -> DropKind.MOVE;
		};
	}

	/**
	 * @param parent the folder
	 * @param name the new folder's name
	 * @return the new folder
	 * @throws LinkException when it cannot be made (name taken, ...)
	 */
	public static Path newFolder(Path parent, String name) throws LinkException {
		Path folder = parent.resolve(name);
		try {
			Files.createDirectory(folder);
		} catch (IOException e) {
			throw translate(e, folder);
		}
		LinkUi.changed(List.of(folder));
		return folder;
	}

	/**
	 * Renames an entry in its folder; a link is renamed, never what it points to.
	 *
	 * @param path the entry
	 * @param newName its new name
	 * @return the new path
	 * @throws LinkException when the name is taken or the rename fails
	 */
	public static Path rename(Path path, String newName) throws LinkException {
		Path target = path.resolveSibling(newName);
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new LinkException(Reason.ALREADY_EXISTS, target, NLS.bind(Messages.Files_Taken, newName));
		}
		try {
			Files.move(path, target, LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			throw translate(e, path);
		}
		LinkUi.changed(List.of(path, target));
		return target;
	}

	/**
	 * Moves, copies or links items into a folder.
	 *
	 * @param sources the dragged items
	 * @param folder the folder they were dropped on
	 * @param kind what to do
	 * @param monitor progress and cancellation
	 * @return the new paths
	 * @throws LinkException on the first failure (what was done before stays done)
	 */
	public static List<Path> drop(List<Path> sources, Path folder, DropKind kind, IProgressMonitor monitor)
			throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, sources.size());
		List<Path> made = new ArrayList<>();
		try {
			for (Path source : sources) {
				Path target = folder.resolve(source.getFileName().toString());
				if (kind != DropKind.LINK && (target.equals(source) || folder.startsWith(source))) {
					throw new LinkException(Reason.DESTINATION_INSIDE_SOURCE, source,
							NLS.bind(Messages.Files_IntoItself, source.getFileName(), folder));
				}
				switch (kind) {
					case LINK -> LinkUi.links().create(target, source.toAbsolutePath(), LinkType.SYMBOLIC_FILE,
							TargetStyle.ABSOLUTE);
					case COPY -> copy(source, target, sub.split(1));
					case MOVE -> move(source, target, sub.split(1));
				}
				made.add(target);
			}
		} finally {
			List<Path> changed = new ArrayList<>(made);
			if (kind == DropKind.MOVE) {
				changed.addAll(sources);
			}
			LinkUi.changed(changed);
		}
		return made;
	}

	private static void copy(Path source, Path target, IProgressMonitor monitor) throws LinkException {
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new LinkException(Reason.ALREADY_EXISTS, target, NLS.bind(Messages.Files_Taken, target.getFileName()));
		}
		try {
			if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
				Files.createDirectory(target);
				try {
					tree().copy(source, target, monitor);
				} catch (IOException | RuntimeException e) {
					tree().delete(target);
					throw e;
				}
			} else {
				// a link is copied as a link, a file as a file
				Files.copy(source, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
			}
		} catch (IOException e) {
			throw translate(e, source);
		}
	}

	private static void move(Path source, Path target, IProgressMonitor monitor) throws LinkException {
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new LinkException(Reason.ALREADY_EXISTS, target, NLS.bind(Messages.Files_Taken, target.getFileName()));
		}
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			moveAcross(source, target, monitor);
		} catch (IOException e) {
			throw translate(e, source);
		}
	}

	/**
	 * A move to another volume, as the core's relocate does it: copy, verify byte for byte, and
	 * only then delete the original, as far as it was copied (what changed meanwhile is kept). A
	 * copy that does not match is removed and the original stays complete.
	 */
	private static void moveAcross(Path source, Path target, IProgressMonitor monitor) throws LinkException {
		SafeTree t = tree();
		try {
			if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
				Files.copy(source, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
				if (!Files.isSymbolicLink(source) && Files.mismatch(source, target) != -1) {
					Files.delete(target);
					throw org.linksmith.core.internal.Errors.create(Reason.VERIFY_FAILED, source, target,
							Messages.Files_CopyDiffers, null);
				}
				Files.delete(source); // a link is removed as a link
				return;
			}
			Files.createDirectory(target);
			org.linksmith.core.internal.FileId made = LinkSystems.current().fileId(target);
			org.linksmith.core.internal.TreeEngine.Manifest copied;
			String difference;
			try {
				copied = t.copyRecorded(source, target, monitor);
				difference = t.verify(source, target, monitor);
			} catch (IOException | RuntimeException ex) {
				t.deleteIf(target, made);
				throw ex;
			}
			if (difference != null) {
				t.deleteIf(target, made);
				throw org.linksmith.core.internal.Errors.create(Reason.VERIFY_FAILED, source, target, difference, null);
			}
			t.deleteCopied(source, copied);
		} catch (IOException e) {
			throw translate(e, source);
		}
	}

	/**
	 * Deletes items: a link is removed as a link (never its target); files and folders go to the
	 * trash when the system has one, else they are deleted without ever following a link.
	 *
	 * @param paths the items
	 * @param permanently skip the trash
	 * @param monitor progress
	 * @throws LinkException on the first failure
	 */
	public static void delete(List<Path> paths, boolean permanently, IProgressMonitor monitor) throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, paths.size());
		try {
			for (Path p : paths) {
				sub.split(1);
				LinkInfo info = LinkUi.links().inspect(p);
				if (info.type().hasTarget()) {
					LinkUi.links().remove(p);
				} else if (permanently || !trash(p)) {
					try {
						tree().delete(p);
					} catch (IOException e) {
						throw translate(e, p);
					}
				}
			}
		} finally {
			LinkUi.changed(paths);
		}
	}

	/**
	 * @return whether the system can move things to the trash here: {@code gio trash} on Linux
	 *         and other freedesktop systems, the desktop's own trash on Windows and macOS
	 *         ({@link java.awt.Desktop#moveToTrash})
	 */
	public static boolean hasTrash() {
		return hasGio() || desktopTrash();
	}

	private static boolean hasGio() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "gio"))) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	private static boolean desktopTrash() {
		String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		if (!os.startsWith("windows") && !os.startsWith("mac")) { //$NON-NLS-1$ //$NON-NLS-2$
			return false; // AWT's trash is not offered on Linux desktops
		}
		try {
			return java.awt.Desktop.isDesktopSupported()
					&& java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.MOVE_TO_TRASH);
		} catch (RuntimeException | LinkageError e) {
			return false;
		}
	}

	private static boolean trash(Path p) throws LinkException {
		if (hasGio()) {
			return gioTrash(p);
		}
		if (desktopTrash()) {
			if (!java.awt.Desktop.getDesktop().moveToTrash(p.toFile())) {
				throw new LinkException(Reason.IO_ERROR, p, NLS.bind(Messages.Files_TrashFailed, p, "")); //$NON-NLS-1$
			}
			return true;
		}
		return false;
	}

	private static boolean gioTrash(Path p) throws LinkException {
		try {
			// a file: URI carries the name's bytes percent-encoded, so a name that is not valid in
			// the locale's encoding still names this file and no look-alike
			Process gio = new ProcessBuilder("gio", "trash", "--", p.toAbsolutePath().toUri().toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.redirectErrorStream(true).start();
			String output = new String(gio.getInputStream().readAllBytes());
			if (!gio.waitFor(60, TimeUnit.SECONDS) || gio.exitValue() != 0) {
				throw new LinkException(Reason.IO_ERROR, p, NLS.bind(Messages.Files_TrashFailed, p, output.strip()));
			}
			return true;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}


	private static LinkException translate(IOException e, Path path) {
		Reason reason = e instanceof FileAlreadyExistsException ? Reason.ALREADY_EXISTS
				: org.linksmith.core.internal.IoErrors.reasonOf(e);
		return org.linksmith.core.internal.Errors.create(reason, path, null,
				org.linksmith.core.internal.IoErrors.detailOf(e), e);
	}

}
