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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.linksmith.core.internal.FileId;
import org.linksmith.core.RawNames;
import org.linksmith.core.internal.TreeWalker;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * A fast walker for Linux: reads whole batches of directory entries with the {@code getdents64}
 * system call and takes each entry's type from the listing, so no {@code lstat} is needed per entry
 * (as GNU find does). Sub-directories are opened with {@code O_NOFOLLOW}, so a directory swapped
 * for a link during the walk is never entered. Directories are listed on several threads.
 * <p>
 * Kept in one class: the getdents64 record parser, the descriptor chain of the walk and the
 * {@code Directory} the handler sees share the listing buffer and the open descriptors; split apart
 * they would pass raw buffers and descriptors between classes, which is where such code goes wrong.
 * </p>
 */
public final class LinuxTreeWalker implements TreeWalker {

	private static final int BUFFER_SIZE = 64 * 1024;
	private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;
	private static final ThreadLocal<Memory> BUFFER = ThreadLocal.withInitial(() -> new Memory(BUFFER_SIZE));
	private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[BUFFER_SIZE]);
	private static final byte[] EMPTY_NAME = { 0 };
	private static final ThreadLocal<Memory> STAT = ThreadLocal.withInitial(() -> new Memory(Libc.STAT_BUFFER_SIZE));
	private static final int LINK_BUFFER_SIZE = 4096;
	private static final ThreadLocal<Memory> LINK = ThreadLocal.withInitial(() -> new Memory(LINK_BUFFER_SIZE));

	private final Charset charset;
	private final int parallelism;

	/**
	 * @param parallelism how many directories to list at once
	 */
	public LinuxTreeWalker(int parallelism) {
		this.charset = fileNameCharset();
		this.parallelism = Math.max(1, parallelism);
	}

	/** @return whether this walker can run on this machine */
	public static boolean isAvailable() {
		return Libc.AVAILABLE;
	}

	static Charset fileNameCharset() {
		String name = System.getProperty("sun.jnu.encoding"); //$NON-NLS-1$
		try {
			return name == null ? Charset.defaultCharset() : Charset.forName(name);
		} catch (RuntimeException e) {
			return Charset.defaultCharset();
		}
	}

	@Override
	public void walk(Path root, boolean recursive, Handler handler, IProgressMonitor monitor) throws IOException {
		Walk walk = new Walk(handler, monitor, recursive);
		String rootString = root.toString();
		// the root is followed (the user named it); a failure to open it is the caller's error
		int fd = walk.open(rootString, false);
		ForkJoinPool pool = new ForkJoinPool(parallelism);
		try {
			pool.invoke(new DirTask(walk, rootString, fd));
		} finally {
			pool.shutdownNow();
		}
		if (walk.canceled.get()) {
			throw new OperationCanceledException();
		}
	}

	private final class Walk {
		final Handler handler;
		final IProgressMonitor monitor;
		final boolean recursive;
		/** Whether regular files reach the handler at all (their names are not even read when not). */
		final boolean regularFiles;
		final AtomicBoolean canceled = new AtomicBoolean();
		final AtomicLong lastProgress = new AtomicLong(System.nanoTime());

		Walk(Handler handler, IProgressMonitor monitor, boolean recursive) {
			this.handler = handler;
			this.monitor = monitor;
			this.recursive = recursive;
			this.regularFiles = handler.wantsRegularFiles();
		}

		boolean checkCanceled() {
			if (!canceled.get() && monitor.isCanceled()) {
				canceled.set(true);
			}
			return canceled.get();
		}

		void progress(String dir) {
			long now = System.nanoTime();
			long last = lastProgress.get();
			if (now - last > PROGRESS_INTERVAL_NANOS && lastProgress.compareAndSet(last, now)) {
				synchronized (monitor) {
					monitor.subTask(dir);
				}
			}
		}

		int open(String dir, boolean noFollow) throws IOException {
			int flags = Libc.O_RDONLY | Libc.O_DIRECTORY | Libc.O_CLOEXEC | (noFollow ? Libc.O_NOFOLLOW : 0);
			try {
				return Libc.open(cString(dir), flags);
			} catch (LastErrorException e) {
				throw errnoException(e.getErrorCode(), dir);
			}
		}

		byte[] cString(String s) {
			byte[] b = RawNames.encode(s, charset);
			return Arrays.copyOf(b, b.length + 1);
		}
	}

	static IOException errnoException(int errno, String path) {
		return switch (errno) {
			case 2 -> new NoSuchFileException(path);
			case 13, 1 -> new AccessDeniedException(path);
			case 20 -> new NotDirectoryException(path);
			default -> new FileSystemException(path, null, describe(errno));
		};
	}

	/** @return the system's words for an error number, as strerror(3) gives them in English */
	static String describe(int errno) {
		return switch (errno) {
			case 5 -> "Input/output error"; //$NON-NLS-1$
			case 16 -> "Device or resource busy"; //$NON-NLS-1$
			case 17 -> "File exists"; //$NON-NLS-1$
			case 18 -> "Invalid cross-device link"; //$NON-NLS-1$
			case 21 -> "Is a directory"; //$NON-NLS-1$
			case 22 -> "Invalid argument"; //$NON-NLS-1$
			case 24 -> "Too many open files"; //$NON-NLS-1$
			case 27 -> "File too large"; //$NON-NLS-1$
			case 28 -> "No space left on device"; //$NON-NLS-1$
			case 30 -> "Read-only file system"; //$NON-NLS-1$
			case 31 -> "Too many links"; //$NON-NLS-1$
			case 36 -> "File name too long"; //$NON-NLS-1$
			case 39 -> "Directory not empty"; //$NON-NLS-1$
			case 40 -> "Too many levels of symbolic links"; //$NON-NLS-1$
			case 61 -> "No data available"; //$NON-NLS-1$
			case 95 -> "Operation not supported"; //$NON-NLS-1$
			case 122 -> "Disk quota exceeded"; //$NON-NLS-1$
			default -> "error " + errno; //$NON-NLS-1$
		};
	}

	private final class DirTask extends RecursiveAction implements Directory {
		private static final long serialVersionUID = 1L;
		private final transient Walk walk;
		private final String dir;
		/** The folder this one was listed in (its descriptor is open while this task runs), or null for the root. */
		private final transient DirTask parent;
		/** This folder's name in the parent, and the inode the parent's listing gave for it. */
		private final String name;
		private final long listedInode;
		private int fd;
		private long device;
		private transient long currentInode;
		private transient Path path;
		/** The entry being reported, and where its NUL-terminated name is in the listing buffer. */
		private transient String currentName;
		private transient Pointer currentNamePointer;

		DirTask(Walk walk, String dir, int fd) {
			this.walk = walk;
			this.dir = dir;
			this.fd = fd;
			this.parent = null;
			this.name = null;
			this.listedInode = 0;
		}

		/** A sub-folder, opened relative to the parent's descriptor when its turn comes. */
		DirTask(Walk walk, String dir, DirTask parent, String name, long listedInode) {
			this.walk = walk;
			this.dir = dir;
			this.fd = -1;
			this.parent = parent;
			this.name = name;
			this.listedInode = listedInode;
		}

		/**
		 * Opens this sub-folder with openat(parent, name, O_NOFOLLOW|O_DIRECTORY): a folder swapped
		 * for a link is refused by the kernel at every level, not only the last, and a folder
		 * swapped for another folder is told by its inode. Paths longer than PATH_MAX never reach
		 * the kernel.
		 */
		private int openChild() throws IOException {
			int flags = Libc.O_RDONLY | Libc.O_DIRECTORY | Libc.O_CLOEXEC | Libc.O_NOFOLLOW;
			int child;
			try {
				child = Libc.openat(parent.fd, walk.cString(name), flags);
			} catch (LastErrorException e) {
				throw Fds.error(e, dir);
			}
			Memory st = STAT.get();
			try {
				Libc.fstatat(child, EMPTY_NAME, st, Libc.AT_EMPTY_PATH);
			} catch (LastErrorException e) {
				Libc.close(child);
				throw errnoException(e.getErrorCode(), dir);
			}
			device = st.getLong(Libc.STAT_DEV);
			if (device == parent.device && listedInode != 0 && st.getLong(Libc.STAT_INO) != listedInode) {
				Libc.close(child);
				throw new FileSystemException(dir, null,
						"the folder was replaced during the walk; what is there now was not read"); //$NON-NLS-1$
			}
			return child;
		}

		@Override
		protected void compute() {
			if (walk.checkCanceled()) {
				if (fd >= 0) {
					Libc.close(fd);
				}
				return;
			}
			List<DirTask> children = walk.recursive ? new ArrayList<>() : null;
			try {
				if (fd < 0) {
					fd = parent != null ? openChild() : walk.open(dir, true);
				}
				if (parent == null) {
					device = deviceOf(fd);
				}
				walk.progress(dir);
				list(children);
				// the sub-folders open relative to this descriptor: it stays open until they are done
				if (children != null && !children.isEmpty()) {
					invokeAll(children);
				}
			} catch (IOException e) {
				walk.handler.failed(path(), e);
			} finally {
				if (fd >= 0) {
					Libc.close(fd);
					fd = -1;
				}
			}
		}

		private long deviceOf(int descriptor) {
			Memory st = STAT.get();
			try {
				Libc.fstatat(descriptor, EMPTY_NAME, st, Libc.AT_EMPTY_PATH);
				return st.getLong(Libc.STAT_DEV);
			} catch (LastErrorException e) {
				return -1;
			}
		}

		private void list(List<DirTask> children) throws IOException {
			Memory buffer = BUFFER.get();
			byte[] bytes = BYTES.get();
			CharsetDecoder decoder = null;
			while (true) {
				long n;
				try {
					n = Libc.syscall(Libc.SYS_GETDENTS64, fd, buffer, BUFFER_SIZE);
				} catch (LastErrorException e) {
					throw errnoException(e.getErrorCode(), dir);
				}
				if (n <= 0) {
					return;
				}
				buffer.read(0, bytes, 0, (int) n);
				int off = 0;
				while (off < n) {
					int reclen = (bytes[off + 16] & 0xff) | (bytes[off + 17] & 0xff) << 8;
					long inode = 0;
					for (int k = 7; k >= 0; k--) {
						inode = inode << 8 | (bytes[off + k] & 0xff);
					}
					currentInode = inode;
					int type = bytes[off + 18] & 0xff;
					if (type == Libc.DT_REG && !walk.regularFiles) {
						off += reclen; // nothing to do with it: its name is not even decoded
						continue;
					}
					int nameStart = off + 19;
					int nameEnd = nameStart;
					int end = off + reclen;
					boolean ascii = true;
					while (nameEnd < end && bytes[nameEnd] != 0) {
						ascii &= bytes[nameEnd] >= 0;
						nameEnd++;
					}
					off = end;
					int len = nameEnd - nameStart;
					if (bytes[nameStart] == '.' && (len == 1 || len == 2 && bytes[nameStart + 1] == '.')) {
						continue;
					}
					String name;
					if (ascii) {
						name = new String(bytes, nameStart, len, java.nio.charset.StandardCharsets.ISO_8859_1);
					} else {
						if (decoder == null) {
							decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
									.onUnmappableCharacter(CodingErrorAction.REPORT);
						}
						try {
							CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, nameStart, len));
							name = chars.toString();
						} catch (CharacterCodingException e) {
							// not valid in the locale: kept byte for byte (escaped), never skipped
							name = RawNames.decode(bytes, nameStart, len, charset);
						}
					}
					currentName = name;
					currentNamePointer = buffer.share(nameStart);
					entry(name, type, children);
					currentName = null;
					currentNamePointer = null;
				}
			}
		}

		private void entry(String name, int type, List<DirTask> children) {
			if (type == Libc.DT_UNKNOWN) {
				try {
					type = modeToType(statRaw(name));
				} catch (IOException e) {
					walk.handler.failed(resolve(name), e);
					return;
				}
			}
			EntryKind kind;
			switch (type) {
				case Libc.DT_DIR:
					if (children != null && walk.handler.descend(name)) {
						children.add(new DirTask(walk, child(name), this, name, currentInode));
						return;
					}
					kind = EntryKind.DIRECTORY; // not walking into it: report it
					break;
				case Libc.DT_LNK:
					kind = EntryKind.SYMLINK;
					break;
				case Libc.DT_REG:
					kind = EntryKind.REGULAR;
					break;
				default:
					kind = EntryKind.OTHER;
			}
			try {
				walk.handler.entry(this, name, kind);
			} catch (IOException e) {
				walk.handler.failed(resolve(name), e);
			}
		}

		private String child(String name) {
			return dir.endsWith("/") ? dir + name : dir + '/' + name; //$NON-NLS-1$
		}

		private Memory statRaw(String name) throws IOException {
			Memory st = STAT.get();
			try {
				if (name == currentName) {
					// no copy: the name is NUL-terminated in the listing buffer
					Libc.fstatat(fd, currentNamePointer, st, Libc.AT_SYMLINK_NOFOLLOW);
				} else {
					Libc.fstatat(fd, walk.cString(name), st, Libc.AT_SYMLINK_NOFOLLOW);
				}
			} catch (LastErrorException e) {
				throw errnoException(e.getErrorCode(), child(name));
			}
			return st;
		}

		@Override
		public SymlinkFacts symlink(String name, boolean resolve) throws IOException {
			if (name != currentName) {
				return null;
			}
			Memory link = LINK.get();
			long n;
			try {
				n = Libc.readlinkat(fd, currentNamePointer, link, LINK_BUFFER_SIZE);
			} catch (LastErrorException e) {
				throw errnoException(e.getErrorCode(), child(name));
			}
			if (n <= 0 || n >= LINK_BUFFER_SIZE) {
				return null;
			}
			byte[] bytes = link.getByteArray(0, (int) n);
			String target = decodeStrictly(bytes);
			if (target == null) {
				return null;
			}
			if (!resolve) {
				return new SymlinkFacts(target, followEnd(), false, null);
			}
			// the kernel follows the link once, in this folder; what it reached is named by the
			// descriptor's /proc entry (every link and ".." resolved as the kernel resolved them)
			int reached;
			try {
				reached = Libc.openat(fd, currentNamePointer, Libc.O_PATH | Libc.O_CLOEXEC);
			} catch (LastErrorException e) {
				if (e.getErrorCode() == 40) {
					return new SymlinkFacts(target, End.LOOP, true, null); // the caller follows the loop's chain
				}
				Path wouldBe = e.getErrorCode() == 2 ? wouldBe(bytes, link) : null;
				// where the target would be, or (unknown, a chain) for the caller to follow
				return new SymlinkFacts(target, End.MISSING, wouldBe == null, wouldBe);
			}
			End end;
			Path resolved;
			Memory st = STAT.get();
			try {
				Libc.fstatat(reached, EMPTY_NAME, st, Libc.AT_EMPTY_PATH);
				end = (st.getInt(Libc.STAT_MODE) & Libc.S_IFMT) == Libc.S_IFDIR ? End.DIRECTORY : End.FILE;
				resolved = procPath(reached, link);
			} catch (LastErrorException e) {
				return null;
			} finally {
				Libc.close(reached);
			}
			boolean targetIsLink;
			byte[] targetC = Arrays.copyOf(bytes, bytes.length + 1);
			try {
				Libc.fstatat(fd, targetC, st, Libc.AT_SYMLINK_NOFOLLOW);
				targetIsLink = (st.getInt(Libc.STAT_MODE) & Libc.S_IFMT) == Libc.S_IFLNK;
			} catch (LastErrorException e) {
				targetIsLink = true; // unknown: let the caller follow the chain itself
			}
			return new SymlinkFacts(target, end, targetIsLink, resolved);
		}

		/**
		 * For a link whose target is missing: where the kernel would have found the target, when
		 * only its last name is missing (its folder exists, reached from this folder as the kernel
		 * reaches it) and that name is no link itself; else {@code null}.
		 */
		private Path wouldBe(byte[] target, Memory buffer) {
			Memory st = STAT.get();
			try {
				Libc.fstatat(fd, Arrays.copyOf(target, target.length + 1), st, Libc.AT_SYMLINK_NOFOLLOW);
				return null; // something is there (a link of a chain, or it appeared meanwhile)
			} catch (LastErrorException e) {
				if (e.getErrorCode() != 2) {
					return null;
				}
			}
			int slash = target.length - 1;
			while (slash >= 0 && target[slash] != '/') {
				slash--;
			}
			byte[] base = Arrays.copyOfRange(target, slash + 1, target.length);
			if (base.length == 0 || base[0] == '.' && (base.length == 1 || base.length == 2 && base[1] == '.')) {
				return null;
			}
			String baseName = decodeStrictly(base);
			if (baseName == null) {
				return null;
			}
			byte[] folder = slash < 0 ? new byte[] { '.', 0 }
					: Arrays.copyOf(target, slash == 0 ? 2 : slash + 1); // "/" for "/name"
			folder[folder.length - 1] = 0;
			if (slash == 0) {
				folder[0] = '/';
			}
			int folderFd;
			try {
				folderFd = Libc.openat(fd, folder, Libc.O_PATH | Libc.O_DIRECTORY | Libc.O_CLOEXEC);
			} catch (LastErrorException e) {
				return null; // a folder on the way is missing too: the caller reads the rest as given
			}
			try {
				Path real = procPath(folderFd, buffer);
				return real == null ? null : real.resolve(baseName);
			} finally {
				Libc.close(folderFd);
			}
		}

		/** @return what following the current entry (a link) reaches, from one {@code stat} in this folder */
		private End followEnd() {
			Memory st = STAT.get();
			try {
				Libc.fstatat(fd, currentNamePointer, st, 0);
				return (st.getInt(Libc.STAT_MODE) & Libc.S_IFMT) == Libc.S_IFDIR ? End.DIRECTORY : End.FILE;
			} catch (LastErrorException e) {
				// ELOOP: a loop; anything else: missing
				return e.getErrorCode() == 40 ? End.LOOP : End.MISSING;
			}
		}

		/**
		 * @return the path {@code /proc/self/fd/N} names for an open descriptor, or {@code null} when
		 *         it is not a plain absolute path in the file-name encoding (no /proc, a file
		 *         deleted meanwhile, a name the locale cannot decode, a path too long)
		 */
		private Path procPath(int descriptor, Memory buffer) {
			byte[] proc = ("/proc/self/fd/" + descriptor + '\0').getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); //$NON-NLS-1$
			long n;
			try {
				n = Libc.readlinkat(Libc.AT_FDCWD, proc, buffer, LINK_BUFFER_SIZE);
			} catch (LastErrorException e) {
				return null;
			}
			if (n <= 0 || n >= LINK_BUFFER_SIZE || buffer.getByte(0) != '/') {
				return null;
			}
			String text = decodeStrictly(buffer.getByteArray(0, (int) n));
			if (text == null || text.endsWith(" (deleted)")) { //$NON-NLS-1$
				return null;
			}
			return Path.of(text);
		}

		private String decodeStrictly(byte[] bytes) {
			try {
				return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			} catch (CharacterCodingException e) {
				return null;
			}
		}

		private int modeToType(Memory st) {
			int mode = st.getInt(Libc.STAT_MODE) & Libc.S_IFMT;
			return switch (mode) {
				case Libc.S_IFDIR -> Libc.DT_DIR;
				case Libc.S_IFREG -> Libc.DT_REG;
				case Libc.S_IFLNK -> Libc.DT_LNK;
				default -> -1;
			};
		}

		@Override
		public Path path() {
			if (path == null) {
				path = parent != null && RawNames.hasEscapes(dir) ? RawNames.resolve(parent.path(), name, charset)
						: Path.of(dir);
			}
			return path;
		}

		@Override
		public Path resolve(String entry) {
			if (RawNames.hasEscapes(dir) || RawNames.hasEscapes(entry)) {
				return RawNames.resolve(path(), entry, charset);
			}
			return Path.of(dir, entry);
		}

		@Override
		public Stat stat(String name) throws IOException {
			Memory st = statRaw(name);
			long links = Libc.STAT_NLINK_IS_LONG ? st.getLong(Libc.STAT_NLINK) : st.getInt(Libc.STAT_NLINK) & 0xffffffffL;
			return new Stat(new FileId(st.getLong(Libc.STAT_DEV), st.getLong(Libc.STAT_INO)), links);
		}
	}
}
