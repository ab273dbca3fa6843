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
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * A portable walker over {@link Files#newDirectoryStream} (one attribute read per entry, without
 * following links). Only what the {@link Classifier} calls a directory is entered: links and
 * directory reparse points that redirect (Windows junctions) are reported, never entered.
 */
public class NioTreeWalker implements TreeWalker {

	/** Tells what an entry is from the attributes read without following it. */
	@FunctionalInterface
	public interface Classifier {
		/**
		 * @param entry the entry
		 * @param attrs its attributes, read without following a link
		 * @return what it is; only {@link EntryKind#DIRECTORY} is entered
		 * @throws IOException when it cannot be told
		 */
		EntryKind kindOf(Path entry, BasicFileAttributes attrs) throws IOException;
	}

	private final Function<Path, Stat> stat;
	private final Classifier classifier;

	/**
	 * @param stat reads a file's identity and link count without following links
	 */
	public NioTreeWalker(Function<Path, Stat> stat) {
		this(stat, (entry, attrs) -> kindOf(attrs));
	}

	/**
	 * @param stat reads a file's identity and link count without following links
	 * @param classifier tells what an entry is (Windows asks the file system about reparse points,
	 *            which each JDK release reports differently)
	 */
	public NioTreeWalker(Function<Path, Stat> stat, Classifier classifier) {
		this.stat = stat;
		this.classifier = classifier;
	}

	@Override
	public void walk(Path root, boolean recursive, Handler handler, IProgressMonitor monitor) throws IOException {
		// The root is followed (the user named it); nothing below it is. Folders still to list wait
		// on a stack, not in nested calls: no depth of tree can overflow the thread's stack.
		Deque<Path> folders = new ArrayDeque<>();
		try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
			visit(root, top, recursive, handler, monitor, folders);
		} catch (DirectoryIteratorException e) {
			throw e.getCause();
		}
		while (!folders.isEmpty()) {
			Path folder = folders.pop();
			checkCanceled(monitor);
			monitor.subTask(folder.toString());
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
				visit(folder, entries, recursive, handler, monitor, folders);
			} catch (IOException e) {
				handler.failed(folder, e);
			} catch (DirectoryIteratorException e) {
				handler.failed(folder, e.getCause());
			}
		}
	}

	private void visit(Path folder, DirectoryStream<Path> entries, boolean recursive, Handler handler,
			IProgressMonitor monitor, Deque<Path> folders) {
		Dir dir = new Dir(folder);
		for (Path child : entries) {
			checkCanceled(monitor);
			EntryKind kind;
			try {
				kind = classifier.kindOf(child, Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
			} catch (IOException e) {
				handler.failed(child, e);
				continue;
			}
			if (kind == EntryKind.DIRECTORY && recursive && handler.descend(child.getFileName().toString())) {
				folders.push(child);
			} else {
				report(handler, dir, child, kind);
			}
		}
	}

	private static void report(Handler handler, Dir dir, Path entry, EntryKind kind) {
		try {
			handler.entry(dir, entry.getFileName().toString(), kind);
		} catch (IOException e) {
			handler.failed(entry, e);
		}
	}

	/**
	 * @param attrs attributes read without following a link
	 * @return what they tell, for a system without reparse points (a directory that is also
	 *         "other" is taken for one, as JDK 21-25 report a Windows junction)
	 */
	public static EntryKind kindOf(BasicFileAttributes attrs) {
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
