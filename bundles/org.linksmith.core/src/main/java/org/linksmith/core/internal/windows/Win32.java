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

import java.util.List;

/**
 * The Win32 calls Linksmith makes, behind a small interface so that everything above it is tested
 * on every system with a fake, and only {@link JnaWin32} needs Windows. Paths passed in are
 * already prefixed for long paths where the call allows it.
 */
public interface Win32 {

	/** {@code SYMBOLIC_LINK_FLAG_DIRECTORY}. */
	int SYMBOLIC_LINK_FLAG_DIRECTORY = 0x1;
	/** {@code SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE} (Windows 10 1703+, Developer Mode). */
	int SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE = 0x2;
	/** {@code FILE_ATTRIBUTE_DIRECTORY}. */
	int FILE_ATTRIBUTE_DIRECTORY = 0x10;
	/** {@code FILE_ATTRIBUTE_REPARSE_POINT}. */
	int FILE_ATTRIBUTE_REPARSE_POINT = 0x400;

	/**
	 * What {@code GetFileInformationByHandle} tells, with the 128-bit file id of
	 * {@code FileIdInfo} where the volume has one.
	 *
	 * @param attributes the attributes
	 * @param volumeSerial the 32-bit volume serial number
	 * @param fileIndex the file index, or the file id's low 64 bits
	 * @param fileIdHigh the file id's high 64 bits (0 on NTFS and without {@code FileIdInfo})
	 * @param links the number of names
	 */
	record FileInformation(int attributes, int volumeSerial, long fileIndex, long fileIdHigh, int links) {

		/**
		 * @param attributes the attributes
		 * @param volumeSerial the 32-bit volume serial number
		 * @param fileIndex the 64-bit file index
		 * @param links the number of names
		 */
		public FileInformation(int attributes, int volumeSerial, long fileIndex, int links) {
			this(attributes, volumeSerial, fileIndex, 0, links);
		}
	}

	/**
	 * @param link the new link
	 * @param target the target as it is to be stored
	 * @param flags {@code SYMBOLIC_LINK_FLAG_*}
	 * @throws WindowsException on failure
	 */
	void createSymbolicLink(String link, String target, int flags) throws WindowsException;

	/**
	 * @param link the new name
	 * @param existing the existing file
	 * @throws WindowsException on failure
	 */
	void createHardLink(String link, String existing) throws WindowsException;

	/**
	 * @param path a new, empty directory
	 * @throws WindowsException on failure
	 */
	void createDirectory(String path) throws WindowsException;

	/**
	 * Removes an empty directory, or a directory reparse point itself (never what it points to).
	 *
	 * @param path the directory
	 * @throws WindowsException on failure
	 */
	void removeDirectory(String path) throws WindowsException;

	/**
	 * Removes a file name, or a file symbolic link itself.
	 *
	 * @param path the file
	 * @throws WindowsException on failure
	 */
	void deleteFile(String path) throws WindowsException;

	/**
	 * @param source an existing name
	 * @param target the new name; replaced when it is a file
	 * @throws WindowsException on failure
	 */
	void moveReplacing(String source, String target) throws WindowsException;

	/**
	 * @param source an existing name
	 * @param target a new name on the same volume, which must not exist ({@code MoveFileExW}
	 *            without {@code MOVEFILE_REPLACE_EXISTING}; a folder or folder link may be renamed)
	 * @throws WindowsException on failure
	 */
	void move(String source, String target) throws WindowsException;

	/**
	 * Enables a privilege in this process's token where the token holds it
	 * ({@code AdjustTokenPrivileges}); an administrator's token holds
	 * {@code SeCreateSymbolicLinkPrivilege} disabled, a Developer Mode user's does not hold it.
	 *
	 * @param name a privilege name such as {@code SeCreateSymbolicLinkPrivilege}
	 * @return whether it is enabled now
	 */
	boolean enablePrivilege(String name);

	/**
	 * @param path a reparse point (opened without following it)
	 * @return its {@code REPARSE_DATA_BUFFER}
	 * @throws WindowsException on failure (4390 when it is not a reparse point)
	 */
	byte[] getReparsePoint(String path) throws WindowsException;

