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

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The few Linux C library calls the fast tree walker needs, bound with JNA direct mapping. Only
 * x86_64 and aarch64 Linux are supported; elsewhere {@link #AVAILABLE} is false and the portable
 * walker is used.
 */
final class Libc {

	/** Open for reading. */
	static final int O_RDONLY = 0;
	/** Close on exec. */
	static final int O_CLOEXEC = 0x80000;
	/** Fail unless the path is a directory. */
	static final int O_DIRECTORY;
	/** Fail if the last component is a symbolic link. */
	static final int O_NOFOLLOW;
	/** System call number of getdents64. */
	static final long SYS_GETDENTS64;
	/** Do not follow a symbolic link in fstatat. */
	static final int AT_SYMLINK_NOFOLLOW = 0x100;
	/** unlinkat: remove a directory. */
	static final int AT_REMOVEDIR = 0x200;
	/** fstatat on the descriptor itself (empty path). */
	static final int AT_EMPTY_PATH = 0x1000;
	/** lseek: the next data at or after the offset; the next hole. */
	static final int SEEK_DATA = 3;
	static final int SEEK_HOLE = 4;
	/** Open for writing, create, fail if it exists. */
	static final int O_WRONLY = 1;
	static final int O_CREAT = 0100;
	static final int O_EXCL = 0200;
	/** The current folder, for the *at calls. */
	static final int AT_FDCWD = -100;
	/** renameat2: swap the two names atomically. */
	static final int RENAME_EXCHANGE = 2;
	/** renameat2: fail if the new name exists. */
	static final int RENAME_NOREPLACE = 1;
	/** System call number of renameat2. */
	static final long SYS_RENAMEAT2;
	/** System call number of statx (Linux 4.11+). */
	static final long SYS_STATX;
	/** copy_file_range(2), through syscall(2) (glibc before 2.27 has no wrapper). */
	static final long SYS_COPY_FILE_RANGE;
	/** statx: the attributes word, and the mask of attributes the file system reports. */
	static final int STATX_ATTRIBUTES = 8;
	static final int STATX_ATTRIBUTES_MASK = 56;
	/** statx attribute: the root of a mount (Linux 5.8+), bind mounts included. */
	static final long STATX_ATTR_MOUNT_ROOT = 0x2000;
	/** Size to allocate for a struct statx. */
	static final int STATX_BUFFER_SIZE = 256;
	/** Size to allocate for a struct stat (larger than both layouts). */
	static final int STAT_BUFFER_SIZE = 256;
	/** Offsets in struct stat. */
	static final int STAT_DEV = 0;
	static final int STAT_INO = 8;
	static final int STAT_NLINK;
	static final boolean STAT_NLINK_IS_LONG;
	static final int STAT_MODE;
	static final int STAT_UID;
	static final int STAT_GID;
	/** Offset of st_size (both layouts). */
	static final int STAT_SIZE = 48;
	/** Offset of st_blocks (both layouts). */
	static final int STAT_BLOCKS = 64;
	/** Offset of st_atim, followed by st_mtim: two struct timespec, as utimensat wants them. */
	static final int STAT_TIMES = 72;
	/** Do not block on open (a fifo swapped in for a file must not hang the copy). */
	static final int O_NONBLOCK = 04000;
	/** The same on x86-64 and the generic ABI (aarch64). */
	static final int O_PATH = 010000000;

	static final int DT_UNKNOWN = 0;
	static final int DT_DIR = 4;
	static final int DT_REG = 8;
	static final int DT_LNK = 10;

	static final int S_IFMT = 0170000;
	static final int S_IFDIR = 0040000;
	static final int S_IFREG = 0100000;
	static final int S_IFLNK = 0120000;
	static final int S_IFIFO = 0010000;
	static final int S_IFSOCK = 0140000;
	static final int S_IFCHR = 0020000;
	static final int S_IFBLK = 0060000;

	/** Whether the calls are bound and the constants known for this machine. */
	static final boolean AVAILABLE;

	static {
		boolean x86 = Platform.isLinux() && Platform.isIntel() && Platform.is64Bit();
		boolean arm = Platform.isLinux() && Platform.isARM() && Platform.is64Bit();
		if (x86) {
			O_DIRECTORY = 0200000;
			O_NOFOLLOW = 0400000;
			SYS_GETDENTS64 = 217;
			SYS_RENAMEAT2 = 316;
			SYS_STATX = 332;
			SYS_COPY_FILE_RANGE = 326;
			STAT_NLINK = 16;
			STAT_NLINK_IS_LONG = true;
			STAT_MODE = 24;
			STAT_UID = 28;
			STAT_GID = 32;
		} else {
			// aarch64 (generic Linux ABI)
			O_DIRECTORY = 040000;
			O_NOFOLLOW = 0100000;
			SYS_GETDENTS64 = 61;
			SYS_RENAMEAT2 = 276;
			SYS_STATX = 291;
			SYS_COPY_FILE_RANGE = 285;
			STAT_NLINK = 20;
			STAT_NLINK_IS_LONG = false;
			STAT_MODE = 16;
			STAT_UID = 24;
			STAT_GID = 28;
		}
		boolean ok = false;
		if ((x86 || arm) && !Boolean.getBoolean("linksmith.noNative")) { //$NON-NLS-1$
			try {
				Native.register(Libc.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
				ok = true;
			} catch (Throwable e) {
				// no usable JNA or symbol: the portable walker takes over
				ok = false;
			}
		}
		AVAILABLE = ok;
	}

	private Libc() {
	}

	static native int open(byte[] path, int flags) throws LastErrorException;

	static native int openat(int dirfd, byte[] path, int flags) throws LastErrorException;

	static native int openat(int dirfd, Pointer path, int flags) throws LastErrorException;

	static native int unlinkat(int dirfd, byte[] path, int flags) throws LastErrorException;

	/** openat(2) with the mode for a new file. */
	static native int openat(int dirfd, byte[] path, int flags, int mode) throws LastErrorException;

	static native long lseek(int fd, long offset, int whence) throws LastErrorException;

	static native long pread(int fd, Pointer buffer, long count, long offset) throws LastErrorException;

	static native long pwrite(int fd, Pointer buffer, long count, long offset) throws LastErrorException;

	static native int ftruncate(int fd, long length) throws LastErrorException;

	/** renameat2 through syscall(2): glibc before 2.28 has no wrapper. */
	static native long syscall(long number, int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags)
			throws LastErrorException;

	static native int close(int fd);

	static native int geteuid();

	/** statx through syscall(2). */
	static native long syscall(long number, int dirfd, byte[] path, int flags, int mask, Pointer buffer)
			throws LastErrorException;

	static native long syscall(long number, int fd, Pointer buffer, long count) throws LastErrorException;

	/** copy_file_range through syscall(2): {@code offIn} and {@code offOut} point at 64-bit offsets. */
	static native long syscall(long number, int fdIn, Pointer offIn, int fdOut, Pointer offOut, long length, int flags)
			throws LastErrorException;

	static native int fstatat(int dirfd, byte[] path, Pointer buffer, int flags) throws LastErrorException;

	static native int fstatat(int dirfd, Pointer path, Pointer buffer, int flags) throws LastErrorException;

	static native long readlinkat(int dirfd, Pointer path, Pointer buffer, long size) throws LastErrorException;

	static native long readlinkat(int dirfd, byte[] path, Pointer buffer, long size) throws LastErrorException;

	static native int faccessat(int dirfd, byte[] path, int mode, int flags) throws LastErrorException;

	static native int mkdirat(int dirfd, byte[] path, int mode) throws LastErrorException;

	static native int symlinkat(byte[] target, int newdirfd, byte[] linkpath) throws LastErrorException;

	static native int linkat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags)
			throws LastErrorException;

	static native int renameat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath) throws LastErrorException;

	static native int fchmod(int fd, int mode) throws LastErrorException;

	static native int fchown(int fd, int owner, int group) throws LastErrorException;

	static native int fchownat(int dirfd, byte[] path, int owner, int group, int flags) throws LastErrorException;

	/** utimensat(2) with {@code times} pointing at two struct timespec (access, modification). */
	static native int utimensat(int dirfd, byte[] path, Pointer times, int flags) throws LastErrorException;

	static native int futimens(int fd, Pointer times) throws LastErrorException;

	static native long flistxattr(int fd, Pointer list, long size) throws LastErrorException;

	static native long fgetxattr(int fd, byte[] name, Pointer value, long size) throws LastErrorException;

	static native int fsetxattr(int fd, byte[] name, Pointer value, long size, int flags) throws LastErrorException;
}
