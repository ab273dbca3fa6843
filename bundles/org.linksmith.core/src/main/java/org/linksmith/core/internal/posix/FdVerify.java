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
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.internal.Messages;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

/**
 * Compares a copy with its original relative to open folder descriptors (as {@link FdTreeEngine}
 * copies them): same names, kinds, link targets and bytes; the first difference in plain words.
 */
final class FdVerify {

	private final Charset charset;

	FdVerify(Charset charset) {
		this.charset = charset;
	}

	String verify(Path original, Path copy, IProgressMonitor monitor) throws IOException {
		Fds a = new Fds(charset);
		Fds b = new Fds(charset);
		String shownA = original.toAbsolutePath().toString();
		String shownB = copy.toAbsolutePath().toString();
		int fdA = FdTreeEngine.openRoot(a, original, shownA);
		try {
			int fdB = FdTreeEngine.openRoot(b, copy, shownB);
			try {
				return verify(a, b, fdA, fdB, shownA, shownB, new Memory(FdTreeEngine.CHUNK), new Memory(FdTreeEngine.CHUNK), monitor);
			} finally {
				Libc.close(fdB);
			}
		} finally {
			Libc.close(fdA);
		}
	}

	private String verify(Fds a, Fds b, int fdA, int fdB, String shownA, String shownB, Memory bufA, Memory bufB,
			IProgressMonitor monitor) throws IOException {
		FdTreeEngine.checkCanceled(monitor);
		List<byte[]> names = a.names(fdA, shownA);
		for (byte[] name : names) {
			String childA = a.show(shownA, name);
			String childB = b.show(shownB, name);
			if (!a.lstat(fdA, name, childA)) {
				return NLS.bind(Messages.Verify_Gone, childA);
			}
			if (!b.lstat(fdB, name, childB)) {
				return NLS.bind(Messages.Verify_Missing, childB);
			}
			if (a.type() != b.type()) {
				return NLS.bind(Messages.Verify_Kind, childB);
			}
			String difference = null;
			switch (a.type()) {
				case Libc.S_IFDIR -> {
					int subA = a.openListedDirectory(fdA, name, childA);
					try {
						int subB = b.openListedDirectory(fdB, name, childB);
						try {
							difference = verify(a, b, subA, subB, childA, childB, bufA, bufB, monitor);
						} finally {
							Libc.close(subB);
						}
					} finally {
						Libc.close(subA);
					}
				}
				case Libc.S_IFLNK -> {
					if (!Arrays.equals(a.readLink(fdA, name, childA), b.readLink(fdB, name, childB))) {
						difference = NLS.bind(Messages.Verify_Target, childB);
					}
				}
				case Libc.S_IFREG -> {
					if (a.size() != b.size() || !sameContent(a, b, fdA, fdB, name, childA, childB, bufA, bufB, monitor)) {
						difference = NLS.bind(Messages.Verify_Content, childB);
					}
				}
				default -> difference = NLS.bind(Messages.Verify_Special, childA, Fds.kindOf(a.type()));
			}
			if (difference != null) {
				return difference;
			}
		}
		if (b.names(fdB, shownB).size() != names.size()) {
			return NLS.bind(Messages.Verify_Count, shownB);
		}
		return null;
	}

	private static boolean sameContent(Fds a, Fds b, int dirA, int dirB, byte[] name, String shownA, String shownB,
			Memory bufA, Memory bufB, IProgressMonitor monitor) throws IOException {
		int flags = Libc.O_RDONLY | Libc.O_NOFOLLOW | Libc.O_NONBLOCK | Libc.O_CLOEXEC;
		int inA;
		try {
			inA = Libc.openat(dirA, name, flags);
		} catch (LastErrorException e) {
			throw Fds.error(e, shownA);
		}
		try {
			int inB;
			try {
				inB = Libc.openat(dirB, name, flags);
			} catch (LastErrorException e) {
				throw Fds.error(e, shownB);
			}
			try {
				a.fstat(inA, shownA);
				b.fstat(inB, shownB);
				if (a.type() != Libc.S_IFREG || b.type() != Libc.S_IFREG) {
					return false;
				}
				long position = 0;
				while (true) {
					FdTreeEngine.checkCanceled(monitor);
					long n = Libc.pread(inA, bufA, FdTreeEngine.CHUNK, position);
					long m = Libc.pread(inB, bufB, FdTreeEngine.CHUNK, position);
					if (n != m || !Arrays.equals(bufA.getByteArray(0, (int) n), bufB.getByteArray(0, (int) m))) {
						return false;
					}
					if (n == 0) {
						return true;
					}
					position += n;
					monitor.worked((int) (n / 1024));
				}
			} catch (LastErrorException e) {
				throw Fds.error(e, shownA);
			} finally {
				Libc.close(inB);
			}
		} finally {
			Libc.close(inA);
		}
	}
}
