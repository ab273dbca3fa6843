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
 * <p>
 * Kept in one class: every unlink, rmdir and rename of Linksmith's Linux code is here (recursive
 * delete, delete as far as copied, remove and retarget through a private folder), so that the code
 * that can destroy data is reviewed in one place.
 * </p>
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
				long dev = fds.dev();
				if (fds.isMountRoot(parentFd, name)) {
					throw new FileSystemException(shown, null, Messages.Detail_MountNotEntered);
				}
				removeDirectory(parentFd, name, dev, shown);
			} else {
				Fds.unlink(parentFd, name, 0, shown);
			}
		});
	}

	/**
	 * Deletes a tree only if its root, looked at in its folder's open descriptor, is the entry with
	 * that identity; the open of the root checks the same identity again.
	 *
	 * @return whether it was that tree (and is deleted)
	 */
	boolean deleteIf(Path root, org.linksmith.core.internal.FileId expected) throws IOException {
		boolean[] deleted = new boolean[1];
		inParent(fds, root, "the root folder is never deleted", (parentFd, name, shown) -> { //$NON-NLS-1$
			if (fds.dev() != expected.volume() || fds.ino() != expected.file()) {
				return; // another entry is at that name now: not touched
			}
			if (fds.isDirectory()) {
				removeDirectory(parentFd, name, fds.dev(), shown);
			} else {
				Fds.unlink(parentFd, name, 0, shown);
			}
			deleted[0] = true;
		});
		return deleted[0];
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
					if (fds.dev() != dev || fds.isMountRoot(fd, child)) {
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
	 * Deletes the original of a copy as far as it was copied: an entry whose identity (device and
	 * inode) is not in the record, or a file whose size or time changed since, is kept, and so is
	 * every folder that holds something kept. A root that is not the folder copied is not touched.
	 *
	 * @param root the original
	 * @param manifest identity to stamp of every entry copied
	 * @param kept receives what was kept
	 * @throws IOException when an entry cannot be deleted
	 */
	void deleteRecorded(Path root, java.util.Map<org.linksmith.core.internal.FileId, Long> manifest, java.util.List<Path> kept)
			throws IOException {
		inParent(fds, root, "the root folder is never deleted", (parentFd, name, shown) -> { //$NON-NLS-1$
			if (!copied(manifest) || !fds.isDirectory()) {
				kept.add(Path.of(shown));
				return; // not the folder that was copied: nothing is touched
			}
			removeCopiedDirectory(parentFd, name, fds.dev(), shown, manifest, kept);
		});
	}

	private boolean copied(java.util.Map<org.linksmith.core.internal.FileId, Long> manifest) {
		Long stamp = manifest.get(new org.linksmith.core.internal.FileId(fds.dev(), fds.ino()));
		return stamp != null && (fds.type() != Libc.S_IFREG || stamp.longValue() == fds.stamp());
	}

	private void removeCopiedDirectory(int parentFd, byte[] name, long dev, String shown,
			java.util.Map<org.linksmith.core.internal.FileId, Long> manifest, java.util.List<Path> kept) throws IOException {
		int before = kept.size();
		int fd = fds.openListedDirectory(parentFd, name, shown);
		try {
			for (byte[] child : fds.names(fd, shown)) {
				String childShown = fds.show(shown, child);
				if (!fds.lstat(fd, child, childShown)) {
					continue; // gone meanwhile
				}
				if (!copied(manifest)) {
					kept.add(Path.of(childShown)); // added, changed or swapped in since the copy
					continue;
				}
				if (fds.isDirectory()) {
					if (fds.dev() != dev || fds.isMountRoot(fd, child)) {
						throw new FileSystemException(childShown, null, Messages.Detail_MountNotEntered);
					}
					removeCopiedDirectory(fd, child, dev, childShown, manifest, kept);
				} else {
					Fds.unlink(fd, child, 0, childShown);
				}
			}
		} finally {
			Libc.close(fd);
		}
		if (kept.size() == before) {
			Fds.unlink(parentFd, name, Libc.AT_REMOVEDIR, shown);
		}
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
			if (cannotSwap(e)) {
				return false; // no RENAME_EXCHANGE in this kernel or file system: nothing changed
			}
			throw Fds.error(e, a.toString());
		}
	}

	private static final byte[] INSIDE = { 'x', 0 };

	/** Work inside a private folder made beside an entry. */
	@FunctionalInterface
	private interface PrivateWork {
		void run(int privateFd, String privateShown) throws IOException;
	}

	/**
	 * Makes a private folder (mode 0700) in an open folder, runs the work with it open, then
	 * removes it (when it is empty). An entry moved into it cannot be swapped by another user
	 * between a check and the call that acts on it.
	 */
	private void inPrivateFolder(int parentFd, String purpose, String shown, PrivateWork work) throws IOException {
		byte[] name = null;
		for (int attempt = 0; name == null; attempt++) {
			byte[] candidate = (".linksmith-" + purpose + '-' //$NON-NLS-1$
					+ Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + '\0')
							.getBytes(StandardCharsets.US_ASCII);
			try {
				Libc.mkdirat(parentFd, candidate, 0700);
				name = candidate;
			} catch (LastErrorException e) {
				if (e.getErrorCode() != 17 || attempt > 10) { // EEXIST: another name
					throw Fds.error(e, shown);
				}
			}
		}
		String privateShown = fds.show(parentOf(shown), name);
		boolean ours = false;
		try {
			int privateFd = Fds.openDirectory(parentFd, name, true, privateShown);
			try {
				// it must be the empty private folder just made, not one swapped in for it
				fds.fstat(privateFd, privateShown);
				if (fds.uid() != Libc.geteuid() || fds.permissions() != 0700 || !fds.names(privateFd, privateShown).isEmpty()) {
					throw new FileSystemException(privateShown, null, Messages.Detail_Replaced);
				}
				ours = true;
				work.run(privateFd, privateShown);
			} finally {
				Libc.close(privateFd);
			}
		} finally {
			if (ours) {
				try {
					Libc.unlinkat(parentFd, name, Libc.AT_REMOVEDIR);
				} catch (LastErrorException e) {
					// not empty, or swapped meanwhile: it keeps what could not be put back, and the error said where
				}
			}
		}
	}

	private static String parentOf(String shown) {
		int slash = shown.lastIndexOf('/');
		return slash <= 0 ? "" : shown.substring(0, slash); //$NON-NLS-1$
	}

	/** Puts an entry back from the private folder under its name, never over anything. */
	private static void putBack(int privateFd, int parentFd, byte[] name, String shown, String privateShown)
			throws IOException {
		try {
			Libc.syscall(Libc.SYS_RENAMEAT2, privateFd, INSIDE, parentFd, name, Libc.RENAME_NOREPLACE);
		} catch (LastErrorException e) {
			throw new FileSystemException(shown, null,
					org.eclipse.osgi.util.NLS.bind(Messages.Detail_KeptAside, privateShown + "/x")); //$NON-NLS-1$
		}
	}

	/**
	 * Removes one name, only if it is what the caller classified: a symbolic link, or a file with
	 * other names. The name is first moved into a private folder in the same open folder, checked
	 * there, and only then unlinked: a file put in the link's place at any moment (by a swap) is
	 * moved back untouched, never deleted.
	 *
	 * @param link the name to remove (its folder is followed, as the kernel does)
	 * @param symbolic whether it must be a symbolic link (else a file with two or more names)
	 * @throws IOException when it is not (any more), or the removal fails
	 */
	void removeName(Path link, boolean symbolic) throws IOException {
		inParent(fds, link, "the root is not a link", (parentFd, name, shown) -> { //$NON-NLS-1$
			if (!isRemovable(symbolic)) {
				throw new FileSystemException(shown, null, Messages.Detail_ChangedSinceLooked);
			}
			inPrivateFolder(parentFd, "remove", shown, (privateFd, privateShown) -> { //$NON-NLS-1$
				try {
					// never over anything: had the private folder been swapped, nothing in it is replaced
					Libc.syscall(Libc.SYS_RENAMEAT2, parentFd, name, privateFd, INSIDE, Libc.RENAME_NOREPLACE);
				} catch (LastErrorException e) {
					throw Fds.error(e, shown);
				}
				if (!fds.lstat(privateFd, INSIDE, privateShown) || !isRemovable(symbolic)) {
					putBack(privateFd, parentFd, name, shown, privateShown);
					throw new FileSystemException(shown, null, Messages.Detail_ChangedSinceLooked);
				}
				Fds.unlink(privateFd, INSIDE, 0, shown);
			});
		});
	}

	private boolean isRemovable(boolean symbolic) {
		int type = fds.type();
		return symbolic ? type == Libc.S_IFLNK : type == Libc.S_IFREG && fds.links() > 1;
	}

	/**
	 * Puts a new symbolic link in the place of an old one, never in the place of anything else.
	 * The new link is moved into a private folder in the link's open folder and swapped from there
	 * with the old name ({@code renameat2(RENAME_EXCHANGE)}); what comes back into the private
	 * folder, where nobody else can exchange it, is checked: the old link is removed, anything else
	 * (a file put there meanwhile) is swapped back at once. Where the file system cannot swap, the
	 * old name is checked just before an ordinary {@code renameat}.
	 *
	 * @param replacement the new link, a sibling of {@code link}
	 * @param link the symbolic link to replace
	 * @throws IOException when {@code link} is not (any more) a symbolic link, or the rename fails;
	 *             then {@code link} is unchanged
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
			inPrivateFolder(parentFd, "retarget", shown, (privateFd, privateShown) -> { //$NON-NLS-1$
				try {
					Libc.syscall(Libc.SYS_RENAMEAT2, parentFd, newBytes, privateFd, INSIDE, Libc.RENAME_NOREPLACE);
				} catch (LastErrorException e) {
					throw Fds.error(e, shown);
				}
				if (!fds.lstat(privateFd, INSIDE, privateShown) || fds.type() != Libc.S_IFLNK) {
					putBack(privateFd, parentFd, newBytes, shown, privateShown);
					throw new FileSystemException(shown, null, Messages.Detail_ChangedSinceLooked);
				}
				boolean swapped;
				try {
					Libc.syscall(Libc.SYS_RENAMEAT2, privateFd, INSIDE, parentFd, name, Libc.RENAME_EXCHANGE);
					swapped = true;
				} catch (LastErrorException e) {
					if (!cannotSwap(e)) {
						Fds.unlink(privateFd, INSIDE, 0, privateShown); // our own new link
						throw Fds.error(e, shown);
					}
					swapped = false;
				}
				if (!swapped) {
					if (!fds.lstat(parentFd, name, shown) || fds.type() != Libc.S_IFLNK) {
						Fds.unlink(privateFd, INSIDE, 0, privateShown);
						throw new FileSystemException(shown, null, Messages.Detail_ChangedSinceLooked);
					}
					try {
						Libc.renameat(privateFd, INSIDE, parentFd, name);
					} catch (LastErrorException e) {
						throw Fds.error(e, shown);
					}
					return;
				}
				// the old entry is now in the private folder: it must be the old link
				if (!fds.lstat(privateFd, INSIDE, privateShown) || fds.type() != Libc.S_IFLNK) {
					try {
						Libc.syscall(Libc.SYS_RENAMEAT2, privateFd, INSIDE, parentFd, name, Libc.RENAME_EXCHANGE);
					} catch (LastErrorException e) {
						throw new FileSystemException(shown, null,
								org.eclipse.osgi.util.NLS.bind(Messages.Detail_KeptAside, privateShown + "/x")); //$NON-NLS-1$
					}
					Fds.unlink(privateFd, INSIDE, 0, privateShown); // the new link, back from the swap
					throw new FileSystemException(shown, null, Messages.Detail_ChangedSinceLooked);
				}
				Fds.unlink(privateFd, INSIDE, 0, privateShown);
			});
		});
	}

	/**
	 * @param path an entry (its folders followed)
	 * @return whether a file system or bind mount is mounted on it
	 * @throws IOException when it cannot be read
	 */
	boolean isMountRoot(Path path) throws IOException {
		boolean[] mounted = new boolean[1];
		inParent(fds, path, "the root", (parentFd, name, shown) -> mounted[0] = fds.isMountRoot(parentFd, name)); //$NON-NLS-1$
		return mounted[0];
	}

	/** @return whether renameat2 failed because this kernel or file system has no RENAME_EXCHANGE */
	private static boolean cannotSwap(LastErrorException e) {
		int errno = e.getErrorCode();
		return errno == Fds.ENOSYS || errno == Fds.EINVAL || errno == Fds.EOPNOTSUPP;
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
