/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Paths read as the operating system reads them. On POSIX systems the kernel walks a path one
 * component at a time: {@code dl/../L} is the {@code L} beside the folder that {@code dl} points
 * to, not the {@code L} beside {@code dl}, so {@code ..} must never be resolved in text
 * ({@link Path#normalize()}) across a possible link. Win32 resolves {@code ..} in text before the
 * file system sees the path ({@code GetFullPathNameW}), so there the text form is right.
 */
public final class KernelPaths {

	/** Resolves a folder's path through the file system, every link followed. */
	@FunctionalInterface
	public interface Folders {
		/** Resolves every time. */
		Folders DIRECT = KernelPaths::realFolder;

		/**
		 * @param folder a path that names a folder (links and {@code ..} allowed)
		 * @return the folder's real path
		 * @throws IOException when the path does not reach a folder (missing, not a folder, a loop)
		 */
		Path real(Path folder) throws IOException;
	}

	private KernelPaths() {
	}

	/**
	 * {@code toRealPath}, without its one text shortcut: for a folder that is missing followed by
	 * {@code ..} it answers the parent, where the kernel answers that nothing is there.
	 *
	 * @param folder a path that should name a folder
	 * @return the folder's real path
	 * @throws IOException when the kernel reaches no folder there
	 */
	public static Path realFolder(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath();
		boolean dots = false;
		for (Path part : absolute) {
			String n = part.toString();
			dots |= n.equals(".") || n.equals(".."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!dots) {
			return absolute.toRealPath();
		}
		Path walked = walk(absolute);
		if (!java.nio.file.Files.isDirectory(walked)) {
			throw new java.nio.file.NoSuchFileException(folder.toString());
		}
		return walked.toRealPath();
	}

	/**
	 * Where the system reaches {@code path} when it does not follow the last component (as
	 * {@code lstat(2)}, {@code unlink(2)} and {@code rename(2)} do): the folder resolved through the
	 * file system, the last name kept. A last component of {@code .} or {@code ..} names a folder,
	 * which is resolved whole.
	 *
	 * @param path any path, relative to the current folder or absolute
	 * @param folders how folders are resolved (a cache during scans)
	 * @param textual whether the system resolves {@code ..} in text (Windows)
	 * @return an absolute path without links in its folders and without {@code .} or {@code ..}
	 * @throws IOException when the folder part does not reach a folder
	 */
	public static Path of(Path path, Folders folders, boolean textual) throws IOException {
		Path absolute = path.toAbsolutePath();
		if (textual) {
			return absolute.normalize();
		}
		Path name = absolute.getFileName();
		if (name == null) {
			return absolute;
		}
		String n = name.toString();
		if (n.equals(".") || n.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
			return folders.real(absolute);
		}
		Path parent = absolute.getParent();
		return parent == null ? absolute : folders.real(parent).resolve(name);
	}

	/**
	 * Like {@link #of(Path, Folders, boolean)}, for paths whose folders may be missing, as
	 * {@code realpath -m} reads them: the links in the part that exists are resolved through the
	 * file system, and only the missing rest, which no link can be in yet, is read in text.
	 *
	 * @param path any path
	 * @param textual whether the system resolves {@code ..} in text (Windows)
	 * @return the path as the system reaches it, or will once its missing folders exist
	 */
	public static Path ofOrAsGiven(Path path, boolean textual) {
		try {
			return of(path, Folders.DIRECT, textual);
		} catch (IOException e) {
			return walk(path.toAbsolutePath());
		}
	}

	/**
	 * Resolves a path one component at a time as the kernel does, through the file system: links
	 * followed, {@code ..} taken from the folder reached. At the first component that is missing
	 * (or past a file) the rest is kept as it is: the kernel reaches nothing there, and reading a
	 * {@code ..} in it as text would name another, existing file ({@code toRealPath} does, for a
	 * missing folder followed by {@code ..}).
	 */
	private static Path walk(Path absolute) {
		Path real = absolute.getRoot();
		int count = absolute.getNameCount();
		for (int i = 0; i < count; i++) {
			String n = absolute.getName(i).toString();
			if (n.equals(".")) { //$NON-NLS-1$
				continue;
			}
			if (n.equals("..")) { //$NON-NLS-1$
				Path up = real.getParent();
				real = up == null ? real : up; // real has no links in it: its parent is the kernel's ".."
				continue;
			}
			Path next = real.resolve(absolute.getName(i));
			java.nio.file.attribute.BasicFileAttributes attrs;
			try {
				attrs = java.nio.file.Files.readAttributes(next, java.nio.file.attribute.BasicFileAttributes.class,
						java.nio.file.LinkOption.NOFOLLOW_LINKS);
			} catch (IOException missing) {
				return rest(next, absolute, i + 1);
			}
			if (attrs.isSymbolicLink()) {
				try {
					next = next.toRealPath(); // a path without dots, whose link resolves: the kernel's answer
				} catch (IOException broken) {
					return rest(next, absolute, i + 1); // a dangling link: nothing is reached past it
				}
			} else if (!attrs.isDirectory() && i + 1 < count) {
				return rest(next, absolute, i + 1); // past a file
			}
			real = next;
		}
		return real;
	}

	private static Path rest(Path reached, Path absolute, int from) {
		return from >= absolute.getNameCount() ? reached : reached.resolve(absolute.subpath(from, absolute.getNameCount()));
	}

	/**
	 * @param path any path
	 * @return whether its last component is {@code .} or {@code ..} (or it has none): then it
	 *         names a folder through another name, never a link or an entry of its own
	 */
	public static boolean lastIsDotOrRoot(Path path) {
		Path name = path.getFileName();
		if (name == null) {
			return true;
		}
		String n = name.toString();
		return n.isEmpty() || n.equals(".") || n.equals(".."); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
