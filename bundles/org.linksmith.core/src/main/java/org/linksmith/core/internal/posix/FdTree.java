/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal.posix;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import org.linksmith.core.internal.Messages;

import com.sun.jna.LastErrorException;

/**
 * Tree operations relative to open directory descriptors, as GNU {@code fts}/{@code rm}, Rust's
 * fixed {@code remove_dir_all} (CVE-2022-21658) and Go's {@code os.Root} do: every folder is
 * opened with {@code openat(parent, name, O_NOFOLLOW|O_DIRECTORY)} from its parent's descriptor,
 * its device and inode are checked against what the parent listed, and entries are removed with
 * {@code unlinkat} in that descriptor. A folder swapped for a link, or for another folder, between
 * two calls is never entered; the walk stops with an error instead. Names stay bytes from the
 * listing to the system call (never decoded, so no name can turn into another), and a path's
 * length never matters (no call gets more than one name).
 */
final class FdTree {

	private final Fds fds;

	FdTree(Charset charset) {
		this.fds = new Fds(charset);
	}

	/**
	 * Deletes a tree without following any link in it: links are removed as links, a folder that
	 * is replaced while it is deleted is left alone, and a file system mounted inside the tree is
	 * never entered (the delete stops there with an error and leaves the mount point).
	 *
	 * @param root the tree (a folder) or a single entry; its parent folders are followed (the
	 *            caller named them)
	 * @throws IOException when an entry cannot be deleted; what was deleted stays deleted
	 */
	void delete(Path root) throws IOException {
		inParent(fds, root, "the root folder is never deleted", (parentFd, name, shown) -> { //$NON-NLS-1$
			if (fds.isDirectory()) {
				removeDirectory(parentFd, name, fds.dev(), shown);
			} else {
				Fds.unlink(parentFd, name, 0, shown);
			}
		});
	}

	/** Work on one entry, given its folder's open descriptor and its name as bytes. */
	@FunctionalInterface
	interface EntryWork {
		void run(int parentFd, byte[] name, String shown) throws IOException;
	}

	/**
	 * Opens the folder of {@code path} (followed: the caller named it), reads the entry's
	 * attributes into the stat buffer of {@code fds} without following it, and runs the work on
	 * that descriptor.
	 *
	 * @param rootRefusal why the root itself, which has no folder, is refused
	 */
	static void inParent(Fds fds, Path path, String rootRefusal, EntryWork work) throws IOException {
		Path absolute = path.toAbsolutePath();
		Path parent = absolute.getParent();
		if (parent == null || absolute.getFileName() == null) {
			throw new FileSystemException(absolute.toString(), null, rootRefusal);
		}
		byte[] parentBytes = Fds.rawBytes(parent);
		int parentFd = Fds.openDirectory(Libc.AT_FDCWD, parentBytes, false, parent.toString());
		try {
			// the last name, as bytes: what follows the folder's bytes and the slash
			byte[] whole = Fds.rawBytes(absolute);
			int skip = parentBytes.length - 1 == 1 ? 1 : parentBytes.length;
			byte[] name = Arrays.copyOfRange(whole, skip, whole.length);
			if (!fds.lstat(parentFd, name, absolute.toString())) {
				throw new NoSuchFileException(absolute.toString());
			}
			work.run(parentFd, name, absolute.toString());
		} finally {
			Libc.close(parentFd);
		}
	}

	private void removeDirectory(int parentFd, byte[] name, long dev, String shown) throws IOException {
		int fd = fds.openListedDirectory(parentFd, name, shown);
		try {
			for (byte[] child : fds.names(fd, shown)) {
				String childShown = fds.show(shown, child);
				if (!fds.lstat(fd, child, childShown)) {
					continue; // gone meanwhile
				}
				if (fds.isDirectory()) {
					if (fds.dev() != dev) {
						throw new FileSystemException(childShown, null, Messages.Detail_MountNotEntered);
					}
					removeDirectory(fd, child, dev, childShown);
				} else {
					// a file, a link (removed as a link), a fifo, socket or device node
					Fds.unlink(fd, child, 0, childShown);
				}
			}
		} finally {
			Libc.close(fd);
		}
		Fds.unlink(parentFd, name, Libc.AT_REMOVEDIR, shown);
	}

	/**
	 * Swaps two names atomically ({@code renameat2(RENAME_EXCHANGE)}, Linux 3.15+): at every
	 * instant each name holds one of the two entries.
	 *
	 * @param a one existing entry
	 * @param b another existing entry
	 * @return {@code false} when the kernel or file system cannot swap (then nothing changed)
	 * @throws IOException when the swap failed for another reason (then nothing changed)
	 */
	boolean exchange(Path a, Path b) throws IOException {
		try {
			Libc.syscall(Libc.SYS_RENAMEAT2, Libc.AT_FDCWD, Fds.rawBytes(a), Libc.AT_FDCWD, Fds.rawBytes(b),
					Libc.RENAME_EXCHANGE);
			return true;
		} catch (LastErrorException e) {
			int errno = e.getErrorCode();
			if (errno == Fds.ENOSYS || errno == Fds.EINVAL || errno == Fds.EOPNOTSUPP) {
				return false; // no RENAME_EXCHANGE in this kernel or file system: nothing changed
			}
			throw Fds.error(e, a.toString());
		}
	}

