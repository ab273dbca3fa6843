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
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.linksmith.core.internal.SafeTree;

import com.sun.jna.LastErrorException;

/**
 * Measures a tree before it is copied, relative to open folder descriptors: entries and bytes,
 * and the first mount point (never entered), special file and folder this process may not empty.
 */
final class FdMeasure {

	private final Charset charset;

	FdMeasure(Charset charset) {
		this.charset = charset;
	}

	SafeTree.Size measure(Path dir, IProgressMonitor monitor) throws IOException {
		Fds fds = new Fds(charset);
		SafeTree.Size size = new SafeTree.Size();
		String shown = dir.toAbsolutePath().toString();
		int fd = FdTreeEngine.openRoot(fds, dir, shown);
		try {
			if (!writable(Libc.AT_FDCWD, Fds.rawBytes(dir))) {
				size.readOnly = dir;
			}
			measure(fds, fd, fds.dev(), shown, size, monitor);
		} finally {
			Libc.close(fd);
		}
		return size;
	}

	private void measure(Fds fds, int fd, long dev, String shown, SafeTree.Size size, IProgressMonitor monitor)
			throws IOException {
		FdTreeEngine.checkCanceled(monitor);
		for (byte[] name : fds.names(fd, shown)) {
			String child = fds.show(shown, name);
			if (!fds.lstat(fd, name, child)) {
				continue; // gone meanwhile
			}
			size.entries++;
			int type = fds.type();
			if (type == Libc.S_IFDIR) {
				if (fds.dev() != dev || fds.isMountRoot(fd, name)) {
					if (size.mountPoint == null) {
						size.mountPoint = Path.of(child);
					}
					continue; // never entered
				}
				if (size.readOnly == null && !writable(fd, name)) {
					size.readOnly = Path.of(child); // its entries could be copied but never deleted
				}
				int sub = fds.openListedDirectory(fd, name, child);
				try {
					measure(fds, sub, dev, child, size, monitor);
				} finally {
					Libc.close(sub);
				}
			} else if (type == Libc.S_IFREG) {
				size.bytes += fds.size();
			} else if (type != Libc.S_IFLNK && size.special == null) {
				size.special = Path.of(child);
				size.specialKind = Fds.kindOf(type);
			}
		}
	}

	/** @return whether this process may remove entries from the folder (write and search permission) */
	private static boolean writable(int dirFd, byte[] name) {
		try {
			Libc.faccessat(dirFd, name, 3 /* W_OK | X_OK */, 0x200 /* AT_EACCESS */);
			return true;
		} catch (LastErrorException e) {
			return e.getErrorCode() != 13 && e.getErrorCode() != 30; // EACCES, EROFS
		}
	}
}
