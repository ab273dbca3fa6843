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
	/** 128-bit file ids (low, high) as FileIdInfo gives them on ReFS. */
	final Map<String, long[]> fileIds = new HashMap<>();

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

	/** A move of this source fails (ERROR_ACCESS_DENIED), as a virus scanner holding it would make it. */
	String failMoveOf;

	@Override
	public void move(String source, String target) throws WindowsException {
		call("MoveFileExW(no replace)", source + " -> " + target);
		if (source.equals(failMoveOf)) {
			throw new WindowsException(5, "MoveFileExW", source);
		}
		if (attributes.containsKey(target)) {
			throw new WindowsException(WindowsErrors.ERROR_ALREADY_EXISTS, "MoveFileExW", target);
		}
		Integer a = attributes.remove(source);
		if (a != null) {
			attributes.put(target, a);
		}
		byte[] data = reparsePoints.remove(source);
		if (data != null) {
			reparsePoints.put(target, data);
		}
	}

	/** Whether the token holds the privileges asked for (an administrator's does). */
	boolean holdsPrivileges;
	boolean privilegeEnabled;

	@Override
	public boolean enablePrivilege(String name) {
		calls.add("AdjustTokenPrivileges " + name);
		privilegeEnabled = holdsPrivileges;
		return holdsPrivileges;
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
		if (ReparseData.tagOf(data) == ReparseData.TAG_SYMLINK && failures.containsKey("symlinkPrivilege") && !privilegeEnabled) {
			throw new WindowsException(failures.get("symlinkPrivilege").intValue(), "FSCTL_SET_REPARSE_POINT", path);
		}
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
		long[] id = fileIds.get(path);
		return id != null ? new FileInformation(getFileAttributes(path), 0x1234, id[0], id[1], 1)
				: new FileInformation(getFileAttributes(path), 0x1234, path.hashCode(), 1);
	}

	@Override
	public List<String> findFileNames(String path) throws WindowsException {
		call("FindFirstFileNameW", path);
		return names.getOrDefault(path, List.of(path.substring(2)));
	}

	/** Where a path really leads (a junction on the way), as GetFinalPathNameByHandleW tells. */
	final Map<String, String> finalPaths = new HashMap<>();

	@Override
	public String finalPath(String path) throws WindowsException {
		call("GetFinalPathNameByHandleW", path);
		return finalPaths.getOrDefault(path, "\\\\?\\" + path);
	}

	@Override
	public String volumePath(String path) throws WindowsException {
		calls.add("GetVolumePathNameW " + path);
		return path.startsWith("\\\\?\\") ? path.substring(0, 7) : path.substring(0, 3);
	}

	@Override
	public int driveType(String root) {
		calls.add("GetDriveTypeW " + root);
		return drives.getOrDefault(root, Integer.valueOf(3)).intValue();
	}

	// ---- a tree of nodes for the handle calls: a node keeps its identity when it is renamed or
	// swapped, as a file object does on Windows; a junction's listing and names are those of its
	// target (pessimistic: an engine that enters a junction reaches what it points to)

	static final class Node {
		final String name0;
		int attributes;
		final java.util.LinkedHashMap<String, Node> children = new java.util.LinkedHashMap<>();
		Node parent;
		Node target;
		int volume = 0x1234;
		/** The reparse tag, where attributes say it is a reparse point. */
		int tag = ReparseData.TAG_MOUNT_POINT;

		Node(String name, int attributes) {
			this.name0 = name;
			this.attributes = attributes;
		}

		Node add(String name, int attrs) {
			Node n = new Node(name, attrs);
			n.parent = this;
			children.put(name, n);
			return n;
		}

		String nameIn(Node folder) {
			for (var e : folder.children.entrySet()) {
				if (e.getValue() == this) {
					return e.getKey();
				}
			}
			return null;
		}
	}

	final Node drive = new Node("C:", FILE_ATTRIBUTE_DIRECTORY);
	final Map<Long, Node> handles = new HashMap<>();
	private long nextHandle = 100;
	/** Runs once when this folder is listed, after the listing is taken (an attacker's swap). */
	final Map<Node, Runnable> onList = new HashMap<>();

	/** Swaps two nodes' places, as renameat2(RENAME_EXCHANGE) would. */
	static void swap(Node a, Node b) {
		String na = a.nameIn(a.parent);
		String nb = b.nameIn(b.parent);
		Node pa = a.parent;
		Node pb = b.parent;
		pa.children.put(na, b);
		pb.children.put(nb, a);
		a.parent = pb;
		b.parent = pa;
	}

	private Node find(String path) throws WindowsException {
		Node n = drive;
		for (String part : path.substring(path.indexOf(':') + 1).split("\\\\")) {
			if (part.isEmpty()) {
				continue;
			}
			n = (n.target != null ? n.target : n).children.get(part);
			if (n == null) {
				throw new WindowsException(WindowsErrors.ERROR_FILE_NOT_FOUND, "CreateFileW", path);
			}
		}
		return n;
	}

	private long handleFor(Node n) {
		long h = nextHandle++;
		handles.put(Long.valueOf(h), n);
		return h;
	}

	private Node node(long handle) throws WindowsException {
		Node n = handles.get(Long.valueOf(handle));
		if (n == null) {
			throw new WindowsException(6, "handle", Long.toString(handle)); // ERROR_INVALID_HANDLE
		}
		return n;
	}

	@Override
	public long openForDelete(String path) throws WindowsException {
		call("CreateFileW(OPEN_REPARSE_POINT)", path);
		return handleFor(find(path));
	}

	@Override
	public long openRelative(long folder, String name) throws WindowsException {
		Node f = node(folder);
		call("NtCreateFile", name);
		Node n = (f.target != null ? f.target : f).children.get(name);
		if (n == null) {
			throw new WindowsException(WindowsErrors.ERROR_FILE_NOT_FOUND, "NtCreateFile", name);
		}
		return handleFor(n);
	}

	@Override
	public FileInformation information(long handle) throws WindowsException {
		Node n = node(handle);
		return new FileInformation(n.attributes, n.volume, System.identityHashCode(n), 1);
	}

	@Override
	public int reparseTag(long handle) throws WindowsException {
		return node(handle).tag;
	}

	@Override
	public List<DirectoryEntry> list(long folder) throws WindowsException {
		Node f = node(folder);
		Node listed = f.target != null ? f.target : f;
		List<DirectoryEntry> entries = new ArrayList<>();
		listed.children.forEach((name, n) -> entries.add(new DirectoryEntry(name, n.attributes)));
		Runnable attack = onList.remove(f);
		if (attack != null) {
			attack.run();
		}
		return entries;
	}

	@Override
	public void deleteByHandle(long handle) throws WindowsException {
		Node n = node(handle);
		call("SetFileInformationByHandle(delete)", n.name0);
		// a link (junction, directory symlink) goes with whatever it points to left alone; a folder,
		// also one whose reparse tag is no redirection (a cloud folder), must be empty
		boolean link = (n.attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0 && ReparseData.isNameSurrogate(n.tag);
		if (!link && !n.children.isEmpty()) {
			throw new WindowsException(WindowsErrors.ERROR_DIR_NOT_EMPTY, "SetFileInformationByHandle", n.name0);
		}
		String name = n.parent == null ? null : n.nameIn(n.parent);
		if (name != null) {
			n.parent.children.remove(name);
		}
	}

	@Override
	public void close(long handle) {
		handles.remove(Long.valueOf(handle));
	}
}