	/**
	 * Removes one name, after checking in the same open folder that it still is what the caller
	 * classified: a symbolic link, or a file with other names. The folder is resolved once and the
	 * check and the removal act on its descriptor, so a folder of the path swapped for a link in
	 * between cannot redirect the removal, and a link replaced by a file's only name is refused.
	 *
	 * @param link the name to remove (its folder is followed, as the kernel does)
	 * @param symbolic whether it must be a symbolic link (else a file with two or more names)
	 * @throws IOException when it is not (any more), or the removal fails
	 */
	void removeName(Path link, boolean symbolic) throws IOException {
		inParent(fds, link, "the root is not a link", (parentFd, name, shown) -> { //$NON-NLS-1$
			int type = fds.type();
			boolean still = symbolic ? type == Libc.S_IFLNK : type == Libc.S_IFREG && fds.links() > 1;
			if (!still) {
				throw new FileSystemException(shown, null, Messages.Detail_ChangedSinceLooked);
			}
			Fds.unlink(parentFd, name, 0, shown);
		});
	}

	/**
	 * Puts a new symbolic link in the place of an old one, in the old one's folder, never in the
	 * place of anything else: the two names are swapped atomically
	 * ({@code renameat2(RENAME_EXCHANGE)} in the folder's open descriptor) and what comes out at
	 * the new link's name is checked; had the old name been replaced meanwhile by something that is
	 * not a symbolic link (a file, a folder), the swap is undone at once and nothing is lost. Where
	 * the file system cannot swap, the old name is checked in the same descriptor just before an
	 * ordinary {@code renameat}.
	 *
	 * @param replacement the new link, a sibling of {@code link}
	 * @param link the symbolic link to replace
	 * @throws IOException when {@code link} is not (any more) a symbolic link, or the rename fails;
	 *             then {@code link} is unchanged and {@code replacement} remains
	 */
	void replaceLink(Path replacement, Path link) throws IOException {
		byte[] newWhole = Fds.rawBytes(replacement);
		int slash = newWhole.length - 1;
		while (slash > 0 && newWhole[slash - 1] != '/') {
			slash--;
		}
		byte[] newBytes = Arrays.copyOfRange(newWhole, slash, newWhole.length);
		inParent(fds, link, "the root is not a link", (parentFd, name, shown) -> { //$NON-NLS-1$
			if (fds.type() != Libc.S_IFLNK) {
				throw new FileSystemException(shown, null, Messages.Detail_ChangedSinceLooked);
			}
			boolean swapped;
			try {
				Libc.syscall(Libc.SYS_RENAMEAT2, parentFd, newBytes, parentFd, name, Libc.RENAME_EXCHANGE);
				swapped = true;
			} catch (LastErrorException e) {
				int errno = e.getErrorCode();
				if (errno != Fds.ENOSYS && errno != Fds.EINVAL && errno != Fds.EOPNOTSUPP) {
					throw Fds.error(e, shown);
				}
				swapped = false;
			}
			if (!swapped) {
				if (!fds.lstat(parentFd, name, shown) || fds.type() != Libc.S_IFLNK) {
					throw new FileSystemException(shown, null, Messages.Detail_ChangedSinceLooked);
				}
				try {
					Libc.renameat(parentFd, newBytes, parentFd, name);
				} catch (LastErrorException e) {
					throw Fds.error(e, shown);
				}
				return;
			}
			// the old entry is now at the new link's name: it must be the old link
			if (!fds.lstat(parentFd, newBytes, shown) || fds.type() != Libc.S_IFLNK) {
				try {
					Libc.syscall(Libc.SYS_RENAMEAT2, parentFd, newBytes, parentFd, name, Libc.RENAME_EXCHANGE);
				} catch (LastErrorException e) {
					throw Fds.error(e, shown);
				}
				throw new FileSystemException(shown, null, Messages.Detail_ChangedSinceLooked);
			}
			Fds.unlink(parentFd, newBytes, 0, shown);
		});
	}

	/** @return the bytes the system knows a path by, NUL-terminated */
	static byte[] rawBytes(Path path) {
		return Fds.rawBytes(path);
	}

	static Charset defaultCharset() {
		String name = System.getProperty("sun.jnu.encoding"); //$NON-NLS-1$
		try {
			return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
		} catch (RuntimeException e) {
			return StandardCharsets.UTF_8;
		}
	}
}
