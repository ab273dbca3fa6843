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

import com.sun.jna.LastErrorException;

/**
 * A hard-link clone ({@code cp -al}) relative to open folder descriptors: folders made anew,
 * files linked by name with {@code linkat} (never following), links recreated as links.
 */
final class FdClone {

	private final Charset charset;

	FdClone(Charset charset) {
		this.charset = charset;
	}

	long hardLinkClone(Path source, Path target, IProgressMonitor monitor) throws IOException {
		Fds fds = new Fds(charset);
		String shown = source.toAbsolutePath().toString();
		String targetShown = target.toAbsolutePath().toString();
		int src = FdTreeEngine.openRoot(fds, source, shown);
		try {
			int dst = FdTreeEngine.openRoot(new Fds(charset), target, targetShown);
			try {
				return clone(fds, src, dst, shown, targetShown, monitor);
			} finally {
				Libc.close(dst);
			}
		} finally {
			Libc.close(src);
		}
	}

	private long clone(Fds fds, int src, int dst, String shown, String dstShown, IProgressMonitor monitor)
			throws IOException {
		long files = 0;
		for (byte[] name : fds.names(src, shown)) {
			FdTreeEngine.checkCanceled(monitor);
			String child = fds.show(shown, name);
			String dstChild = fds.show(dstShown, name);
			if (!fds.lstat(src, name, child)) {
				continue;
			}
			switch (fds.type()) {
				case Libc.S_IFDIR -> {
					int from = fds.openListedDirectory(src, name, child);
					try {
						try {
							Libc.mkdirat(dst, name, 0777);
						} catch (LastErrorException e) {
							throw Fds.error(e, dstChild);
						}
						int to = Fds.openDirectory(dst, name, true, dstChild);
						try {
							files += clone(fds, from, to, child, dstChild, monitor);
						} finally {
							Libc.close(to);
						}
					} finally {
						Libc.close(from);
					}
				}
				case Libc.S_IFLNK -> FdTreeEngine.copyLink(fds, src, dst, name, child, dstChild);
				default -> {
					try {
						Libc.linkat(src, name, dst, name, 0); // never follows: the name itself
					} catch (LastErrorException e) {
						throw Fds.error(e, dstChild);
					}
					files++;
					monitor.worked(1);
				}
			}
		}
		return files;
	}
}
