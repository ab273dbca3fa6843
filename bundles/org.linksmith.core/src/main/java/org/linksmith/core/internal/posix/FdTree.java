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
	private static final int ENXIO = 6;
	private static final int EINVAL = 22;
	private static final int ENOSYS = 38;
	private static final int EOPNOTSUPP = 95;
	/** Offset of st_size in struct stat (x86_64: 48; the generic ABI of aarch64: 48). */
	private static final int STAT_SIZE = 48;

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
		inParent(root, "the root folder is never deleted", (parentFd, name, shown) -> { //$NON-NLS-1$
			if (isDirectory()) {
				removeDirectory(parentFd, name, dev(), ino(), shown);
			} else {
				unlink(parentFd, name, 0, shown);
			}
		});
	}

	/** Work on one entry, given its folder's open descriptor and its name as bytes. */
	@FunctionalInterface
	private interface EntryWork {
		void run(int parentFd, byte[] name, String shown) throws IOException;
	}

	/**
	 * Opens the folder of {@code path} (followed: the caller named it), reads the entry's
	 * attributes into {@link #stat} without following it, and runs the work on that descriptor.
	 *
	 * @param rootRefusal why the root itself, which has no folder, is refused
	 */
	private void inParent(Path path, String rootRefusal, EntryWork work) throws IOException {
		Path absolute = path.toAbsolutePath();
		Path parent = absolute.getParent();
		if (parent == null || absolute.getFileName() == null) {
			throw new FileSystemException(absolute.toString(), null, rootRefusal);
		}
		byte[] parentBytes = rawBytes(parent);
		int parentFd = open(Libc.AT_FDCWD, parentBytes, false, parent.toString());
		try {
			// the last name, as bytes: what follows the folder's bytes and the slash
			byte[] whole = rawBytes(absolute);
			int skip = parentBytes.length - 1 == 1 ? 1 : parentBytes.length;
			byte[] name = Arrays.copyOfRange(whole, skip, whole.length);
			if (!lstat(parentFd, name, absolute.toString())) {
				throw new NoSuchFileException(absolute.toString());
			}
			work.run(parentFd, name, absolute.toString());
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

	/**
	 * The bytes the system knows a path by, NUL-terminated. A Path read from a listing keeps the
	 * bytes of names that are not valid in the locale's encoding, but its String form does not;
	 * its file: URI does, percent-encoded.
	 */
	static byte[] rawBytes(Path path) {
		String raw = path.toAbsolutePath().toUri().getRawPath();
		if (raw.length() > 1 && raw.endsWith("/")) { //$NON-NLS-1$
			raw = raw.substring(0, raw.length() - 1); // toUri() marks folders with a slash
		}
		byte[] out = new byte[raw.length() + 1];
		int n = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%' && i + 2 < raw.length()) {
				out[n++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
				i += 2;
			} else {
				out[n++] = (byte) c;
			}
		}
		return Arrays.copyOf(out, n + 1);
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
	 * @return {@code false} when the kernel or file system cannot swap (then nothing changed)
	 * @throws IOException when the swap failed for another reason (then nothing changed)
	 */
	boolean exchange(Path a, Path b) throws IOException {
		try {
			Libc.syscall(Libc.SYS_RENAMEAT2, Libc.AT_FDCWD, rawBytes(a), Libc.AT_FDCWD, rawBytes(b),
					Libc.RENAME_EXCHANGE);
			return true;
		} catch (LastErrorException e) {
			int errno = e.getErrorCode();
			if (errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP) {
				return false; // no RENAME_EXCHANGE in this kernel or file system: nothing changed
			}
			throw error(e, a.toString());
		}
	}

	/**
	 * Copies a regular file's contents with its holes kept (only the data ranges that
	 * {@code lseek(SEEK_DATA/SEEK_HOLE)} reports are written; the rest stays unallocated, as with
	 * {@code cp --sparse=auto}). The source is opened with O_NOFOLLOW and the copy is created with
	 * O_EXCL, so neither can be a link swapped in meanwhile.
	 *
	 * @param source a regular file
	 * @param target a name that does not exist yet
	 * @return the number of bytes of data copied
	 * @throws IOException on failure (a partial target may remain for the caller to remove)
	 */
	long copySparse(Path source, Path target) throws IOException {
		String from = source.toAbsolutePath().toString();
		String to = target.toAbsolutePath().toString();
		int in;
		try {
			in = Libc.openat(Libc.AT_FDCWD, rawBytes(source), Libc.O_RDONLY | Libc.O_NOFOLLOW | Libc.O_CLOEXEC);
		} catch (LastErrorException e) {
			throw error(e, from);
		}
		try {
			fstat(in, from);
			long size = stat.getLong(STAT_SIZE);
			int out;
			try {
				out = Libc.openat(Libc.AT_FDCWD, rawBytes(target),
						Libc.O_WRONLY | Libc.O_CREAT | Libc.O_EXCL | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0600);
			} catch (LastErrorException e) {
				throw error(e, to);
			}
			try {
				long copied = 0;
				long offset = 0;
				while (offset < size) {
					long data;
					try {
						data = Libc.lseek(in, offset, Libc.SEEK_DATA);
					} catch (LastErrorException e) {
						if (e.getErrorCode() == ENXIO) {
							break; // only a hole is left
						}
						if (e.getErrorCode() == EINVAL) {
							data = offset; // no SEEK_DATA on this file system: all is data
						} else {
							throw error(e, from);
						}
					}
					long hole;
					try {
						hole = Libc.lseek(in, data, Libc.SEEK_HOLE);
					} catch (LastErrorException e) {
						hole = size;
					}
					copied += copyRange(in, out, data, Math.min(hole, size), from, to);
					offset = hole;
				}
				Libc.ftruncate(out, size);
				return copied;
			} catch (LastErrorException e) {
				throw error(e, to);
			} finally {
				Libc.close(out);
			}
		} finally {
			Libc.close(in);
		}
	}

	private long copyRange(int in, int out, long start, long end, String from, String to) throws IOException {
		long position = start;
		while (position < end) {
			long n;
			try {
				n = Libc.pread(in, listing, Math.min(BUFFER_SIZE, end - position), position);
			} catch (LastErrorException e) {
				throw error(e, from);
			}
			if (n <= 0) {
				break; // the file shrank meanwhile
			}
			long written = 0;
			while (written < n) {
				try {
					written += Libc.pwrite(out, listing.share(written), n - written, position + written);
				} catch (LastErrorException e) {
					throw error(e, to);
				}
			}
			position += n;
		}
		return position - start;
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
		inParent(link, "the root is not a link", (parentFd, name, shown) -> { //$NON-NLS-1$
			int mode = stat.getInt(Libc.STAT_MODE) & Libc.S_IFMT;
			long links = Libc.STAT_NLINK_IS_LONG ? stat.getLong(Libc.STAT_NLINK) : stat.getInt(Libc.STAT_NLINK) & 0xffffffffL;
			boolean still = symbolic ? mode == Libc.S_IFLNK : mode == Libc.S_IFREG && links > 1;
			if (!still) {
				throw new FileSystemException(shown, null,
						"it changed since it was looked at (it is no longer a link); nothing was removed"); //$NON-NLS-1$
			}
			unlink(parentFd, name, 0, shown);
		});
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
