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
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.linksmith.core.internal.FileId;
import org.linksmith.core.internal.Messages;
import org.linksmith.core.internal.SafeTree;
import org.linksmith.core.internal.TreeEngine;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

/**
 * Measure, copy, verify and hard-link clone relative to open folder descriptors, as GNU
 * {@code fts} and {@code cp -a} do: each folder is opened with
 * {@code openat(parent, name, O_DIRECTORY|O_NOFOLLOW)} and checked to be the folder listed (device
 * and inode), files with {@code O_NOFOLLOW|O_NONBLOCK} and checked to be regular files, names
 * kept as bytes. A folder swapped for a link during the work is never entered, a fifo swapped in
 * for a file never blocks the copy, and the depth of a tree never matters. Each call uses its own
 * buffers, so one engine serves several threads.
 */
final class FdTreeEngine implements TreeEngine {

	private static final int CHUNK = Fds.BUFFER_SIZE;
	/** Paths this long are not given to the kernel: PATH_MAX is 4096 with its NUL. */
	private static final int PATH_LIMIT = 4000;
	/** How many descriptors of deep first copies of hard-link groups are kept open at most. */
	private static final int KEPT_LIMIT = 256;
	/** Open a name without opening the file (the same on x86_64 and aarch64). */
	private static final int O_PATH = 010000000;
	/** linkat: follow the magic link /proc/self/fd/N to the file it names. */
	private static final int AT_SYMLINK_FOLLOW = 0x400;
	private static final int EACCES = 13;
	private static final int ENODATA = 61;
	private static final int ERANGE = 34;

	private final Charset charset;

	FdTreeEngine(Charset charset) {
		this.charset = charset;
	}

	@Override
	public void delete(Path root) throws IOException {
		new FdTree(charset).delete(root);
	}

	@Override
	public boolean deleteIf(Path root, FileId expected) throws IOException {
		return new FdTree(charset).deleteIf(root, expected);
	}

	// ---- measure

