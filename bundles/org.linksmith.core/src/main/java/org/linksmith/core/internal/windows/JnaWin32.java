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
import com.sun.jna.platform.win32.Advapi32;
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
 * <p>
 * Kept in one class: the JNA declarations of kernel32 and ntdll with the structures they take; the
 * logic that uses them lives behind the small {@code Win32} interface.
 * </p>
 */
public final class JnaWin32 implements Win32 {

	/** {@code FSCTL_SET_REPARSE_POINT} = CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 41, METHOD_BUFFERED, FILE_SPECIAL_ACCESS). */
	static final int FSCTL_SET_REPARSE_POINT = 0x000900A4;
	/** {@code FSCTL_GET_REPARSE_POINT} = CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 42, METHOD_BUFFERED, FILE_ANY_ACCESS). */
	static final int FSCTL_GET_REPARSE_POINT = 0x000900A8;
	private static final int MOVEFILE_REPLACE_EXISTING = 0x1;
	private static final int ERROR_HANDLE_EOF = 38;
	private static final int ERROR_NOT_ALL_ASSIGNED = 1300;
	/** {@code FILE_INFO_BY_HANDLE_CLASS.FileIdInfo} and the size of {@code FILE_ID_INFO}. */
	private static final int FILE_ID_INFO = 18;
	/** {@code FILE_INFO_BY_HANDLE_CLASS.FileAttributeTagInfo}. */
	private static final int FILE_ATTRIBUTE_TAG_INFO = 9;
	private static final int FILE_ID_INFO_SIZE = 24;
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

		/** {@code DWORD GetFinalPathNameByHandleW(HANDLE, LPWSTR, DWORD, DWORD)}. */
		int GetFinalPathNameByHandleW(HANDLE file, char[] path, int length, int flags);
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

	/** {@code NtCreateFile} and the status conversion, from ntdll. */
	interface NtDll extends StdCallLibrary {
		int NtCreateFile(Pointer handle, int access, Pointer objectAttributes, Pointer ioStatus, Pointer allocationSize,
				int fileAttributes, int shareAccess, int createDisposition, int createOptions, Pointer eaBuffer, int eaLength);

		int RtlNtStatusToDosError(int status);
	}

	/** The handle calls jna-platform declares with other types. */
	interface Kernel32Handles extends StdCallLibrary {
		boolean GetFileInformationByHandleEx(HANDLE file, int infoClass, Pointer info, int size);

		boolean SetFileInformationByHandle(HANDLE file, int infoClass, Pointer info, int size);
	}

	private static final class Libraries {
		static final Kernel32 KERNEL32 = Kernel32.INSTANCE;
		// no function mapper: the names above are the exact exported (W) names
		static final Kernel32Links LINKS = Native.load("kernel32", Kernel32Links.class); //$NON-NLS-1$
	}

	private static final class HandleLibraries {
		static final NtDll NTDLL = Native.load("ntdll", NtDll.class); //$NON-NLS-1$
		static final Kernel32Handles HANDLES = Native.load("kernel32", Kernel32Handles.class); //$NON-NLS-1$
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

	@Override
	public void move(String source, String target) throws WindowsException {
		// no MOVEFILE_REPLACE_EXISTING: fails when the target exists; a folder may be renamed
		if (!Libraries.KERNEL32.MoveFileEx(source, target, new WinDef.DWORD(0))) {
			throw lastError("MoveFileExW", target); //$NON-NLS-1$
		}
	}

