/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal.windows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkType;
import org.linksmith.core.internal.Errors;
import org.linksmith.core.internal.FileId;
import org.linksmith.core.internal.IoErrors;
import org.linksmith.core.internal.LinkSystem;
import org.linksmith.core.internal.LinkSystems;
import org.linksmith.core.internal.Messages;
import org.linksmith.core.internal.NioTreeWalker;
import org.linksmith.core.internal.TreeWalker;

/**
 * Links on Windows: junctions through reparse points, symbolic and hard links through
 * {@code CreateSymbolicLinkW} / {@code CreateHardLinkW}, counts and identities through
 * {@code GetFileInformationByHandle}. All Win32 calls go through {@link Win32}.
 */
public final class WindowsLinkSystem implements LinkSystem {

	private final Win32 win32;
	private final Function<Path, String> toWin32;
	private final TreeWalker walker;

	/**
	 * @param win32 the Win32 calls
	 */
	public WindowsLinkSystem(Win32 win32) {
		this(win32, path -> WindowsPaths.toLongPath(path.toAbsolutePath().normalize().toString()));
	}

	/**
	 * @param win32 the Win32 calls
	 * @param toWin32 turns a path into the string passed to Win32 (long-path prefixed)
	 */
	WindowsLinkSystem(Win32 win32, Function<Path, String> toWin32) {
		this.win32 = win32;
		this.toWin32 = toWin32;
		this.walker = new NioTreeWalker(this::statUnchecked, this::entryKind);
	}

	/**
	 * What a listed entry is. Java's attributes cannot be trusted for reparse points: JDK 21-25 report
	 * a junction (and a OneDrive folder) as a directory that is also "other", JDK 26 as "other" only
	 * (JDK-8364277), later JDKs a cloud folder as a directory again (JDK-8389112). So for anything
	 * that may be one the attributes and the reparse tag are read from the file system, and
	 * {@link #kindOf(int, int)} decides.
	 */
	TreeWalker.EntryKind entryKind(Path entry, BasicFileAttributes attrs) throws IOException {
		if (attrs.isSymbolicLink()) {
			return TreeWalker.EntryKind.SYMLINK;
		}
		if (!attrs.isDirectory() && !attrs.isOther()) {
			return attrs.isRegularFile() ? TreeWalker.EntryKind.REGULAR : TreeWalker.EntryKind.OTHER;
		}
		int attributes = win32.getFileAttributes(win(entry));
		if ((attributes & Win32.FILE_ATTRIBUTE_REPARSE_POINT) == 0) {
			return (attributes & Win32.FILE_ATTRIBUTE_DIRECTORY) != 0 ? TreeWalker.EntryKind.DIRECTORY
					: attrs.isRegularFile() ? TreeWalker.EntryKind.REGULAR : TreeWalker.EntryKind.OTHER;
		}
		int tag;
		try {
			tag = ReparseData.tagOf(win32.getReparsePoint(win(entry)));
		} catch (WindowsException e) {
			// its tag cannot be read: taken for a link, reported and never entered (as Rust does)
			return (attributes & Win32.FILE_ATTRIBUTE_DIRECTORY) != 0 ? TreeWalker.EntryKind.REPARSE_POINT
					: TreeWalker.EntryKind.OTHER;
		}
		return kindOf(attributes, tag);
	}

	/**
	 * As Go, Rust and libuv tell reparse points apart: a symbolic link is one; any other tag with
	 * the name-surrogate bit (junctions, volume mount points, other redirections) is reported and
	 * never entered; a tag without it (cloud files, deduplicated files: the data is there, a
	 * driver serves it) is the directory or file it is.
	 *
	 * @param attributes the {@code FILE_ATTRIBUTE_*} bits
	 * @param tag the reparse tag (read only when {@code FILE_ATTRIBUTE_REPARSE_POINT} is set)
	 * @return what the walker makes of the entry
	 */
	static TreeWalker.EntryKind kindOf(int attributes, int tag) {
		boolean directory = (attributes & Win32.FILE_ATTRIBUTE_DIRECTORY) != 0;
		if ((attributes & Win32.FILE_ATTRIBUTE_REPARSE_POINT) != 0) {
			if (tag == ReparseData.TAG_SYMLINK) {
				return TreeWalker.EntryKind.SYMLINK;
			}
			if (ReparseData.isNameSurrogate(tag)) {
				return directory ? TreeWalker.EntryKind.REPARSE_POINT : TreeWalker.EntryKind.OTHER;
			}
		}
		return directory ? TreeWalker.EntryKind.DIRECTORY : TreeWalker.EntryKind.REGULAR;
	}

