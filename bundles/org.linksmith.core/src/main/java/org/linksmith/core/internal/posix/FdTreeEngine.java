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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.linksmith.core.RawNames;
import org.linksmith.core.SmartCopyReport.Action;
import org.linksmith.core.internal.FileId;
import org.linksmith.core.internal.LinkRules;
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

	static final int CHUNK = Fds.BUFFER_SIZE;
	/** Paths this long are not given to the kernel: PATH_MAX is 4096 with its NUL. */
	private static final int PATH_LIMIT = 4000;
	/** How many descriptors of deep first copies of hard-link groups are kept open at most. */
	private static final int KEPT_LIMIT = 256;
	/** Open a name without opening the file (the same on x86_64 and aarch64). */
	private static final int O_PATH = 010000000;
	/** linkat: follow the magic link /proc/self/fd/N to the file it names. */
	private static final int AT_SYMLINK_FOLLOW = 0x400;
	static final int EACCES = 13;
	static final int ENODATA = 61;
	static final int ERANGE = 34;

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

	@Override
	public SafeTree.Size measure(Path dir, IProgressMonitor monitor) throws IOException {
		return new FdMeasure(charset).measure(dir, monitor);
	}

	@Override
	public void size(Path dir, org.linksmith.core.internal.SizeCounter counter, IProgressMonitor monitor) throws IOException {
		Fds fds = new Fds(charset);
		String shown = dir.toAbsolutePath().toString();
		int fd = openRoot(fds, dir, shown);
		try {
			counter.entry(new FileId(fds.dev(), fds.ino()), org.linksmith.core.internal.SizeCounter.Kind.FOLDER, fds.size(),
					fds.allocated(), 1, dir);
			size(fds, fd, fds.dev(), shown, dir, counter, monitor);
		} finally {
			Libc.close(fd);
		}
	}

	@Override
	public void sizeEntry(Path entry, org.linksmith.core.internal.SizeCounter counter) throws IOException {
		Fds fds = new Fds(charset);
		String shown = entry.toAbsolutePath().toString();
		// the folders on the way are followed (the caller named them), the entry itself never
		if (!fds.lstat(Libc.AT_FDCWD, Fds.rawBytes(entry), shown)) {
			throw new java.nio.file.NoSuchFileException(shown);
		}
		org.linksmith.core.internal.SizeCounter.Kind kind = switch (fds.type()) {
			case Libc.S_IFDIR -> org.linksmith.core.internal.SizeCounter.Kind.FOLDER;
			case Libc.S_IFREG -> org.linksmith.core.internal.SizeCounter.Kind.FILE;
			case Libc.S_IFLNK -> org.linksmith.core.internal.SizeCounter.Kind.SYMBOLIC_LINK;
			default -> org.linksmith.core.internal.SizeCounter.Kind.OTHER;
		};
		counter.entry(new FileId(fds.dev(), fds.ino()), kind, fds.size(), fds.allocated(), fds.links(), entry);
	}

	private void size(Fds fds, int fd, long dev, String shown, Path path, org.linksmith.core.internal.SizeCounter counter,
			IProgressMonitor monitor) throws IOException {
		checkCanceled(monitor);
		for (byte[] name : fds.names(fd, shown)) {
			String child = fds.show(shown, name);
			try {
				if (!fds.lstat(fd, name, child)) {
					continue; // gone meanwhile
				}
			} catch (java.nio.file.AccessDeniedException unreadable) {
				continue; // a folder that may be listed but not searched: counted as far as it can be (du goes on too)
			}
			int type = fds.type();
			org.linksmith.core.internal.SizeCounter.Kind kind = switch (type) {
				case Libc.S_IFDIR -> org.linksmith.core.internal.SizeCounter.Kind.FOLDER;
				case Libc.S_IFREG -> org.linksmith.core.internal.SizeCounter.Kind.FILE;
				case Libc.S_IFLNK -> org.linksmith.core.internal.SizeCounter.Kind.SYMBOLIC_LINK;
				default -> org.linksmith.core.internal.SizeCounter.Kind.OTHER;
			};
			Path entry = RawNames.resolve(path, RawNames.decode(name, 0, name.length - 1, charset), charset);
			if (type == Libc.S_IFDIR && (fds.dev() != dev || fds.isMountRoot(fd, name))) {
				counter.mountPoint(entry);
				continue; // never entered, never counted (du -x)
			}
			counter.entry(new FileId(fds.dev(), fds.ino()), kind, fds.size(), fds.allocated(), fds.links(), entry);
			if (type == Libc.S_IFDIR) {
				int sub;
				try {
					sub = fds.openListedDirectory(fd, name, child);
				} catch (java.nio.file.AccessDeniedException unreadable) {
					continue; // counted as far as it could be read
				}
				try {
					size(fds, sub, dev, child, entry, counter, monitor);
				} finally {
					Libc.close(sub);
				}
			}
		}
	}

	// ---- copy

	/** What a copy carries from folder to folder. */
	private static final class CopyState {
		final Fds fds;
		final Memory data = new Memory(CHUNK);
		/** The two offsets copy_file_range moves on. */
		final Memory offsets = new Memory(16);
		/** Whether the kernel copies data between these files itself (copy_file_range). */
		boolean inKernel = true;
		final Map<FileId, byte[]> copied = new HashMap<>();
		final long dev;
		final IProgressMonitor monitor;
		/** Every entry copied (its identity) with its stamp (files: size and time; else 0). */
		final Map<FileId, Long> manifest = new HashMap<>();
		/** Descriptors of deep first copies, closed when the copy ends. */
		final java.util.List<Integer> kept = new java.util.ArrayList<>();
		final java.util.Set<FileId> viaDescriptor = new java.util.HashSet<>();
		/** A Smart Copy's rules, or {@code null} for a plain copy (links as they are). */
		final @Nullable LinkRules rules;
		/** The folders being copied, from the root down (a Smart Copy's unrolling never enters one again). */
		final java.util.Set<FileId> open = new java.util.HashSet<>();
		int outside;

		void record(Fds f) {
			manifest.put(new FileId(f.dev(), f.ino()), Long.valueOf(f.type() == Libc.S_IFREG ? f.stamp() : 0));
		}

		CopyState(Fds fds, long dev, IProgressMonitor monitor, @Nullable LinkRules rules) {
			this.fds = fds;
			this.dev = dev;
			this.monitor = monitor;
			this.rules = rules;
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
		return copy(source, target, null, monitor);
	}

	@Override
	public void copySmart(Path source, Path target, LinkRules rules, IProgressMonitor monitor) throws IOException {
		copy(source, target, rules, monitor);
	}

	private Recorded copy(Path source, Path target, @Nullable LinkRules rules, IProgressMonitor monitor)
			throws IOException {
		Fds fds = new Fds(charset);
		String shown = source.toAbsolutePath().toString();
		String targetShown = target.toAbsolutePath().toString();
		int src = openRoot(fds, source, shown);
		try {
			CopyState state = new CopyState(fds, fds.dev(), monitor, rules);
			state.record(fds);
			state.open.add(new FileId(fds.dev(), fds.ino()));
			FdAttributes.Attributes rootAttributes = new FdAttributes.Attributes(fds);
			Fds target0 = new Fds(charset);
			int dst = openRoot(target0, target, targetShown);
			try {
				if (!target0.names(dst, targetShown).isEmpty()) {
					// not the empty folder made for the copy (another was swapped in): never fill it
					throw new java.nio.file.FileSystemException(targetShown, null, Messages.Detail_Replaced);
				}
				state.open.add(new FileId(target0.dev(), target0.ino())); // an unrolled link never copies the copy
				Path real = rules == null ? null : source.toRealPath();
				copyContents(state, src, dst, shown, targetShown, Fds.rawBytes(target), real, EMPTY, false);
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

	private static final Path EMPTY = Path.of(""); //$NON-NLS-1$

	/** @return a NUL-terminated name or target as a Path that holds exactly its bytes */
	private Path pathOf(byte[] bytes) {
		return RawNames.pathOf(RawNames.decode(bytes, 0, bytes.length - 1, charset), charset);
	}

	/**
	 * @param srcPath the real path of {@code src} (a Smart Copy's rules read links from it), or
	 *        {@code null} for a plain copy
	 * @param rel {@code dst}'s path relative to the copy's root
	 * @param unrolled whether {@code src} was reached through a link being unrolled
	 */
	private void copyContents(CopyState state, int src, int dst, String shown, String dstShown, byte[] dstPath,
			@Nullable Path srcPath, Path rel, boolean unrolled) throws IOException {
		Fds fds = state.fds;
		for (byte[] name : fds.names(src, shown)) {
			checkCanceled(state.monitor);
			String child = fds.show(shown, name);
			String dstChild = fds.show(dstShown, name);
			if (!fds.lstat(src, name, child)) {
				continue; // gone meanwhile
			}
			state.record(fds);
			Path named = srcPath == null ? EMPTY : pathOf(name);
			switch (fds.type()) {
				case Libc.S_IFDIR -> copyDirectory(state, src, dst, name, child, dstChild, dstPath,
						srcPath == null ? null : srcPath.resolve(named), rel.resolve(named), unrolled);
				case Libc.S_IFLNK -> {
					if (srcPath == null) {
						copyLink(fds, src, dst, name, child, dstChild);
					} else {
						copySmartLink(state, src, dst, name, child, dstChild, dstPath, srcPath, rel.resolve(named), unrolled);
					}
				}
				case Libc.S_IFREG -> {
					if (state.rules != null && fds.links() > 1) {
						state.rules.hardLink(new FileId(fds.dev(), fds.ino()), fds.links(), rel.resolve(named));
					}
					copyRegular(state, src, dst, name, child, dstChild, dstPath);
				}
				default -> throw Fds.special(child, fds.type()); // never opened: a fifo would hang, a device never end
			}
		}
	}

	private void copyDirectory(CopyState state, int src, int dst, byte[] name, String child, String dstChild,
			byte[] dstPath, @Nullable Path srcPath, Path rel, boolean unrolled) throws IOException {
		Fds fds = state.fds;
		if (fds.dev() != state.dev || fds.isMountRoot(src, name)) {
			throw new FileSystemException(child, null, Messages.Detail_MountNotEntered);
		}
		if (state.open.contains(new FileId(fds.dev(), fds.ino()))) {
			// only in a folder reached through a link being unrolled: the copy itself, or a folder
			// being copied (the tree's own parent, say); copying it would never end
			java.util.Objects.requireNonNull(state.rules).warn(org.eclipse.osgi.util.NLS.bind(Messages.SmartCopy_FolderLeftOut,
					org.linksmith.core.internal.Errors.show(Path.of(dstChild))));
			return;
		}
		int from = fds.openListedDirectory(src, name, child);
		try {
			copyOpenDirectory(state, from, dst, name, child, dstChild, dstPath, srcPath, rel, unrolled);
		} finally {
			Libc.close(from);
		}
	}

	/** Copies the open folder {@code from} (its attributes in {@code fds}) as {@code dst/name}. */
	private void copyOpenDirectory(CopyState state, int from, int dst, byte[] name, String child, String dstChild,
			byte[] dstPath, @Nullable Path srcPath, Path rel, boolean unrolled) throws IOException {
		Fds fds = state.fds;
		FileId id = new FileId(fds.dev(), fds.ino());
		FdAttributes.Attributes attributes = new FdAttributes.Attributes(fds);
		try {
			Libc.mkdirat(dst, name, 0700); // private while it is filled; its mode comes last
		} catch (LastErrorException e) {
			throw Fds.error(e, dstChild);
		}
		int to = Fds.openDirectory(dst, name, true, dstChild);
		boolean added = state.open.add(id);
		try {
			copyContents(state, from, to, child, dstChild, Fds.join(dstPath, name), srcPath, rel, unrolled);
			attributes.applyToFolder(from, to, dstChild);
		} finally {
			if (added) {
				state.open.remove(id);
			}
			Libc.close(to);
		}
	}

	static void copyLink(Fds fds, int src, int dst, byte[] name, String child, String dstChild)
			throws IOException {
		FdAttributes.Attributes attributes = new FdAttributes.Attributes(fds);
		byte[] target = fds.readLink(src, name, child);
		makeLink(attributes, target, dst, name, dstChild);
	}

	private static void makeLink(FdAttributes.Attributes attributes, byte[] target, int dst, byte[] name,
			String dstChild) throws IOException {
		try {
			Libc.symlinkat(target, dst, name);
		} catch (LastErrorException e) {
			throw Fds.error(e, dstChild);
		}
		attributes.applyToLink(dst, name);
	}

	/** A link met by a Smart Copy: kept, re-pointed, spliced, left out, or replaced by what it reaches. */
	private void copySmartLink(CopyState state, int src, int dst, byte[] name, String child, String dstChild,
			byte[] dstPath, Path srcPath, Path rel, boolean unrolled) throws IOException {
		Fds fds = state.fds;
		LinkRules rules = java.util.Objects.requireNonNull(state.rules);
		FdAttributes.Attributes attributes = new FdAttributes.Attributes(fds);
		byte[] target = fds.readLink(src, name, child);
		Path stored = pathOf(target);
		LinkRules.Decision d = rules.link(srcPath, rel, stored, unrolled);
		if (d.action() == Action.CROPPED) {
			return;
		}
		if (d.action() == Action.UNROLLED) {
			d = unroll(state, src, dst, name, child, dstChild, dstPath, srcPath, rel, stored);
			if (d == null) {
				return;
			}
		}
		Path written = d.target();
		makeLink(attributes, written == null ? target : nul(RawNames.bytesOf(written)), dst, name, dstChild);
	}

	/**
	 * Copies what a link reaches in its place: a file's bytes, or a folder's tree (unrolled again
	 * where its own links point out of the tree).
	 *
	 * @return {@code null} when done, or what to make instead (a link that leads back into a
	 *         folder being copied is spliced)
	 */
	private LinkRules.@Nullable Decision unroll(CopyState state, int src, int dst, byte[] name, String child,
			String dstChild, byte[] dstPath, Path srcPath, Path rel, Path stored) throws IOException {
		Fds fds = state.fds;
		LinkRules rules = java.util.Objects.requireNonNull(state.rules);
		Path real = rules.unrolledPath(srcPath, stored);
		int where;
		try {
			// follows the link (that is the point) but opens nothing yet: O_PATH, so that a device
			// node it leads to is never opened (opening some has effects: a watchdog, a tape)
			where = real == null ? -1 : Libc.openat(src, name, O_PATH | Libc.O_CLOEXEC);
		} catch (LastErrorException e) {
			where = -1;
		}
		if (where < 0) {
			return rules.loop(rel, srcPath, stored); // gone meanwhile: kept pointing where it did
		}
		try {
			fds.fstat(where, child);
			FileId id = new FileId(fds.dev(), fds.ino());
			int type = fds.type();
			if (type == Libc.S_IFDIR && (state.open.contains(id) || fds.dev() != state.dev)) {
				return rules.loop(rel, srcPath, stored);
			}
			if (type != Libc.S_IFDIR && type != Libc.S_IFREG) {
				throw Fds.special(child, type);
			}
			// the very file just looked at, opened through its descriptor
			int fd = reopen(where, type == Libc.S_IFDIR ? Libc.O_RDONLY | Libc.O_DIRECTORY | Libc.O_CLOEXEC
					: Libc.O_RDONLY | Libc.O_NONBLOCK | Libc.O_CLOEXEC, child);
			try {
				fds.fstat(fd, child);
				if (fds.dev() != id.volume() || fds.ino() != id.file()) {
					throw new FileSystemException(child, null, Messages.Detail_Replaced);
				}
				if (type == Libc.S_IFDIR) {
					copyOpenDirectory(state, fd, dst, name, child, dstChild, dstPath, real, rel, true);
				} else {
					long bytes = copyOpened(state, fd, dst, name, child, dstChild);
					state.monitor.worked((int) Math.min(Integer.MAX_VALUE, bytes / 1024));
				}
				return null;
			} finally {
				Libc.close(fd);
			}
		} finally {
			Libc.close(where);
		}
	}

	/** Opens what an {@code O_PATH} descriptor names, through its /proc/self/fd entry. */
	private static int reopen(int pathFd, int flags, String shown) throws IOException {
		byte[] proc = ("/proc/self/fd/" + pathFd + '\0').getBytes(java.nio.charset.StandardCharsets.US_ASCII); //$NON-NLS-1$
		try {
			return Libc.openat(Libc.AT_FDCWD, proc, flags);
		} catch (LastErrorException e) {
			throw Fds.error(e, shown);
		}
	}

	private static byte[] nul(byte[] bytes) {
		return java.util.Arrays.copyOf(bytes, bytes.length + 1);
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
			return copyOpened(state, in, dstDir, name, from, to);
		} finally {
			Libc.close(in);
		}
	}

	/** Copies the open regular file {@code in} (its attributes in {@code fds}) as {@code dstDir/name}. */
	private long copyOpened(CopyState state, int in, int dstDir, byte[] name, String from, String to)
			throws IOException {
		Fds fds = state.fds;
		FdAttributes.Attributes attributes = new FdAttributes.Attributes(fds);
		long size = fds.size();
		// as cp: a file that takes at least its size on disk has no holes to keep (three calls less)
		boolean sparse = fds.allocated() < size;
		int out;
		try {
			out = Libc.openat(dstDir, name, Libc.O_WRONLY | Libc.O_CREAT | Libc.O_EXCL | Libc.O_NOFOLLOW | Libc.O_CLOEXEC,
					0600);
		} catch (LastErrorException e) {
			throw Fds.error(e, to);
		}
		try {
			if (sparse) {
				copySparse(state, in, out, size, from, to);
			} else {
				copyRange(state, in, out, 0, size, from, to);
			}
			attributes.applyToFile(in, out, to);
		} finally {
			Libc.close(out);
		}
		return size;
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
		// the kernel copies the range itself where it can (no round trip through this process, as
		// cp does); where it cannot (another file system type, an old kernel), through a buffer
		while (state.inKernel && position < end) {
			checkCanceled(state.monitor);
			state.offsets.setLong(0, position);
			state.offsets.setLong(8, position);
			long n;
			try {
				n = Libc.syscall(Libc.SYS_COPY_FILE_RANGE, in, state.offsets, out, state.offsets.share(8),
						Math.min(1L << 30, end - position), 0);
			} catch (LastErrorException e) {
				int errno = e.getErrorCode();
				if (errno == Fds.EINVAL || errno == 18 /* EXDEV */ || errno == 38 /* ENOSYS */
						|| errno == Fds.EOPNOTSUPP || errno == 9 /* EBADF */ || errno == 1 /* EPERM */) {
					state.inKernel = false;
					break;
				}
				throw Fds.error(e, to);
			}
			if (n <= 0) {
				break; // the end, or a file the kernel will not copy (procfs, sysfs): the loop below tells
			}
			position += n;
		}
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

	// ---- verify and hard-link clone: FdVerify, FdClone

	@Override
	public String verify(Path original, Path copy, IProgressMonitor monitor) throws IOException {
		return new FdVerify(charset).verify(original, copy, monitor);
	}

	@Override
	public long hardLinkClone(Path source, Path target, IProgressMonitor monitor) throws IOException {
		return new FdClone(charset).hardLinkClone(source, target, monitor);
	}

	// ---- shared

	/**
	 * Opens the root of an operation: its parent folders are followed (the caller named them), the
	 * root itself must be a real folder, not a link. Leaves its attributes in {@code fds}.
	 */
	static int openRoot(Fds fds, Path root, String shown) throws IOException {
		int fd = Fds.openDirectory(Libc.AT_FDCWD, Fds.rawBytes(root), true, shown);
		try {
			fds.fstat(fd, shown);
		} catch (IOException e) {
			Libc.close(fd);
			throw e;
		}
		return fd;
	}

	static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
