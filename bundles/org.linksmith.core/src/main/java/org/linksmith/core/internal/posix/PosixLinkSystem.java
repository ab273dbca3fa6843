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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkType;
import org.linksmith.core.internal.Errors;
import org.linksmith.core.internal.IoErrors;
import org.linksmith.core.internal.FileId;
import org.linksmith.core.internal.LinkSystem;
import org.linksmith.core.internal.LinkSystems;
import org.linksmith.core.internal.NioTreeWalker;
import org.linksmith.core.internal.TreeEngine;
import org.linksmith.core.internal.TreeWalker;

/**
 * Links on Linux, macOS and other POSIX systems, through {@code java.nio.file}. Junctions do not
 * exist here.
 */
public final class PosixLinkSystem implements LinkSystem {

	private final boolean fastWalker;
	private volatile TreeWalker walker;
	private volatile TreeEngine engine;

	/** Uses the fast Linux walker where it is available. */
	public PosixLinkSystem() {
		this(true);
	}

	/**
	 * @param fastWalker whether to use the native Linux walker where it is available (else the
	 *        portable one)
	 */
	public PosixLinkSystem(boolean fastWalker) {
		this.fastWalker = fastWalker;
	}

	@Override
	public Set<LinkType> supportedTypes(Path where) {
		return LinkSystems.onVolume(EnumSet.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY, LinkType.HARD), where, this);
	}

	@Override
	public LinkType classify(Path path, BasicFileAttributes attrs) throws IOException {
		if (attrs.isSymbolicLink()) {
			return Files.isDirectory(path) ? LinkType.SYMBOLIC_DIRECTORY : LinkType.SYMBOLIC_FILE;
		}
		if (attrs.isRegularFile() && linkCount(path) > 1) {
			return LinkType.HARD;
		}
		return LinkType.NONE;
	}

	/** One {@code lstat} (the unix view holds the name count); a link adds a readlink and a stat. */
	@Override
	public LinkService.Described describe(Path path) throws IOException {
		java.util.Map<String, Object> attrs = Files.readAttributes(path, "unix:mode,nlink", LinkOption.NOFOLLOW_LINKS); //$NON-NLS-1$
		int format = ((Integer) attrs.get("mode")).intValue() & 0170000; //$NON-NLS-1$
		switch (format) {
			case 0120000: // a symbolic link
				return LinkSystem.describeLink(path, LinkType.SYMBOLIC_FILE, readTarget(path));
			case 0100000: { // a regular file
				long links = ((Integer) attrs.get("nlink")).longValue(); //$NON-NLS-1$
				return new LinkService.Described(LinkInfo.withoutTarget(path, links > 1 ? LinkType.HARD : LinkType.NONE, links), false);
			}
			default:
				return new LinkService.Described(LinkInfo.withoutTarget(path, LinkType.NONE, 1), format == 0040000);
		}
	}

	@Override
	public Path readTarget(Path link) throws IOException {
		return Files.readSymbolicLink(link);
	}

	@Override
	public void createSymbolicLink(Path link, Path target, boolean directory) throws IOException {
		Files.createSymbolicLink(link, target);
	}

	@Override
	public void createHardLink(Path link, Path existing) throws IOException {
		Files.createLink(link, existing);
	}

	@Override
	public void createJunction(Path link, Path absoluteTarget) throws IOException {
		throw new UnsupportedOperationException();
	}

	@Override
	public void checkJunctionTarget(Path link, Path absoluteTarget) throws LinkException {
		throw junctionsNotSupported(link);
	}

	/**
	 * @param link the junction that was asked for
	 * @return the error for junctions on this system
	 */
	public static LinkException junctionsNotSupported(Path link) {
		return Errors.junctionsNotSupported(link);
	}

	@Override
	public long linkCount(Path file) throws IOException {
		return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).longValue(); //$NON-NLS-1$
	}

	@Override
	public Object volumeOf(Path existing) throws IOException {
		return Files.getAttribute(existing, "unix:dev"); //$NON-NLS-1$
	}

	@Override
	public FileId fileId(Path file) throws IOException {
		Map<String, Object> a = Files.readAttributes(file, "unix:dev,ino", LinkOption.NOFOLLOW_LINKS); //$NON-NLS-1$
		return new FileId(((Number) a.get("dev")).longValue(), ((Number) a.get("ino")).longValue()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private TreeWalker.Stat statUnchecked(Path file) {
		try {
			Map<String, Object> a = Files.readAttributes(file, "unix:dev,ino,nlink", LinkOption.NOFOLLOW_LINKS); //$NON-NLS-1$
			return new TreeWalker.Stat(
					new FileId(((Number) a.get("dev")).longValue(), ((Number) a.get("ino")).longValue()), //$NON-NLS-1$ //$NON-NLS-2$
					((Number) a.get("nlink")).longValue()); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void removeLink(Path link, LinkType type) throws IOException {
		// unlink(2): removes the name only; never follows a symbolic link
		if (fastWalker && LinuxTreeWalker.isAvailable() && type != LinkType.JUNCTION) {
			new FdTree(FdTree.defaultCharset()).removeName(link, type != LinkType.HARD);
			return;
		}
		Files.delete(link);
	}

	@Override
	public void replaceAtomically(Path replacement, Path link) throws IOException {
		// rename(2) replaces the old link in one step; a symbolic link to a directory is replaced,
		// never the directory it points to
		if (fastWalker && LinuxTreeWalker.isAvailable()) {
			// in the link's open folder, and never in the place of anything but a symbolic link
			new FdTree(FdTree.defaultCharset()).replaceLink(replacement, link);
			return;
		}
		Files.move(replacement, link, StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public TreeEngine treeEngine() {
		if (!fastWalker || !LinuxTreeWalker.isAvailable()) {
			return null;
		}
		TreeEngine e = engine;
		if (e == null) {
			e = new FdTreeEngine(FdTree.defaultCharset());
			engine = e;
		}
		return e;
	}

	@Override
	public boolean isMountPoint(Path folder) throws IOException {
		if (!fastWalker || !LinuxTreeWalker.isAvailable()) {
			return false;
		}
		return new FdTree(FdTree.defaultCharset()).isMountRoot(folder);
	}

	@Override
	public boolean isOnReadOnlyVolume(Path existing) throws IOException {
		if (!fastWalker || !LinuxTreeWalker.isAvailable()) {
			return LinkSystem.super.isOnReadOnlyVolume(existing);
		}
		try {
			// the kernel's answer for this very mount (a read-only bind mount included), as root too
			Libc.faccessat(Libc.AT_FDCWD, Fds.rawBytes(existing), 2 /* W_OK */, 0x200 /* AT_EACCESS */);
			return false;
		} catch (com.sun.jna.LastErrorException e) {
			return e.getErrorCode() == EROFS;
		}
	}

	private static final int EROFS = 30;

	@Override
	public boolean renameNoReplace(Path from, Path to) throws IOException {
		if (!fastWalker || !LinuxTreeWalker.isAvailable()) {
			return false;
		}
		try {
			Libc.syscall(Libc.SYS_RENAMEAT2, Libc.AT_FDCWD, Fds.rawBytes(from), Libc.AT_FDCWD, Fds.rawBytes(to),
					Libc.RENAME_NOREPLACE);
			return true;
		} catch (com.sun.jna.LastErrorException e) {
			switch (e.getErrorCode()) {
				case EXDEV:
					throw new java.nio.file.AtomicMoveNotSupportedException(from.toString(), to.toString(), null);
				case EEXIST:
					throw new java.nio.file.FileAlreadyExistsException(to.toString());
				case Fds.ENOSYS, Fds.EINVAL:
					return false; // no RENAME_NOREPLACE here: the caller renames another way
				default:
					throw Fds.error(e, from.toString());
			}
		}
	}

	private static final int EEXIST = 17;
	private static final int EXDEV = 18;

	@Override
	public boolean exchange(Path a, Path b) throws IOException {
		if (!fastWalker || !LinuxTreeWalker.isAvailable()) {
			return false;
		}
		return new FdTree(FdTree.defaultCharset()).exchange(a, b);
	}

	@Override
	public TreeWalker treeWalker() {
		TreeWalker w = walker;
		if (w == null) {
			// chosen on first use, so that commands that never walk a tree do not load native code
			w = fastWalker && LinuxTreeWalker.isAvailable()
					? new LinuxTreeWalker(Runtime.getRuntime().availableProcessors())
					: new NioTreeWalker(this::statUnchecked);
			walker = w;
		}
		return w;
	}

	@Override
	public LinkException translate(IOException e, Operation operation, Path path, Path other) {
		return Errors.create(reasonOf(e), path, other, detailOf(e), e);
	}

	/**
	 * @param e an error
	 * @return the system's words for it
	 */
	public static String detailOf(IOException e) {
		return IoErrors.detailOf(e);
	}

	/**
	 * @param e an error
	 * @return the reason
	 */
	public static Reason reasonOf(IOException e) {
		return IoErrors.reasonOf(e);
	}
}
