/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkServices;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.operations.CreateLinksOperation;
import org.linksmith.ui.internal.operations.CreateLinksOperation.Spec;
import org.linksmith.ui.internal.operations.CloneOperation;
import org.linksmith.ui.internal.operations.RemoveLinksOperation;
import org.linksmith.ui.internal.operations.RetargetOperation;

/** Execute, undo and redo of the operations behind Edit > Undo, on real files. */
@DisabledOnOs(OS.WINDOWS)
class OperationsTest {

	@TempDir
	Path dir;

	final LinkService links = LinkServices.getDefault();

	@Test
	void createIsAllOrNothingAndUndoRemovesOnlyWhatItMade() throws Exception {
		Path data = Files.createDirectories(dir.resolve("data"));
		Files.writeString(dir.resolve("taken"), "keep");
		CreateLinksOperation failing = new CreateLinksOperation(links, List.of(
				new Spec(dir.resolve("one"), data, LinkType.SYMBOLIC_FILE, TargetStyle.ABSOLUTE),
				new Spec(dir.resolve("taken"), data, LinkType.SYMBOLIC_FILE, TargetStyle.ABSOLUTE)));
		IStatus status = failing.execute(null, null);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertFalse(Files.exists(dir.resolve("one"), LinkOption.NOFOLLOW_LINKS), "the first link was taken back");
		assertEquals("keep", Files.readString(dir.resolve("taken")));

		CreateLinksOperation op = new CreateLinksOperation(links,
				List.of(new Spec(dir.resolve("l"), data, LinkType.SYMBOLIC_FILE, TargetStyle.RELATIVE)));
		assertTrue(op.execute(null, null).isOK());
		assertEquals(Path.of("data"), Files.readSymbolicLink(dir.resolve("l")));
		assertTrue(op.undo(null, null).isOK());
		assertFalse(Files.exists(dir.resolve("l"), LinkOption.NOFOLLOW_LINKS));
		assertTrue(Files.isDirectory(data));
		assertTrue(op.redo(null, null).isOK());
		assertTrue(Files.isSymbolicLink(dir.resolve("l")));
	}

	@Test
	void undoOfAHardLinkCloneTakesBackOnlyWhatItMadeAndKeepsWhatChanged() throws Exception {
		Path data = Files.createDirectories(dir.resolve("data/sub"));
		Files.writeString(data.resolve("a.txt"), "alpha");
		Files.writeString(dir.resolve("data/b.txt"), "beta");
		Files.createSymbolicLink(dir.resolve("data/l"), Path.of("b.txt"));
		Path into = Files.createDirectories(dir.resolve("backups"));
		CloneOperation op = new CloneOperation(links, List.of(dir.resolve("data")), into);
		assertTrue(op.execute(null, null).isOK());
		Path clone = into.resolve("data");
		assertEquals(Files.getAttribute(data.resolve("a.txt"), "unix:ino"),
				Files.getAttribute(clone.resolve("sub/a.txt"), "unix:ino"), "a hard link, not a copy");
		// after the clone: one file replaced by other data, one file added
		Files.delete(clone.resolve("b.txt"));
		Files.writeString(clone.resolve("b.txt"), "my own edit");
		Files.writeString(clone.resolve("sub/new.txt"), "added later");
		assertTrue(op.undo(null, null).isOK(), "the history moves it to Redo");
		IStatus undone = op.outcome();
		assertEquals(IStatus.WARNING, undone.getSeverity(), undone.toString());
		assertTrue(undone.getChildren()[0].getMessage().startsWith("Kept 2 entries"), undone.getChildren()[0].getMessage());
		assertEquals("my own edit", Files.readString(clone.resolve("b.txt")), "a changed file is kept");
		assertEquals("added later", Files.readString(clone.resolve("sub/new.txt")), "an added file is kept");
		assertFalse(Files.exists(clone.resolve("sub/a.txt")), "the clone's own hard link is taken back");
		assertFalse(Files.exists(clone.resolve("l"), LinkOption.NOFOLLOW_LINKS));
		assertEquals("alpha", Files.readString(data.resolve("a.txt")), "the original untouched");
		assertEquals("beta", Files.readString(dir.resolve("data/b.txt")));
		assertEquals(1, ((Number) Files.getAttribute(data.resolve("a.txt"), "unix:nlink")).intValue());
	}

