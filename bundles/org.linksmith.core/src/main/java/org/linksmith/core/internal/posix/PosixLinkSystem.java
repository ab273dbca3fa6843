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
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkType;
import org.linksmith.core.internal.Errors;
import org.linksmith.core.internal.FileId;
import org.linksmith.core.internal.LinkSystem;
import org.linksmith.core.internal.Messages;
import org.linksmith.core.internal.NioTreeWalker;
import org.linksmith.core.internal.TreeWalker;

/**
 * Links on Linux, macOS and other POSIX systems, through {@code java.nio.file}. Junctions do not
 * exist here.
 */
public final class PosixLinkSystem implements LinkSystem {

	private final boolean fastWalker;
	private volatile TreeWalker walker;

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
		return EnumSet.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY, LinkType.HARD);
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
		return new LinkException(Reason.NOT_SUPPORTED, link, Messages.Error_JunctionNotSupported);
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
		Files.delete(link);
	}

	@Override
	public void replaceAtomically(Path replacement, Path link) throws IOException {
		// rename(2) replaces the old link in one step; a symbolic link to a directory is replaced,
		// never the directory it points to
		Files.move(replacement, link, StandardCopyOption.ATOMIC_MOVE);
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
		if (e instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/**
	 * Maps what {@code java.nio.file} reports to a reason. The JDK passes POSIX errors on as
	 * {@code strerror} text in {@link FileSystemException#getReason()}.
	 *
	 * @param e the error
	 * @return the reason
	 */
	public static Reason reasonOf(IOException e) {
		if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
			return Reason.ALREADY_EXISTS;
		}
		if (e instanceof NoSuchFileException) {
			return Reason.NOT_FOUND;
		}
		if (e instanceof AccessDeniedException) {
			return Reason.PERMISSION_DENIED;
		}
		if (e instanceof FileSystemLoopException) {
			return Reason.LOOP;
		}
		if (e instanceof NotLinkException) {
			return Reason.NOT_A_LINK;
		}
		if (e instanceof AtomicMoveNotSupportedException) {
			return Reason.CROSS_DEVICE;
		}
		if (e instanceof NotDirectoryException) {
			return Reason.INVALID_PATH;
		}
		String text = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
		if (text == null) {
			return Reason.IO_ERROR;
		}
		String t = text.toLowerCase(Locale.ROOT);
		if (t.contains("cross-device")) { //$NON-NLS-1$
			return Reason.CROSS_DEVICE;
		}
		if (t.contains("too many links")) { //$NON-NLS-1$
			return Reason.TOO_MANY_LINKS;
		}
		if (t.contains("too many levels of symbolic links")) { //$NON-NLS-1$
			return Reason.LOOP;
		}
		if (t.contains("file name too long") || t.contains("invalid argument") //$NON-NLS-1$ //$NON-NLS-2$
				|| t.contains("illegal byte sequence")) { //$NON-NLS-1$
			return Reason.INVALID_PATH;
		}
		if (t.contains("operation not permitted") || t.contains("permission denied") //$NON-NLS-1$ //$NON-NLS-2$
				|| t.contains("read-only file system")) { //$NON-NLS-1$
			return Reason.PERMISSION_DENIED;
		}
		if (t.contains("operation not supported") || t.contains("function not implemented")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Reason.NOT_SUPPORTED;
		}
		if (t.contains("file exists")) { //$NON-NLS-1$
			return Reason.ALREADY_EXISTS;
		}
		if (t.contains("no such file")) { //$NON-NLS-1$
			return Reason.NOT_FOUND;
		}
		return Reason.IO_ERROR;
	}
}
