/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal.windows;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.linksmith.core.internal.LinkSystem;
import org.linksmith.core.internal.Messages;
import org.linksmith.core.internal.PathTreeEngine;

/**
 * Tree deletes on Windows relative to open handles, as Rust's fixed {@code remove_dir_all}
 * (CVE-2022-21658) does: every entry is opened by its single name relative to its folder's handle
 * with {@code FILE_OPEN_REPARSE_POINT}, its attributes read from that handle, and it is deleted
 * through that handle. A folder swapped for a junction or directory link between two calls is
 * opened as the reparse point it now is and removed as a link; what it points to is never
 * entered. A folder whose reparse tag is no redirection (cloud files) is emptied like any folder.
 * Measuring, copying and verifying still go by path.
 */
final class WindowsTreeEngine extends PathTreeEngine {

	private final Win32 win32;
	private final java.util.function.Function<Path, String> toWin32;

	WindowsTreeEngine(LinkSystem system, Win32 win32, java.util.function.Function<Path, String> toWin32) {
		super(system);
		this.win32 = win32;
		this.toWin32 = toWin32;
	}

	@Override
	public void delete(Path root) throws IOException {
		String shown = root.toString();
		long handle = win32.openForDelete(toWin32.apply(root));
		try {
			Win32.FileInformation info = win32.information(handle);
			if (isRealDirectory(info.attributes(), handle)) {
				deleteContents(handle, info.volumeSerial(), shown);
			}
			win32.deleteByHandle(handle);
		} finally {
			win32.close(handle);
		}
	}

	private void deleteContents(long folder, int volume, String shown) throws IOException {
		for (Win32.DirectoryEntry entry : win32.list(folder)) {
			String childShown = shown + '\\' + entry.name();
			long child;
			try {
				child = win32.openRelative(folder, entry.name());
			} catch (WindowsException e) {
				if (e.code() == WindowsErrors.ERROR_FILE_NOT_FOUND) {
					continue; // gone meanwhile
				}
				throw e;
			}
			try {
				// the attributes of what was opened, not of what was listed: a swap in between shows here
				Win32.FileInformation info = win32.information(child);
				if (isRealDirectory(info.attributes(), child)) {
					if (info.volumeSerial() != volume) {
						throw new FileSystemException(childShown, null, Messages.Detail_MountNotEntered);
					}
					deleteContents(child, volume, childShown);
				}
				win32.deleteByHandle(child); // a file, an empty folder, or a junction or link itself
			} finally {
				win32.close(child);
			}
		}
	}

	/**
	 * @return whether what the handle is open on is a folder to empty before it is deleted: a
	 *         folder that is no reparse point, or one whose tag is no redirection (a OneDrive or
	 *         other cloud folder holds its files itself); a junction, a directory link or a tag
	 *         that cannot be read is deleted as the reparse point itself, never entered
	 */
	private boolean isRealDirectory(int attributes, long handle) {
		if ((attributes & Win32.FILE_ATTRIBUTE_DIRECTORY) == 0) {
			return false;
		}
		if ((attributes & Win32.FILE_ATTRIBUTE_REPARSE_POINT) == 0) {
			return true;
		}
		try {
			return !ReparseData.isNameSurrogate(win32.reparseTag(handle));
		} catch (WindowsException e) {
			return false;
		}
	}
}