	@Test
	void smartCopyAndSymbolicCloneUndoTakeBackOnlyWhatIsStillAsMade() throws Exception {
		Path data = Files.createDirectories(dir.resolve("data/sub"));
		Files.writeString(data.resolve("a.txt"), "alpha");
		Files.writeString(dir.resolve("data/b.txt"), "beta");
		Files.createSymbolicLink(dir.resolve("data/abs"), dir.resolve("data/b.txt"));
		Files.createSymbolicLink(dir.resolve("data/to-sub"), Path.of("sub"));
		Path into = Files.createDirectories(dir.resolve("backups"));
		org.linksmith.core.FileTreeService files = LinkServices.fileTree();

		CloneOperation copy = new CloneOperation(CloneOperation.Kind.SMART_COPY, links, files,
				org.linksmith.core.OuterLinks.SPLICE, List.of(dir.resolve("data")), into);
		assertEquals("Smart Copy", copy.getLabel());
		assertTrue(copy.execute(null, null).isOK());
		Path c = into.resolve("data");
		assertEquals(c.resolve("b.txt"), Files.readSymbolicLink(c.resolve("abs")), "into the copy");
		assertEquals(1, ((Number) Files.getAttribute(c.resolve("b.txt"), "unix:nlink")).intValue(), "a copy, not a link");
		Files.writeString(c.resolve("sub/a.txt"), "my own edit");
		assertTrue(copy.undo(null, null).isOK());
		assertTrue(copy.outcome().getChildren()[0].getMessage().startsWith("Kept 1 entry"), copy.outcome().toString());
		assertEquals("my own edit", Files.readString(c.resolve("sub/a.txt")), "an edited copy is kept");
		assertFalse(Files.exists(c.resolve("b.txt")) || Files.exists(c.resolve("abs"), LinkOption.NOFOLLOW_LINKS)
				|| Files.exists(c.resolve("to-sub"), LinkOption.NOFOLLOW_LINKS), "what is as made is gone");
		assertEquals("alpha", Files.readString(data.resolve("a.txt")), "the original untouched");

		Path clones = Files.createDirectories(dir.resolve("clones"));
		CloneOperation clone = new CloneOperation(CloneOperation.Kind.SYMBOLIC_LINKS, links, files,
				org.linksmith.core.OuterLinks.SPLICE, List.of(dir.resolve("data")), clones);
		assertTrue(clone.execute(null, null).isOK());
		Path s = clones.resolve("data");
		assertEquals(data.resolve("a.txt").toRealPath(), Files.readSymbolicLink(s.resolve("sub/a.txt")));
		Files.writeString(s.resolve("added.txt"), "added later");
		assertTrue(clone.undo(null, null).isOK());
		assertEquals(List.of(s.resolve("added.txt")), listAll(s), "only what was added since is kept");
		assertEquals("alpha", Files.readString(data.resolve("a.txt")));
		assertEquals("beta", Files.readString(dir.resolve("data/b.txt")));
	}

	@Test
	void undoOfASmartCopyNeverRemovesThroughAFolderSwappedForALinkToTheOriginal() throws Exception {
		undoNeverRemovesThroughASwappedFolder(CloneOperation.Kind.SMART_COPY);
	}

	@Test
	void undoOfAHardLinkCloneNeverRemovesThroughAFolderSwappedForALinkToTheOriginal() throws Exception {
		undoNeverRemovesThroughASwappedFolder(CloneOperation.Kind.HARD_LINKS);
	}

