/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

import org.linksmith.core.internal.FileId;
import org.linksmith.core.internal.LinkSystem;
import org.linksmith.core.internal.TreeWalker;
import org.linksmith.core.internal.posix.PosixLinkSystem;

/** The POSIX system with failures injected where a test needs them. */
class FaultyLinkSystem implements LinkSystem {

	final PosixLinkSystem real = new PosixLinkSystem();
	volatile boolean failSymbolicLinks;
	volatile boolean failReplace;
	volatile boolean failExchange;
	volatile boolean noExchange;
	/** The number of the symbolic-link creation at which the process "dies" (1 = the first), 0 for never. */
	volatile int dieOnLink;
	/** A path whose identity, once asked for, "kills" the process (right after it was made). */
	volatile Path dieOnFileIdOf;
	/** Whether the process "dies" just before, or just after, the next swap. */
	volatile boolean dieBeforeExchange;
	volatile boolean dieAfterExchange;
	/** Runs once just before the next swap: what another process does at that moment. */
	volatile ThrowingRunnable beforeExchange;

	@FunctionalInterface
	interface ThrowingRunnable {
		void run() throws IOException;
	}
	private int links;

	/** What a kill -9 at that instant does: nothing after it runs, no clean-up, no undo. */
	static final class Killed extends Error {
		private static final long serialVersionUID = 1L;

		Killed() {
			super("killed (simulated)");
		}
	}

	@Override
	public Set<LinkType> supportedTypes(Path where) {
		return real.supportedTypes(where);
	}

	@Override
	public LinkType classify(Path path, BasicFileAttributes attrs) throws IOException {
		return real.classify(path, attrs);
	}

	@Override
	public Path readTarget(Path link) throws IOException {
		return real.readTarget(link);
	}

	@Override
	public void createSymbolicLink(Path link, Path target, boolean directory) throws IOException {
		if (failSymbolicLinks) {
			throw new java.nio.file.AccessDeniedException(link.toString(), null, "injected failure");
		}
		if (++links == dieOnLink) {
			throw new Killed();
		}
		real.createSymbolicLink(link, target, directory);
	}

	@Override
	public void createHardLink(Path link, Path existing) throws IOException {
		real.createHardLink(link, existing);
	}

	@Override
	public void createJunction(Path link, Path absoluteTarget) throws IOException {
		real.createJunction(link, absoluteTarget);
	}

	@Override
	public long linkCount(Path file) throws IOException {
		return real.linkCount(file);
	}

	@Override
	public Object volumeOf(Path existing) throws IOException {
		return real.volumeOf(existing);
	}

	@Override
	public FileId fileId(Path file) throws IOException {
		if (file.equals(dieOnFileIdOf)) {
			throw new Killed();
		}
		return real.fileId(file);
	}

	/** Whether the next tree delete "dies" after deleting one file of the tree. */
	volatile boolean dieDuringDelete;
	/** Runs once just before the next tree copy starts (another process at that moment). */
	volatile ThrowingRunnable beforeCopy;

	@Override
	public org.linksmith.core.internal.TreeEngine treeEngine() {
		org.linksmith.core.internal.TreeEngine engine = real.treeEngine();
		if (engine == null || !dieDuringDelete && beforeCopy == null) {
			return engine;
		}
		return new org.linksmith.core.internal.TreeEngine() {
			@Override
			public org.linksmith.core.internal.SafeTree.Size measure(Path dir, org.eclipse.core.runtime.IProgressMonitor m)
					throws IOException {
				return engine.measure(dir, m);
			}

			@Override
			public int copy(Path source, Path target, org.eclipse.core.runtime.IProgressMonitor m) throws IOException {
				return engine.copy(source, target, m);
			}

			@Override
			public void size(Path dir, org.linksmith.core.internal.SizeCounter counter,
					org.eclipse.core.runtime.IProgressMonitor m) throws IOException {
				engine.size(dir, counter, m);
			}

			@Override
			public void sizeEntry(Path entry, org.linksmith.core.internal.SizeCounter counter) throws IOException {
				engine.sizeEntry(entry, counter);
			}

			@Override
			public void copySmart(Path source, Path target, org.linksmith.core.internal.LinkRules rules,
					org.eclipse.core.runtime.IProgressMonitor m) throws IOException {
				engine.copySmart(source, target, rules, m);
			}

			@Override
			public Manifest copyRecorded(Path source, Path target, org.eclipse.core.runtime.IProgressMonitor m)
					throws IOException {
				ThrowingRunnable meanwhile = beforeCopy;
				if (meanwhile != null) {
					beforeCopy = null;
					meanwhile.run();
				}
				return engine.copyRecorded(source, target, m);
			}

			@Override
			public java.util.List<Path> deleteCopied(Path root, Manifest copied) throws IOException {
				if (dieDuringDelete) {
					delete(root);
				}
				return engine.deleteCopied(root, copied);
			}

			@Override
			public boolean deleteIf(Path root, FileId expected) throws IOException {
				return engine.deleteIf(root, expected);
			}

			@Override
			public String verify(Path original, Path copy, org.eclipse.core.runtime.IProgressMonitor m) throws IOException {
				return engine.verify(original, copy, m);
			}

			@Override
			public long hardLinkClone(Path source, Path target, org.eclipse.core.runtime.IProgressMonitor m)
					throws IOException {
				return engine.hardLinkClone(source, target, m);
			}

			@Override
			public void delete(Path root) throws IOException {
				if (!dieDuringDelete) {
					engine.delete(root);
					return;
				}
				try (var files = java.nio.file.Files.walk(root)) {
					Path first = files.filter(java.nio.file.Files::isRegularFile).findFirst().orElseThrow();
					java.nio.file.Files.delete(first);
				}
				throw new Killed();
			}
		};
	}

	@Override
	public boolean exchange(Path a, Path b) throws IOException {
		if (failExchange) {
			throw new java.nio.file.FileSystemException(a.toString(), null, "injected failure");
		}
		if (dieBeforeExchange) {
			throw new Killed();
		}
		ThrowingRunnable meanwhile = beforeExchange;
		if (meanwhile != null) {
			beforeExchange = null;
			meanwhile.run();
		}
		boolean swapped = !noExchange && real.exchange(a, b);
		if (dieAfterExchange) {
			throw new Killed();
		}
		return swapped;
	}

	@Override
	public boolean isMountPoint(Path folder) throws IOException {
		return real.isMountPoint(folder);
	}

	@Override
	public void removeLink(Path link, LinkType type) throws IOException {
		real.removeLink(link, type);
	}

	@Override
	public void replaceAtomically(Path replacement, Path link) throws IOException {
		if (failReplace) {
			throw new java.nio.file.FileSystemException(link.toString(), null, "injected failure");
		}
		real.replaceAtomically(replacement, link);
	}

	@Override
	public void checkJunctionTarget(Path link, Path absoluteTarget) throws LinkException {
		real.checkJunctionTarget(link, absoluteTarget);
	}

	@Override
	public LinkException translate(IOException e, Operation operation, Path path, Path other) {
		return real.translate(e, operation, path, other);
	}

	@Override
	public TreeWalker treeWalker() {
		return real.treeWalker();
	}
}
