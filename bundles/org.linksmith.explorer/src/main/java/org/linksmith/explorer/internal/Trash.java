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
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.ui.internal.LinkUi;

/**
 * The freedesktop.org trash (Trash specification 1.0), as Nautilus, Dolphin and {@code gio trash}
 * use it: an item on the home folder's volume goes to {@code $XDG_DATA_HOME/Trash}, an item on
 * another volume to {@code $topdir/.Trash/$uid} (when the administrator made it, sticky and not a
 * link) or {@code $topdir/.Trash-$uid}. The item is renamed there, never copied, so moving to the
 * trash and restoring are one atomic rename each; the {@code .trashinfo} file is made first, with
 * {@code O_EXCL}, and names the original path percent-encoded byte for byte, so a name that is not
 * valid text is restored to exactly itself. Knowing where each item went is what lets a delete be
 * undone. Call off the UI thread.
 */
final class Trash {

	/** An item in the trash: where it is, its info file, and where it came from. */
	record Trashed(Path original, Path file, Path info, Object key) {
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT); //$NON-NLS-1$

	private final Path home;

	/** @param home the home trash ({@code $XDG_DATA_HOME/Trash}) */
	Trash(Path home) {
		this.home = home;
	}

	/** @return the user's trash, as the desktop finds it */
	static Trash ofUser() {
		String data = System.getenv("XDG_DATA_HOME"); //$NON-NLS-1$
		Path base = data != null && Path.of(data).isAbsolute() ? Path.of(data)
				: Path.of(System.getProperty("user.home"), ".local", "share"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return new Trash(base.resolve("Trash")); //$NON-NLS-1$
	}

	/**
	 * Moves an item to the trash of its volume.
	 *
	 * @param path the item (a link is trashed as the link)
	 * @return where it went
	 * @throws LinkException when there is no trash for its volume or the rename fails; the item is
	 *         then where it was
	 */
	Trashed put(Path path) throws LinkException {
		Path original = path.toAbsolutePath();
		Path trash;
		try {
			trash = trashFor(original);
			Files.createDirectories(trash.resolve("files")); //$NON-NLS-1$
			Files.createDirectories(trash.resolve("info")); //$NON-NLS-1$
		} catch (IOException e) {
			throw new LinkException(Reason.IO_ERROR, path, NLS.bind(Messages.Files_TrashFailed, path, describe(e)), e);
		}
		String name = trashName(original);
		for (int n = 1;; n++) {
			String candidate = n == 1 ? name : name + "." + n; //$NON-NLS-1$
			Path info = trash.resolve("info").resolve(candidate + ".trashinfo"); //$NON-NLS-1$ //$NON-NLS-2$
			Path file = trash.resolve("files").resolve(candidate); //$NON-NLS-1$
			if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			try {
				Files.writeString(info, infoText(original), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
						StandardOpenOption.WRITE);
			} catch (FileAlreadyExistsException taken) {
				continue;
			} catch (IOException e) {
				throw new LinkException(Reason.IO_ERROR, path, NLS.bind(Messages.Files_TrashFailed, path, describe(e)), e);
			}
			Object key;
			try {
				// one rename, never a copy: the trash is on the item's own volume (a bind mount
				// that refuses the rename is reported, not copied across)
				Files.move(original, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
				key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
						.fileKey();
			} catch (IOException e) {
				deleteQuietly(info);
				throw new LinkException(Reason.IO_ERROR, path, NLS.bind(Messages.Files_TrashFailed, path, describe(e)), e);
			}
			return new Trashed(original, file, info, key);
		}
	}

	/**
	 * Puts an item back where it was, never over anything there now.
	 *
	 * @param item what {@link #put} returned
	 * @throws LinkException when its place is taken or it is no longer in the trash
	 */
	static void restore(Trashed item) throws LinkException {
		if (!Files.exists(item.file(), LinkOption.NOFOLLOW_LINKS) || !java.util.Objects.equals(item.key(), keyOf(item.file()))) {
			// emptied, or restored and another item trashed under the same name: never that one
			throw new LinkException(Reason.NOT_FOUND, item.original(),
					NLS.bind(Messages.Files_NotInTrash, item.original().getFileName()));
		}
		if (Files.exists(item.original(), LinkOption.NOFOLLOW_LINKS)) {
			throw new LinkException(Reason.ALREADY_EXISTS, item.original(),
					NLS.bind(Messages.Files_RestoreTaken, item.original()));
		}
		LinkUi.files().move(item.file(), item.original(), null);
		deleteQuietly(item.info());
	}

	private static Object keyOf(Path p) {
		try {
			Object key = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
					.fileKey();
			return key;
		} catch (IOException e) {
			return e; // matches no key
		}
	}

	/** @return the trash folder for an item: the home trash on its volume, else the volume's own */
	private Path trashFor(Path original) throws IOException {
		Path folder = original.getParent() == null ? original : original.getParent();
		Object device = Files.getAttribute(folder, "unix:dev"); //$NON-NLS-1$
		Files.createDirectories(home);
		if (device.equals(Files.getAttribute(home, "unix:dev"))) { //$NON-NLS-1$
			return home;
		}
		Path top = topDir(folder.toRealPath(), device);
		// the process's own user (the owner of /proc/self), not the home trash's owner
		Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid"); //$NON-NLS-1$ //$NON-NLS-2$
		Path shared = top.resolve(".Trash"); //$NON-NLS-1$
		if (Files.isDirectory(shared, LinkOption.NOFOLLOW_LINKS)
				&& (((Integer) Files.getAttribute(shared, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue() & 01000) != 0) { //$NON-NLS-1$
			Path mine = shared.resolve(String.valueOf(uid));
			if (!Files.exists(mine, LinkOption.NOFOLLOW_LINKS) || ownedBy(mine, uid)) {
				return mine;
			}
		}
		Path own = top.resolve(".Trash-" + uid); //$NON-NLS-1$
		if (!Files.exists(own, LinkOption.NOFOLLOW_LINKS)) {
			Files.createDirectory(own, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))); //$NON-NLS-1$
		}
		if (!ownedBy(own, uid)) {
			// a link, or another user's folder: another user could read or delete what goes there
			throw new IOException(NLS.bind(Messages.Files_TrashNotOurs, own));
		}
		return own;
	}

	/** @return whether a path is a real folder (not a link) owned by the user */
	private static boolean ownedBy(Path p, Object uid) throws IOException {
		return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
				&& uid.equals(Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)); //$NON-NLS-1$
	}

	/** @return the highest folder above {@code folder} on the same volume (its mount point) */
	private static Path topDir(Path folder, Object device) throws IOException {
		Path top = folder;
		for (Path up = folder.getParent(); up != null && device.equals(Files.getAttribute(up, "unix:dev")); up = up.getParent()) { //$NON-NLS-1$
			top = up;
		}
		return top;
	}

	private static String trashName(Path original) {
		Path name = original.getFileName();
		if (name == null) {
			return "item"; //$NON-NLS-1$
		}
		String text = name.toString();
		// a name that is not valid text gets a plain one in the trash: the info file keeps the real one
		return Path.of(text).equals(name) ? text : "item"; //$NON-NLS-1$
	}

	private static String infoText(Path original) {
		// toUri() percent-encodes the path's bytes; a folder's URI ends in '/', which Path= does not
		String raw = original.toUri().getRawPath();
		if (raw.length() > 1 && raw.endsWith("/")) { //$NON-NLS-1$
			raw = raw.substring(0, raw.length() - 1);
		}
		return "[Trash Info]\nPath=" + raw + "\nDeletionDate=" //$NON-NLS-1$ //$NON-NLS-2$
				+ LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DATE) + "\n"; //$NON-NLS-1$
	}

	private static String describe(IOException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	private static void deleteQuietly(Path p) {
		try {
			Files.deleteIfExists(p);
		} catch (IOException e) {
			// an info file left behind names an item that is not there: the desktop's trash ignores it
		}
	}
}
