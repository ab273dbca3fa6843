/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The Contents view's address bar: takes a typed or pasted folder path ({@code ~} for the home
 * folder), checks it off the UI thread, and shows a problem in one line under it. While a path is
 * typed, the folders it can go on with are proposed ({@link AddressCompletion}).
 */
final class AddressBar {

	private final Text text;
	private final Label problem;
	private final AddressCompletion completion;

	/**
	 * @param parent a composite with a one-column grid layout
	 * @param open called on the UI thread with a folder the user typed, and when they asked for it
	 *        (System.nanoTime)
	 */
	AddressBar(Composite parent, BiConsumer<Path, Long> open) {
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setData(ContentsView.KEY, "address"); //$NON-NLS-1$
		text.setMessage(Messages.Address_Hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		completion = new AddressCompletion(text);
		text.addListener(SWT.DefaultSelection, e -> {
			if (!completion.isOpen()) {
				openTyped(open);
			}
		});
		problem = new Label(parent, SWT.NONE);
		problem.setData(ContentsView.KEY, "problem"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(problem);
		problem.setVisible(false);
	}

	/** @param folder the folder shown */
	void show(Path folder) {
		completion.forget();
		text.setText(folder.toString());
	}

	/** Puts the cursor in the address bar, its text selected, ready for a typed or pasted path. */
	void focus() {
		text.setFocus();
		text.selectAll();
	}

	/**
	 * @param action {@code copy}, {@code cut} or {@code paste}
	 * @param focus the control with the focus
	 * @return whether it is a text field (the address, a name edited in place) and did it to its text
	 */
	static boolean edit(String action, org.eclipse.swt.widgets.Control focus) {
		if (!(focus instanceof Text field)) {
			return false;
		}
		switch (action) {
			case "copy" -> field.copy(); //$NON-NLS-1$
			case "cut" -> field.cut(); //$NON-NLS-1$
			default -> field.paste();
		}
		return true;
	}

	/** @param message one line for the user, or {@code null} to hide the line */
	void setProblem(String message) {
		problem.setText(message == null ? "" : message); //$NON-NLS-1$
		problem.setVisible(message != null);
		((GridData) problem.getLayoutData()).exclude = message == null;
		problem.getParent().layout(true);
	}

	/**
	 * @param typed what the user typed
	 * @param home the home folder
	 * @return the path it names ({@code ~} and {@code ~/...} in the home folder)
	 * @throws InvalidPathException when it is no path
	 */
	static Path parse(String typed, String home) {
		String t = typed.strip();
		return Path.of(t.equals("~") || t.startsWith("~/") ? home + t.substring(1) : t); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param path a typed path
	 * @return the folder the system reaches: with {@code .} or {@code ..} in it, the kernel's answer
	 *         (a {@code ..} after a link leads beside the link's target, never back in the text)
	 * @throws IOException when it cannot be reached
	 */
	static Path reached(Path path) throws IOException {
		for (Path name : path) {
			String n = name.toString();
			if (n.equals(".") || n.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
				return path.toRealPath();
			}
		}
		return path.toAbsolutePath();
	}

	private void openTyped(BiConsumer<Path, Long> open) {
		String typed = text.getText().strip();
		Path path;
		try {
			path = parse(typed, System.getProperty("user.home")); //$NON-NLS-1$
		} catch (InvalidPathException e) {
			setProblem(NLS.bind(Messages.Address_Invalid, typed));
			return;
		}
		long asked = System.nanoTime();
		org.eclipse.swt.widgets.Display display = text.getDisplay();
		Job check = Job.create(Messages.Job_Listing, monitor -> {
			Path folder;
			try {
				folder = Files.isDirectory(path) ? reached(path) : null;
			} catch (IOException e) {
				folder = null;
			}
			Path found = folder;
			display.asyncExec(() -> {
				if (text.isDisposed()) {
					return;
				}
				if (found != null) {
					open.accept(found, Long.valueOf(asked));
				} else {
					setProblem(NLS.bind(Messages.Address_NotAFolder, typed));
				}
			});
		});
		check.setSystem(true);
		check.schedule();
	}
}
