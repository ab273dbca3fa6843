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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.dnd.ByteArrayTransfer;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Display;

/**
 * Files on the system clipboard as GTK file managers put them there: the paths as
 * {@code text/uri-list} (SWT's file transfer), as plain text, and as
 * {@code x-special/gnome-copied-files} ({@code copy} or {@code cut}, then one URI per line), so
 * that Nautilus, Nemo, Dolphin and a terminal paste what the Explorer copied, and the other way
 * round. Used on the UI thread.
 */
final class ExplorerClipboard {

	/**
	 * What the clipboard holds.
	 *
	 * @param paths the files
	 * @param cut whether they were cut (a paste moves them) rather than copied
	 */
	record Files(List<Path> paths, boolean cut) {
	}

	private ExplorerClipboard() {
	}

	/**
	 * @param display the display
	 * @param paths the files to put on the clipboard
	 * @param cut whether a paste is to move them
	 */
	static void put(Display display, List<Path> paths, boolean cut) {
		String[] files = paths.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new);
		StringBuilder gnome = new StringBuilder(cut ? "cut" : "copy"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Path p : paths) {
			gnome.append('\n').append(p.toAbsolutePath().toUri().toASCIIString());
		}
		Clipboard clipboard = new Clipboard(display);
		try {
			// GNOME's list first: SWT's FileTransfer offers that type too, always as "copy", and the
			// first transfer that offers a type answers for it (a cut read back as a copy)
			clipboard.setContents(new Object[] { gnome.toString(), files, String.join("\n", files) }, //$NON-NLS-1$
					new Transfer[] { GnomeCopiedFiles.INSTANCE, FileTransfer.getInstance(), TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * @param display the display
	 * @return the files on the clipboard, or {@code null} when it holds none
	 */
	static Files get(Display display) {
		Clipboard clipboard = new Clipboard(display);
		try {
			if (clipboard.getContents(GnomeCopiedFiles.INSTANCE) instanceof String gnome) {
				String[] lines = gnome.split("\n"); //$NON-NLS-1$
				List<Path> paths = new ArrayList<>();
				for (int i = 1; i < lines.length; i++) {
					if (lines[i].startsWith("file:")) { //$NON-NLS-1$
						paths.add(Path.of(URI.create(lines[i].strip())));
					}
				}
				if (!paths.isEmpty()) {
					return new Files(paths, "cut".equals(lines[0].strip())); //$NON-NLS-1$
				}
			}
			if (clipboard.getContents(FileTransfer.getInstance()) instanceof String[] files && files.length > 0) {
				return new Files(java.util.Arrays.stream(files).map(Path::of).toList(), false);
			}
			return null;
		} finally {
			clipboard.dispose();
		}
	}

	/** Clears the clipboard after a cut was pasted (the files are gone from where it says). */
	static void clear(Display display) {
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.clearContents();
		} finally {
			clipboard.dispose();
		}
	}

	/** GNOME's {@code x-special/gnome-copied-files}: the operation, then one URI per line. */
	private static final class GnomeCopiedFiles extends ByteArrayTransfer {
		private static final String TYPE = "x-special/gnome-copied-files"; //$NON-NLS-1$
		private static final int ID = registerType(TYPE);
		static final GnomeCopiedFiles INSTANCE = new GnomeCopiedFiles();

		@Override
		protected int[] getTypeIds() {
			return new int[] { ID };
		}

		@Override
		protected String[] getTypeNames() {
			return new String[] { TYPE };
		}

		@Override
		protected void javaToNative(Object object, TransferData transferData) {
			super.javaToNative(((String) object).getBytes(StandardCharsets.UTF_8), transferData);
		}

		@Override
		protected Object nativeToJava(TransferData transferData) {
			Object bytes = super.nativeToJava(transferData);
			return bytes instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : null;
		}
	}
}