	/**
	 * @param path a directory or file (opened without following it)
	 * @param data a {@code REPARSE_DATA_BUFFER}
	 * @throws WindowsException on failure
	 */
	void setReparsePoint(String path, byte[] data) throws WindowsException;

	/**
	 * @param path a path
	 * @return its {@code GetFileAttributesW} attributes
	 * @throws WindowsException on failure
	 */
	int getFileAttributes(String path) throws WindowsException;

	/**
	 * @param path a path
	 * @param follow whether to follow a link at the end of the path
	 * @return volume, file index, link count
	 * @throws WindowsException on failure
	 */
	FileInformation getFileInformation(String path, boolean follow) throws WindowsException;

	/**
	 * @param path a file
	 * @return all its names on its volume, without the volume part ({@code FindFirstFileNameW})
	 * @throws WindowsException on failure
	 */
	List<String> findFileNames(String path) throws WindowsException;

	/**
	 * @param path a file or folder (its last name is not followed; the folders on the way are)
	 * @return the path the system reached, from the handle opened on it
	 *         ({@code GetFinalPathNameByHandleW}: every junction and link on the way resolved, on
	 *         the volume that really holds it), {@code \\?\}-prefixed
	 * @throws WindowsException on failure
	 */
	String finalPath(String path) throws WindowsException;

	/**
	 * @param path a path
	 * @return the root of the volume it is on ({@code GetVolumePathNameW}), ending in a backslash
	 * @throws WindowsException on failure
	 */
	String volumePath(String path) throws WindowsException;

	/**
	 * @param root a drive root such as {@code Z:\}
	 * @return {@code GetDriveTypeW}
	 */
	int driveType(String root);

	/** An entry of a folder listing read through a handle: its name and attributes. */
	record DirectoryEntry(String name, int attributes) {
	}

	/**
	 * Opens a folder or file itself, never what a reparse point in its last name points to
	 * ({@code CreateFileW} with {@code FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS}),
	 * with the rights to list, read attributes and delete.
	 *
	 * @param path the long-path prefixed path (its folders are followed: the caller named them)
	 * @return the handle
	 * @throws WindowsException as the system reports it
	 */
	long openForDelete(String path) throws WindowsException;

	/**
	 * Opens one entry of an open folder by its name, relative to the folder's handle
	 * ({@code NtCreateFile} with {@code RootDirectory} and {@code FILE_OPEN_REPARSE_POINT}): the
	 * name cannot be redirected through a swapped-in junction or link, and a reparse point is
	 * opened as itself.
	 *
	 * @param folder an open folder handle
	 * @param name a single name in it
	 * @return the handle, with the rights to list, read attributes and delete
	 * @throws WindowsException as the system reports it
	 */
	long openRelative(long folder, String name) throws WindowsException;

	/**
	 * @param handle an open handle
	 * @return its attributes, volume serial number, file index and link count
	 *         ({@code GetFileInformationByHandle})
	 * @throws WindowsException as the system reports it
	 */
	FileInformation information(long handle) throws WindowsException;

	/**
	 * @param handle an open handle on a reparse point
	 * @return its reparse tag ({@code GetFileInformationByHandleEx} with {@code FileAttributeTagInfo})
	 * @throws WindowsException as the system reports it
	 */
	int reparseTag(long handle) throws WindowsException;

	/**
	 * @param folder an open folder handle
	 * @return its entries without {@code .} and {@code ..} ({@code GetFileInformationByHandleEx}
	 *         with {@code FileFullDirectoryInfo})
	 * @throws WindowsException as the system reports it
	 */
	List<DirectoryEntry> list(long folder) throws WindowsException;

	/**
	 * Deletes what the handle is open on: a file, an empty folder, or a reparse point itself
	 * ({@code SetFileInformationByHandle}, {@code FileDispositionInfoEx} with POSIX semantics where
	 * the file system has it, else {@code FileDispositionInfo}).
	 *
	 * @param handle an open handle with the right to delete
	 * @throws WindowsException as the system reports it
	 */
	void deleteByHandle(long handle) throws WindowsException;

	/** @param handle an open handle, closed */
	void close(long handle);
}
