/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linksmith.explorer.internal.ContentsView;
import org.linksmith.explorer.internal.FoldersView;
import org.linksmith.explorer.internal.Entry;
import org.linksmith.explorer.internal.InterruptedRelocationsPrompt;
import org.linksmith.explorer.internal.LinksView;
import org.linksmith.ui.internal.operations.LinkJobs;
import org.linksmith.ui.internal.preferences.LinkPreferences;
import org.linksmith.ui.testing.TestFiles;
import org.linksmith.ui.testing.UiDriver;
import org.linksmith.ui.testing.UiTestExtension;

/**
 * The Linksmith Explorer as a user drives it: open a folder by typing its path, read a link's
 * target in the table, the status line and the property page, create a link through the dialog,
 * remove a broken link from the Links view, drag a folder onto another with the link modifier, go
 * back and up.
 */
@ExtendWith(UiTestExtension.class)
class ExplorerTest {

	static final String KEY = "org.linksmith.explorer.id";

	UiDriver ui;
	Path dir;
	ContentsView contents;
	LinksView links;

	@BeforeEach
	void folder() throws Exception {
		ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());
		LinkPreferences.store().setValue(LinkPreferences.CONFIRM_REMOVE, true);
		dir = Files.createTempDirectory("explorer test ü");
		Files.createDirectories(dir.resolve("Backups/Pictures/My Pictures"));
		Files.writeString(dir.resolve("Backups/Pictures/My Pictures/tree.jpg"), "x");
		Files.createSymbolicLink(dir.resolve("Pics"), Path.of("Backups/Pictures/My Pictures"));
		Files.createSymbolicLink(dir.resolve("old-drive"), Path.of("missing-target"));
		Files.writeString(dir.resolve("notes.txt"), "n");
		Files.writeString(dir.resolve(".hidden"), "h");
		IWorkbenchPage page = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
		links = ui.ui(() -> (LinksView) page.showView(LinksView.ID));
		contents = ui.ui(() -> (ContentsView) page.showView(ContentsView.ID));
	}

	@AfterEach
	void cleanUp() throws Exception {
		// a dialog a failed test left open would block every test after it, and the workbench's exit
		ui.run(() -> {
			Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
					: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			for (Shell s : ui.display().getShells()) {
				if (s != main && !s.isDisposed() && s.isVisible()) {
					s.close();
				}
			}
		});
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		TestFiles.deleteTree(dir);
	}


	void openByTyping(Path folder) {
		Text address = ui.text(ui.ui(() -> contents.viewer().getTable().getParent()), KEY, "address");
		ui.type(address, folder.toString());
		ui.run(() -> address.notifyListeners(SWT.DefaultSelection, new Event()));
		ui.waitUntil("the folder is shown", () -> folder.equals(contents.folder()));
		// and its listing is in the table (until then the rows are the folder shown before)
		try {
			Job.getJobManager().join(ContentsView.FAMILY, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		ui.settle();
	}

	/** Opens a folder by typing it and selects one of its rows; returns the table. */
	Table openAndSelect(Path folder, String name) {
		openByTyping(folder);
		Table table = ui.ui(() -> contents.viewer().getTable());
		TableItem item = row(table, name);
		ui.run(() -> {
			table.setSelection(item);
			table.notifyListeners(SWT.Selection, new Event());
		});
		return table;
	}

	TableItem row(Table table, String name) {
		return ui.waitFor("a row " + name, () -> {
			for (TableItem item : table.getItems()) {
				if (UiDriver.plain(item.getText(0)).equals(name) || item.getText(0).startsWith(name + " ")
						|| item.getText(1).equals(name)) {
					return item;
				}
			}
			return null;
		});
	}

	@Test
	void rowsShowTheFolderShownNowEvenWhenALateUpdateNamesAnEntryOfTheOneBefore() throws Exception {
		// two folders with as many entries, more than fit on screen
		Path a = Files.createDirectory(dir.resolve("A"));
		Path b = Files.createDirectory(dir.resolve("B"));
		for (int i = 0; i < 300; i++) {
			Files.writeString(a.resolve(String.format("a%03d", i)), "a");
			Files.writeString(b.resolve(String.format("b%03d", i)), "b");
		}
		openByTyping(a);
		Table table = ui.ui(() -> contents.viewer().getTable());
		ui.waitUntil("A's first row is drawn", () -> table.getItem(0).getText(0).startsWith("a000"));
		Entry firstOfA = ui.ui(() -> contents.shown().get(0));
		// the user scrolls to the end of A
		ui.run(() -> table.showItem(table.getItem(299)));
		ui.waitUntil("A's last row is drawn", () -> table.getItem(299).getText(0).startsWith("a299"));

		openByTyping(b);
		// a decoration computed for A's first entry arrives late, as the decorator's do
		String first = ui.ui(() -> {
			contents.viewer().update(firstOfA, null);
			return table.getItem(0).getText(0);
		});
		assertTrue(first.startsWith("b000"), "the first row shows B's first file, not " + first);
		Object selected = ui.ui(() -> {
			table.setSelection(0);
			return contents.viewer().getStructuredSelection().getFirstElement();
		});
		assertEquals(b.resolve("b000"), ((Entry) selected).path(), "and selecting it selects B's file");
	}

	@Test
	void theLinksViewTakesInTensOfThousandsOfLinksInStepsAndKeepsTheSelectionAcrossARescan() throws Exception {
		// more links than the Links view's table takes in one step
		Path many = Files.createDirectory(dir.resolve("many"));
		for (int i = 0; i < 20_000; i++) {
			Files.createSymbolicLink(many.resolve(String.format("l%05d", i)), Path.of("t" + i));
		}
		openByTyping(many);
		ui.waitUntil("all the links are counted", () -> links.getContentDescription().startsWith("20,000 links, 20,000 broken"));
		Table table = ui.ui(() -> links.viewer().getTable());
		ui.waitUntil("and all their rows are in", () -> table.getItemCount() == 20_000);
		assertTrue(ui.ui(links::fillSteps) > 1, "taken in in steps, the window answering between them");
		assertEquals("l19999", ui.ui(() -> table.getItem(19_999).getText(1)), "the last row, in order");
		ui.run(() -> {
			table.setFocus();
			table.setSelection(12_345);
			table.notifyListeners(SWT.Selection, new Event());
		});
		ui.run(links::rescan);
		Job.getJobManager().join(LinksView.FAMILY, null);
		ui.run(() -> {
			// the rows of the rescan are shown
		});
		assertArrayEquals(new int[] { 12_345 }, ui.ui(table::getSelectionIndices), "the selected link is still selected");
		// a small folder afterwards: only its links
		openByTyping(dir);
		ui.waitUntil("the small folder's links", () -> links.getContentDescription().equals("2 links, 1 broken, in " + dir));
		ui.waitUntil("and only their rows", () -> table.getItemCount() == 2);
	}

	@Test
	void aLargeFolderIsShownAtOnceAndFilledInAndASmallOneAfterItHoldsOnlyItsRows() throws Exception {
		// more entries than the table takes in one step: 40,000 files and a link
		Path large = Files.createDirectory(dir.resolve("large"));
		for (int i = 0; i < 40_000; i++) {
			Files.createFile(large.resolve(String.format("f%05d", i)));
		}
		Files.createSymbolicLink(large.resolve("zz-link"), Path.of("f00000"));
		int[] rowsWhenShown = { -1 };
		Runnable remove = ui.ui(() -> contents.addShownListener(folder -> rowsWhenShown[0] = contents.viewer()
				.getTable().getItemCount()));
		try {
			openByTyping(large);
		} finally {
			ui.run(remove);
		}
		Table table = ui.ui(() -> contents.viewer().getTable());
		assertTrue(rowsWhenShown[0] > 0 && rowsWhenShown[0] < 40_001,
				"the first rows are in the table when the folder is shown, the rest come after: " + rowsWhenShown[0]);
		ui.waitUntil("every row is in the table", () -> table.getItemCount() == 40_001);
		// the user goes to the end, where the link is
		ui.run(() -> table.showItem(table.getItem(40_000)));
		ui.waitUntil("the last row is drawn", () -> table.getItem(40_000).getText(0).startsWith("zz-link"));
		assertTrue(ui.ui(() -> table.getItem(20_000).getText(0)).startsWith("f20000"), "rows in order");

		// a small folder after it: only its rows, none left of the large one
		openByTyping(dir);
		ui.waitUntil("the rows are the small folder's", () -> table.getItemCount() == contents.shown().size());
		List<Entry> shown = ui.ui(() -> contents.shown());
		for (int i = 0; i < shown.size(); i++) {
			int row = i;
			assertTrue(ui.ui(() -> table.getItem(row).getText(0)).startsWith(shown.get(i).name()),
					"row " + i + " shows " + shown.get(i).name());
		}
		Object selected = ui.ui(() -> {
			table.setSelection(shown.size() - 1);
			return contents.viewer().getStructuredSelection().getFirstElement();
		});
		assertEquals(dir, ((Entry) selected).path().getParent(), "and selecting a row selects an entry of this folder");
	}

	@Test
	void dragAFolderOntoAnotherWithTheLinkModifierLeavesALink() throws Exception {
		Files.createDirectory(dir.resolve("Shelf"));
		openByTyping(dir);
		Table table = ui.ui(() -> contents.viewer().getTable());
		row(table, "Shelf");
		org.eclipse.swt.graphics.Point from = ui.ui(() -> rowCenter(table, "Backups"));
		org.eclipse.swt.graphics.Point to = ui.ui(() -> rowCenter(table, "Shelf"));
		ui.run(() -> table.getShell().forceActive());

		// as a user does: press on the folder, start moving, hold Ctrl+Shift (link), drop on the other
		ui.dragWithXServer(from, to, "ctrl+shift");

		Path link = dir.resolve("Shelf/Backups");
		ui.waitUntil("the drop leaves a link in Shelf", () -> Files.isSymbolicLink(link));
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		assertEquals(dir.resolve("Backups"), link.toRealPath(), "the link leads to the dragged folder");
		assertTrue(Files.isDirectory(dir.resolve("Backups"), LinkOption.NOFOLLOW_LINKS), "the folder itself stays where it was");
		assertTrue(Files.exists(dir.resolve("Backups/Pictures/My Pictures/tree.jpg")), "with its contents");
	}

	/** @return where on the screen a user grabs the row of the entry with this name (UI thread) */
	org.eclipse.swt.graphics.Point rowCenter(Table table, String name) {
		List<Entry> shown = contents.shown();
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).name().equals(name)) {
				org.eclipse.swt.graphics.Rectangle r = table.getItem(i).getBounds(0);
				return table.toDisplay(r.x + Math.min(r.width / 2, 30), r.y + r.height / 2);
			}
		}
		throw new AssertionError("no row " + name);
	}

	@Test
	void openAFolderByTypingItsPathAndReadTheLinks() {
		openByTyping(dir);
		Table table = ui.ui(() -> contents.viewer().getTable());
		TableItem pics = row(table, "Pics");
		ui.waitUntil("the link shows its target", () -> pics.getText(4).equals("Backups/Pictures/My Pictures")
				&& pics.getText(0).contains("\u2192"));
		assertEquals("Symbolic link to a folder", ui.ui(() -> pics.getText(3)));
		TableItem broken = row(table, "old-drive");
		ui.waitUntil("the broken link is marked", () -> broken.getText(0).contains("[broken]"));
		assertFalse(ui.ui(() -> contents.shown().stream().anyMatch(Entry::hidden)), "hidden files stay hidden");

		ui.run(() -> {
			table.setSelection(pics);
			table.notifyListeners(SWT.Selection, new Event());
		});
		ui.waitUntil("the status line shows the target", () -> statusMessage().contains("Backups/Pictures/My Pictures"));
	}

	/** @return the texts of the window's status line (and other labels of its shell) */
	String statusMessage() {
		return findStatusText(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
	}

	static String findStatusText(org.eclipse.swt.widgets.Control c) {
		if (c instanceof org.eclipse.swt.custom.CLabel l) {
			return l.getText();
		}
		if (c instanceof org.eclipse.swt.widgets.Composite comp) {
			StringBuilder all = new StringBuilder();
			for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
				all.append(findStatusText(child)).append(' ');
			}
			return all.toString();
		}
		return ""; //$NON-NLS-1$
	}

	@Test
	void aTypedPathThatIsNoFolderIsExplained() {
		openByTyping(dir);
		Text address = ui.text(ui.ui(() -> contents.viewer().getTable().getParent()), KEY, "address");
		ui.type(address, dir.resolve("notes.txt").toString());
		ui.run(() -> address.notifyListeners(SWT.DefaultSelection, new Event()));
		org.eclipse.swt.widgets.Label problem = ui.waitFor("the problem label", () -> UiDriver.find(
				contents.viewer().getTable().getParent(), org.eclipse.swt.widgets.Label.class,
				l -> "problem".equals(l.getData(KEY)) && l.isVisible() && !l.getText().isEmpty()));
		assertTrue(ui.ui(problem::getText).contains("is not a folder"));
		assertEquals(dir, ui.ui(contents::folder), "the folder shown did not change");
	}

	@Test
	void removeABrokenLinkFromTheLinksView() throws Exception {
		openByTyping(dir);
		Thread.sleep(400);
		Job.getJobManager().join(LinksView.FAMILY, null);
		Table table = ui.ui(() -> links.viewer().getTable());
		TableItem broken = row(table, "old-drive");
		assertEquals("Broken", ui.ui(() -> broken.getText(3)));
		ui.run(() -> {
			table.setFocus();
			table.setSelection(broken);
			table.notifyListeners(SWT.Selection, new Event());
		});
		ui.contextMenu(table, "Links", "Remove Link");
		Shell confirm = ui.shell("Remove Link");
		ui.click(ui.button(confirm, "Yes"));
		ui.waitUntil("the link is gone from disk", () -> !Files.exists(dir.resolve("old-drive"), LinkOption.NOFOLLOW_LINKS));
		ui.waitUntil("and from the Links view", () -> {
			for (TableItem i : table.getItems()) {
				if (i.getText(1).equals("old-drive")) {
					return false;
				}
			}
			return true;
		});
		assertTrue(Files.exists(dir.resolve("Backups/Pictures/My Pictures/tree.jpg")));
	}

	@Test
	void createALinkFromTheTableThroughTheDialog() throws Exception {
		openByTyping(dir);
		Table table = ui.ui(() -> contents.viewer().getTable());
		TableItem notes = row(table, "notes.txt");
		ui.run(() -> {
			table.setFocus();
			table.setSelection(notes);
			table.notifyListeners(SWT.Selection, new Event());
		});
		ui.contextMenu(table, "Links", "Create Link");
		Shell dialog = ui.shell("Create Link");
		ui.type(ui.text(dialog, "org.linksmith.ui.id", "name"), "notes-link");
		org.eclipse.swt.widgets.Button ok = ui.button(dialog, "OK");
		ui.waitUntil("OK enabled", ok::isEnabled);
		ui.click(ok);
		ui.waitUntil("the link exists", () -> Files.isSymbolicLink(dir.resolve("notes-link")));
		TableItem created = row(table, "notes-link");
		ui.waitUntil("the table shows the new link", () -> !created.isDisposed() && created.getText(4).endsWith("notes.txt"));

		// Ctrl+Z takes the link back, as in any file manager; Edit > Redo makes it again
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		org.eclipse.swt.graphics.Point inTable = ui.ui(() -> {
			table.setFocus();
			return table.toDisplay(40, table.getHeaderHeight() + 8);
		});
		ui.keysWithXServer(inTable, "ctrl+z");
		ui.waitUntil("undo removed the link", () -> !Files.exists(dir.resolve("notes-link"), LinkOption.NOFOLLOW_LINKS));
		assertEquals("n", Files.readString(dir.resolve("notes.txt")), "its target untouched");
		Shell window = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		ui.menuBar(window, "Edit", "Redo Create Link");
		ui.waitUntil("redo made it again", () -> Files.isSymbolicLink(dir.resolve("notes-link")));
		assertEquals(dir.resolve("notes.txt"), dir.resolve("notes-link").toRealPath());
	}

	@Test
	void retargetChecksAsTheUserTypesAndWarnsInPlainWordsBeforeOk() throws Exception {
		String key = "org.linksmith.ui.id";
		Table table = openAndSelect(dir, "Pics");
		ui.run(table::setFocus);
		ui.contextMenu(table, "Links", "Retarget");
		Shell dialog = ui.shell("Retarget Link");
		org.eclipse.jface.dialogs.TitleAreaDialog window = ui.ui(() -> (org.eclipse.jface.dialogs.TitleAreaDialog) dialog.getData());
		Text target = ui.text(dialog, key, "target");
		org.eclipse.swt.widgets.Button ok = ui.button(dialog, "OK");
		assertEquals("Backups/Pictures/My Pictures", ui.ui(target::getText), "starts from the target stored now");
		ui.waitUntil("the same target is refused", () -> !ok.isEnabled() && String.valueOf(window.getErrorMessage()).contains("already"));

		ui.type(target, "Backups/Gone");
		ui.waitUntil("a missing target is a warning in plain words, and allowed",
				() -> ok.isEnabled() && window.getErrorMessage() == null && window.getMessage().contains("Nothing is at"));
		org.eclipse.swt.widgets.Label shown = ui.waitFor("the preview", () -> UiDriver.find(dialog, org.eclipse.swt.widgets.Label.class,
				l -> "preview".equals(l.getData(key)) && !l.getText().isEmpty()));
		String preview = ui.ui(shown::getText);
		assertTrue(preview.contains("Pics \u2192 Backups/Gone") && preview.contains(dir.resolve("Backups/Gone").toString()), preview);

		ui.type(target, "Backups");
		ui.waitUntil("an existing folder is ready", () -> ok.isEnabled() && window.getMessage().startsWith("Ready"));
		ui.click(ok);
		ui.waitUntil("retargeted", () -> Path.of("Backups").equals(storedTarget(dir.resolve("Pics"))));
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		Shell shellNow = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		ui.menuBar(shellNow, "Edit", "Undo Retarget Link");
		ui.waitUntil("undo points it back",
				() -> Path.of("Backups/Pictures/My Pictures").equals(storedTarget(dir.resolve("Pics"))));
	}

	private static Path storedTarget(Path link) {
		try {
			return Files.readSymbolicLink(link);
		} catch (java.io.IOException e) {
			return null;
		}
	}

	@Test
	void newFolderRenameAndDeleteFromTheContextMenu() throws Exception {
		openByTyping(dir);
		Table table = ui.ui(() -> contents.viewer().getTable());
		row(table, "notes.txt");
		ui.contextMenu(table, "New Folder");
		Shell dialog = ui.shell("New Folder");
		ui.type(ui.waitFor("the name field", () -> UiDriver.find(dialog, Text.class, t -> true)), "made");
		ui.click(ui.button(dialog, "OK"));
		ui.waitUntil("the folder exists", () -> Files.isDirectory(dir.resolve("made")));
		TableItem made = row(table, "made");
		ui.run(() -> {
			table.setFocus(); // as the right-click does
			table.setSelection(made);
			table.notifyListeners(SWT.Selection, new Event());
		});
		ui.contextMenu(table, "Rename");
		Text name = ui.waitFor("the name edited in place", () -> UiDriver.find(table, Text.class, t -> t.isVisible()));
		// the folder changes while the name is edited (a file appears, sizes come in): the editing
		// goes on, and the rows change once it is done
		ui.run(() -> name.setText("renam"));
		Files.writeString(dir.resolve("appeared meanwhile.txt"), "new");
		Thread.sleep(1500);
		Job.getJobManager().join(ContentsView.FAMILY, null);
		ui.settle();
		assertTrue(ui.ui(() -> !name.isDisposed() && name.isVisible() && name.getText().equals("renam")),
				"still editing what was typed");
		ui.run(() -> {
			name.setText("renamed");
			name.notifyListeners(SWT.DefaultSelection, new Event()); // Enter
		});
		ui.waitUntil("renamed", () -> Files.isDirectory(dir.resolve("renamed")) && !Files.exists(dir.resolve("made")));
		row(table, "renamed"); // the table has read the folder again: its rows are where they will stay
		row(table, "appeared meanwhile.txt");
		Job.getJobManager().join(ContentsView.FAMILY, null);
		ui.settle();

		// deleting a link from the table removes the link only
		TableItem pics = row(table, "Pics");
		ui.run(() -> {
			table.setFocus();
			table.setSelection(pics);
			table.notifyListeners(SWT.Selection, new Event());
		});
		ui.contextMenu(table, "Delete");
		Shell confirm = ui.shell("Delete");
		String asked = ui.ui(() -> UiDriver.labelText(confirm));
		assertTrue(asked.contains("Move 1 item to the trash?") && asked.contains("This is a link: only the link is removed"),
				asked);
		ui.click(ui.button(confirm, "OK"));
		ui.waitUntil("the link is gone", () -> !Files.exists(dir.resolve("Pics"), LinkOption.NOFOLLOW_LINKS));
		assertTrue(Files.exists(dir.resolve("Backups/Pictures/My Pictures/tree.jpg")), "its target is untouched");

		// each of the three is undone from the Edit menu, newest first, as in any file manager
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		Shell window = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		ui.menuBar(window, "Edit", "Undo Delete");
		ui.waitUntil("the link is back", () -> Files.isSymbolicLink(dir.resolve("Pics")));
		assertEquals(dir.resolve("Backups/Pictures/My Pictures"), dir.resolve("Pics").toRealPath());
		ui.menuBar(window, "Edit", "Undo Rename");
		ui.waitUntil("the old name is back", () -> Files.isDirectory(dir.resolve("made")) && !Files.exists(dir.resolve("renamed")));
		ui.menuBar(window, "Edit", "Undo New Folder");
		ui.waitUntil("the new folder is gone", () -> !Files.exists(dir.resolve("made")));
		ui.menuBar(window, "Edit", "Redo New Folder");
		ui.waitUntil("redo made it again", () -> Files.isDirectory(dir.resolve("made")));
	}

	/** Show Hidden Files (Ctrl+H) in the Contents view. */
	private void toggleHiddenFiles() {
		ui.run(() -> {
			contents.getSite().getPage().activate(contents);
			try {
				contents.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand("org.linksmith.explorer.showHidden", null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Ticks a check box of a view's menu, as a user does. */
	private void tick(org.eclipse.ui.part.ViewPart view, String label) {
		tick(ui, view, label);
	}

	/** Ticks (or unticks) an item of a view's menu, as a click on it does. */
	static void tick(UiDriver ui, org.eclipse.ui.part.ViewPart view, String label) {
		ui.run(() -> {
			for (org.eclipse.jface.action.IContributionItem item : view.getViewSite().getActionBars().getMenuManager()
					.getItems()) {
				if (item instanceof org.eclipse.jface.action.ActionContributionItem a && a.getAction().getText().equals(label)) {
					a.getAction().setChecked(!a.getAction().isChecked());
					a.getAction().run();
					return;
				}
			}
			throw new AssertionError("no menu item " + label);
		});
	}

	@Test
	void theLinksViewSaysWhatItShowsAndScansSubFoldersOnlyWhenAsked() throws Exception {
		Files.createSymbolicLink(dir.resolve("Backups/deep-link"), Path.of("Pictures"));
		Files.createDirectories(dir.resolve(".config"));
		Files.createSymbolicLink(dir.resolve(".config/hidden-link"), Path.of("nowhere"));
		openByTyping(dir);
		ui.waitUntil("the folder's own links", () -> links.getContentDescription().equals("2 links, 1 broken, in " + dir));
		assertTrue(ui.ui(() -> java.util.Arrays.stream(links.viewer().getTable().getItems()).allMatch(i -> i.getImage(0) != null)),
				"each link has its icon");
		tick(links, "Include Sub-folders");
		ui.waitUntil("and those below, not in hidden folders", () -> links.getContentDescription().equals("3 links, 1 broken, under " + dir));
		// with hidden files shown (Ctrl+H), the hidden folder is scanned too
		toggleHiddenFiles();
		ui.waitUntil("hidden links too", () -> links.getContentDescription().equals("4 links, 2 broken, under " + dir));
		toggleHiddenFiles();
		ui.waitUntil("and left out again", () -> links.getContentDescription().equals("3 links, 1 broken, under " + dir));
		tick(links, "Broken Links Only");
		ui.waitUntil("the filter is said", () -> links.getContentDescription()
				.equals("1 link, 1 broken, under " + dir + " \u2014 showing broken links only"));
		tick(links, "Broken Links Only");
		tick(links, "Include Sub-folders");
	}

	@Test
	void theWindowNamesTheFolderAndTheViewRemembersWhereItWasAndItsOrder() throws Exception {
		openByTyping(dir);
		Shell window = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		ui.waitUntil("the window's title names the folder",
				() -> window.getText().equals(dir.getFileName() + " \u2014 Linksmith Explorer"));
		Table table = ui.ui(() -> contents.viewer().getTable());
		// sort by size, largest first: the Size header clicked twice
		ui.run(() -> {
			table.getColumn(1).notifyListeners(SWT.Selection, new Event());
			table.getColumn(1).notifyListeners(SWT.Selection, new Event());
		});
		IWorkbenchPage page = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
		try {
			// closed and opened again, as at the next start
			ui.run(() -> page.hideView(contents));
			contents = ui.ui(() -> (ContentsView) page.showView(ContentsView.ID));
			ui.waitUntil("it opens where it was", () -> dir.equals(contents.folder()));
			// the Links view and the folder tree follow the Contents view opened again
			Path backups = dir.resolve("Backups");
			ui.run(() -> contents.open(backups));
			ui.waitUntil("the Links view follows it", () -> links.getContentDescription().endsWith("in " + backups));
			ui.run(() -> contents.open(dir));
			ui.waitUntil("back where it was", () -> dir.equals(contents.folder()));
			Table again = ui.ui(() -> contents.viewer().getTable());
			assertTrue(ui.ui(() -> again.getSortColumn() == again.getColumn(1) && again.getSortDirection() == SWT.DOWN),
					"sorted as it was");
		} finally {
			Table now = ui.ui(() -> contents.viewer().getTable());
			ui.run(() -> now.getColumn(0).notifyListeners(SWT.Selection, new Event())); // by name again
		}
	}

	@Test
	void copyPasteAndPasteAsLinkAsInAnyFileManager() throws Exception {
		Table table = openAndSelect(dir, "notes.txt");
		ui.run(table::setFocus);
		ui.contextMenu(table, "Copy");
		// what other programs read: GNOME's list of copied files
		ExplorerClipboardProbe seen = ExplorerClipboardProbe.read(ui);
		assertEquals("copy\n" + dir.resolve("notes.txt").toUri().toASCIIString(), seen.gnome());
		// pasted into the same folder: a copy beside it, under a free name
		ui.contextMenu(table, "Paste");
		ui.waitUntil("the copy is there", () -> Files.exists(dir.resolve("notes (copy).txt")));
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		assertEquals("n", Files.readString(dir.resolve("notes (copy).txt")));
		Shell window = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		ui.menuBar(window, "Edit", "Undo Copy");
		ui.waitUntil("undo took the copy back", () -> !Files.exists(dir.resolve("notes (copy).txt")));
		ui.menuBar(window, "Edit", "Redo Copy");
		ui.waitUntil("redo copied it again", () -> Files.exists(dir.resolve("notes (copy).txt")));
		// and as a link, in another folder
		Path backups = dir.resolve("Backups");
		ui.run(() -> contents.open(backups));
		ui.waitUntil("in Backups", () -> backups.equals(contents.folder()));
		ui.contextMenu(table, "Paste as Link");
		ui.waitUntil("the link is there", () -> Files.isSymbolicLink(backups.resolve("notes.txt")));
		assertEquals(dir.resolve("notes.txt"), Files.readSymbolicLink(backups.resolve("notes.txt")));
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		// Paste as Hard Link: another name of the same file, beside it
		ui.contextMenu(table, "Paste as Hard Link");
		ui.waitUntil("the hard link is there", () -> Files.exists(backups.resolve("notes (link).txt")));
		assertTrue(Files.isSameFile(dir.resolve("notes.txt"), backups.resolve("notes (link).txt")), "the same file");
		assertEquals(2, Files.getAttribute(dir.resolve("notes.txt"), "unix:nlink"));
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		ui.menuBar(window, "Edit", "Undo Create Link");
		ui.waitUntil("undo took the hard link back", () -> !Files.exists(backups.resolve("notes (link).txt")));
		assertEquals(1, Files.getAttribute(dir.resolve("notes.txt"), "unix:nlink"));
		// a link made by Paste as Link is undone like any link
		ui.menuBar(window, "Edit", "Undo Create Link");
		ui.waitUntil("undo took the link back", () -> !Files.exists(backups.resolve("notes.txt"), LinkOption.NOFOLLOW_LINKS));
		assertEquals("n", Files.readString(dir.resolve("notes.txt")));
	}

	@Test
	void pasteIsASmartCopyOrMoveThatKeepsLinksWorkingAndTrueSizeMeasuresTheSelection() throws Exception {
		Path project = Files.createDirectories(dir.resolve("Project/data"));
		Files.writeString(project.resolve("f.txt"), "f");
		Files.createSymbolicLink(dir.resolve("Project/abs"), project.resolve("f.txt"));
		Files.createSymbolicLink(dir.resolve("Project/up"), Path.of("../notes.txt"));
		Table table = openAndSelect(dir, "Project");
		ui.run(table::setFocus);
		ui.contextMenu(table, "Copy");
		ui.contextMenu(table, "Paste");
		Path copy = dir.resolve("Project (copy)");
		ui.waitUntil("the copy is there", () -> Files.isSymbolicLink(copy.resolve("up")));
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		assertEquals(copy.resolve("data/f.txt"), Files.readSymbolicLink(copy.resolve("abs")), "into the copy, not the original");
		assertEquals(Path.of("../notes.txt"), Files.readSymbolicLink(copy.resolve("up")), "reaches notes.txt from the copy as it is");

		// cut and pasted one level down: the link out of it is computed again, the absolute one rewritten
		ui.run(() -> table.setFocus());
		TableItem item = row(table, "Project");
		ui.run(() -> {
			table.setSelection(item);
			table.notifyListeners(SWT.Selection, new Event());
		});
		ui.contextMenu(table, "Cut");
		// a cut after a copy is a cut (SWT's file list answered GNOME's type as "copy" before)
		assertEquals("cut\n" + dir.resolve("Project").toUri().toASCIIString(), ExplorerClipboardProbe.read(ui).gnome());
		Path backups = dir.resolve("Backups");
		ui.run(() -> contents.open(backups));
		ui.waitUntil("in Backups", () -> backups.equals(contents.folder()));
		ui.contextMenu(table, "Paste");
		Path moved = backups.resolve("Project");
		ui.waitUntil("moved", () -> Files.isSymbolicLink(moved.resolve("up")));
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		assertEquals(Path.of("../../notes.txt"), Files.readSymbolicLink(moved.resolve("up")));
		assertEquals("n", Files.readString(moved.resolve("up")));
		assertEquals(moved.resolve("data/f.txt"), Files.readSymbolicLink(moved.resolve("abs")));
		Shell window = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		ui.menuBar(window, "Edit", "Undo Move");
		ui.waitUntil("moved back", () -> Files.isSymbolicLink(dir.resolve("Project/abs")));
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		assertEquals(Path.of("../notes.txt"), Files.readSymbolicLink(dir.resolve("Project/up")));
		assertEquals(project.resolve("f.txt"), Files.readSymbolicLink(dir.resolve("Project/abs")));

		// True Size of the two folders, in a job, then a dialog
		ui.run(() -> contents.open(dir));
		ui.waitUntil("in the folder", () -> dir.equals(contents.folder()));
		TableItem one = row(table, "Project");
		TableItem two = row(table, "Project (copy)");
		ui.run(() -> {
			table.setFocus();
			table.setSelection(new TableItem[] { one, two });
			table.notifyListeners(SWT.Selection, new Event());
		});
		ui.contextMenu(table, "True Size");
		Shell sized = ui.shell("True Size");
		String said = ui.ui(() -> UiDriver.labelText(sized));
		assertTrue(said.contains("2 items in " + dir) && said.contains("Contents: 2 files, 4 folders, 4 symbolic links"), said);
		ui.screenshot(Path.of("target", "screenshots", "explorer-true-size.png"));
		ui.click(ui.button(sized, "OK"));

		// with the preference off, a paste is a plain copy: its absolute link still points into the original
		org.eclipse.core.runtime.preferences.IEclipsePreferences prefs = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
				.getNode("org.linksmith.explorer");
		prefs.putBoolean("smartTransfer", false);
		try {
			TableItem original = row(table, "Project");
			ui.run(() -> {
				table.setSelection(original);
				table.notifyListeners(SWT.Selection, new Event());
			});
			ui.contextMenu(table, "Copy");
			ui.contextMenu(table, "Paste");
			Path plain = dir.resolve("Project (copy 2)");
			ui.waitUntil("the plain copy is there", () -> Files.isSymbolicLink(plain.resolve("abs")));
			assertEquals(project.resolve("f.txt"), Files.readSymbolicLink(plain.resolve("abs")));
		} finally {
			prefs.remove("smartTransfer");
		}
		Job.getJobManager().join(LinkJobs.FAMILY, null);
	}

	@Test
	void thePreferencesSayWhatPasteAndDropDo() {
		ui.display().asyncExec(() -> org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.linksmith.explorer.preferencePage", null,
				null).open());
		Shell dialog = ui.shell("Preferences");
		org.eclipse.swt.widgets.Button smart = ui.button(dialog,
				"Paste and drag and drop use Smart Copy and Smart Move (links keep working in copied and moved folders)");
		assertTrue(ui.ui(smart::getSelection), "on by default");
		ui.screenshot(Path.of("target", "screenshots", "explorer-preferences.png"));
		ui.click(ui.button(dialog, "Cancel"));
		ui.waitClosed("Preferences");
	}

	@Test
	void anotherProgramReadsWhatIsCopiedAndItsCutFilesArePastedHere() throws Exception {
		// Copy in the Explorer: xclip reads the file's URI as file managers offer it
		Table table = openAndSelect(dir, "notes.txt");
		ui.run(table::setFocus);
		ui.contextMenu(table, "Copy");
		assertEquals(dir.resolve("notes.txt").toUri().toASCIIString(),
				xclip("-o", "-selection", "clipboard", "-t", "text/uri-list").strip());
		// a file cut in another program (as Nautilus puts it) is moved by Paste
		Path tree = dir.resolve("Backups/Pictures/My Pictures/tree.jpg");
		Process owner = new ProcessBuilder("xclip", "-quiet", "-selection", "clipboard", "-t", "x-special/gnome-copied-files")
				.redirectErrorStream(true).start();
		try {
			try (var in = owner.getOutputStream()) {
				in.write(("cut\n" + tree.toUri().toASCIIString()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			ui.waitUntil("the other program holds the clipboard", () -> !xclip("-o", "-selection", "clipboard", "-t",
					"x-special/gnome-copied-files").isEmpty());
			ui.contextMenu(table, "Paste");
			ui.waitUntil("the cut file is moved here", () -> Files.exists(dir.resolve("tree.jpg")) && !Files.exists(tree));
			assertEquals("x", Files.readString(dir.resolve("tree.jpg")));
		} finally {
			owner.destroy(); // only the process this test started
			owner.waitFor();
		}
	}

	/** Runs xclip (another X client) and returns what it printed. */
	private static String xclip(String... args) {
		List<String> command = new java.util.ArrayList<>(List.of("xclip"));
		command.addAll(List.of(args));
		try {
			Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			p.waitFor();
			return out;
		} catch (java.io.IOException e) {
			throw new AssertionError("xclip is needed to test the clipboard with another program (apt-get install xclip)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	/** The clipboard as another program sees it (read through SWT, as xclip would). */
	record ExplorerClipboardProbe(String gnome) {
		static ExplorerClipboardProbe read(UiDriver ui) {
			return ui.ui(() -> {
				org.eclipse.swt.dnd.Clipboard c = new org.eclipse.swt.dnd.Clipboard(ui.display());
				try {
					String[] names = c.getAvailableTypeNames();
					if (java.util.Arrays.stream(names).noneMatch(n -> n.endsWith("x-special/gnome-copied-files"))) {
						return new ExplorerClipboardProbe("none in " + java.util.Arrays.toString(names));
					}
					Object text = c.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
					return new ExplorerClipboardProbe(gnomeOf(c, text));
				} finally {
					c.dispose();
				}
			});
		}

		private static String gnomeOf(org.eclipse.swt.dnd.Clipboard c, Object text) {
			Object gnome = c.getContents(new org.eclipse.swt.dnd.ByteArrayTransfer() {
				@Override
				protected int[] getTypeIds() {
					return new int[] { registerType("x-special/gnome-copied-files") };
				}

				@Override
				protected String[] getTypeNames() {
					return new String[] { "x-special/gnome-copied-files" };
				}
			});
			return gnome instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : "unreadable: " + text;
		}
	}

	@Test
	void aBrokenLinkSaysSoInTheTable() {
		openByTyping(dir);
		Table table = ui.ui(() -> contents.viewer().getTable());
		TableItem broken = row(table, "old-drive");
		ui.waitUntil("its type says it is broken", () -> broken.getText(3).equals("Broken symbolic link"));
		ui.waitUntil("and its name says so too", () -> broken.getText(0).contains("[broken]"));
		TableItem working = row(table, "Pics");
		assertEquals("Symbolic link to a folder", ui.ui(() -> working.getText(3)));
	}

	@Test
	void afterFiftyQuickNavigationsTheTableShowsTheFolderInTheAddressBar() throws Exception {
		// folders of very different sizes, so that their readings finish in another order than asked
		int[] sizes = { 0, 3, 2000, 40, 600 };
		List<Path> folders = new java.util.ArrayList<>();
		for (int f = 0; f < sizes.length; f++) {
			Path folder = Files.createDirectory(dir.resolve("size-" + sizes[f]));
			for (int i = 0; i < sizes[f]; i++) {
				Files.writeString(folder.resolve("e" + i), "");
			}
			folders.add(folder);
		}
		openByTyping(dir);
		Text address = ui.text(ui.ui(() -> contents.viewer().getTable().getParent()), KEY, "address");
		java.util.Random random = new java.util.Random(12);
		for (int i = 0; i < 50; i++) {
			Path next = folders.get(random.nextInt(folders.size()));
			ui.run(() -> contents.open(next)); // no waiting in between, as a hurried user clicks
		}
		Job.getJobManager().join(ContentsView.FAMILY, null);
		ui.settle();
		Path shown = ui.ui(contents::folder);
		assertEquals(shown.toString(), ui.ui(address::getText), "the address names the folder shown");
		long expected;
		try (java.util.stream.Stream<Path> entries = Files.list(shown)) {
			expected = entries.count();
		}
		assertEquals(expected, ui.ui(() -> (long) contents.shown().size()), "the rows are that folder's entries");
		assertTrue(ui.ui(() -> contents.shown().stream().allMatch(e -> e.path().getParent().equals(shown))),
				"and no row of another folder");
	}

	@Test
	void keysActOnTheTableAndEditTheAddressWhenItHasTheFocus() throws Exception {
		Table table = openAndSelect(dir, "notes.txt");
		// in the address bar, Delete and Backspace edit the address; the selected file stays
		Text address = ui.text(ui.ui(() -> table.getParent()), KEY, "address");
		org.eclipse.swt.graphics.Point inAddress = ui.ui(() -> {
			address.setFocus();
			address.setSelection(address.getText().length());
			return address.toDisplay(10, address.getSize().y / 2);
		});
		String before = ui.ui(address::getText);
		ui.keysWithXServer(inAddress, "BackSpace", "Delete");
		ui.waitUntil("Backspace took the last character", () -> address.getText().equals(before.substring(0, before.length() - 1)));
		assertTrue(Files.exists(dir.resolve("notes.txt")), "Delete in the address bar deletes no file");
		assertTrue(ui.ui(() -> java.util.Arrays.stream(ui.display().getShells()).noneMatch(
				sh -> sh.isVisible() && sh.getText().equals("Delete"))), "and asks nothing about deleting one");
		assertEquals(dir, ui.ui(contents::folder), "Backspace in the address bar goes nowhere");

		// in the table: Alt+Up goes up, Alt+Left back, Alt+Right forward (bindings users can change)
		Path backups = dir.resolve("Backups");
		ui.run(() -> contents.open(backups));
		ui.waitUntil("in Backups", () -> backups.equals(contents.folder()));
		org.eclipse.swt.graphics.Point inTable = ui.ui(() -> {
			table.setFocus();
			return table.toDisplay(40, table.getHeaderHeight() + 8);
		});
		ui.keysWithXServer(inTable, "alt+Up");
		ui.waitUntil("one level up", () -> dir.equals(contents.folder()));
		ui.keysWithXServer(inTable, "alt+Left");
		ui.waitUntil("back", () -> backups.equals(contents.folder()));
		ui.keysWithXServer(inTable, "alt+Right");
		ui.waitUntil("forward again", () -> dir.equals(contents.folder()));
	}

	@Test
	void typeAheadFindsARowAndF2RenamesItInPlaceWithoutTheExtension() throws Exception {
		Table table = openAndSelect(dir, "Backups");
		org.eclipse.swt.graphics.Point inTable = ui.ui(() -> {
			org.eclipse.swt.graphics.Rectangle first = table.getItem(0).getBounds(0);
			return table.toDisplay(first.x + 30, first.y + first.height / 2);
		});
		ui.clickWithXServer(inTable); // on the first row, Backups
		ui.waitUntil("Backups is selected", () -> selectedName(table).equals("Backups"));
		// without a window manager no click activates a window: give it the keyboard as one would
		ui.run(() -> {
			table.getShell().forceActive();
			table.setFocus();
		});
		ui.keysWithXServer(inTable, "n", "o");
		ui.waitUntil("typing 'no' selects notes.txt", () -> selectedName(table).equals("notes.txt"));
		Thread.sleep(1100); // a pause starts a new search
		ui.keysWithXServer(inTable, "p");
		ui.waitUntil("'p' selects Pics", () -> selectedName(table).startsWith("Pics"));
		Thread.sleep(1100);
		ui.keysWithXServer(inTable, "n");
		ui.waitUntil("'n' again selects notes.txt", () -> selectedName(table).equals("notes.txt"));

		ui.keysWithXServer(inTable, "F2");
		Text name = ui.waitFor("the name edited in place", () -> UiDriver.find(table, Text.class, t -> t.isVisible()));
		assertEquals("notes", ui.ui(name::getSelectionText), "the name is selected without its extension");
		org.eclipse.swt.graphics.Point inName = ui.ui(() -> name.toDisplay(5, name.getSize().y / 2));
		ui.keysWithXServer(inName, "m", "e", "m", "o", "Return");
		ui.waitUntil("renamed to memo.txt", () -> Files.exists(dir.resolve("memo.txt")) && !Files.exists(dir.resolve("notes.txt")));
		Job.getJobManager().join(LinkJobs.FAMILY, null);
		Shell window = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		ui.menuBar(window, "Edit", "Undo Rename");
		ui.waitUntil("the old name is back", () -> Files.exists(dir.resolve("notes.txt")) && !Files.exists(dir.resolve("memo.txt")));
	}

	@Test
	void sortingIsDoneInTheBackgroundAndTheLastHeaderClickedWins() throws Exception {
		Path many = Files.createDirectories(dir.resolve("many"));
		for (int i = 0; i < 3000; i++) {
			Files.writeString(many.resolve(String.format("f%04d.txt", i)), "x".repeat(i % 97));
		}
		openByTyping(many);
		Table table = ui.ui(() -> contents.viewer().getTable());
		// Size, Size (largest first), Type, Size: clicked quickly, each sort a job; only the last is shown
		ui.run(() -> {
			for (int column : new int[] { 1, 1, 3, 1 }) {
				table.getColumn(column).notifyListeners(SWT.Selection, new Event());
			}
		});
		Job.getJobManager().join(ContentsView.FAMILY, null);
		ui.settle();
		List<Entry> shown = ui.ui(() -> contents.shown());
		ui.waitUntil("sizes are read", () -> contents.shown().stream().allMatch(e -> e.size() >= 0));
		Job.getJobManager().join(ContentsView.FAMILY, null);
		ui.settle();
		shown = ui.ui(() -> contents.shown());
		for (int i = 1; i < shown.size(); i++) {
			assertTrue(shown.get(i - 1).size() <= shown.get(i).size(), "sorted by size, smallest first, at " + i);
		}
		assertTrue(ui.ui(() -> table.getSortColumn() == table.getColumn(1) && table.getSortDirection() == SWT.UP));
		ui.run(() -> table.getColumn(0).notifyListeners(SWT.Selection, new Event())); // by name again
	}

	@Test
	void aRightClickOnEmptySpaceIsAboutTheFolderNotTheSelection() throws Exception {
		Table table = openAndSelect(dir, "notes.txt");
		org.eclipse.swt.graphics.Point below = ui.ui(() -> {
			table.getShell().forceActive();
			table.setFocus();
			// just below the last row: empty space (not the scroll bar at the bottom)
			org.eclipse.swt.graphics.Rectangle last = table.getItem(table.getItemCount() - 1).getBounds();
			return table.toDisplay(last.x + 60, last.y + last.height + 20);
		});
		ui.clickWithXServer(below, 3);
		ui.waitUntil("nothing is selected", () -> table.getSelectionCount() == 0);
		ui.keysWithXServer(below, "Escape");
	}

	private static Object[] treeChildren(FoldersView folders, Path parent) {
		return ((org.eclipse.jface.viewers.ITreeContentProvider) folders.viewer().getContentProvider()).getChildren(parent);
	}

	private static String selectedName(Table table) {
		return table.getSelectionCount() == 1 ? UiDriver.plain(table.getSelection()[0].getText(0)) : "";
	}

	@Test
	void theAddressBarProposesTheFoldersThePathCanGoOnWith() throws Exception {
		Table table = openAndSelect(dir, "notes.txt");
		Text address = ui.text(ui.ui(() -> table.getParent()), KEY, "address");
		org.eclipse.swt.graphics.Point inAddress = ui.ui(() -> {
			address.setFocus();
			address.setText(dir + "/");
			address.setSelection(address.getText().length());
			return address.toDisplay(10, address.getSize().y / 2);
		});
		ui.keysWithXServer(inAddress, "B");
		Table proposals = ui.waitFor("the proposals", () -> {
			for (Shell s : ui.display().getShells()) {
				Table t = s.isVisible() ? UiDriver.find(s, Table.class, x -> true) : null;
				if (t != null && t != table && t.getItemCount() > 0) {
					return t;
				}
			}
			return null;
		});
		assertEquals(List.of("Backups"), ui.ui(() -> java.util.Arrays.stream(proposals.getItems()).map(TableItem::getText).toList()),
				"only the folders starting with B (not notes.txt, not the hidden file)");
		ui.keysWithXServer(inAddress, "Return");
		ui.waitUntil("the proposal is taken", () -> address.getText().equals(dir + "/Backups/"));
	}

	@Test
	void theFolderTreeFollowsTheFolderShownAndOpensFolderLinks() throws Exception {
		Files.createSymbolicLink(dir.resolve("Backups-link"), Path.of("Backups"));
		FoldersView folders = ui.ui(() -> (FoldersView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(FoldersView.ID));
		Path pictures = dir.resolve("Backups/Pictures");
		ui.run(() -> contents.open(pictures));
		ui.waitUntil("the tree selects the folder shown", () -> pictures.equals(
				folders.viewer().getStructuredSelection().getFirstElement()));
		// a link to a folder opens like a folder, and keeps its arrow
		ui.run(() -> folders.viewer().setExpandedState(dir.resolve("Backups-link"), true));
		ui.waitUntil("the link's sub-folders are listed", () -> {
			Object[] shown = ((org.eclipse.jface.viewers.ITreeContentProvider) folders.viewer().getContentProvider())
					.getChildren(dir.resolve("Backups-link"));
			return shown.length == 1 && dir.resolve("Backups-link/Pictures").equals(shown[0]);
		});
		ui.waitUntil("still open, with its arrow", () -> folders.viewer().getExpandedState(dir.resolve("Backups-link")));
		// a hidden folder is in the tree only while hidden files are shown
		Files.createDirectories(dir.resolve(".config"));
		ui.run(() -> contents.open(dir));
		ui.waitUntil("in the folder", () -> dir.equals(contents.folder()));
		ui.run(() -> folders.viewer().refresh(dir));
		Job.getJobManager().join(FoldersView.FAMILY, null);
		assertFalse(ui.ui(() -> java.util.Arrays.asList(treeChildren(folders, dir)).contains(dir.resolve(".config"))));
		toggleHiddenFiles();
		try {
			ui.waitUntil("the hidden folder is listed", () -> {
				java.util.List<Object> now = java.util.Arrays.asList(treeChildren(folders, dir));
				return now.contains(dir.resolve(".config"));
			});
		} finally {
			toggleHiddenFiles(); // as the other tests expect it
		}
		ui.run(() -> folders.getSite().getPage().activate(contents));
	}

	@Test
	void changesMadeOutsideTheExplorerShowUp() throws Exception {
		openByTyping(dir);
		Table table = ui.ui(() -> contents.viewer().getTable());
		row(table, "notes.txt");
		// as another program would: a new link and a removed file, behind the Explorer's back
		Files.createSymbolicLink(dir.resolve("made-elsewhere"), Path.of("notes.txt"));
		Files.delete(dir.resolve("notes.txt"));
		ui.waitUntil("the folder shows the change", () -> {
			List<String> names = contents.shown().stream().map(Entry::name).toList();
			return names.contains("made-elsewhere") && !names.contains("notes.txt");
		});
		Table linksTable = ui.ui(() -> links.viewer().getTable());
		row(linksTable, "made-elsewhere");
	}

	@Test
	void propertiesOfALinkShowItsTarget() {
		openByTyping(dir);
		Table table = ui.ui(() -> contents.viewer().getTable());
		TableItem pics = row(table, "Pics");
		ui.run(() -> {
			table.setFocus();
			table.setSelection(pics);
			table.notifyListeners(SWT.Selection, new Event());
		});
		ui.contextMenu(table, "Properties");
		Shell dialog = ui.shell("Properties for Pics");
		Text target = ui.text(dialog, "org.linksmith.ui.id", "target");
		ui.waitUntil("the Link page shows the target", () -> "Backups/Pictures/My Pictures".equals(target.getText()));
		ui.screenshot(Path.of("target", "screenshots", "explorer-link-properties.png"));
		ui.click(ui.button(dialog, "Cancel"));
		ui.waitClosed("Properties for Pics");
	}

	/** @return a button of the Contents view's tool bar, by its name */
	private org.eclipse.swt.widgets.ToolItem toolItem(String name) {
		org.eclipse.swt.widgets.ToolBar bar = ui.ui(() -> ((org.eclipse.jface.action.ToolBarManager) contents.getViewSite()
				.getActionBars().getToolBarManager()).getControl());
		return ui.toolItem(bar, name);
	}

	@Test
	void doubleClickAFolderLinkThenBackAndUp() {
		openByTyping(dir);
		ui.run(() -> contents.open(dir.resolve("Pics")));
		ui.waitUntil("inside the link", () -> contents.shown().stream().anyMatch(e -> e.name().equals("tree.jpg")));
		List<String> names = ui.ui(() -> contents.shown().stream().map(Entry::name).toList());
		assertEquals(List.of("tree.jpg"), names);
		// the view's tool bar, as a user clicks it: Back, then Up
		ui.click(toolItem("Back"));
		ui.waitUntil("back in the folder", () -> dir.equals(contents.folder()));
		ui.click(toolItem("Up"));
		ui.waitUntil("one level up", () -> dir.getParent().equals(contents.folder()));
	}

	@Test
	void aMoveInterruptedBeforeTheLinkWasMadeIsOfferedAndUndone() throws Exception {
		// what a relocation killed between moving the folder and making the link leaves: the
		// folder at its new place, nothing at the old path, and its journal entry
		Path games = Files.createDirectories(dir.resolve("Games/saves"));
		Files.writeString(games.resolve("slot1"), "level 12");
		Path place = Files.createDirectories(dir.resolve("place"));
		Files.move(dir.resolve("Games"), place.resolve("Games"));
		Path journal = Files.createDirectories(Path.of(System.getProperty("linksmith.state"), "relocations"));
		Files.writeString(journal.resolve("test-1.journal"), String.join("\n", "version=1",
				"source=" + dir.resolve("Games").toUri(), "target=" + place.resolve("Games").toUri(),
				"type=SYMBOLIC_DIRECTORY", "phase=MOVING", "started=2026-12-01T23:50:00Z", ""));
		Shell window = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		ui.run(() -> InterruptedRelocationsPrompt.check(window)); // what the Explorer does at start
		Shell ask = ui.shell("Interrupted Move");
		try {
			String said = ui.ui(() -> UiDriver.find(ask, org.eclipse.swt.widgets.Label.class,
					l -> l.getText().contains("was interrupted")).getText());
			assertTrue(said.contains("nothing is at \"" + dir.resolve("Games") + "\" now"), said);
			assertTrue(said.contains("no link was made"), said);
			assertEquals(List.of("Finish", "Undo", "Later"), ui.ui(() -> UiDriver.findAll(ask, org.eclipse.swt.widgets.Button.class)
					.stream().map(b -> UiDriver.plain(b.getText())).toList()));
			ui.click(ui.button(ask, "Undo"));
		} finally {
			ui.run(() -> {
				if (!ask.isDisposed()) {
					ask.close(); // never leave a modal dialog to the next test
				}
			});
		}
		ui.waitUntil("the folder is back at its old path",
				() -> Files.isDirectory(dir.resolve("Games/saves"), LinkOption.NOFOLLOW_LINKS));
		Job.getJobManager().join(InterruptedRelocationsPrompt.FAMILY, null);
		assertEquals("level 12", Files.readString(dir.resolve("Games/saves/slot1")));
		assertFalse(Files.exists(place.resolve("Games")));
		try (DirectoryStream<Path> left = Files.newDirectoryStream(journal)) {
			assertFalse(left.iterator().hasNext(), "the journal entry is gone");
		}
	}

	@Test
	void aNameThatIsNotValidUtf8IsListedAndReachesItsFile() throws Exception {
		Path odd = Files.createDirectories(dir.resolve("odd"));
		assertEquals(0, new ProcessBuilder("/bin/bash", "-c", "printf kept > \"$(printf 'bad\\377')\" && printf decoy > \"$(printf 'bad\\357\\277\\275')\"")
				.directory(odd.toFile()).inheritIO().start().waitFor());
		List<Entry> entries = Entry.list(org.linksmith.core.LinkServices.fileTree(), odd, new org.eclipse.core.runtime.NullProgressMonitor());
		Entry bad = entries.stream().filter(e -> e.name().equals("bad\\xff")).findFirst().orElseThrow();
		assertEquals("kept", Files.readString(bad.path()), "the entry reaches the file listed, not its look-alike");
		openByTyping(odd);
		Table table = ui.ui(() -> contents.viewer().getTable());
		row(table, "bad\\xff");
	}
}
