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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.FileTreeService;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkType;
import org.linksmith.core.OuterLinks;
import org.linksmith.core.TargetStyle;
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

	private static FileTreeService files() {
		return LinkUi.files();
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
		Path folder = files().createFolder(parent.resolve(name));
		LinkUi.changed(List.of(folder));
		return folder;
	}

	/**
	 * Renames an entry in its folder; a link is renamed, never what it points to. Never replaces
	 * anything.
	 *
	 * @param path the entry
	 * @param newName its new name
	 * @return the new path
	 * @throws LinkException when the name is taken or the rename fails
	 */
	public static Path rename(Path path, String newName) throws LinkException {
		Path target = files().rename(path, newName);
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
	 * @return what the user should know (for example: changed entries kept at the old place)
	 * @throws LinkException on the first failure (what was done before stays done)
	 */
	public static List<String> drop(List<Path> sources, Path folder, DropKind kind, IProgressMonitor monitor)
			throws LinkException {
		return transfer(sources, folder, kind, false, null, new ArrayList<>(), monitor);
	}

	/**
	 * One item a drop or paste made: where from, what it made, and for a link the target it
	 * stored (undo removes the link only while it still stores that).
	 */
	public record Made(Path source, Path target, Path stored) {
	}

	/**
	 * The work of a drop and of a paste: a paste's copy of something already there gets a free
	 * name, and a cut pasted where it is stays; a drop on the folder an item is in is refused.
	 * With {@code smart}, copies are Smart Copies (links inside point into the copy, links out of it
	 * as {@code smart} says) and moves are Smart Moves (links inside keep working at the new place).
	 */
	static List<String> transfer(List<Path> sources, Path folder, DropKind kind, boolean pasting,
			@Nullable OuterLinks smart, List<Made> made, IProgressMonitor monitor) throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, sources.size());
		List<String> warnings = new ArrayList<>();
		try {
			for (Path source : sources) {
				// the name's bytes are kept (a name that is not valid text is never changed)
				Path target = pasting && kind == DropKind.COPY ? freeName(folder, source.getFileName(), Messages.Files_CopySuffix)
						: folder.resolve(source.getFileName());
				if (pasting && kind == DropKind.MOVE && target.toAbsolutePath().equals(source.toAbsolutePath())) {
					continue; // cut and pasted where it is: nothing to do
				}
				if (kind != DropKind.LINK && (target.equals(source)
						|| folder.toAbsolutePath().startsWith(source.toAbsolutePath()))) {
					throw new LinkException(Reason.DESTINATION_INSIDE_SOURCE, source,
							NLS.bind(Messages.Files_IntoItself, source.getFileName(), folder));
				}
				Path stored = null;
				switch (kind) {
					case LINK -> stored = LinkUi.links().create(target, source.toAbsolutePath(), LinkType.SYMBOLIC_FILE,
							TargetStyle.ABSOLUTE).link().target();
					case COPY -> warnings.addAll(smart == null ? files().copy(source, target, sub.split(1)).warnings()
							: org.linksmith.ui.internal.operations.CloneOperation.told(files().smartCopy(source, target, smart, false, sub.split(1))));
					case MOVE -> warnings.addAll(smart == null ? files().move(source, target, sub.split(1)).warnings()
							: org.linksmith.ui.internal.operations.CloneOperation.told(files().smartMove(source, target, false, sub.split(1))));
				}
				made.add(new Made(source, target, stored));
			}
		} finally {
			List<Path> changed = new ArrayList<>();
			for (Made m : made) {
				changed.add(m.target());
				changed.add(m.source());
			}
			LinkUi.changed(changed);
		}
		return warnings;
	}

	/**
	 * Pastes files copied or cut to the clipboard into a folder: a copy of something already there
	 * gets a free name ("notes (copy).txt"), as file managers do; a cut is moved (never over
	 * anything). Links are copied and moved as links.
	 *
	 * @param sources the files on the clipboard
	 * @param folder the folder to paste into
	 * @param cut whether they were cut
	 * @param smart {@code null}: plain copy and move; else Smart Copy (links out of the tree as
	 *        this says) and Smart Move
	 * @param monitor progress and cancellation
	 * @return what the user should know
	 * @throws LinkException on the first failure (what was done before stays done)
	 */
	public static List<String> paste(List<Path> sources, Path folder, boolean cut, @Nullable OuterLinks smart,
			IProgressMonitor monitor) throws LinkException {
		return transfer(sources, folder, cut ? DropKind.MOVE : DropKind.COPY, true, smart, new ArrayList<>(), monitor);
	}

	/**
	 * @param folder a folder
	 * @param name a name wanted in it (its bytes are kept when it is free)
	 * @param suffix what marks the new one ("copy", "link")
	 * @return {@code folder/name} when it is free, else {@code folder/"stem (suffix).ext"}, then
	 *         {@code "stem (suffix 2).ext"} and on
	 */
	public static Path freeName(Path folder, Path name, String suffix) {
		Path p = folder.resolve(name);
		String text = name.toString();
		int dot = text.lastIndexOf('.');
		String stem = dot > 0 ? text.substring(0, dot) : text;
		String ext = dot > 0 ? text.substring(dot) : ""; //$NON-NLS-1$
		for (int n = 1; Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
			p = folder.resolve(stem + " (" + suffix + (n == 1 ? "" : " " + n) + ")" + ext); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return p;
	}

	/** What a delete did with one item, so that it can be taken back. */
	public sealed interface Deleted {
		/** @return the item's path */
		Path path();
	}

	/** A link removed (only the link). */
	public record RemovedLink(Path path, LinkInfo info) implements Deleted {
	}

	/** An item moved to the trash, which undo can put back. */
	public record Trashed(Path path, Trash.Trashed where) implements Deleted {
	}

	/** An item gone for good (deleted permanently, or to a trash that cannot tell where). */
	public record Gone(Path path) implements Deleted {
	}

	/**
	 * Deletes items: a link is removed as a link (never its target); files and folders go to the
	 * trash when the system has one, else (or when asked) they are deleted without ever following
	 * a link. An item that cannot go to the trash is left where it is, with an error: it is never
	 * deleted instead without asking.
	 *
	 * @param paths the items
	 * @param permanently skip the trash
	 * @param done receives what was done with each item, as it is done
	 * @param monitor progress
	 * @throws LinkException on the first failure
	 */
	public static void delete(List<Path> paths, boolean permanently, List<Deleted> done, IProgressMonitor monitor)
			throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, paths.size());
		try {
			for (Path p : paths) {
				SubMonitor one = sub.split(1);
				LinkInfo info = LinkUi.links().inspect(p);
				if (info.type().hasTarget()) {
					LinkUi.links().remove(p);
					done.add(new RemovedLink(p, info));
				} else if (permanently || !hasTrash()) {
					files().delete(p, one);
					done.add(new Gone(p));
				} else if (DESKTOP_TRASH) {
					if (!java.awt.Desktop.getDesktop().moveToTrash(p.toFile())) {
						throw new LinkException(Reason.IO_ERROR, p, NLS.bind(Messages.Files_TrashFailed, p, "")); //$NON-NLS-1$
					}
					done.add(new Gone(p));
				} else {
					done.add(new Trashed(p, trash.put(p)));
				}
			}
		} finally {
			LinkUi.changed(paths);
		}
	}

	/**
	 * Takes a delete back: links made again with their stored targets, items put back from the
	 * trash (never over anything there now).
	 *
	 * @param done what {@link #delete} did; what is put back is taken off the list
	 * @throws LinkException when an item cannot be put back (those before it are back)
	 */
	public static void undelete(List<Deleted> done) throws LinkException {
		List<Path> changed = new ArrayList<>();
		try {
			for (int i = done.size() - 1; i >= 0; i--) {
				Deleted d = done.get(i);
				Path stored = d instanceof RemovedLink r ? r.info().target() : null;
				if (d instanceof RemovedLink r && stored != null) {
					LinkUi.links().create(r.path(), stored, r.info().type(), TargetStyle.AS_GIVEN);
				} else if (d instanceof Trashed t) {
					Trash.restore(t.where());
				}
				changed.add(d.path());
				done.remove(i); // put back: a second undo after a failure tries only the rest
			}
		} finally {
			LinkUi.changed(changed);
		}
	}

	/**
	 * @param done what a delete did
	 * @return whether all of it can be taken back
	 */
	public static boolean canUndelete(List<Deleted> done) {
		return !done.isEmpty() && done.stream().allMatch(d -> d instanceof Trashed
				|| d instanceof RemovedLink r && r.info().target() != null && r.info().type() != LinkType.HARD);
	}

	private static final boolean DESKTOP_TRASH = isWindowsOrMac();

	/** The trash Linksmith moves to on Linux and other freedesktop systems; tests may set another. */
	static Trash trash = Trash.ofUser();

	/**
	 * Starts finding out whether there is a trash (at start-up, so that asking later costs nothing).
	 */
	static void findTrash() {
		TRASH.isDone();
	}

	/** Whether there is a trash, found out once and off the UI thread (AWT is slow to ask). */
	private static final java.util.concurrent.CompletableFuture<Boolean> TRASH = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> Boolean.valueOf(DESKTOP_TRASH ? desktopTrash() : true));

	/**
	 * @return whether the system can move things to the trash here: the freedesktop.org trash on
	 *         Linux and other Unix desktops (as Nautilus and Dolphin use it), the desktop's own
	 *         trash on Windows and macOS ({@link java.awt.Desktop#moveToTrash})
	 */
	public static boolean hasTrash() {
		return TRASH.join().booleanValue();
	}

	private static boolean isWindowsOrMac() {
		String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		return os.startsWith("windows") || os.startsWith("mac"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean desktopTrash() {
		try {
			return java.awt.Desktop.isDesktopSupported()
					&& java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.MOVE_TO_TRASH);
		} catch (RuntimeException | LinkageError e) {
			return false;
		}
	}


}
