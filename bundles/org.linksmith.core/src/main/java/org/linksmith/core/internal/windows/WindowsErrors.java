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

import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.Messages;

/**
 * Maps Win32 error codes to the reasons users are told about.
 */
public final class WindowsErrors {

	/** The system cannot find the file specified. */
	public static final int ERROR_FILE_NOT_FOUND = 2;
	/** The system cannot find the path specified. */
	public static final int ERROR_PATH_NOT_FOUND = 3;
	/** Access is denied. */
	public static final int ERROR_ACCESS_DENIED = 5;
	/** The system cannot move the file to a different disk drive. */
	public static final int ERROR_NOT_SAME_DEVICE = 17;
	/** The process cannot access the file because it is being used by another process. */
	public static final int ERROR_SHARING_VIOLATION = 32;
	/** The request is not supported. */
	public static final int ERROR_NOT_SUPPORTED = 50;
	/** The file exists. */
	public static final int ERROR_FILE_EXISTS = 80;
	/** The parameter is incorrect. */
	public static final int ERROR_INVALID_PARAMETER = 87;
	/** The filename, directory name, or volume label syntax is incorrect. */
	public static final int ERROR_INVALID_NAME = 123;
	/** The directory is not empty. */
	public static final int ERROR_DIR_NOT_EMPTY = 145;
	/** Cannot create a file when that file already exists. */
	public static final int ERROR_ALREADY_EXISTS = 183;
	/** The filename or extension is too long. */
	public static final int ERROR_FILENAME_EXCED_RANGE = 206;
	/** Incorrect function (the file system has no reparse points, e.g. FAT32). */
	public static final int ERROR_INVALID_FUNCTION = 1;
	/** An attempt was made to create more links on a file than the file system supports. */
	public static final int ERROR_TOO_MANY_LINKS = 1142;
	/** A required privilege is not held by the client. */
	public static final int ERROR_PRIVILEGE_NOT_HELD = 1314;
	/** The name of the file cannot be resolved by the system (a link loop). */
	public static final int ERROR_CANT_RESOLVE_FILENAME = 1921;
	/** The file or directory is not a reparse point. */
	public static final int ERROR_NOT_A_REPARSE_POINT = 4390;
	/** The data present in the reparse point buffer is invalid. */
	public static final int ERROR_INVALID_REPARSE_DATA = 4392;

	private WindowsErrors() {
	}

	/**
	 * @param code a Win32 error code
	 * @return the reason to report
	 */
	public static Reason reasonOf(int code) {
		return switch (code) {
			case ERROR_FILE_NOT_FOUND -> Reason.NOT_FOUND;
			case ERROR_PATH_NOT_FOUND -> Reason.PARENT_MISSING;
			case ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION -> Reason.PERMISSION_DENIED;
			case ERROR_NOT_SAME_DEVICE -> Reason.CROSS_DEVICE;
			case ERROR_FILE_EXISTS, ERROR_ALREADY_EXISTS, ERROR_DIR_NOT_EMPTY -> Reason.ALREADY_EXISTS;
			case ERROR_TOO_MANY_LINKS -> Reason.TOO_MANY_LINKS;
			case ERROR_PRIVILEGE_NOT_HELD -> Reason.PRIVILEGE_REQUIRED;
			case ERROR_CANT_RESOLVE_FILENAME -> Reason.LOOP;
			case ERROR_NOT_A_REPARSE_POINT -> Reason.NOT_A_LINK;
			case ERROR_INVALID_NAME, ERROR_FILENAME_EXCED_RANGE, ERROR_INVALID_PARAMETER,
					ERROR_INVALID_REPARSE_DATA -> Reason.INVALID_PATH;
			case ERROR_NOT_SUPPORTED, ERROR_INVALID_FUNCTION -> Reason.NOT_SUPPORTED;
			default -> Reason.IO_ERROR;
		};
	}

	/**
	 * @param code a Win32 error code
	 * @return the system's meaning in plain words, for the detail part of messages
	 */
	public static String describe(int code) {
		String meaning = switch (code) {
			case ERROR_FILE_NOT_FOUND -> Messages.Windows_FileNotFound;
			case ERROR_PATH_NOT_FOUND -> Messages.Windows_PathNotFound;
			case ERROR_ACCESS_DENIED -> Messages.Windows_AccessDenied;
			case ERROR_SHARING_VIOLATION -> Messages.Windows_SharingViolation;
			case ERROR_NOT_SAME_DEVICE -> Messages.Windows_NotSameDevice;
			case ERROR_FILE_EXISTS, ERROR_ALREADY_EXISTS -> Messages.Windows_AlreadyExists;
			case ERROR_DIR_NOT_EMPTY -> Messages.Windows_DirNotEmpty;
			case ERROR_TOO_MANY_LINKS -> Messages.Windows_TooManyLinks;
			case ERROR_PRIVILEGE_NOT_HELD -> Messages.Windows_PrivilegeNotHeld;
			case ERROR_CANT_RESOLVE_FILENAME -> Messages.Windows_CantResolve;
			case ERROR_NOT_A_REPARSE_POINT -> Messages.Windows_NotAReparsePoint;
			case ERROR_INVALID_REPARSE_DATA -> Messages.Windows_InvalidReparseData;
			case ERROR_INVALID_NAME -> Messages.Windows_InvalidName;
			case ERROR_FILENAME_EXCED_RANGE -> Messages.Windows_NameTooLong;
			case ERROR_INVALID_PARAMETER -> Messages.Windows_InvalidParameter;
			case ERROR_NOT_SUPPORTED, ERROR_INVALID_FUNCTION -> Messages.Windows_NotSupported;
			default -> Messages.Windows_Other;
		};
		return org.eclipse.osgi.util.NLS.bind(meaning, Integer.valueOf(code));
	}
}