	private String win(Path path) {
		return toWin32.apply(path);
	}

	@Override
	public boolean resolvesDotDotInText() {
		// GetFullPathNameW resolves ".." in text before the file system sees the path
		return true;
	}

	@Override
	public Set<LinkType> supportedTypes(Path where) {
		return LinkSystems.onVolume(EnumSet.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY, LinkType.HARD, LinkType.JUNCTION), where, this);
	}

	@Override
	public LinkType classify(Path path, BasicFileAttributes attrs) throws IOException {
		int attributes = win32.getFileAttributes(win(path));
		if ((attributes & Win32.FILE_ATTRIBUTE_REPARSE_POINT) != 0) {
			ReparseData data = read(path);
			if (data.isSymbolicLink()) {
				return (attributes & Win32.FILE_ATTRIBUTE_DIRECTORY) != 0 ? LinkType.SYMBOLIC_DIRECTORY
						: LinkType.SYMBOLIC_FILE;
			}
			// a mount point whose target is a volume GUID path is a volume mount point, not a junction
			if (data.isMountPoint() && !data.substituteName().regionMatches(true, 0, "\\??\\Volume{", 0, 11)) { //$NON-NLS-1$
				return LinkType.JUNCTION;
			}
			return LinkType.OTHER_REPARSE_POINT;
		}
		if ((attributes & Win32.FILE_ATTRIBUTE_DIRECTORY) == 0 && linkCount(path) > 1) {
			return LinkType.HARD;
		}
		return LinkType.NONE;
	}

	private ReparseData read(Path link) throws IOException {
		byte[] data = win32.getReparsePoint(win(link));
		try {
			return ReparseData.decode(data, data.length);
		} catch (IllegalArgumentException e) {
			throw new WindowsException(WindowsErrors.ERROR_INVALID_REPARSE_DATA, "FSCTL_GET_REPARSE_POINT", link.toString()); //$NON-NLS-1$
		}
	}

	@Override
	public Path readTarget(Path link) throws IOException {
		ReparseData data = read(link);
		if (!data.isSymbolicLink() && !data.isMountPoint()) {
			throw new WindowsException(WindowsErrors.ERROR_NOT_A_REPARSE_POINT, "FSCTL_GET_REPARSE_POINT", link.toString()); //$NON-NLS-1$
		}
		return Path.of(data.target());
	}

	@Override
	public void createSymbolicLink(Path link, Path target, boolean directory) throws IOException {
		String l = win(link);
		// Windows resolves only backslashes in symbolic link targets
		String t = target.toString().replace('/', '\\');
		int flags = directory ? Win32.SYMBOLIC_LINK_FLAG_DIRECTORY : 0;
		try {
			win32.createSymbolicLink(l, t, flags | Win32.SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE);
		} catch (WindowsException e) {
			if (e.code() != WindowsErrors.ERROR_INVALID_PARAMETER) {
				throw e;
			}
			// Windows before 10 (1703) rejects the unprivileged flag: try again without it
			win32.createSymbolicLink(l, t, flags);
		}
	}

	@Override
	public void createHardLink(Path link, Path existing) throws IOException {
		win32.createHardLink(win(link), win(existing));
	}

	@Override
	public void createJunction(Path link, Path absoluteTarget) throws IOException {
		String l = win(link);
		String print = absoluteTarget.toString().replace('/', '\\');
		byte[] data = ReparseData.encodeMountPoint(WindowsPaths.toNtPath(print), WindowsPaths.fromNtPath(WindowsPaths.toNtPath(print)));
		win32.createDirectory(l);
		try {
			win32.setReparsePoint(l, data);
		} catch (WindowsException e) {
			// leave nothing behind: the directory was created just now and is empty
			try {
				win32.removeDirectory(l);
			} catch (WindowsException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
	}

	@Override
	public void checkJunctionTarget(Path link, Path absoluteTarget) throws LinkException {
		if (WindowsPaths.isNetworkPath(absoluteTarget.toString(), win32::driveType)) {
			throw Errors.create(Reason.NETWORK_PATH, link, absoluteTarget);
		}
	}

	@Override
	public long linkCount(Path file) throws IOException {
		return Integer.toUnsignedLong(win32.getFileInformation(win(file), false).links());
	}

	@Override
	public Object volumeOf(Path existing) throws IOException {
		return Integer.valueOf(win32.getFileInformation(win(existing), true).volumeSerial());
	}

	@Override
	public FileId fileId(Path file) throws IOException {
		Win32.FileInformation info = win32.getFileInformation(win(file), false);
		return new FileId(Integer.toUnsignedLong(info.volumeSerial()), info.fileIndex(), info.fileIdHigh());
	}

	private TreeWalker.Stat statUnchecked(Path file) {
		try {
			Win32.FileInformation info = win32.getFileInformation(win(file), false);
			return new TreeWalker.Stat(new FileId(Integer.toUnsignedLong(info.volumeSerial()), info.fileIndex(), info.fileIdHigh()),
					Integer.toUnsignedLong(info.links()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public List<Path> allNames(Path file) throws IOException {
		String path = win(file);
		// FindFirstFileNameW gives names without the volume: put the volume root back in front, of
		// the volume that holds the file (C:\\Games may be a junction to D:), so from the handle
		String reached;
		try {
			reached = win32.finalPath(path);
		} catch (WindowsException e) {
			// volumes the mount manager does not know (RAM disks, some image mounters) have no
			// final path: the path as given is the best there is
			reached = path;
		}
		String volume = WindowsPaths.fromLongPath(win32.volumePath(reached));
		if (volume.endsWith("\\")) { //$NON-NLS-1$
			volume = volume.substring(0, volume.length() - 1);
		}
		List<Path> names = new ArrayList<>();
		for (String name : win32.findFileNames(path)) {
			names.add(Path.of(volume + name));
		}
		return names;
	}

	@Override
	public void removeLink(Path link, LinkType type) throws IOException {
		switch (type) {
			// RemoveDirectoryW on a directory link or junction removes the reparse point itself
			case SYMBOLIC_DIRECTORY, JUNCTION -> win32.removeDirectory(win(link));
			case SYMBOLIC_FILE, HARD -> win32.deleteFile(win(link));
			default -> throw new WindowsException(WindowsErrors.ERROR_NOT_A_REPARSE_POINT, "remove", link.toString()); //$NON-NLS-1$
		}
	}

	@Override
	public void replaceAtomically(Path replacement, Path link) throws IOException {
		String r = win(replacement);
		String l = win(link);
		int attributes = win32.getFileAttributes(l);
		if ((attributes & Win32.FILE_ATTRIBUTE_DIRECTORY) == 0) {
			// a file link: MoveFileExW replaces it in one step
			win32.moveReplacing(r, l);
			return;
		}
		// MoveFileExW cannot replace a directory: write the new reparse data onto the existing link in
		// one FSCTL_SET_REPARSE_POINT, then drop the replacement. For a junction that needs no
		// privilege; for a symbolic link it needs SeCreateSymbolicLinkPrivilege even in Developer
		// Mode (the unprivileged flag exists only for CreateSymbolicLinkW), enabled where the token
		// holds it (an administrator's)
		byte[] data = win32.getReparsePoint(r);
		try {
			win32.setReparsePoint(l, data);
		} catch (WindowsException e) {
			if (e.code() != WindowsErrors.ERROR_PRIVILEGE_NOT_HELD) {
				throw e;
			}
			if (win32.enablePrivilege(CREATE_SYMBOLIC_LINK_PRIVILEGE)) {
				win32.setReparsePoint(l, data);
			} else {
				swapByRenames(r, l);
				return;
			}
		}
		win32.removeDirectory(r);
	}

	/** The privilege {@code FSCTL_SET_REPARSE_POINT} needs for a symbolic link. */
	static final String CREATE_SYMBOLIC_LINK_PRIVILEGE = "SeCreateSymbolicLinkPrivilege"; //$NON-NLS-1$

	/**
	 * Puts the replacement link (made beside, as creation makes links) in the old one's place by
	 * two renames, where the token cannot hold the privilege: the old link is renamed aside to a
	 * free name ({@code NAME.linksmith-old-HEX}), checked to be the directory symbolic link still
	 * (else renamed back: something was put there meanwhile), then the new one is renamed into its
	 * name, then the old one removed. Between the two renames the name is missing for an instant;
	 * if the process dies there, the old link is left under the aside name beside it, and nothing
	 * behind either link is ever touched. If the second rename fails, the old link is renamed back.
	 */
	private void swapByRenames(String replacement, String link) throws IOException {
		String aside = null;
		for (int attempt = 0; aside == null; attempt++) {
			String candidate = link + ".linksmith-old-" //$NON-NLS-1$
					+ Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
			try {
				win32.move(link, candidate);
				aside = candidate;
			} catch (WindowsException e) {
				if (attempt >= 3 || e.code() != WindowsErrors.ERROR_ALREADY_EXISTS && e.code() != WindowsErrors.ERROR_FILE_EXISTS) {
					throw e;
				}
			}
		}
		if (!isDirectorySymlink(aside)) {
			win32.move(aside, link);
			throw new java.nio.file.FileSystemException(link, null, Messages.Detail_ReplacedDuringRetarget);
		}
		try {
			win32.move(replacement, link);
		} catch (WindowsException e) {
			try {
				win32.move(aside, link);
			} catch (WindowsException back) {
				e.addSuppressed(back);
			}
			throw e;
		}
		try {
			// RemoveDirectoryW on a directory link removes the link itself
			win32.removeDirectory(aside);
		} catch (WindowsException e) {
			// the retarget is done; the old link stays beside it under the aside name
		}
	}

	private boolean isDirectorySymlink(String path) {
		try {
			int attributes = win32.getFileAttributes(path);
			return (attributes & Win32.FILE_ATTRIBUTE_DIRECTORY) != 0 && (attributes & Win32.FILE_ATTRIBUTE_REPARSE_POINT) != 0
					&& ReparseData.tagOf(win32.getReparsePoint(path)) == ReparseData.TAG_SYMLINK;
		} catch (WindowsException e) {
			return false;
		}
	}

	@Override
	public LinkException translate(IOException e, Operation operation, Path path, Path other) {
		if (e instanceof WindowsException we) {
			Reason reason = WindowsErrors.reasonOf(we.code());
			if (reason == Reason.PARENT_MISSING && operation != Operation.CREATE) {
				reason = Reason.NOT_FOUND;
			}
			if (reason == Reason.PERMISSION_DENIED && we.code() == WindowsErrors.ERROR_SHARING_VIOLATION) {
				return new LinkException(Reason.PERMISSION_DENIED, path,
						NLS.bind(Messages.Error_InUse, Errors.show(path)), e);
			}
			return Errors.create(reason, path, reason == Reason.PARENT_MISSING ? path.toAbsolutePath().getParent() : other,
					WindowsErrors.describe(we.code()), e);
		}
		return Errors.create(IoErrors.reasonOf(e), path, other, IoErrors.detailOf(e), e);
	}

	@Override
	public org.linksmith.core.internal.TreeEngine treeEngine() {
		return new WindowsTreeEngine(this, win32, toWin32);
	}

	@Override
	public TreeWalker treeWalker() {
		return walker;
	}
}
