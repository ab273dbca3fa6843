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
import java.util.Arrays;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

/**
 * What a copy carries over from each entry, applied by descriptor after its contents: extended
 * attributes, owner where permitted, mode after the owner, times last.
 */
final class FdAttributes {

	private FdAttributes() {
	}

	/**
	 * An original's owner, group, mode and times, read when it was stat'ed, applied to its copy
	 * after the contents: extended attributes first, then the owner (only root may give files
	 * away; a copy stays the user's own, as with {@code cp -a}), the mode after the owner (changing
	 * the owner clears setuid and setgid), the times last.
	 */
	static final class Attributes {
		final int uid;
		final int gid;
		final int mode;
		/** The access and modification times (two struct timespec), as utimensat wants them. */
		final byte[] times;
		/** Whose buffers are used to apply them (one operation's, never a buffer per file). */
		private final Fds fds;

		Attributes(Fds fds) {
			this.uid = fds.uid();
			this.gid = fds.gid();
			this.mode = fds.permissions();
			this.times = fds.timesBytes();
			this.fds = fds;
		}

		private Memory times() {
			Memory m = fds.timesBuffer();
			m.write(0, times, 0, times.length);
			return m;
		}

		void applyToFile(int from, int to, String shown) throws IOException {
			copyExtended(fds, from, to, shown);
			try {
				Libc.fchown(to, uid, gid);
			} catch (LastErrorException notPermitted) {
				// the copy keeps the user as its owner
			}
			try {
				Libc.fchmod(to, mode);
				Libc.futimens(to, times());
			} catch (LastErrorException e) {
				throw Fds.error(e, shown);
			}
		}

		void applyToFolder(int from, int to, String shown) throws IOException {
			applyToFile(from, to, shown);
		}

		void applyToLink(int dir, byte[] name) {
			try {
				Libc.fchownat(dir, name, uid, gid, Libc.AT_SYMLINK_NOFOLLOW);
			} catch (LastErrorException notPermitted) {
				// the copy keeps the user as its owner
			}
			try {
				Libc.utimensat(dir, name, times(), Libc.AT_SYMLINK_NOFOLLOW);
			} catch (LastErrorException ignored) {
				// a link's own times cannot be set on every file system
			}
		}
	}

	/**
	 * Copies the extended attributes a process may copy: {@code user.*} must succeed where the
	 * target file system has them; others (ACLs in {@code system.*}, {@code security.*},
	 * {@code trusted.*}) are copied where permitted, as {@code cp -a} does.
	 */
	private static void copyExtended(Fds fds, int from, int to, String shown) throws IOException {
		long n;
		Memory list = fds.xattrNames();
		try {
			n = Libc.flistxattr(from, list, Fds.BUFFER_SIZE);
		} catch (LastErrorException e) {
			return; // this file system has none
		}
		byte[] names = list.getByteArray(0, (int) n);
		int start = 0;
		Memory value = fds.xattrValue();
		for (int i = 0; i < names.length; i++) {
			if (names[i] != 0) {
				continue;
			}
			byte[] name = Arrays.copyOfRange(names, start, i + 1);
			boolean user = i - start > 5 && new String(name, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("user."); //$NON-NLS-1$
			start = i + 1;
			long size;
			try {
				size = Libc.fgetxattr(from, name, value, Fds.BUFFER_SIZE);
			} catch (LastErrorException e) {
				if (e.getErrorCode() == FdTreeEngine.ENODATA || e.getErrorCode() == FdTreeEngine.ERANGE || !user) {
					continue; // removed meanwhile, or not for us to read
				}
				throw Fds.error(e, shown);
			}
			try {
				Libc.fsetxattr(to, name, value, size, 0);
			} catch (LastErrorException e) {
				int errno = e.getErrorCode();
				if (!user && (errno == Fds.EPERM || errno == FdTreeEngine.EACCES || errno == Fds.EOPNOTSUPP)) {
					continue; // needs a privilege the copy does not ask for
				}
				if (errno == Fds.EOPNOTSUPP) {
					continue; // the target file system has no extended attributes
				}
				throw Fds.error(e, shown);
			}
		}
	}
}