	@Override
	public SafeTree.Size measure(Path dir, IProgressMonitor monitor) throws IOException {
		Fds fds = new Fds(charset);
		SafeTree.Size size = new SafeTree.Size();
		String shown = dir.toAbsolutePath().toString();
		int fd = openRoot(fds, dir, shown);
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
		checkCanceled(monitor);
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

	// ---- copy

	/** What a copy carries from folder to folder. */
	private static final class CopyState {
		final Fds fds;
		final Memory data = new Memory(CHUNK);
		final Map<FileId, byte[]> copied = new HashMap<>();
		final long dev;
		final IProgressMonitor monitor;
		/** Every entry copied (its identity) with its stamp (files: size and time; else 0). */
		final Map<FileId, Long> manifest = new HashMap<>();
		/** Descriptors of deep first copies, closed when the copy ends. */
		final java.util.List<Integer> kept = new java.util.ArrayList<>();
		final java.util.Set<FileId> viaDescriptor = new java.util.HashSet<>();
		int outside;

		void record(Fds f) {
			manifest.put(new FileId(f.dev(), f.ino()), Long.valueOf(f.type() == Libc.S_IFREG ? f.stamp() : 0));
		}

		CopyState(Fds fds, long dev, IProgressMonitor monitor) {
			this.fds = fds;
			this.dev = dev;
			this.monitor = monitor;
		}
	}

	/** The record of a copy made here. */
	record Recorded(Map<FileId, Long> manifest, int outside) implements Manifest {
	}

	@Override
	public int copy(Path source, Path target, IProgressMonitor monitor) throws IOException {
		return copyRecorded(source, target, monitor).outside();
	}

	@Override
	public java.util.List<Path> deleteCopied(Path root, Manifest copied) throws IOException {
		if (!(copied instanceof Recorded recorded)) {
			throw new IllegalArgumentException();
		}
		java.util.List<Path> kept = new java.util.ArrayList<>();
		new FdTree(charset).deleteRecorded(root, recorded.manifest(), kept);
		return kept;
	}

	@Override
	public Recorded copyRecorded(Path source, Path target, IProgressMonitor monitor) throws IOException {
		Fds fds = new Fds(charset);
		String shown = source.toAbsolutePath().toString();
		String targetShown = target.toAbsolutePath().toString();
		int src = openRoot(fds, source, shown);
		try {
			CopyState state = new CopyState(fds, fds.dev(), monitor);
			state.record(fds);
			Attributes rootAttributes = new Attributes(fds);
			Fds target0 = new Fds(charset);
			int dst = openRoot(target0, target, targetShown);
			try {
				if (!target0.names(dst, targetShown).isEmpty()) {
					// not the empty folder made for the copy (another was swapped in): never fill it
					throw new java.nio.file.FileSystemException(targetShown, null, Messages.Detail_Replaced);
				}
				copyContents(state, src, dst, shown, targetShown, Fds.rawBytes(target));
				rootAttributes.applyToFolder(src, dst, targetShown);
			} finally {
				Libc.close(dst);
				for (Integer fd : state.kept) {
					Libc.close(fd.intValue());
				}
			}
			return new Recorded(state.manifest, state.outside);
		} finally {
			Libc.close(src);
		}
	}

	private void copyContents(CopyState state, int src, int dst, String shown, String dstShown, byte[] dstPath)
			throws IOException {
		Fds fds = state.fds;
		for (byte[] name : fds.names(src, shown)) {
			checkCanceled(state.monitor);
			String child = fds.show(shown, name);
			String dstChild = fds.show(dstShown, name);
			if (!fds.lstat(src, name, child)) {
				continue; // gone meanwhile
			}
			state.record(fds);
			switch (fds.type()) {
				case Libc.S_IFDIR -> copyDirectory(state, src, dst, name, child, dstChild, dstPath);
				case Libc.S_IFLNK -> copyLink(fds, src, dst, name, child, dstChild);
				case Libc.S_IFREG -> copyRegular(state, src, dst, name, child, dstChild, dstPath);
				default -> throw Fds.special(child, fds.type()); // never opened: a fifo would hang, a device never end
			}
		}
	}

	private void copyDirectory(CopyState state, int src, int dst, byte[] name, String child, String dstChild,
			byte[] dstPath) throws IOException {
		Fds fds = state.fds;
		if (fds.dev() != state.dev || fds.isMountRoot(src, name)) {
			throw new FileSystemException(child, null, Messages.Detail_MountNotEntered);
		}
		int from = fds.openListedDirectory(src, name, child);
		try {
			Attributes attributes = new Attributes(fds);
			try {
				Libc.mkdirat(dst, name, 0700); // private while it is filled; its mode comes last
			} catch (LastErrorException e) {
				throw Fds.error(e, dstChild);
			}
			int to = Fds.openDirectory(dst, name, true, dstChild);
			try {
				copyContents(state, from, to, child, dstChild, Fds.join(dstPath, name));
				attributes.applyToFolder(from, to, dstChild);
			} finally {
				Libc.close(to);
			}
		} finally {
			Libc.close(from);
		}
	}

	private static void copyLink(Fds fds, int src, int dst, byte[] name, String child, String dstChild)
			throws IOException {
		Attributes attributes = new Attributes(fds);
		byte[] target = fds.readLink(src, name, child);
		try {
			Libc.symlinkat(target, dst, name);
		} catch (LastErrorException e) {
			throw Fds.error(e, dstChild);
		}
		attributes.applyToLink(dst, name);
	}

	private void copyRegular(CopyState state, int src, int dst, byte[] name, String child, String dstChild,
			byte[] dstPath) throws IOException {
		Fds fds = state.fds;
		long links = fds.links();
		FileId id = new FileId(fds.dev(), fds.ino());
		if (links > 1) {
			byte[] first = state.copied.get(id);
			if (first != null) {
				try {
					// the first copy by its path, or (deeper than PATH_MAX) through its kept descriptor
					boolean viaDescriptor = state.viaDescriptor.contains(id);
					Libc.linkat(Libc.AT_FDCWD, first, dst, name, viaDescriptor ? AT_SYMLINK_FOLLOW : 0);
					state.outside--;
					return;
				} catch (LastErrorException e) {
					throw Fds.error(e, dstChild);
				}
			}
			state.outside += (int) Math.min(Integer.MAX_VALUE, links - 1);
			long bytes = copyFile(state, src, name, id, dst, child, dstChild);
			state.monitor.worked((int) Math.min(Integer.MAX_VALUE, bytes / 1024));
			byte[] path = Fds.join(dstPath, name);
			if (path.length < PATH_LIMIT) {
				state.copied.put(id, path);
			} else if (state.kept.size() < KEPT_LIMIT) {
				try {
					int fd = Libc.openat(dst, name, O_PATH | Libc.O_NOFOLLOW | Libc.O_CLOEXEC);
					state.kept.add(Integer.valueOf(fd));
					state.viaDescriptor.add(id);
					state.copied.put(id, ("/proc/self/fd/" + fd + '\0').getBytes(java.nio.charset.StandardCharsets.US_ASCII)); //$NON-NLS-1$
				} catch (LastErrorException e) {
					// no descriptor to spare: the other names get copies of their own
				}
			}
			return;
		}
		long bytes = copyFile(state, src, name, id, dst, child, dstChild);
		state.monitor.worked((int) Math.min(Integer.MAX_VALUE, bytes / 1024));
	}

	/**
	 * Copies a regular file with its holes kept (only the data ranges that
	 * {@code lseek(SEEK_DATA/SEEK_HOLE)} reports are written, as {@code cp --sparse=auto} does),
	 * then its extended attributes, owner, mode and times. The source is opened with
	 * {@code O_NOFOLLOW|O_NONBLOCK} and must still be the file listed; the copy is created with
	 * {@code O_EXCL}.
	 *
	 * @return the file's size
	 */
	private long copyFile(CopyState state, int srcDir, byte[] name, FileId listed, int dstDir, String from,
			String to) throws IOException {
		Fds fds = state.fds;
		int in;
		try {
			in = Libc.openat(srcDir, name, Libc.O_RDONLY | Libc.O_NOFOLLOW | Libc.O_NONBLOCK | Libc.O_CLOEXEC);
		} catch (LastErrorException e) {
			throw Fds.error(e, from);
		}
		try {
			fds.fstat(in, from);
			if (fds.type() != Libc.S_IFREG) {
				throw Fds.special(from, fds.type());
			}
			if (listed != null && (fds.dev() != listed.volume() || fds.ino() != listed.file())) {
				throw new FileSystemException(from, null, Messages.Detail_Replaced);
			}
			Attributes attributes = new Attributes(fds);
			long size = fds.size();
			int out;
			try {
				out = Libc.openat(dstDir, name, Libc.O_WRONLY | Libc.O_CREAT | Libc.O_EXCL | Libc.O_NOFOLLOW | Libc.O_CLOEXEC,
						0600);
			} catch (LastErrorException e) {
				throw Fds.error(e, to);
			}
			try {
				copySparse(state, in, out, size, from, to);
				attributes.applyToFile(in, out, to);
			} finally {
				Libc.close(out);
			}
			return size;
		} finally {
			Libc.close(in);
		}
	}

	private static void copySparse(CopyState state, int in, int out, long size, String from, String to)
			throws IOException {
		long offset = 0;
		while (offset < size) {
			long data;
			try {
				data = Libc.lseek(in, offset, Libc.SEEK_DATA);
			} catch (LastErrorException e) {
				if (e.getErrorCode() == Fds.ENXIO) {
					break; // only a hole is left
				}
				if (e.getErrorCode() != Fds.EINVAL) {
					throw Fds.error(e, from);
				}
				data = offset; // no SEEK_DATA on this file system: all is data
			}
			long hole;
			try {
				hole = Libc.lseek(in, data, Libc.SEEK_HOLE);
			} catch (LastErrorException e) {
				hole = size;
			}
			copyRange(state, in, out, data, Math.min(hole, size), from, to);
			offset = hole;
		}
		try {
			Libc.ftruncate(out, size);
		} catch (LastErrorException e) {
			throw Fds.error(e, to);
		}
	}

	private static void copyRange(CopyState state, int in, int out, long start, long end, String from, String to)
			throws IOException {
		long position = start;
		while (position < end) {
			checkCanceled(state.monitor);
			long n;
			try {
				n = Libc.pread(in, state.data, Math.min(CHUNK, end - position), position);
			} catch (LastErrorException e) {
				throw Fds.error(e, from);
			}
			if (n <= 0) {
				break; // the file shrank meanwhile
			}
			long written = 0;
			while (written < n) {
				try {
					written += Libc.pwrite(out, state.data.share(written), n - written, position + written);
				} catch (LastErrorException e) {
					throw Fds.error(e, to);
				}
			}
			position += n;
		}
	}

	/**
	 * An original's owner, group, mode and times, read when it was stat'ed, applied to its copy
	 * after the contents: extended attributes first, then the owner (only root may give files
	 * away; a copy stays the user's own, as with {@code cp -a}), the mode after the owner (changing
	 * the owner clears setuid and setgid), the times last.
	 */
	private static final class Attributes {
		final int uid;
		final int gid;
		final int mode;
		final Memory times;

		Attributes(Fds fds) {
			this.uid = fds.uid();
			this.gid = fds.gid();
			this.mode = fds.permissions();
			this.times = fds.times();
		}

		void applyToFile(int from, int to, String shown) throws IOException {
			copyExtended(from, to, shown);
			try {
				Libc.fchown(to, uid, gid);
			} catch (LastErrorException notPermitted) {
				// the copy keeps the user as its owner
			}
			try {
				Libc.fchmod(to, mode);
				Libc.futimens(to, times);
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
				Libc.utimensat(dir, name, times, Libc.AT_SYMLINK_NOFOLLOW);
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
	private static void copyExtended(int from, int to, String shown) throws IOException {
		long n;
		Memory list = new Memory(Fds.BUFFER_SIZE);
		try {
			n = Libc.flistxattr(from, list, Fds.BUFFER_SIZE);
		} catch (LastErrorException e) {
			return; // this file system has none
		}
		byte[] names = list.getByteArray(0, (int) n);
		int start = 0;
		Memory value = new Memory(Fds.BUFFER_SIZE);
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
				if (e.getErrorCode() == ENODATA || e.getErrorCode() == ERANGE || !user) {
					continue; // removed meanwhile, or not for us to read
				}
				throw Fds.error(e, shown);
			}
			try {
				Libc.fsetxattr(to, name, value, size, 0);
			} catch (LastErrorException e) {
				int errno = e.getErrorCode();
				if (!user && (errno == Fds.EPERM || errno == EACCES || errno == Fds.EOPNOTSUPP)) {
					continue; // needs a privilege the copy does not ask for
				}
				if (errno == Fds.EOPNOTSUPP) {
					continue; // the target file system has no extended attributes
				}
				throw Fds.error(e, shown);
			}
		}
	}

	// ---- verify

	@Override
	public String verify(Path original, Path copy, IProgressMonitor monitor) throws IOException {
		Fds a = new Fds(charset);
		Fds b = new Fds(charset);
		String shownA = original.toAbsolutePath().toString();
		String shownB = copy.toAbsolutePath().toString();
		int fdA = openRoot(a, original, shownA);
		try {
			int fdB = openRoot(b, copy, shownB);
			try {
				return verify(a, b, fdA, fdB, shownA, shownB, new Memory(CHUNK), new Memory(CHUNK), monitor);
			} finally {
				Libc.close(fdB);
			}
		} finally {
			Libc.close(fdA);
		}
	}

	private String verify(Fds a, Fds b, int fdA, int fdB, String shownA, String shownB, Memory bufA, Memory bufB,
			IProgressMonitor monitor) throws IOException {
		checkCanceled(monitor);
		List<byte[]> names = a.names(fdA, shownA);
		for (byte[] name : names) {
			String childA = a.show(shownA, name);
			String childB = b.show(shownB, name);
			if (!a.lstat(fdA, name, childA)) {
				return childA + ": gone while it was compared"; //$NON-NLS-1$
			}
			if (!b.lstat(fdB, name, childB)) {
				return childB + ": missing"; //$NON-NLS-1$
			}
			if (a.type() != b.type()) {
				return childB + ": different kind"; //$NON-NLS-1$
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
						difference = childB + ": different link target"; //$NON-NLS-1$
					}
				}
				case Libc.S_IFREG -> {
					if (a.size() != b.size() || !sameContent(a, b, fdA, fdB, name, childA, childB, bufA, bufB, monitor)) {
						difference = childB + ": different content"; //$NON-NLS-1$
					}
				}
				default -> difference = childA + ": " + Fds.kindOf(a.type()); //$NON-NLS-1$
			}
			if (difference != null) {
				return difference;
			}
		}
		if (b.names(fdB, shownB).size() != names.size()) {
			return shownB + ": different number of entries"; //$NON-NLS-1$
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
					checkCanceled(monitor);
					long n = Libc.pread(inA, bufA, CHUNK, position);
					long m = Libc.pread(inB, bufB, CHUNK, position);
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

	// ---- hard-link clone

	@Override
	public long hardLinkClone(Path source, Path target, IProgressMonitor monitor) throws IOException {
		Fds fds = new Fds(charset);
		String shown = source.toAbsolutePath().toString();
		String targetShown = target.toAbsolutePath().toString();
		int src = openRoot(fds, source, shown);
		try {
			int dst = openRoot(new Fds(charset), target, targetShown);
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
			checkCanceled(monitor);
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
				case Libc.S_IFLNK -> copyLink(fds, src, dst, name, child, dstChild);
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

	// ---- shared

	/**
	 * Opens the root of an operation: its parent folders are followed (the caller named them), the
	 * root itself must be a real folder, not a link. Leaves its attributes in {@code fds}.
	 */
	private static int openRoot(Fds fds, Path root, String shown) throws IOException {
		int fd = Fds.openDirectory(Libc.AT_FDCWD, Fds.rawBytes(root), true, shown);
		try {
			fds.fstat(fd, shown);
		} catch (IOException e) {
			Libc.close(fd);
			throw e;
		}
		return fd;
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
