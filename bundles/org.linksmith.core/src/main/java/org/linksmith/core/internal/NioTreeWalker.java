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
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * A portable walker over {@link Files#walkFileTree} (one attribute read per entry). Directory
 * reparse points (Windows junctions, which Java reports as directories that are also "other")
 * are reported, never entered.
 */
public class NioTreeWalker implements TreeWalker {

	private final Function<Path, Stat> stat;

	/**
	 * @param stat reads a file's identity and link count without following links
	 */
	public NioTreeWalker(Function<Path, Stat> stat) {
		this.stat = stat;
	}

	@Override
	public void walk(Path root, boolean recursive, Handler handler, IProgressMonitor monitor) throws IOException {
		// The root is followed (the user named it); nothing below it is.
		try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
			Dir rootDir = new Dir(root);
			for (Path child : top) {
				checkCanceled(monitor);
				BasicFileAttributes attrs;
				try {
					attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
				} catch (IOException e) {
					handler.failed(child, e);
					continue;
				}
				EntryKind kind = kindOf(attrs);
				if (kind == EntryKind.DIRECTORY && recursive && handler.descend(child.getFileName().toString())) {
					walkBelow(child, handler, monitor);
				} else {
					report(handler, rootDir, child, kind);
				}
			}
		}
	}

	private void walkBelow(Path dir, Handler handler, IProgressMonitor monitor) throws IOException {
		Files.walkFileTree(dir, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
				new SimpleFileVisitor<Path>() {
					@Override
					public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
						checkCanceled(monitor);
						if (attrs.isOther()) {
							report(handler, new Dir(d.getParent()), d, EntryKind.REPARSE_POINT);
							return FileVisitResult.SKIP_SUBTREE;
						}
						if (!d.equals(dir) && !handler.descend(d.getFileName().toString())) {
							report(handler, new Dir(d.getParent()), d, EntryKind.DIRECTORY); // as the other walkers do
							return FileVisitResult.SKIP_SUBTREE;
						}
						monitor.subTask(d.toString());
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
						EntryKind kind = kindOf(attrs);
						if (kind != EntryKind.DIRECTORY) {
							report(handler, new Dir(file.getParent()), file, kind);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException exc) {
						handler.failed(file, exc);
						return FileVisitResult.CONTINUE;
					}
				});
	}

	private static void report(Handler handler, Dir dir, Path entry, EntryKind kind) {
		try {
			handler.entry(dir, entry.getFileName().toString(), kind);
		} catch (IOException e) {
			handler.failed(entry, e);
		}
	}

	static EntryKind kindOf(BasicFileAttributes attrs) {
		if (attrs.isSymbolicLink()) {
			return EntryKind.SYMLINK;
		}
		if (attrs.isDirectory()) {
			return attrs.isOther() ? EntryKind.REPARSE_POINT : EntryKind.DIRECTORY;
		}
		if (attrs.isRegularFile()) {
			return EntryKind.REGULAR;
		}
		return EntryKind.OTHER;
	}

	static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	private final class Dir implements Directory {
		private final Path path;

		Dir(Path path) {
			this.path = path;
		}

		@Override
		public Path path() {
			return path;
		}

		@Override
		public Path resolve(String name) {
			return path.resolve(name);
		}

		@Override
		public Stat stat(String name) throws IOException {
			try {
				return stat.apply(path.resolve(name));
			} catch (UncheckedIOException e) {
				throw e.getCause();
			}
		}
	}
}