	private void undoNeverRemovesThroughASwappedFolder(CloneOperation.Kind kind) throws Exception {
		Path data = Files.createDirectories(dir.resolve("data/sub"));
		Files.writeString(data.resolve("a.txt"), "alpha");
		Path into = Files.createDirectories(dir.resolve("backups"));
		CloneOperation copy = new CloneOperation(kind, links, LinkServices.fileTree(),
				org.linksmith.core.OuterLinks.SPLICE, List.of(dir.resolve("data")), into);
		assertTrue(copy.execute(null, null).isOK());
		Path copied = into.resolve("data/sub");
		// once the undo has judged the copy, its folder is swapped for a link to the original's
		org.eclipse.core.runtime.IProgressMonitor swapping = new org.eclipse.core.runtime.NullProgressMonitor() {
			boolean swapped;

			@Override
			public void internalWorked(double work) {
				swap();
			}

			@Override
			public void worked(int work) {
				swap();
			}

			private void swap() {
				if (!swapped) {
					swapped = true;
					try {
						Files.move(copied, dir.resolve("moved-away"));
						Files.createSymbolicLink(copied, data);
					} catch (java.io.IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				}
			}
		};
		copy.undo(swapping, null);
		assertEquals("alpha", Files.readString(data.resolve("a.txt")), "the original's file is still there");
		assertTrue(Files.isSymbolicLink(copied) || !Files.exists(copied, LinkOption.NOFOLLOW_LINKS));
	}

	private static List<Path> listAll(Path root) throws java.io.IOException {
		try (java.util.stream.Stream<Path> all = Files.walk(root)) {
			return all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
		}
	}

	@Test
	void retargetUndoPointsBack() throws Exception {
		Files.createDirectories(dir.resolve("a"));
		Files.createDirectories(dir.resolve("b"));
		Path l = Files.createSymbolicLink(dir.resolve("l"), Path.of("a"));
		RetargetOperation op = new RetargetOperation(links, l, Path.of("b"), TargetStyle.AS_GIVEN);
		assertTrue(op.execute(null, null).isOK());
		assertEquals(Path.of("b"), Files.readSymbolicLink(l));
		assertTrue(op.undo(null, null).isOK());
		assertEquals(Path.of("a"), Files.readSymbolicLink(l));
	}

	@Test
	void removeUndoRecreatesTheLinkWithItsStoredTarget() throws Exception {
		Path data = Files.createDirectories(dir.resolve("data"));
		Files.writeString(data.resolve("f"), "x");
		Path l = Files.createSymbolicLink(dir.resolve("l"), Path.of("data"));
		RemoveLinksOperation op = new RemoveLinksOperation(links, List.of(l));
		assertTrue(op.execute(null, null).isOK());
		assertFalse(Files.exists(l, LinkOption.NOFOLLOW_LINKS));
		assertEquals("x", Files.readString(data.resolve("f")));
		assertTrue(op.canUndo());
		assertTrue(op.undo(null, null).isOK());
		assertEquals(Path.of("data"), Files.readSymbolicLink(l));
	}

	@Test
	void removingAFolderIsRefusedAndNothingChanges() throws Exception {
		Path data = Files.createDirectories(dir.resolve("data"));
		Files.writeString(data.resolve("f"), "x");
		IStatus status = new RemoveLinksOperation(links, List.of(data)).execute(null, null);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("not a link"), status.getMessage());
		assertEquals("x", Files.readString(data.resolve("f")));
	}

	@Test
	void anOperationWithAWarningIsInTheUndoHistoryAndUndoneFromIt() throws Exception {
		// a retarget to a folder that does not exist yet is done, with a warning
		Files.createDirectories(dir.resolve("real"));
		Path link = Files.createSymbolicLink(dir.resolve("l"), Path.of("real"));
		org.eclipse.core.commands.operations.DefaultOperationHistory history = new org.eclipse.core.commands.operations.DefaultOperationHistory();
		org.eclipse.core.commands.operations.IUndoContext context = new org.eclipse.core.commands.operations.ObjectUndoContext(this);
		RetargetOperation op = new RetargetOperation(links, link, Path.of("not-yet"), TargetStyle.AS_GIVEN);
		op.addContext(context);
		assertTrue(history.execute(op, null, null).isOK());
		assertEquals(IStatus.WARNING, op.outcome().getSeverity(), "the user hears of it: " + op.outcome());
		assertTrue(history.canUndo(context), "and Undo offers it, not the operation before it");
		assertTrue(history.undo(context, null, null).isOK());
		assertEquals(Path.of("real"), Files.readSymbolicLink(link));
		assertTrue(history.canRedo(context));
	}
}
