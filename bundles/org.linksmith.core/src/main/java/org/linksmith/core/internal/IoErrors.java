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
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;

import org.linksmith.core.LinkException.Reason;

/**
 * What {@code java.nio.file} errors mean for users, on any system: the exception type first, then
 * the operating system's own words ({@code strerror} text) that the JDK passes on.
 */
public final class IoErrors {

	private IoErrors() {
	}

	/**
	 * @param e an error
	 * @return the system's words for it
	 */
	public static String detailOf(IOException e) {
		if (e instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/**
	 * Maps what {@code java.nio.file} reports to a reason. The JDK passes system errors on as
	 * text in {@link FileSystemException#getReason()}.
	 *
	 * @param e the error
	 * @return the reason
	 */
	public static Reason reasonOf(IOException e) {
		if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
			return Reason.ALREADY_EXISTS;
		}
		if (e instanceof NoSuchFileException) {
			return Reason.NOT_FOUND;
		}
		if (e instanceof AccessDeniedException) {
			return Reason.PERMISSION_DENIED;
		}
		if (e instanceof FileSystemLoopException) {
			return Reason.LOOP;
		}
		if (e instanceof NotLinkException) {
			return Reason.NOT_A_LINK;
		}
		if (e instanceof AtomicMoveNotSupportedException) {
			return Reason.CROSS_DEVICE;
		}
		if (e instanceof NotDirectoryException) {
			return Reason.INVALID_PATH;
		}
		String text = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
		if (text == null) {
			return Reason.IO_ERROR;
		}
		String t = text.toLowerCase(Locale.ROOT);
		if (t.contains("cross-device")) { //$NON-NLS-1$
			return Reason.CROSS_DEVICE;
		}
		if (t.contains("too many links")) { //$NON-NLS-1$
			return Reason.TOO_MANY_LINKS;
		}
		if (t.contains("too many levels of symbolic links")) { //$NON-NLS-1$
			return Reason.LOOP;
		}
		if (t.contains("file name too long") || t.contains("invalid argument") //$NON-NLS-1$ //$NON-NLS-2$
				|| t.contains("illegal byte sequence")) { //$NON-NLS-1$
			return Reason.INVALID_PATH;
		}
		if (t.contains("operation not permitted") || t.contains("permission denied") //$NON-NLS-1$ //$NON-NLS-2$
				|| t.contains("read-only file system")) { //$NON-NLS-1$
			return Reason.PERMISSION_DENIED;
		}
		if (t.contains("operation not supported") || t.contains("function not implemented")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Reason.NOT_SUPPORTED;
		}
		if (t.contains("file exists")) { //$NON-NLS-1$
			return Reason.ALREADY_EXISTS;
		}
		if (t.contains("no such file")) { //$NON-NLS-1$
			return Reason.NOT_FOUND;
		}
		return Reason.IO_ERROR;
	}
}
