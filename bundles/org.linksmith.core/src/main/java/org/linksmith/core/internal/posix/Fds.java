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
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.internal.Messages;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

/**
 * The descriptor-relative calls that the tree operations share: one {@code struct stat} buffer
 * and one listing buffer per instance (an instance belongs to one thread), names as
 * NUL-terminated bytes from the listing to the system call, errors turned into the
 * {@code java.nio.file} exceptions the rest of the core understands.
 */
final class Fds {
	static final int BUFFER_SIZE = 64 * 1024;
	static final int ENOENT = 2;
	static final int ENXIO = 6;
	static final int EINVAL = 22;
	static final int ENOSYS = 38;
	static final int ENAMETOOLONG = 36;
	static final int EOPNOTSUPP = 95;
	static final int EPERM = 1;
	private static final byte[] EMPTY = { 0 };
	private static final int LINK_MAX = 64 * 1024;

	final Charset charset;
	final Memory stat = new Memory(Libc.STAT_BUFFER_SIZE);
	final Memory listing = new Memory(BUFFER_SIZE);
	private final byte[] bytes = new byte[BUFFER_SIZE];

	Fds(Charset charset) {
		this.charset = charset;
	}

	/** @return the name as it is shown (decoded in the locale, invalid bytes replaced) */
	String show(String parent, byte[] name) {
		return parent + '/' + new String(name, 0, name.length - 1, charset);
	}

