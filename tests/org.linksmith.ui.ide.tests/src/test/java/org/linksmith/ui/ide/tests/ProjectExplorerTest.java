/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linksmith.ui.ide.internal.BrokenLinksContentProvider;
import org.linksmith.ui.ide.internal.WorkspaceRefresher;
import org.linksmith.ui.internal.LinkInfoCache;
import org.linksmith.ui.internal.operations.LinkActions;
import org.linksmith.ui.internal.operations.LinkJobs;
import org.linksmith.ui.internal.preferences.LinkPreferences;
import org.linksmith.ui.testing.TestFiles;
import org.linksmith.ui.testing.UiDriver;
import org.linksmith.ui.testing.UiTestExtension;

/**
 * The Project Explorer as a user meets it: decorated links, broken links that no longer vanish,
 * the Links context menu, the Create Link dialog, the Link property page, Undo, and deletes that
 * never reach the data behind a link. Driven from the test thread through {@link UiDriver}.
 */
@ExtendWith(UiTestExtension.class)
class ProjectExplorerTest {

	static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	static final String KEY = "org.linksmith.ui.id";
	static final AtomicInteger COUNT = new AtomicInteger();

	static UiDriver ui;
	IProject project;
	Path dir;
	Tree tree;

	@BeforeAll
	static void driver() {
		ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());
		LinkPreferences.store().setValue(LinkPreferences.CONFIRM_REMOVE, true);
	}

	@BeforeEach
	void project() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("demo" + COUNT.incrementAndGet());
		project.create(null);
		project.open(null);
		dir = project.getLocation().toPath();
		Files.createDirectories(dir.resolve("data/sub"));
		Files.writeString(dir.resolve("data/a.txt"), "alpha");
		Files.writeString(dir.resolve("data/sub/b.txt"), "beta");
		Files.createDirectories(dir.resolve("dest"));
		Files.createSymbolicLink(dir.resolve("link-to-data"), Path.of("data"));
		Files.createSymbolicLink(dir.resolve("broken"), Path.of("missing-target"));
		Files.createLink(dir.resolve("hard.txt"), dir.resolve("data/a.txt"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		tree = ui.ui(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			CommonNavigator navigator = (CommonNavigator) page.showView(PROJECT_EXPLORER);
			page.activate(navigator);
			navigator.getCommonViewer().refresh();
			return navigator.getCommonViewer().getTree();
		});
	}

	@AfterEach
	void cleanUp() throws Exception {
		ui.run(() -> {
			for (Shell s : ui.display().getShells()) {
				if (s != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() && s.isVisible()
						&& s.getParent() != null) {
					s.close();
				}
			}
		});
		waitForJobs();
		project.delete(true, true, null);
	}

	static void waitForJobs() throws InterruptedException {
		for (Object family : new Object[] { LinkJobs.FAMILY, WorkspaceRefresher.FAMILY, BrokenLinksContentProvider.FAMILY }) {
			Job.getJobManager().join(family, null);
		}
	}

	String label(TreeItem item) {
		return ui.ui(item::getText);
	}

	static String fingerprint(Path root) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		List<Path> all = new ArrayList<>();
		collect(root, all);
		all.sort(null);
		for (Path p : all) {
			digest.update(root.relativize(p).toString().getBytes());
			if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
				digest.update(Files.readAllBytes(p));
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static void collect(Path p, List<Path> all) throws IOException {
		all.add(p);
		if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
			try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
				for (Path c : s) {
					collect(c, all);
				}
			}
		}
	}

	@Test
	void theUiWorksWithTheServicesDeclarativeServicesBound() {
		org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(getClass())
				.getBundleContext();
		org.linksmith.core.LinkService registered = context
				.getService(context.getServiceReference(org.linksmith.core.LinkService.class));
		assertTrue(registered != null, "the core's component is registered");
		// the UI's component holds the references the generated component XML declares
		assertTrue(org.linksmith.ui.internal.LinkUi.targetOpeners().stream()
				.anyMatch(o -> o.getClass().getSimpleName().equals("IdeTargetOpener")), "the IDE's target opener is bound");
		assertTrue(org.linksmith.ui.internal.LinkUi.undoContextProviders().stream()
				.anyMatch(o -> o.getClass().getSimpleName().equals("WorkspaceUndoContextProvider")),
				"the workspace undo context is bound");
		assertTrue(org.linksmith.ui.internal.LinkUi.files() != org.linksmith.core.LinkServices.fileTree(),
				"the file-tree service is the OSGi component, not the plain-classpath fallback");
	}

	@Test
	void linksAreDecoratedWithTypeTargetAndCount() {
		TreeItem link = ui.treeItem(tree, project.getName(), "link-to-data");
		ui.waitUntil("the link shows its target", () -> link.getText().contains("\u2192 data"));
		TreeItem hard = ui.treeItem(tree, project.getName(), "hard.txt");
		ui.waitUntil("the hard link shows its count", () -> hard.getText().contains("[2 links]"));
		TreeItem a = ui.treeItem(tree, project.getName(), "data", "a.txt");
		ui.waitUntil("the other name shows the count too", () -> a.getText().contains("[2 links]"));
		ui.screenshot(Path.of("target", "screenshots", "project-explorer-decorated.png"));
	}

	@Test
	void brokenLinkIsShownAndCanBeRemoved() throws Exception {
		String before = fingerprint(dir.resolve("data"));
		TreeItem broken = ui.treeItem(tree, project.getName(), "broken");
		ui.waitUntil("the broken link is marked", () -> broken.getText().contains("[broken]"));
		ui.select(broken);
		ui.contextMenu(tree, "Links", "Remove Link");
		Shell confirm = ui.shell("Remove Link");
		ui.click(ui.button(confirm, "Yes"));
		ui.waitUntil("the broken link is gone from disk",
				() -> !Files.exists(dir.resolve("broken"), LinkOption.NOFOLLOW_LINKS));
		waitForJobs();
		assertEquals(before, fingerprint(dir.resolve("data")));
		ui.waitUntil("the broken link is gone from the tree", () -> {
			for (TreeItem i : broken.isDisposed() ? new TreeItem[0] : broken.getParentItem().getItems()) {
				if (i.getText().startsWith("broken")) {
					return false;
				}
			}
			return true;
		});
	}

	@Test
	void removeLinkAsksNamingTheTargetAndKeepsIt() throws Exception {
		String before = fingerprint(dir.resolve("data"));
		TreeItem link = ui.treeItem(tree, project.getName(), "link-to-data");
		ui.select(link);
		ui.contextMenu(tree, "Links", "Remove Link");
		Shell confirm = ui.shell("Remove Link");
		String message = ui.ui(() -> {
			return UiDriver.labelText(confirm);
		});
		assertTrue(message.contains("Only the link is removed"), message);
		assertTrue(message.contains(dir.resolve("data").toRealPath().toString()), "names the target: " + message);
		ui.click(ui.button(confirm, "Yes"));
		ui.waitUntil("the link is gone", () -> !Files.exists(dir.resolve("link-to-data"), LinkOption.NOFOLLOW_LINKS));
		assertEquals(before, fingerprint(dir.resolve("data")), "the target and everything in it untouched");
	}

	@Test
	void createLinkThroughTheDialogThenUndo() throws Exception {
		TreeItem a = ui.treeItem(tree, project.getName(), "data", "a.txt");
		ui.select(a);
		ui.contextMenu(tree, "Links", "Create Link");
		Shell dialog = ui.shell("Create Link");
		Text name = ui.text(dialog, KEY, "name");
		ui.type(name, "shortcut to a");
		Button ok = ui.button(dialog, "OK");
		ui.waitUntil("the dialog validates and shows the result", () -> ok.isEnabled()
				&& UiDriver.find(dialog, org.eclipse.swt.widgets.Label.class,
						l -> "preview".equals(l.getData(KEY)) && l.getText().contains("shortcut to a")) != null);
		ui.type(ui.text(dialog, KEY, "name"), "hard.txt");
		ui.waitUntil("a taken name is refused", () -> !ok.isEnabled());
		ui.type(ui.text(dialog, KEY, "name"), "shortcut to a");
		ui.waitUntil("OK again", ok::isEnabled);
		ui.click(ok);
		Path link = dir.resolve("data/shortcut to a");
		ui.waitUntil("the link exists", () -> Files.isSymbolicLink(link));
		assertEquals("alpha", Files.readString(link));
		waitForJobs();
		ui.treeItem(tree, project.getName(), "data", "shortcut to a");

		// Edit > Undo in the Project Explorer (its global undo action) takes the link back
		ui.select(ui.treeItem(tree, project.getName(), "data", "a.txt"));
		org.eclipse.jface.action.IAction undo = ui.ui(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			return ((CommonNavigator) page.findView(PROJECT_EXPLORER)).getViewSite().getActionBars()
					.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId());
		});
		ui.waitUntil("Undo is offered for the new link",
				() -> undo.isEnabled() && undo.getText().contains("Create Link"));
		ui.display().asyncExec(undo::run);
		// the workbench may ask to confirm an undo that reaches beyond the active view
		ui.waitUntil("undo removed the link", () -> {
			for (Shell s : ui.display().getShells()) {
				if (s.isVisible() && s.getText().startsWith("Undo")) {
					Button yes = UiDriver.find(s, Button.class, b -> {
						String t = UiDriver.plain(b.getText());
						return t.equals("Yes") || t.equals("OK");
					});
					if (yes != null) {
						yes.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
					}
				}
			}
			return !Files.exists(link, LinkOption.NOFOLLOW_LINKS);
		});
		assertEquals("alpha", Files.readString(dir.resolve("data/a.txt")));
	}

	@Test
	void undoOfALargeHardLinkCloneRunsWithProgressWhileTheUiStaysResponsive() throws Exception {
		Path outside = Files.createTempDirectory("clone-undo");
		try {
			undoOfALargeClone(outside);
		} finally {
			org.linksmith.ui.testing.TestFiles.deleteTree(outside);
		}
	}

	private void undoOfALargeClone(Path outside) throws Exception {
		// 30,000 files: the clone's undo takes seconds (each name checked, then removed as a link)
		Path big = outside.resolve("big");
		for (int d = 0; d < 200; d++) {
			Path folder = Files.createDirectories(big.resolve("d" + d));
			for (int i = 0; i < 150; i++) {
				Files.writeString(folder.resolve("f" + i), "x");
			}
		}
		Path backups = Files.createDirectories(outside.resolve("backups"));
		Shell window = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		org.linksmith.ui.internal.operations.CloneOperation clone = new org.linksmith.ui.internal.operations.CloneOperation(
				org.linksmith.ui.internal.LinkUi.links(), List.of(big), backups);
		ui.run(() -> LinkJobs.execute(window, clone, null));
		ui.waitUntil("the clone is made", () -> Files.exists(backups.resolve("big/d199/f149")), java.time.Duration.ofSeconds(120));
		waitForJobs();

		ui.select(ui.treeItem(tree, project.getName(), "data"));
		org.eclipse.jface.action.IAction undo = ui.ui(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			return ((CommonNavigator) page.findView(PROJECT_EXPLORER)).getViewSite().getActionBars()
					.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId());
		});
		ui.waitUntil("Undo is offered for the clone", () -> undo.isEnabled() && undo.getText().contains("Hard-Link Clone"));

		// the UI thread's longest pause, measured by a timer that should fire every 10 ms
		long[] last = new long[1];
		long[] worst = new long[1];
		boolean[] measuring = { true };
		Runnable tick = new Runnable() {
			@Override
			public void run() {
				long now = System.nanoTime();
				worst[0] = Math.max(worst[0], now - last[0]);
				last[0] = now;
				if (measuring[0]) {
					ui.display().timerExec(10, this);
				}
			}
		};
		boolean[] progressShown = new boolean[1];
		ui.run(() -> {
			last[0] = System.nanoTime();
			ui.display().timerExec(10, tick);
		});
		ui.display().asyncExec(undo::run);
		ui.waitUntil("undo removed the clone", () -> {
			for (Shell s : ui.display().getShells()) {
				if (s.isVisible() && s.getText().equals("Progress Information")) {
					progressShown[0] = true;
				}
			}
			return !Files.exists(backups.resolve("big"), LinkOption.NOFOLLOW_LINKS);
		}, java.time.Duration.ofSeconds(120));
		ui.run(() -> measuring[0] = false);
		long worstMillis = worst[0] / 1_000_000;
		System.out.println("undo of a 30,000-file clone: longest UI-thread pause " + worstMillis + " ms");
		assertTrue(progressShown[0], "the undo showed its progress dialog");
		assertTrue(worstMillis < 100, "the UI thread paused for " + worstMillis + " ms at most (limit 100 ms)");
		assertEquals(1, ((Number) Files.getAttribute(big.resolve("d199/f149"), "unix:nlink")).intValue(),
				"the originals keep their one name");
		assertEquals("x", Files.readString(big.resolve("d0/f0")));
	}

	@Test
	void propertyPageShowsTheLinkAndApplyRetargets() throws Exception {
		Shell dialog = openLinkProperties("link-to-data");
		Text target = ui.text(dialog, KEY, "target");
		ui.waitUntil("the page has read the link", () -> target.isEnabled() && "data".equals(target.getText()));
		Text type = ui.text(dialog, KEY, "row:Type:");
		assertEquals("symbolic link to a folder", ui.ui(type::getText));
		Text state = ui.text(dialog, KEY, "row:State:");
		assertTrue(ui.ui(state::getText).startsWith("OK"));
		ui.type(target, "data/sub");
		ui.click(ui.button(dialog, "Apply and Close"));
		ui.waitUntil("the link was retargeted",
				() -> Path.of("data/sub").equals(readLinkQuietly(dir.resolve("link-to-data"))));
		assertEquals("beta", Files.readString(dir.resolve("link-to-data/b.txt")));
	}

	@Test
	void propertyPageOfAHardLinkListsItsOtherNameAndOffersNoTarget() throws Exception {
		Shell dialog = openLinkProperties("hard.txt");
		org.eclipse.swt.widgets.List names = ui.waitFor("the list of other names", () -> UiDriver.find(dialog,
				org.eclipse.swt.widgets.List.class, l -> "siblings".equals(l.getData(KEY))));
		ui.waitUntil("the page lists the other name", () -> names.getItemCount() == 1
				&& names.getItem(0).endsWith("data/a.txt"));
		Text target = ui.text(dialog, KEY, "target");
		assertFalse(ui.ui(target::isVisible), "a hard link has no target to edit");
		Button apply = ui.button(dialog, "Apply");
		assertFalse(ui.ui(apply::isEnabled), "nothing to apply");
		long labels = ui.ui(() -> {
			return UiDriver.labelText(dialog).lines().filter(l -> l.startsWith("Other names")).count();
		});
		assertEquals(1, labels, "one label for the other names");
		ui.run(dialog::close);
	}

	@Test
	void aRetargetThatDanglesSaysWhyInPlainView() throws Exception {
		Shell dialog = openLinkProperties("link-to-data");
		Text target = ui.text(dialog, KEY, "target");
		ui.waitUntil("the page has read the link", () -> target.isEnabled() && "data".equals(target.getText()));
		ui.type(target, "no-such-folder");
		ui.click(ui.button(dialog, "Apply and Close"));
		Shell warning = ui.shell("Retarget Link");
		String said = ui.ui(() -> {
			return UiDriver.labelText(warning);
		});
		assertTrue(said.contains("no-such-folder") && !said.contains("Done, with something"), said);
		ui.click(ui.button(warning, "OK"));
		assertEquals(Path.of("no-such-folder"), readLinkQuietly(dir.resolve("link-to-data")));
	}

	/** Opens Properties > Link on a resource of the project, as Alt+Enter does. */
	private Shell openLinkProperties(String name) {
		IResource resource = project.findMember(name);
		ui.display().asyncExec(() -> PreferencesUtil.createPropertyDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), resource,
				"org.linksmith.ui.linkPropertyPage", null, null).open());
		return ui.shell("Properties for " + name);
	}

	static Path readLinkQuietly(Path link) {
		try {
			return Files.readSymbolicLink(link);
		} catch (IOException e) {
			return null;
		}
	}

	@Test
	void preferencesSwitchOffTheHardLinkCount() {
		TreeItem hard = ui.treeItem(tree, project.getName(), "hard.txt");
		ui.waitUntil("the count is shown", () -> hard.getText().contains("[2 links]"));
		ui.display().asyncExec(() -> PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.linksmith.ui.preferencePage", null,
				null).open());
		Shell dialog = ui.shell("Preferences");
		Button count = ui.button(dialog, "Show the hard-link count after hard links ([3 links])");
		try {
			ui.click(count);
			ui.waitUntil("the box is cleared", () -> !count.getSelection());
			ui.click(ui.button(dialog, "Apply and Close"));
			ui.waitUntil("the count is gone from the label", () -> !hard.isDisposed() && !hard.getText().contains("[2 links]"));
		} finally {
			LinkPreferences.store().setToDefault(LinkPreferences.SUFFIX_HARD_LINK_COUNT);
		}
	}

	@Test
	void convertToRelativeFromTheMenu() throws Exception {
		Files.createSymbolicLink(dir.resolve("absolute"), dir.resolve("data/sub"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		TreeItem link = ui.treeItem(tree, project.getName(), "absolute");
		ui.waitUntil("the link is decorated", () -> link.getText().contains("\u2192"));
		ui.select(link);
		ui.contextMenu(tree, "Links", "Convert to Relative");
		ui.waitUntil("the target is relative", () -> Path.of("data/sub").equals(readLinkQuietly(dir.resolve("absolute"))));
		assertEquals("beta", Files.readString(dir.resolve("absolute/b.txt")));
	}

	@Test
	void pickSourceThenDropAsSymbolicLinks() throws Exception {
		TreeItem a = ui.treeItem(tree, project.getName(), "data", "a.txt");
		TreeItem sub = ui.treeItem(tree, project.getName(), "data", "sub");
		ui.select(a, sub);
		ui.contextMenu(tree, "Links", "Pick Link Source");
		TreeItem dest = ui.treeItem(tree, project.getName(), "dest");
		ui.select(dest);
		List<String> kinds = ui.menuLabels(tree, "Links", "Drop As");
		// the items say what was picked
		assertTrue(kinds.contains("Symbolic Link to 2 items") && kinds.contains("Hard Link to 2 items")
				&& kinds.contains("Hard-Link Clone of 2 items"), kinds.toString());
		assertFalse(kinds.stream().anyMatch(k -> k.startsWith("Junction")), "junctions only where the system has them: " + kinds);
		ui.contextMenu(tree, "Links", "Drop As", "Symbolic Link to 2 items");
		ui.waitUntil("both links exist", () -> Files.isSymbolicLink(dir.resolve("dest/a.txt"))
				&& Files.isSymbolicLink(dir.resolve("dest/sub")));
		assertEquals("beta", Files.readString(dir.resolve("dest/sub/b.txt")));
	}

	@Test
	void dropAsSmartCopyKeepsTheCopysLinksInsideItAndDropAsSymbolicLinkCloneLinksEachFile() throws Exception {
		// an absolute link inside data: a plain copy would still point into the original
		Files.createSymbolicLink(dir.resolve("data/abs-b"), dir.resolve("data/sub/b.txt"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		ui.select(ui.treeItem(tree, project.getName(), "data"));
		ui.contextMenu(tree, "Links", "Pick Link Source");
		ui.select(ui.treeItem(tree, project.getName(), "dest"));
		List<String> kinds = ui.menuLabels(tree, "Links", "Drop As");
		assertTrue(kinds.contains("Smart Copy of data") && kinds.contains("Symbolic-Link Clone of data"), kinds.toString());
		ui.contextMenu(tree, "Links", "Drop As", "Smart Copy of data");
		Path copy = dir.resolve("dest/data");
		ui.waitUntil("the copy is made", () -> Files.isSymbolicLink(copy.resolve("abs-b")));
		assertEquals(copy.resolve("sub/b.txt"), Files.readSymbolicLink(copy.resolve("abs-b")), "points into the copy");
		assertFalse(Files.isSymbolicLink(copy.resolve("a.txt")), "a file is copied");
		assertEquals(1, ((Number) Files.getAttribute(copy.resolve("a.txt"), "unix:nlink")).intValue(),
				"a.txt's other name (hard.txt) is outside the copy: the copy is a file of its own");

		Files.createDirectories(dir.resolve("clones"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		ui.select(ui.treeItem(tree, project.getName(), "clones"));
		ui.contextMenu(tree, "Links", "Drop As", "Symbolic-Link Clone of data");
		Path clone = dir.resolve("clones/data");
		ui.waitUntil("the clone is made", () -> Files.isSymbolicLink(clone.resolve("sub/b.txt")));
		assertFalse(Files.isSymbolicLink(clone.resolve("sub")), "folders are made, not linked");
		assertEquals(dir.resolve("data/sub/b.txt").toRealPath(), Files.readSymbolicLink(clone.resolve("sub/b.txt")));
		assertEquals("beta", Files.readString(clone.resolve("sub/b.txt")));
	}

	@Test
	void propertyPageOfAFolderShowsItsTrueSize() throws Exception {
		Files.write(dir.resolve("data/sub/big.bin"), new byte[100_000]);
		Files.createLink(dir.resolve("data/big-again.bin"), dir.resolve("data/sub/big.bin"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		Shell dialog = openLinkProperties("data");
		ui.waitUntil("the folder is measured",
				() -> UiDriver.find(dialog, Text.class, t -> "row:Contents:".equals(t.getData(KEY))) != null);
		Text contents = ui.text(dialog, KEY, "row:Contents:");
		assertTrue(ui.ui(contents::getText).startsWith("3 files, 2 folders"), "big.bin once: " + ui.ui(contents::getText));
		String bytes = ui.ui(() -> ui.text(dialog, KEY, "row:Size:").getText());
		assertEquals(org.linksmith.ui.internal.TreeSizeText.bytes(
				org.linksmith.ui.internal.LinkUi.files().size(dir.resolve("data"), null).apparentBytes()), bytes);
		assertTrue(bytes.contains("KiB"), bytes);
		Text hard = ui.text(dialog, KEY, "row:Hard-link groups:");
		assertTrue(ui.ui(hard::getText).contains("1 with names outside"), "a.txt's other name is hard.txt: " + ui.ui(hard::getText));
		ui.screenshot(Path.of("target", "screenshots", "ide-folder-true-size.png"));
		ui.run(dialog::close);
	}

	@Test
	void aHardLinkCloneIsOfferedForFoldersOnly() {
		TreeItem a = ui.treeItem(tree, project.getName(), "data", "a.txt");
		ui.waitUntil("the decorator has looked at a.txt", () -> LinkInfoCache.get(dir.resolve("data/a.txt")) != null);
		ui.select(a);
		ui.contextMenu(tree, "Links", "Pick Link Source");
		ui.select(ui.treeItem(tree, project.getName(), "dest"));
		List<String> kinds = ui.menuLabels(tree, "Links", "Drop As");
		assertTrue(kinds.contains("Hard Link to a.txt"), kinds.toString());
		assertFalse(kinds.stream().anyMatch(k -> k.startsWith("Hard-Link Clone")), "a file is hard-linked, not cloned: " + kinds);
	}

	@Test
	void menuOffersLinkActionsOnlyWhereTheyApply() {
		TreeItem b = ui.treeItem(tree, project.getName(), "data", "sub", "b.txt");
		Path path = dir.resolve("data/sub/b.txt");
		ui.waitUntil("the decorator has looked at b.txt", () -> LinkInfoCache.get(path) != null);
		ui.select(b);
		List<String> labels = ui.menuLabels(tree, "Links");
		assertTrue(labels.contains("Create Link"), labels.toString());
		assertTrue(labels.contains("Pick Link Source"), labels.toString());
		assertFalse(labels.contains("Retarget"), labels.toString());
		assertFalse(labels.contains("Remove Link"), labels.toString());
		TreeItem link = ui.treeItem(tree, project.getName(), "link-to-data");
		ui.waitUntil("the decorator has looked at the link", () -> link.getText().contains("\u2192"));
		ui.select(link);
		labels = ui.menuLabels(tree, "Links");
		assertTrue(labels.containsAll(List.of("Retarget", "Remove Link", "Open Target", "Convert to Relative")),
				labels.toString());
		// a broken link is retargeted or removed; there is no target to open or show
		TreeItem broken = ui.treeItem(tree, project.getName(), "broken");
		ui.waitUntil("the broken link is marked", () -> broken.getText().contains("[broken]"));
		ui.select(broken);
		labels = ui.menuLabels(tree, "Links");
		assertTrue(labels.containsAll(List.of("Retarget", "Remove Link")), labels.toString());
		assertFalse(labels.contains("Open Target") || labels.contains("Show Target in System File Manager"), labels.toString());
	}

	@Test
	void deletingALinkedFolderInTheExplorerNeverDeletesItsTarget() throws Exception {
		Files.createDirectories(dir.resolve("holder"));
		Files.createSymbolicLink(dir.resolve("holder/inner-link"), dir.resolve("data"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		String before = fingerprint(dir.resolve("data"));

		TreeItem link = ui.treeItem(tree, project.getName(), "link-to-data");
		ui.select(link);
		ui.display().asyncExec(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.delete", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Shell confirm = ui.shell("Delete Resources");
		ui.click(ui.button(confirm, "OK"));
		ui.waitUntil("the link is deleted", () -> !Files.exists(dir.resolve("link-to-data"), LinkOption.NOFOLLOW_LINKS));
		assertEquals(before, fingerprint(dir.resolve("data")), "deleting the link left its target alone");

		// and a folder that holds a link
		IFolder holder = project.getFolder("holder");
		holder.delete(true, null);
		assertFalse(Files.exists(dir.resolve("holder")));
		assertEquals(before, fingerprint(dir.resolve("data")), "deleting a folder with a link inside left the target alone");
	}

	@Test
	void moveAndLeaveLinkOntoAFolderThatExistsAsksInsteadOfNesting() throws Exception {
		Path into = Files.createDirectories(dir.resolve("dest/data")).getParent(); // dest/data is taken
		Shell window = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		java.util.concurrent.atomic.AtomicReference<Object> chosen = new java.util.concurrent.atomic.AtomicReference<>();
		// another name
		ui.display().asyncExec(() -> chosen.set(java.util.Objects.requireNonNullElse(
				org.linksmith.ui.internal.operations.LinkActions.finalPath(window, into, "data"), "cancelled")));
		Shell ask = ui.shell("Move and Leave Link");
		String question = ui.ui(() -> {
			return UiDriver.labelText(ask);
		});
		assertTrue(question.contains(into.resolve("data") + " already exists"), question);
		ui.click(ui.button(ask, "Other Name"));
		Shell name = ui.shell("Move and Leave Link");
		Text field = ui.waitFor("the name field", () -> UiDriver.find(name, Text.class, t -> true));
		ui.type(field, "data-2025");
		ui.click(ui.button(name, "OK"));
		ui.waitUntil("a path was chosen", () -> chosen.get() != null);
		assertEquals(into.resolve("data-2025"), chosen.get());
		// into it, as the question said
		chosen.set(null);
		ui.display().asyncExec(() -> chosen.set(java.util.Objects.requireNonNullElse(
				org.linksmith.ui.internal.operations.LinkActions.finalPath(window, into, "data"), "cancelled")));
		ui.click(ui.button(ui.shell("Move and Leave Link"), "Move Into It"));
		ui.waitUntil("a path was chosen", () -> chosen.get() != null);
		assertEquals(into.resolve("data/data"), chosen.get());
		// or nothing
		chosen.set(null);
		ui.display().asyncExec(() -> chosen.set(java.util.Objects.requireNonNullElse(
				org.linksmith.ui.internal.operations.LinkActions.finalPath(window, into, "data"), "cancelled")));
		ui.click(ui.button(ui.shell("Move and Leave Link"), "Cancel"));
		ui.waitUntil("cancelled", () -> "cancelled".equals(chosen.get()));
		assertTrue(Files.isDirectory(dir.resolve("data")), "nothing moved");
	}

	@Test
	void moveAndLeaveLinkKeepsTheOldPathWorking() throws Exception {
		Path elsewhere = Files.createTempDirectory("linksmith-elsewhere");
		try {
			String before = fingerprint(dir.resolve("data"));
			Shell shell = ui.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
			ui.run(() -> LinkActions.moveAndLeaveLink(shell, dir.resolve("data"), elsewhere.resolve("data")));
			ui.waitUntil("the folder was moved and a link left", () -> Files.isSymbolicLink(dir.resolve("data")));
			waitForJobs();
			assertEquals(before, fingerprint(elsewhere.resolve("data")));
			assertEquals("alpha", Files.readString(dir.resolve("data/a.txt")));
			ui.waitUntil("the explorer shows the link", () -> {
				try {
					TreeItem data = ui.treeItem(tree, project.getName(), "data");
					return data.getText().contains("\u2192");
				} catch (AssertionError e) {
					return false;
				}
			});
			// Edit > Undo moves the folder back: a real folder again, exactly as it was
			ui.menuBar(shell, "Edit", "Undo Move and Leave Link");
			ui.waitUntil("the folder is back", () -> Files.isDirectory(dir.resolve("data"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
			waitForJobs();
			assertEquals(before, fingerprint(dir.resolve("data")));
			assertFalse(Files.exists(elsewhere.resolve("data")), "and gone from the other place");
		} finally {
			if (Files.isSymbolicLink(dir.resolve("data"))) {
				Files.delete(dir.resolve("data"));
			}
			TestFiles.deleteTree(elsewhere);
		}
	}


	static void refresh(IProject p) throws CoreException {
		p.refreshLocal(IResource.DEPTH_INFINITE, null);
	}
}
