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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Win32 stand-in that records calls and fails where a test says so. It keeps a tiny model of
 * directories and reparse points so that the logic above Win32 can be checked on any system.
 */
class FakeWin32 implements Win32 {

	final List<String> calls = new ArrayList<>();
	final Map<String, Integer> failures = new HashMap<>();
	final Map<String, byte[]> reparsePoints = new HashMap<>();
	final Map<String, Integer> attributes = new HashMap<>();
	final Map<String, Integer> drives = new HashMap<>();
	final Map<String, List<String>> names = new HashMap<>();

	private void call(String name, String path) throws WindowsException {
		calls.add(name + " " + path);
		Integer code = failures.get(name);
		if (code != null) {
			throw new WindowsException(code.intValue(), name, path);
		}
	}

	@Override
	public void createSymbolicLink(String link, String target, int flags) throws WindowsException {
		call("CreateSymbolicLinkW(" + flags + ")", link + " -> " + target);
		if ((flags & SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE) != 0 && failures.containsKey("unprivileged")) {
			throw new WindowsException(failures.get("unprivileged").intValue(), "CreateSymbolicLinkW", link);
		}
	}

	@Override
	public void createHardLink(String link, String existing) throws WindowsException {
		call("CreateHardLinkW", link + " = " + existing);
	}

	@Override
	public void createDirectory(String path) throws WindowsException {
		call("CreateDirectoryW", path);
		attributes.put(path, Integer.valueOf(FILE_ATTRIBUTE_DIRECTORY));
	}

	@Override
	public void removeDirectory(String path) throws WindowsException {
		call("RemoveDirectoryW", path);
		attributes.remove(path);
		reparsePoints.remove(path);
	}

	@Override
	public void deleteFile(String path) throws WindowsException {
		call("DeleteFileW", path);
		attributes.remove(path);
	}

	@Override
	public void moveReplacing(String source, String target) throws WindowsException {
		call("MoveFileExW", source + " -> " + target);
	}

	@Override
	public byte[] getReparsePoint(String path) throws WindowsException {
		call("FSCTL_GET_REPARSE_POINT", path);
		byte[] data = reparsePoints.get(path);
		if (data == null) {
			throw new WindowsException(WindowsErrors.ERROR_NOT_A_REPARSE_POINT, "FSCTL_GET_REPARSE_POINT", path);
		}
		return data;
	}

	@Override
	public void setReparsePoint(String path, byte[] data) throws WindowsException {
		call("FSCTL_SET_REPARSE_POINT", path);
		reparsePoints.put(path, data);
		attributes.merge(path, Integer.valueOf(FILE_ATTRIBUTE_REPARSE_POINT), (a, b) -> Integer.valueOf(a.intValue() | b.intValue()));
	}

	@Override
	public int getFileAttributes(String path) throws WindowsException {
		call("GetFileAttributesW", path);
		Integer a = attributes.get(path);
		if (a == null) {
			throw new WindowsException(WindowsErrors.ERROR_FILE_NOT_FOUND, "GetFileAttributesW", path);
		}
		return a.intValue();
	}

	@Override
	public FileInformation getFileInformation(String path, boolean follow) throws WindowsException {
		call("GetFileInformationByHandle", path);
		return new FileInformation(getFileAttributes(path), 0x1234, path.hashCode(), 1);
	}

	@Override
	public List<String> findFileNames(String path) throws WindowsException {
		call("FindFirstFileNameW", path);
		return names.getOrDefault(path, List.of(path.substring(2)));
	}

	@Override
	public String volumePath(String path) throws WindowsException {
		return path.substring(0, 3);
	}

	@Override
	public int driveType(String root) {
		calls.add("GetDriveTypeW " + root);
		return drives.getOrDefault(root, Integer.valueOf(3)).intValue();
	}
}
