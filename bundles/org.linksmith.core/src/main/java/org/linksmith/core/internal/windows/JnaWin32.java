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

import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * {@link Win32} through JNA: what {@code jna-platform}'s {@link Kernel32} has, plus the few
 * functions it lacks, declared in {@link Kernel32Links}. Loaded only on Windows.
 */
public final class JnaWin32 implements Win32 {

	/** {@code FSCTL_SET_REPARSE_POINT} = CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 41, METHOD_BUFFERED, FILE_SPECIAL_ACCESS). */
	static final int FSCTL_SET_REPARSE_POINT = 0x000900A4;
	/** {@code FSCTL_GET_REPARSE_POINT} = CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 42, METHOD_BUFFERED, FILE_ANY_ACCESS). */
	static final int FSCTL_GET_REPARSE_POINT = 0x000900A8;
	private static final int MOVEFILE_REPLACE_EXISTING = 0x1;
	private static final int ERROR_HANDLE_EOF = 38;
	private static final int MAX_NAME = 32_768;

	/** The functions {@code jna-platform} does not declare. */
	interface Kernel32Links extends StdCallLibrary {
		/** {@code BOOLEAN CreateSymbolicLinkW(LPCWSTR, LPCWSTR, DWORD)}: BOOLEAN is one byte. */
		byte CreateSymbolicLinkW(WString link, WString target, int flags);

		/** {@code BOOL CreateHardLinkW(LPCWSTR, LPCWSTR, LPSECURITY_ATTRIBUTES)}. */
		boolean CreateHardLinkW(WString link, WString existing, Pointer security);

		/** {@code BOOL RemoveDirectoryW(LPCWSTR)}. */
		boolean RemoveDirectoryW(WString path);

		/** {@code BOOL GetFileInformationByHandle(HANDLE, LPBY_HANDLE_FILE_INFORMATION)}. */
		boolean GetFileInformationByHandle(HANDLE file, ByHandleFileInformation info);

		/** {@code HANDLE FindFirstFileNameW(LPCWSTR, DWORD, LPDWORD, PWSTR)}. */
		HANDLE FindFirstFileNameW(WString file, int flags, IntByReference length, char[] name);

		/** {@code BOOL FindNextFileNameW(HANDLE, LPDWORD, PWSTR)}. */
		boolean FindNextFileNameW(HANDLE find, IntByReference length, char[] name);
	}

	/** {@code BY_HANDLE_FILE_INFORMATION}. */
	@Structure.FieldOrder({ "dwFileAttributes", "ftCreationTime", "ftLastAccessTime", "ftLastWriteTime",
			"dwVolumeSerialNumber", "nFileSizeHigh", "nFileSizeLow", "nNumberOfLinks", "nFileIndexHigh",
			"nFileIndexLow" })
	public static final class ByHandleFileInformation extends Structure {
		public int dwFileAttributes;
		public WinBase.FILETIME ftCreationTime;
		public WinBase.FILETIME ftLastAccessTime;
		public WinBase.FILETIME ftLastWriteTime;
		public int dwVolumeSerialNumber;
		public int nFileSizeHigh;
		public int nFileSizeLow;
		public int nNumberOfLinks;
		public int nFileIndexHigh;
		public int nFileIndexLow;
	}

	private static final class Libraries {
		static final Kernel32 KERNEL32 = Kernel32.INSTANCE;
		// no function mapper: the names above are the exact exported (W) names
		static final Kernel32Links LINKS = Native.load("kernel32", Kernel32Links.class); //$NON-NLS-1$
	}

	private static WindowsException lastError(String call, String path) {
		return new WindowsException(Native.getLastError(), call, path);
	}

	@Override
	public void createSymbolicLink(String link, String target, int flags) throws WindowsException {
		if (Libraries.LINKS.CreateSymbolicLinkW(new WString(link), new WString(target), flags) == 0) {
			throw lastError("CreateSymbolicLinkW", link); //$NON-NLS-1$
		}
	}

	@Override
	public void createHardLink(String link, String existing) throws WindowsException {
		if (!Libraries.LINKS.CreateHardLinkW(new WString(link), new WString(existing), null)) {
			throw lastError("CreateHardLinkW", link); //$NON-NLS-1$
		}
	}

	@Override
	public void createDirectory(String path) throws WindowsException {
		if (!Libraries.KERNEL32.CreateDirectory(path, null)) {
			throw lastError("CreateDirectoryW", path); //$NON-NLS-1$
		}
	}

	@Override
	public void removeDirectory(String path) throws WindowsException {
		if (!Libraries.LINKS.RemoveDirectoryW(new WString(path))) {
			throw lastError("RemoveDirectoryW", path); //$NON-NLS-1$
		}
	}

	@Override
	public void deleteFile(String path) throws WindowsException {
		if (!Libraries.KERNEL32.DeleteFile(path)) {
			throw lastError("DeleteFileW", path); //$NON-NLS-1$
		}
	}