	/**
	 * Every name in the folder (without . and ..), each NUL-terminated, read before any change.
	 */
	List<byte[]> names(int fd, String shown) throws IOException {
		List<byte[]> names = new ArrayList<>();
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

	/**
	 * Opens a folder.
	 *
	 * @param noFollow whether the last name must not be a link
	 */
	static int openDirectory(int dirFd, byte[] name, boolean noFollow, String shown) throws IOException {
		int flags = Libc.O_RDONLY | Libc.O_DIRECTORY | Libc.O_CLOEXEC | (noFollow ? Libc.O_NOFOLLOW : 0);
		try {
			return Libc.openat(dirFd, name, flags);
		} catch (LastErrorException e) {
			throw error(e, shown);
		}
	}

	/**
	 * Opens a sub-folder that was listed and stat'ed just before (its attributes are in
	 * {@link #stat}), never following a link, and checks that it still is the folder listed: a
	 * folder swapped for another between the two calls is refused.
	 */
	int openListedDirectory(int parentFd, byte[] name, String shown) throws IOException {
		long dev = dev();
		long ino = ino();
		int fd = openDirectory(parentFd, name, true, shown);
		try {
			fstat(fd, shown);
		} catch (IOException e) {
			Libc.close(fd);
			throw e;
		}
		if (dev() != dev || ino() != ino) {
			Libc.close(fd);
			throw new FileSystemException(shown, null, Messages.Detail_Replaced);
		}
		return fd;
	}

	/** Reads an entry's attributes into {@link #stat}, never following it. @return false when it does not exist */
	boolean lstat(int dirFd, byte[] name, String shown) throws IOException {
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

	/** Reads an open file's attributes into {@link #stat}. */
	void fstat(int fd, String shown) throws IOException {
		try {
			Libc.fstatat(fd, EMPTY, stat, Libc.AT_EMPTY_PATH);
		} catch (LastErrorException e) {
			throw error(e, shown);
		}
	}

	private Memory statx;

	/**
	 * @return whether the entry is the root of a mount (another file system, or a bind mount of a
	 *         folder of the same one, which the device number cannot tell); {@code false} where the
	 *         kernel cannot say (before Linux 5.8)
	 */
	boolean isMountRoot(int dirFd, byte[] name) {
		if (statx == null) {
			statx = new Memory(Libc.STATX_BUFFER_SIZE);
		}
		try {
			Libc.syscall(Libc.SYS_STATX, dirFd, name, Libc.AT_SYMLINK_NOFOLLOW, 0, statx);
		} catch (LastErrorException e) {
			return false;
		}
		return (statx.getLong(Libc.STATX_ATTRIBUTES_MASK) & Libc.STATX_ATTR_MOUNT_ROOT) != 0
				&& (statx.getLong(Libc.STATX_ATTRIBUTES) & Libc.STATX_ATTR_MOUNT_ROOT) != 0;
	}

	/** @return the stored target of a symbolic link, as bytes, NUL-terminated */
	byte[] readLink(int dirFd, byte[] name, String shown) throws IOException {
		long n;
		try {
			n = Libc.readlinkat(dirFd, name, listing, LINK_MAX);
		} catch (LastErrorException e) {
			throw error(e, shown);
		}
		byte[] target = new byte[(int) n + 1];
		listing.read(0, target, 0, (int) n);
		return target;
	}

	static void unlink(int dirFd, byte[] name, int flags, String shown) throws IOException {
		try {
			Libc.unlinkat(dirFd, name, flags);
		} catch (LastErrorException e) {
			if (e.getErrorCode() != ENOENT) {
				throw error(e, shown);
			}
		}
	}

	int type() {
		return stat.getInt(Libc.STAT_MODE) & Libc.S_IFMT;
	}

	int permissions() {
		return stat.getInt(Libc.STAT_MODE) & 07777;
	}

	boolean isDirectory() {
		return type() == Libc.S_IFDIR;
	}

	long dev() {
		return stat.getLong(Libc.STAT_DEV);
	}

	long ino() {
		return stat.getLong(Libc.STAT_INO);
	}

	long size() {
		return stat.getLong(Libc.STAT_SIZE);
	}

	/** @return the bytes the entry takes on disk (st_blocks, in 512-byte units, on every Linux ABI) */
	long allocated() {
		return stat.getLong(Libc.STAT_BLOCKS) * 512;
	}

	long links() {
		return Libc.STAT_NLINK_IS_LONG ? stat.getLong(Libc.STAT_NLINK) : stat.getInt(Libc.STAT_NLINK) & 0xffffffffL;
	}

	/** @return a file's size and modification time in one number, to tell a changed file */
	long stamp() {
		return size() * 1_000_003L + stat.getLong(Libc.STAT_TIMES + 16) * 1_000_000_007L + stat.getLong(Libc.STAT_TIMES + 24);
	}

	int uid() {
		return stat.getInt(Libc.STAT_UID);
	}

	int gid() {
		return stat.getInt(Libc.STAT_GID);
	}

	/** @return the access and modification times (two struct timespec) as bytes */
	byte[] timesBytes() {
		return stat.getByteArray(Libc.STAT_TIMES, 32);
	}

	private @org.eclipse.jdt.annotation.Nullable Memory timesBuffer;
	private @org.eclipse.jdt.annotation.Nullable Memory xattrNames;
	private @org.eclipse.jdt.annotation.Nullable Memory xattrValue;

	/**
	 * Buffers for applying attributes, made once per operation: a buffer per file copied would
	 * leave its native memory to the garbage collector (two 64 KiB buffers per file grew a copy
	 * of 300,000 entries to 2.5 GiB).
	 */
	Memory timesBuffer() {
		Memory m = timesBuffer;
		if (m == null) {
			m = timesBuffer = new Memory(32);
		}
		return m;
	}

	Memory xattrNames() {
		Memory m = xattrNames;
		if (m == null) {
			m = xattrNames = new Memory(BUFFER_SIZE);
		}
		return m;
	}

	Memory xattrValue() {
		Memory m = xattrValue;
		if (m == null) {
			m = xattrValue = new Memory(BUFFER_SIZE);
		}
		return m;
	}

	/** @return what a special file (by its type bits) is, in plain words */
	static String kindOf(int type) {
		return switch (type) {
			case Libc.S_IFIFO -> Messages.Kind_Fifo;
			case Libc.S_IFSOCK -> Messages.Kind_Socket;
			case Libc.S_IFCHR, Libc.S_IFBLK -> Messages.Kind_Device;
			default -> Messages.Kind_Special;
		};
	}

	/** The error for a special file that a copy never opens. */
	static IOException special(String shown, int type) {
		return new FileSystemException(shown, null, NLS.bind(Messages.Detail_SpecialNotCopied, kindOf(type)));
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

	/** @return {@code a/b} as NUL-terminated bytes, from two NUL-terminated parts */
	static byte[] join(byte[] folder, byte[] name) {
		byte[] out = new byte[folder.length + name.length];
		System.arraycopy(folder, 0, out, 0, folder.length - 1);
		out[folder.length - 1] = '/';
		System.arraycopy(name, 0, out, folder.length, name.length);
		return out;
	}

	static IOException error(LastErrorException e, String shown) {
		return switch (e.getErrorCode()) {
			case 2 -> new NoSuchFileException(shown);
			case 1, 13 -> new AccessDeniedException(shown);
			case 39 -> new DirectoryNotEmptyException(shown);
			case 40, 20 -> new FileSystemException(shown, null, Messages.Detail_NoLongerAFolder);
			default -> LinuxTreeWalker.errnoException(e.getErrorCode(), shown);
		};
	}
}