	@Override
	public boolean enablePrivilege(String name) {
		WinNT.HANDLEByReference token = new WinNT.HANDLEByReference();
		if (!Advapi32.INSTANCE.OpenProcessToken(Libraries.KERNEL32.GetCurrentProcess(),
				WinNT.TOKEN_ADJUST_PRIVILEGES | WinNT.TOKEN_QUERY, token)) {
			return false;
		}
		try {
			WinNT.LUID luid = new WinNT.LUID();
			if (!Advapi32.INSTANCE.LookupPrivilegeValue(null, name, luid)) {
				return false;
			}
			WinNT.TOKEN_PRIVILEGES privileges = new WinNT.TOKEN_PRIVILEGES(1);
			privileges.Privileges[0] = new WinNT.LUID_AND_ATTRIBUTES(luid, new WinDef.DWORD(WinNT.SE_PRIVILEGE_ENABLED));
			if (!Advapi32.INSTANCE.AdjustTokenPrivileges(token.getValue(), false, privileges, 0, null, null)) {
				return false;
			}
			// success with ERROR_NOT_ALL_ASSIGNED: the token does not hold it (Developer Mode, no admin)
			return Native.getLastError() != ERROR_NOT_ALL_ASSIGNED;
		} finally {
			Libraries.KERNEL32.CloseHandle(token.getValue());
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
			long high = 0;
			// FILE_ID_INFO (Windows 8+): a 64-bit volume serial, then the 128-bit FILE_ID_128, which
			// is unique on ReFS (Dev Drive) where the 64-bit index is not; on NTFS its low half is
			// the index and its high half 0. Volumes without it (FAT) keep the index.
			Memory id = new Memory(FILE_ID_INFO_SIZE);
			if (Libraries.KERNEL32.GetFileInformationByHandleEx(h, FILE_ID_INFO, id, new WinDef.DWORD(FILE_ID_INFO_SIZE))) {
				index = id.getLong(8);
				high = id.getLong(16);
			}
			return new FileInformation(info.dwFileAttributes, info.dwVolumeSerialNumber, index, high, info.nNumberOfLinks);
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
				// read up to the NUL: StringLength is defined only for ERROR_MORE_DATA
				names.add(nameOf(name));
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

	/**
	 * @param buffer a buffer a call wrote a NUL-terminated name into
	 * @return the name, up to the first NUL (all of the buffer when there is none)
	 */
	static String nameOf(char[] buffer) {
		return Native.toString(buffer);
	}

	@Override
	public String finalPath(String path) throws WindowsException {
		HANDLE h = open(path, WinNT.FILE_READ_ATTRIBUTES, false);
		try {
			char[] buffer = new char[MAX_NAME];
			// FILE_NAME_NORMALIZED | VOLUME_NAME_DOS: \\?\D:\..., through every junction on the way
			int n = Libraries.LINKS.GetFinalPathNameByHandleW(h, buffer, buffer.length, 0);
			if (n == 0 || n >= buffer.length) {
				throw lastError("GetFinalPathNameByHandleW", path); //$NON-NLS-1$
			}
			return new String(buffer, 0, n);
		} finally {
			Libraries.KERNEL32.CloseHandle(h);
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

	// ---- handles (tree deletes relative to open folders, as Rust's fixed remove_dir_all does)

	private static final int DELETE = 0x00010000;
	private static final int SYNCHRONIZE = 0x00100000;
	private static final int FILE_LIST_DIRECTORY = 0x0001;
	private static final int FILE_READ_ATTRIBUTES = 0x0080;
	private static final int SHARE_ALL = 0x7;
	private static final int FILE_OPEN = 1;
	private static final int FILE_SYNCHRONOUS_IO_NONALERT = 0x00000020;
	private static final int FILE_OPEN_FOR_BACKUP_INTENT = 0x00004000;
	private static final int FILE_OPEN_REPARSE_POINT = 0x00200000;
	private static final int OBJ_CASE_INSENSITIVE = 0x40;
	private static final int FILE_FULL_DIRECTORY_INFO = 14;
	private static final int FILE_DISPOSITION_INFO = 4;
	private static final int FILE_DISPOSITION_INFO_EX = 21;
	private static final int FILE_DISPOSITION_FLAG_DELETE = 0x1;
	private static final int FILE_DISPOSITION_FLAG_POSIX_SEMANTICS = 0x2;
	private static final int FILE_DISPOSITION_FLAG_IGNORE_READONLY_ATTRIBUTE = 0x10;
	private static final int ERROR_NO_MORE_FILES = 18;
	private static final int LIST_BUFFER = 64 * 1024;

	private static long value(HANDLE h) {
		return Pointer.nativeValue(h.getPointer());
	}

	private static HANDLE handle(long value) {
		return new HANDLE(new Pointer(value));
	}

	@Override
	public long openForDelete(String path) throws WindowsException {
		HANDLE h = Libraries.KERNEL32.CreateFile(path, DELETE | FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE,
				SHARE_ALL, null, WinNT.OPEN_EXISTING, WinNT.FILE_FLAG_BACKUP_SEMANTICS | WinNT.FILE_FLAG_OPEN_REPARSE_POINT,
				null);
		if (WinBase.INVALID_HANDLE_VALUE.equals(h)) {
			throw lastError("CreateFileW", path); //$NON-NLS-1$
		}
		return value(h);
	}

	@Override
	public long openRelative(long folder, String name) throws WindowsException {
		// UNICODE_STRING { USHORT Length; USHORT MaximumLength; PWSTR Buffer; } on 64-bit Windows
		byte[] utf16 = name.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
		Memory chars = new Memory(utf16.length + 2L);
		chars.write(0, utf16, 0, utf16.length);
		chars.setShort(utf16.length, (short) 0);
		Memory unicode = new Memory(16);
		unicode.clear();
		unicode.setShort(0, (short) utf16.length);
		unicode.setShort(2, (short) (utf16.length + 2));
		unicode.setPointer(8, chars);
		// OBJECT_ATTRIBUTES { ULONG Length; HANDLE RootDirectory; PUNICODE_STRING ObjectName;
		// ULONG Attributes; PVOID SecurityDescriptor; PVOID SecurityQualityOfService; }
		Memory attributes = new Memory(48);
		attributes.clear();
		attributes.setInt(0, 48);
		attributes.setPointer(8, new Pointer(folder));
		attributes.setPointer(16, unicode);
		attributes.setInt(24, OBJ_CASE_INSENSITIVE);
		Memory ioStatus = new Memory(16);
		Memory out = new Memory(8);
		out.clear();
		int options = FILE_OPEN_REPARSE_POINT | FILE_OPEN_FOR_BACKUP_INTENT | FILE_SYNCHRONOUS_IO_NONALERT;
		int status = HandleLibraries.NTDLL.NtCreateFile(out, DELETE | FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE,
				attributes, ioStatus, null, 0, SHARE_ALL, FILE_OPEN, options, null, 0);
		int error = status < 0 ? HandleLibraries.NTDLL.RtlNtStatusToDosError(status) : 0; // NT_SUCCESS is status >= 0
		if (error == WindowsErrors.ERROR_ACCESS_DENIED) {
			// a file that may be deleted but not read: open it for deleting only
			status = HandleLibraries.NTDLL.NtCreateFile(out, DELETE | FILE_READ_ATTRIBUTES | SYNCHRONIZE, attributes, ioStatus,
					null, 0, SHARE_ALL, FILE_OPEN, options, null, 0);
			error = status < 0 ? HandleLibraries.NTDLL.RtlNtStatusToDosError(status) : 0;
		}
		if (error != 0) {
			throw new WindowsException(error, "NtCreateFile", name); //$NON-NLS-1$
		}
		return out.getLong(0);
	}

	@Override
	public int reparseTag(long handle) throws WindowsException {
		// FILE_ATTRIBUTE_TAG_INFO: DWORD FileAttributes, DWORD ReparseTag
		Memory info = new Memory(8);
		if (!Libraries.KERNEL32.GetFileInformationByHandleEx(handle(handle), FILE_ATTRIBUTE_TAG_INFO, info, new WinDef.DWORD(8))) {
			throw lastError("GetFileInformationByHandleEx(FileAttributeTagInfo)", Long.toHexString(handle)); //$NON-NLS-1$
		}
		return info.getInt(4);
	}

	@Override
	public FileInformation information(long handle) throws WindowsException {
		ByHandleFileInformation info = new ByHandleFileInformation();
		if (!Libraries.LINKS.GetFileInformationByHandle(handle(handle), info)) {
			throw lastError("GetFileInformationByHandle", Long.toHexString(handle)); //$NON-NLS-1$
		}
		long index = (Integer.toUnsignedLong(info.nFileIndexHigh) << 32) | Integer.toUnsignedLong(info.nFileIndexLow);
		return new FileInformation(info.dwFileAttributes, info.dwVolumeSerialNumber, index, info.nNumberOfLinks);
	}

	@Override
	public List<DirectoryEntry> list(long folder) throws WindowsException {
		List<DirectoryEntry> entries = new ArrayList<>();
		Memory buffer = new Memory(LIST_BUFFER);
		while (true) {
			if (!HandleLibraries.HANDLES.GetFileInformationByHandleEx(handle(folder), FILE_FULL_DIRECTORY_INFO, buffer,
					LIST_BUFFER)) {
				int error = Native.getLastError();
				if (error == ERROR_NO_MORE_FILES) {
					return entries;
				}
				throw new WindowsException(error, "GetFileInformationByHandleEx", Long.toHexString(folder)); //$NON-NLS-1$
			}
			// FILE_FULL_DIR_INFO: NextEntryOffset at 0, FileAttributes at 56, FileNameLength (bytes) at 60, FileName at 68
			long offset = 0;
			while (true) {
				int next = buffer.getInt(offset);
				int attributes = buffer.getInt(offset + 56);
				int length = buffer.getInt(offset + 60);
				String name = new String(buffer.getByteArray(offset + 68, length), java.nio.charset.StandardCharsets.UTF_16LE);
				if (!name.equals(".") && !name.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
					entries.add(new DirectoryEntry(name, attributes));
				}
				if (next == 0) {
					break;
				}
				offset += next;
			}
		}
	}

	@Override
	public void deleteByHandle(long handle) throws WindowsException {
		Memory flags = new Memory(4);
		flags.setInt(0, FILE_DISPOSITION_FLAG_DELETE | FILE_DISPOSITION_FLAG_POSIX_SEMANTICS
				| FILE_DISPOSITION_FLAG_IGNORE_READONLY_ATTRIBUTE);
		if (HandleLibraries.HANDLES.SetFileInformationByHandle(handle(handle), FILE_DISPOSITION_INFO_EX, flags, 4)) {
			return;
		}
		int error = Native.getLastError();
		if (error != WindowsErrors.ERROR_INVALID_PARAMETER && error != WindowsErrors.ERROR_INVALID_FUNCTION
				&& error != WindowsErrors.ERROR_NOT_SUPPORTED) {
			throw new WindowsException(error, "SetFileInformationByHandle", Long.toHexString(handle)); //$NON-NLS-1$
		}
		// before Windows 10 1607, or a file system without POSIX semantics (FAT): delete on close
		Memory delete = new Memory(1);
		delete.setByte(0, (byte) 1);
		if (!HandleLibraries.HANDLES.SetFileInformationByHandle(handle(handle), FILE_DISPOSITION_INFO, delete, 1)) {
			throw lastError("SetFileInformationByHandle", Long.toHexString(handle)); //$NON-NLS-1$
		}
	}

	@Override
	public void close(long handle) {
		Libraries.KERNEL32.CloseHandle(handle(handle));
	}
}