	@Override
	public void moveReplacing(String source, String target) throws WindowsException {
		if (!Libraries.KERNEL32.MoveFileEx(source, target, new WinDef.DWORD(MOVEFILE_REPLACE_EXISTING))) {
			throw lastError("MoveFileExW", target); //$NON-NLS-1$
		}
	}

	private static HANDLE open(String path, int access, boolean follow) throws WindowsException {
		int flags = WinNT.FILE_FLAG_BACKUP_SEMANTICS | (follow ? 0 : WinNT.FILE_FLAG_OPEN_REPARSE_POINT);
		HANDLE h = Libraries.KERNEL32.CreateFile(path, access,
				WinNT.FILE_SHARE_READ | WinNT.FILE_SHARE_WRITE | WinNT.FILE_SHARE_DELETE, null, WinNT.OPEN_EXISTING,
				flags, null);
		if (WinBase.INVALID_HANDLE_VALUE.equals(h)) {
			throw lastError("CreateFileW", path); //$NON-NLS-1$
		}
		return h;
	}

	@Override
	public byte[] getReparsePoint(String path) throws WindowsException {
		HANDLE h = open(path, WinNT.FILE_READ_ATTRIBUTES, false);
		try {
			Memory out = new Memory(ReparseData.MAXIMUM_SIZE);
			IntByReference returned = new IntByReference();
			if (!Libraries.KERNEL32.DeviceIoControl(h, FSCTL_GET_REPARSE_POINT, null, 0, out, (int) out.size(), returned,
					null)) {
				throw lastError("FSCTL_GET_REPARSE_POINT", path); //$NON-NLS-1$
			}
			return out.getByteArray(0, returned.getValue());
		} finally {
			Libraries.KERNEL32.CloseHandle(h);
		}
	}

	@Override
	public void setReparsePoint(String path, byte[] data) throws WindowsException {
		HANDLE h = open(path, WinNT.GENERIC_WRITE, false);
		try {
			Memory in = new Memory(data.length);
			in.write(0, data, 0, data.length);
			IntByReference returned = new IntByReference();
			if (!Libraries.KERNEL32.DeviceIoControl(h, FSCTL_SET_REPARSE_POINT, in, data.length, null, 0, returned, null)) {
				throw lastError("FSCTL_SET_REPARSE_POINT", path); //$NON-NLS-1$
			}
		} finally {
			Libraries.KERNEL32.CloseHandle(h);
		}
	}

	@Override
	public int getFileAttributes(String path) throws WindowsException {
		int attributes = Libraries.KERNEL32.GetFileAttributes(path);
		if (attributes == WinBase.INVALID_FILE_ATTRIBUTES) {
			throw lastError("GetFileAttributesW", path); //$NON-NLS-1$
		}
		return attributes;
	}

	@Override
	public FileInformation getFileInformation(String path, boolean follow) throws WindowsException {
		HANDLE h = open(path, WinNT.FILE_READ_ATTRIBUTES, follow);
		try {
			ByHandleFileInformation info = new ByHandleFileInformation();
			if (!Libraries.LINKS.GetFileInformationByHandle(h, info)) {
				throw lastError("GetFileInformationByHandle", path); //$NON-NLS-1$
			}
			long index = (Integer.toUnsignedLong(info.nFileIndexHigh) << 32) | Integer.toUnsignedLong(info.nFileIndexLow);
			return new FileInformation(info.dwFileAttributes, info.dwVolumeSerialNumber, index, info.nNumberOfLinks);
		} finally {
			Libraries.KERNEL32.CloseHandle(h);
		}
	}

	@Override
	public List<String> findFileNames(String path) throws WindowsException {
		char[] name = new char[MAX_NAME];
		IntByReference length = new IntByReference(MAX_NAME);
		HANDLE find = Libraries.LINKS.FindFirstFileNameW(new WString(path), 0, length, name);
		if (WinBase.INVALID_HANDLE_VALUE.equals(find)) {
			throw lastError("FindFirstFileNameW", path); //$NON-NLS-1$
		}
		List<String> names = new ArrayList<>();
		try {
			while (true) {
				// the length counts the terminating NUL
				names.add(new String(name, 0, Math.max(0, length.getValue() - 1)));
				length.setValue(MAX_NAME);
				if (!Libraries.LINKS.FindNextFileNameW(find, length, name)) {
					int error = Native.getLastError();
					if (error == ERROR_HANDLE_EOF) {
						return names;
					}
					throw new WindowsException(error, "FindNextFileNameW", path); //$NON-NLS-1$
				}
			}
		} finally {
			Libraries.KERNEL32.FindClose(find);
		}
	}

	@Override
	public String volumePath(String path) throws WindowsException {
		char[] buffer = new char[MAX_NAME];
		if (!Libraries.KERNEL32.GetVolumePathName(path, buffer, buffer.length)) {
			throw lastError("GetVolumePathNameW", path); //$NON-NLS-1$
		}
		return Native.toString(buffer);
	}

	@Override
	public int driveType(String root) {
		return Libraries.KERNEL32.GetDriveType(root);
	}
}
