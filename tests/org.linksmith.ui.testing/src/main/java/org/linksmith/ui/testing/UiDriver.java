/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * A small driver for SWT user interfaces, used from a test thread (never the UI thread): it finds
 * widgets by their text or data key, opens context menus, clicks, types, waits for conditions
 * with a timeout, and takes screenshots. Everything that touches a widget runs on the UI thread;
 * clicks that may open a modal dialog are posted asynchronously so the test thread is never blocked.
 */
public final class UiDriver {

	/** How long {@link #waitUntil} waits unless told otherwise. */
	public static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final Display display;

	/**
	 * @param display the workbench display
	 */
	public UiDriver(Display display) {
		this.display = display;
	}

	/** @return the display */
	public Display display() {
		return display;
	}

	/**
	 * Runs code on the UI thread and returns its result.
	 *
	 * @param <T> the result type
	 * @param code the code
	 * @return its result
	 */
	public <T> T ui(Callable<T> code) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(code.call());
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		if (failure.get() instanceof RuntimeException r) {
			throw r;
		}
		if (failure.get() instanceof Error e) {
			throw e;
		}
		if (failure.get() != null) {
			throw new IllegalStateException(failure.get());
		}
		return result.get();
	}

	/**
	 * Runs code on the UI thread.
	 *
	 * @param code the code
	 */
	public void run(Runnable code) {
		ui(() -> {
			code.run();
			return null;
		});
	}

	/**
	 * Waits until a condition, evaluated on the UI thread, holds.
	 *
	 * @param what what is awaited, for the failure message
	 * @param condition the condition
	 */
	public void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, TIMEOUT);
	}

	/**
	 * @param what what is awaited, for the failure message
	 * @param condition the condition, evaluated on the UI thread
	 * @param timeout how long to wait
	 */
	public void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (Boolean.TRUE.equals(ui(condition::getAsBoolean))) {
				return;
			}
			if (System.nanoTime() > end) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what); //$NON-NLS-1$ //$NON-NLS-2$
			}
			sleep(50);
		}
	}

	/**
	 * Waits until a value, computed on the UI thread, is not {@code null}.
	 *
	 * @param <T> the value's type
	 * @param what what is awaited
	 * @param find computes the value
	 * @return the value
	 */
	public <T> T waitFor(String what, Callable<T> find) {
		AtomicReference<T> found = new AtomicReference<>();
		waitUntil(what, () -> {
			try {
				found.set(find.call());
			} catch (Exception e) {
				found.set(null);
			}
			return found.get() != null;
		});
		return found.get();
	}

	/** Lets pending UI events run. */
	public void settle() {
		run(() -> {
			while (display.readAndDispatch()) {
				// drain
			}
		});
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * @param text a label, possibly with {@code &} mnemonics or a trailing decoration
	 * @return the label as a user reads it
	 */
	public static String plain(String text) {
		return text == null ? "" : text.replace("&", "").replace("...", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	// ---------------------------------------------------------------- shells and widgets

	/**
	 * @param title a shell's title
	 * @return the visible shell with that title, waited for
	 */
	public Shell shell(String title) {
		return waitFor("a window titled '" + title + "'", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
					return s;
				}
			}
			return null;
		});
	}

	/**
	 * @param title a shell's title
	 */
	public void waitClosed(String title) {
		waitUntil("the window '" + title + "' to close", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
					return false;
				}
			}
			return true;
		});
	}

	/**
	 * Finds the first widget below a composite that matches.
	 *
	 * @param <W> the widget type
	 * @param root where to look
	 * @param type the widget class
	 * @param match the test
	 * @return the widget, or {@code null}
	 */
	public static <W extends Control> W find(Composite root, Class<W> type, Predicate<W> match) {
		for (Control c : root.getChildren()) {
			if (type.isInstance(c) && match.test(type.cast(c))) {
				return type.cast(c);
			}
			if (c instanceof Composite child) {
				W w = find(child, type, match);
				if (w != null) {
					return w;
				}
			}
		}
		return null;
	}

	/**
	 * @param <W> the widget type
	 * @param root where to look
	 * @param type the widget class
	 * @return every such widget below {@code root}, in order
	 */
	public static <W extends Control> List<W> findAll(Composite root, Class<W> type) {
		List<W> found = new ArrayList<>();
		for (Control c : root.getChildren()) {
			if (type.isInstance(c)) {
				found.add(type.cast(c));
			}
			if (c instanceof Composite child) {
				found.addAll(findAll(child, type));
			}
		}
		return found;
	}

	/**
	 * @param root where to look (a dialog's shell)
	 * @return the text of every label below it, one line each: what the user reads there
	 */
	public static String labelText(Composite root) {
		StringBuilder text = new StringBuilder();
		for (org.eclipse.swt.widgets.Label l : findAll(root, org.eclipse.swt.widgets.Label.class)) {
			text.append(l.getText()).append('\n');
		}
		return text.toString();
	}

	/**
	 * @param root where to look
	 * @param label the button's text as a user reads it
	 * @return the button, waited for
	 */
	public Button button(Composite root, String label) {
		return waitFor("a button '" + label + "'", //$NON-NLS-1$ //$NON-NLS-2$
				() -> find(root, Button.class, b -> plain(b.getText()).equals(label)));
	}

	/**
	 * @param root where to look
	 * @param key the value of a widget's data key
	 * @param dataKey the data key
	 * @return the text field, waited for
	 */
	public Text text(Composite root, String dataKey, String key) {
		return waitFor("a text field '" + key + "'", //$NON-NLS-1$ //$NON-NLS-2$
				() -> find(root, Text.class, t -> key.equals(t.getData(dataKey))));
	}

	/**
	 * Types into a text field, as the user would: replaces its content and fires Modify.
	 *
	 * @param text the field
	 * @param value the new content
	 */
	public void type(Text text, String value) {
		run(() -> {
			text.setFocus();
			text.setText(value);
		});
	}

	/**
	 * Clicks a button. Posted asynchronously: the click may open or close a modal dialog.
	 *
	 * @param button the button
	 */
	public void click(Button button) {
		display.asyncExec(() -> {
			if (button.isDisposed()) {
				return;
			}
			if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
				button.setSelection(!button.getSelection() || (button.getStyle() & SWT.RADIO) != 0);
			}
			button.notifyListeners(SWT.Selection, new Event());
		});
		settleAfterAsync();
	}

	/**
	 * Clicks a tool bar button once it is enabled, as a user would.
	 *
	 * @param item the button
	 */
	public void click(org.eclipse.swt.widgets.ToolItem item) {
		waitUntil("'" + ui(item::getToolTipText) + "' is enabled", item::isEnabled); //$NON-NLS-1$ //$NON-NLS-2$
		display.asyncExec(() -> {
			if (!item.isDisposed()) {
				item.notifyListeners(SWT.Selection, new Event());
			}
		});
		settleAfterAsync();
	}

	/**
	 * @param bar a tool bar
	 * @param tooltip the start of a button's tool tip (its name)
	 * @return the button, waited for
	 */
	public org.eclipse.swt.widgets.ToolItem toolItem(org.eclipse.swt.widgets.ToolBar bar, String tooltip) {
		return waitFor("a tool bar button '" + tooltip + "'", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
				String t = item.getToolTipText();
				if (t != null && (t.equals(tooltip) || t.startsWith(tooltip + " "))) { //$NON-NLS-1$
					return item;
				}
			}
			return null;
		});
	}

	private void settleAfterAsync() {
		sleep(100);
	}

	// ---------------------------------------------------------------- trees and menus

	/**
	 * @param tree a tree
	 * @param labels the path of item labels from the top; each matches an item whose text, as a user
	 *        reads it, starts with the label followed by nothing or a space (decorations follow a space)
	 * @return the item, waited for (expanding as it goes)
	 */
	public TreeItem treeItem(Tree tree, String... labels) {
		return waitFor("the tree item " + String.join(" > ", labels), () -> { //$NON-NLS-1$ //$NON-NLS-2$
			TreeItem[] items = tree.getItems();
			TreeItem found = null;
			for (int i = 0; i < labels.length; i++) {
				found = null;
				for (TreeItem item : items) {
					if (matches(item.getText(), labels[i])) {
						found = item;
						break;
					}
				}
				if (found == null) {
					return null;
				}
				if (i < labels.length - 1) {
					if (!found.getExpanded()) {
						found.setExpanded(true);
						Event e = new Event();
						e.item = found;
						tree.notifyListeners(SWT.Expand, e);
					}
					items = found.getItems();
				}
			}
			return found;
		});
	}

	static boolean matches(String itemText, String label) {
		String t = plain(itemText);
		return t.equals(label) || t.startsWith(label + " "); //$NON-NLS-1$
	}

	/**
	 * Selects tree items as a click would, so that the viewer's selection follows.
	 *
	 * @param items the items (of one tree)
	 */
	public void select(TreeItem... items) {
		run(() -> {
			Tree tree = items[0].getParent();
			tree.setFocus();
			tree.setSelection(items);
			Event e = new Event();
			e.item = items[0];
			tree.notifyListeners(SWT.Selection, e);
		});
	}

	/**
	 * Opens a control's context menu (as a right click does) and clicks the item at a label path,
	 * such as {@code "Links", "Create Link"}. The click is posted asynchronously: it may open a dialog.
	 *
	 * @param control the control with the menu
	 * @param labels the labels of the items from the top menu
	 */
	public void contextMenu(Control control, String... labels) {
		MenuItem item = ui(() -> {
			Menu menu = control.getMenu();
			if (menu == null) {
				throw new AssertionError("No context menu on " + control); //$NON-NLS-1$
			}
			return findMenuItem(menu, labels);
		});
		display.asyncExec(() -> {
			item.notifyListeners(SWT.Selection, new Event());
			hideAll(control.getMenu());
		});
		settleAfterAsync();
	}

	/**
	 * Clicks an item of a shell's menu bar, such as {@code "Edit", "Undo Create Link"}. Posted
	 * asynchronously: it may open a dialog.
	 *
	 * @param shell the shell
	 * @param labels the labels from the menu bar down
	 */
	public void menuBar(Shell shell, String... labels) {
		// Undo and Redo are relabelled when the history has the operation done: wait for the label
		waitForMenuBarItem(shell, labels);
		MenuItem item = ui(() -> {
			Menu bar = shell.getMenuBar();
			MenuItem top = itemIn(bar, labels[0]);
			if (top == null) {
				throw new AssertionError("No menu '" + labels[0] + "' in the menu bar"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return findMenuItem(top.getMenu(), java.util.Arrays.copyOfRange(labels, 1, labels.length));
		});
		display.asyncExec(() -> item.notifyListeners(SWT.Selection, new Event()));
		settleAfterAsync();
	}

	/**
	 * Waits until a shell's menu bar has an item at a path, such as {@code "Edit", "Redo Create
	 * Link"}: the workbench relabels Undo and Redo when the operation history says an operation is
	 * done, which comes after what the operation did can be seen on disk.
	 *
	 * @param shell the shell
	 * @param labels the path: the menu bar's menu, then the item
	 */
	public void waitForMenuBarItem(Shell shell, String... labels) {
		waitUntil("menu item " + String.join(" > ", labels), () -> { //$NON-NLS-1$ //$NON-NLS-2$
			MenuItem top = itemIn(shell.getMenuBar(), labels[0]);
			if (top == null) {
				return false;
			}
			try {
				findMenuItem(top.getMenu(), java.util.Arrays.copyOfRange(labels, 1, labels.length));
				return true;
			} catch (AssertionError e) {
				return false;
			}
		});
	}

	/**
	 * Opens a control's context menu and reads the labels at a path.
	 *
	 * @param control the control
	 * @param labels the path of submenus to open ({@code "Links"}); none for the top menu
	 * @return the labels of the items there, as a user reads them
	 */
	public List<String> menuLabels(Control control, String... labels) {
		return ui(() -> {
			Menu menu = control.getMenu();
			show(menu);
			for (String label : labels) {
				MenuItem cascade = itemIn(menu, label);
				if (cascade == null || cascade.getMenu() == null) {
					hideAll(control.getMenu());
					return List.<String>of();
				}
				menu = cascade.getMenu();
				show(menu);
			}
			List<String> result = new ArrayList<>();
			for (MenuItem i : menu.getItems()) {
				if ((i.getStyle() & SWT.SEPARATOR) == 0) {
					result.add(plain(i.getText()));
				}
			}
			hideAll(control.getMenu());
			return result;
		});
	}

	private static MenuItem findMenuItem(Menu top, String... labels) {
		Menu menu = top;
		show(menu);
		MenuItem item = null;
		for (int i = 0; i < labels.length; i++) {
			item = itemIn(menu, labels[i]);
			if (item == null) {
				List<String> seen = new ArrayList<>();
				for (MenuItem m : menu.getItems()) {
					seen.add(plain(m.getText()));
				}
				throw new AssertionError("No menu item '" + labels[i] + "' in " + seen); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (i < labels.length - 1) {
				menu = item.getMenu();
				show(menu);
			}
		}
		if (!item.isEnabled()) {
			throw new AssertionError("The menu item '" + labels[labels.length - 1] + "' is disabled"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return item;
	}

	private static MenuItem itemIn(Menu menu, String label) {
		for (MenuItem m : menu.getItems()) {
			if (plain(m.getText()).equals(label) || plain(m.getText()).startsWith(label + "\t")) { //$NON-NLS-1$
				return m;
			}
		}
		return null;
	}

	private static void show(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
	}

	private static void hideAll(Menu menu) {
		if (menu == null || menu.isDisposed()) {
			return;
		}
		for (MenuItem m : menu.getItems()) {
			if (m.getMenu() != null) {
				hideAll(m.getMenu());
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	// ---------------------------------------------------------------- drag and drop

	/**
	 * Drags as a user does, through the X server (xdotool, XTest): press at {@code from}, move past
	 * the drag threshold, hold {@code keys} (for example {@code "ctrl+shift"}, or {@code null}), move
	 * to {@code to} in steps and release. SWT's {@link Display#post} on GTK only puts synthetic
	 * events into GTK's own queue, which GTK's drag and drop does not follow.
	 *
	 * @param from where to press, in display coordinates
	 * @param to where to drop, in display coordinates
	 * @param keys modifier keys held from the start of the drag to the drop
	 */
	public void dragWithXServer(org.eclipse.swt.graphics.Point from, org.eclipse.swt.graphics.Point to, String keys) {
		List<String> drag = new ArrayList<>(List.of("mousemove", "--sync", Integer.toString(from.x), //$NON-NLS-1$ //$NON-NLS-2$
				Integer.toString(from.y), "mousedown", "1")); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 1; i <= 4; i++) {
			drag.addAll(List.of("sleep", "0.05", "mousemove", Integer.toString(from.x + 4 * i), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Integer.toString(from.y + 3 * i)));
		}
		if (keys != null) {
			drag.addAll(List.of("sleep", "0.2", "keydown", keys)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		int steps = 8;
		for (int i = 1; i <= steps; i++) {
			drag.addAll(List.of("sleep", "0.05", "mousemove", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Integer.toString(from.x + 16 + (to.x - from.x - 16) * i / steps),
					Integer.toString(from.y + 12 + (to.y - from.y - 12) * i / steps)));
		}
		drag.addAll(List.of("sleep", "0.3", "mouseup", "1", "sleep", "0.1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (keys != null) {
			drag.addAll(List.of("keyup", keys)); //$NON-NLS-1$
		}
		xdotool(drag);
	}

	/**
	 * Clicks as a user does, through the X server (xdotool, XTest): the control under the pointer
	 * gets the keyboard focus the way a real click gives it.
	 *
	 * @param at where to click, in display coordinates
	 */
	public void clickWithXServer(org.eclipse.swt.graphics.Point at) {
		clickWithXServer(at, 1);
	}

	/**
	 * @param at where to click, in display coordinates
	 * @param button 1 (left), 2 (middle) or 3 (right: a context menu)
	 */
	public void clickWithXServer(org.eclipse.swt.graphics.Point at, int button) {
		xdotool(List.of("mousemove", Integer.toString(at.x), Integer.toString(at.y), "sleep", "0.1", "click", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Integer.toString(button)));
		settle();
	}

	/**
	 * Types keys as a user does, through the X server (xdotool, XTest), with the pointer over a
	 * control so that its window has the keyboard.
	 *
	 * @param over where the pointer rests, in display coordinates
	 * @param keys xdotool key names, one press each (for example {@code "alt+Left"}, {@code "Delete"})
	 */
	public void keysWithXServer(org.eclipse.swt.graphics.Point over, String... keys) {
		// no --sync: it waits for the pointer to move, forever when it rests there already
		List<String> typing = new ArrayList<>(List.of("mousemove", Integer.toString(over.x), //$NON-NLS-1$
				Integer.toString(over.y)));
		for (String key : keys) {
			typing.addAll(List.of("sleep", "0.1", "key", key)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		xdotool(typing);
		settle();
	}

	private static void xdotool(List<String> args) {
		List<String> command = new ArrayList<>();
		command.add("xdotool"); //$NON-NLS-1$
		command.addAll(args);
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			if (p.waitFor() != 0) {
				throw new AssertionError("xdotool " + args + " failed: " + out); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (java.io.IOException e) {
			throw new AssertionError("xdotool is needed to drive drag and drop (apt-get install xdotool)", e); //$NON-NLS-1$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	// ---------------------------------------------------------------- screenshots

	/**
	 * Saves a picture of the whole screen.
	 *
	 * @param file where (a .png)
	 * @return the file
	 */
	public Path screenshot(Path file) {
		run(() -> {
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
			} finally {
				gc.dispose();
			}
			try {
				Files.createDirectories(file.getParent());
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			} finally {
				image.dispose();
			}
		});
		return file;
	}

	/**
	 * @param widget a widget
	 * @return whether it is still there
	 */
	public boolean alive(Widget widget) {
		return ui(() -> Boolean.valueOf(!widget.isDisposed())).booleanValue();
	}
}
