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
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

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
	private static final int BUFFER_SIZE = 64 * 1024;
	private static final byte[] EMPTY = { 0 };
	private static final int ENOENT = 2;

	private final Charset charset;
	private final Memory stat = new Memory(Libc.STAT_BUFFER_SIZE);
	private final Memory listing = new Memory(BUFFER_SIZE);

	FdTree(Charset charset) {
		this.charset = charset;
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
		Path absolute = root.toAbsolutePath();
		Path parent = absolute.getParent();
		Path name = absolute.getFileName();
		if (parent == null || name == null) {
			throw new FileSystemException(absolute.toString(), null, "the root folder is never deleted"); //$NON-NLS-1$
		}
		int parentFd = open(Libc.AT_FDCWD, bytes(parent.toString()), false, parent.toString());
		try {
			byte[] n = bytes(name.toString());
			if (!lstat(parentFd, n, absolute.toString())) {
				throw new NoSuchFileException(absolute.toString());
			}
			if (isDirectory()) {
				removeDirectory(parentFd, n, dev(), ino(), absolute.toString());
			} else {
				unlink(parentFd, n, 0, absolute.toString());
			}
		} finally {
			Libc.close(parentFd);
		}
	}

	private void removeDirectory(int parentFd, byte[] name, long dev, long ino, String shown) throws IOException {
		int fd = open(parentFd, name, true, shown);
		try {
			fstat(fd, shown);
			if (dev() != dev || ino() != ino) {
				throw new FileSystemException(shown, null,
						"the folder was replaced while it was being deleted; what is there now was not touched"); //$NON-NLS-1$
			}
			for (byte[] child : names(fd, shown)) {
				String childShown = shown + '/' + new String(child, 0, child.length - 1, charset);
				if (!lstat(fd, child, childShown)) {
					continue; // gone meanwhile
				}
				if (isDirectory()) {
					if (dev() != dev) {
						throw new FileSystemException(childShown, null,
								"another file system is mounted there; it was not entered. Unmount it first"); //$NON-NLS-1$
					}
					removeDirectory(fd, child, dev(), ino(), childShown);
				} else {
					// a file, a link (removed as a link), a fifo, socket or device node
					unlink(fd, child, 0, childShown);
				}
			}
		} finally {
			Libc.close(fd);
		}
		unlink(parentFd, name, Libc.AT_REMOVEDIR, shown);
	}

	/** Every name in the folder (without . and ..), each NUL-terminated, read before any change. */
	private List<byte[]> names(int fd, String shown) throws IOException {
		List<byte[]> names = new ArrayList<>();
		byte[] bytes = new byte[BUFFER_SIZE];
		while (true) {
			long n;
			try {
				n = Libc.syscall(Libc.SYS_GETDENTS64, fd, listing, BUFFER_SIZE);
			} catch (LastErrorException e) {
				throw error(e, shown);
			}
			if (n <= 0) {
				return names;
			}
			listing.read(0, bytes, 0, (int) n);
			int off = 0;
			while (off < n) {
				int reclen = (bytes[off + 16] & 0xff) | (bytes[off + 17] & 0xff) << 8;
				int start = off + 19;
				int end = start;
				while (end < off + reclen && bytes[end] != 0) {
					end++;
				}
				off += reclen;
				int len = end - start;
				if (bytes[start] == '.' && (len == 1 || len == 2 && bytes[start + 1] == '.')) {
					continue;
				}
				names.add(Arrays.copyOfRange(bytes, start, end + 1));
			}
		}
	}

	private int open(int dirFd, byte[] name, boolean noFollow, String shown) throws IOException {
		int flags = Libc.O_RDONLY | Libc.O_DIRECTORY | Libc.O_CLOEXEC | (noFollow ? Libc.O_NOFOLLOW : 0);
		try {
			return Libc.openat(dirFd, name, flags);
		} catch (LastErrorException e) {
			throw error(e, shown);
		}
	}

	/** @return false when the entry does not exist */
	private boolean lstat(int dirFd, byte[] name, String shown) throws IOException {
		try {
			Libc.fstatat(dirFd, name, stat, Libc.AT_SYMLINK_NOFOLLOW);
			return true;
		} catch (LastErrorException e) {
			if (e.getErrorCode() == ENOENT) {
				return false;
			}
			throw error(e, shown);
		}
	}

	private void fstat(int fd, String shown) throws IOException {
		try {
			Libc.fstatat(fd, EMPTY, stat, Libc.AT_EMPTY_PATH);
		} catch (LastErrorException e) {
			throw error(e, shown);
		}
	}

	private static void unlink(int dirFd, byte[] name, int flags, String shown) throws IOException {
		try {
			Libc.unlinkat(dirFd, name, flags);
		} catch (LastErrorException e) {
			if (e.getErrorCode() != ENOENT) {
				throw error(e, shown);
			}
		}
	}

	private boolean isDirectory() {
		return (stat.getInt(Libc.STAT_MODE) & Libc.S_IFMT) == Libc.S_IFDIR;
	}

	private long dev() {
		return stat.getLong(Libc.STAT_DEV);
	}

	private long ino() {
		return stat.getLong(Libc.STAT_INO);
	}

	private byte[] bytes(String s) {
		byte[] b = s.getBytes(charset);
		return Arrays.copyOf(b, b.length + 1);
	}

	static IOException error(LastErrorException e, String shown) {
		return switch (e.getErrorCode()) {
			case 2 -> new NoSuchFileException(shown);
			case 1, 13 -> new AccessDeniedException(shown);
			case 39 -> new DirectoryNotEmptyException(shown);
			case 40, 20 -> new FileSystemException(shown, null,
					"it is no longer a folder (it was replaced, perhaps by a link, during the operation); it was not entered"); //$NON-NLS-1$
			default -> LinuxTreeWalker.errnoException(e.getErrorCode(), shown);
		};
	}

	/**
	 * Swaps two names atomically ({@code renameat2(RENAME_EXCHANGE)}, Linux 3.15+): at every
	 * instant each name holds one of the two entries.
	 *
	 * @param a one existing entry
	 * @param b another existing entry
	 * @throws IOException when the system or file system cannot (then nothing changed)
	 */
	void exchange(Path a, Path b) throws IOException {
		try {
			Libc.syscall(Libc.SYS_RENAMEAT2, Libc.AT_FDCWD, bytes(a.toAbsolutePath().toString()), Libc.AT_FDCWD,
					bytes(b.toAbsolutePath().toString()), Libc.RENAME_EXCHANGE);
		} catch (LastErrorException e) {
			throw error(e, a.toString());
		}
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
