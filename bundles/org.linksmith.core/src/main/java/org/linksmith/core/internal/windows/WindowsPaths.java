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

import java.util.Locale;

/**
 * Windows path rules, as plain string logic so they are tested on every system: network paths,
 * the long-path prefix, and NT paths for junctions.
 */
public final class WindowsPaths {

	/** {@code GetDriveType} result for a network drive. */
	public static final int DRIVE_REMOTE = 4;

	/** Tells the type of a drive ({@code GetDriveTypeW}); injectable for tests. */
	@FunctionalInterface
	public interface DriveTypes {
		/**
		 * @param root a drive root such as {@code Z:\}
		 * @return the {@code GetDriveTypeW} result
		 */
		int driveType(String root);
	}

	private WindowsPaths() {
	}

	/**
	 * @param path any path string, with either kind of slash
	 * @param drives looks up drive types (for mapped network drives)
	 * @return whether the path is on the network: {@code \\server\share}, {@code \\?\UNC\...}, or a
	 *         drive letter mapped to a network share
	 */
	public static boolean isNetworkPath(String path, DriveTypes drives) {
		String p = path.replace('/', '\\');
		String upper = p.toUpperCase(Locale.ROOT);
		if (upper.startsWith("\\\\?\\UNC\\") || upper.startsWith("\\??\\UNC\\") || upper.startsWith("\\\\.\\UNC\\")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return true; // the three namespaces' names for \\server\share
		}
		if (p.startsWith("\\\\?\\") || p.startsWith("\\??\\") || p.startsWith("\\\\.\\")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p = p.substring(4); // \\.\C:\ is drive C: too; other device names are local
		} else if (p.startsWith("\\\\")) { //$NON-NLS-1$
			return true; // \\server\share
		}
		if (p.length() >= 2 && p.charAt(1) == ':' && Character.isLetter(p.charAt(0))) {
			return drives.driveType(Character.toUpperCase(p.charAt(0)) + ":\\") == DRIVE_REMOTE; //$NON-NLS-1$
		}
		return false;
	}

	/**
	 * Adds the {@code \\?\} prefix that lifts the MAX_PATH limit of Win32 calls.
	 *
	 * @param absolute an absolute path
	 * @return the prefixed path ({@code \\?\C:\...} or {@code \\?\UNC\server\share\...})
	 */
	public static String toLongPath(String absolute) {
		String p = absolute.replace('/', '\\');
		if (p.startsWith("\\\\?\\") || p.startsWith("\\\\.\\")) { //$NON-NLS-1$ //$NON-NLS-2$
			return p;
		}
		if (p.startsWith("\\\\")) { //$NON-NLS-1$
			return "\\\\?\\UNC\\" + p.substring(2); //$NON-NLS-1$
		}
		if (p.length() >= 2 && p.charAt(1) == ':') {
			return "\\\\?\\" + p; //$NON-NLS-1$
		}
		throw new IllegalArgumentException("not an absolute Windows path: " + absolute); //$NON-NLS-1$
	}

	/**
	 * @param path a path, with or without the {@code \\?\} prefix
	 * @return the path without it ({@code \\?\UNC\server\share} becomes {@code \\server\share})
	 */
	public static String fromLongPath(String path) {
		if (path.regionMatches(true, 0, "\\\\?\\UNC\\", 0, 8)) { //$NON-NLS-1$
			return "\\\\" + path.substring(8); //$NON-NLS-1$
		}
		if (path.startsWith("\\\\?\\")) { //$NON-NLS-1$
			return path.substring(4);
		}
		return path;
	}

	/**
	 * @param absolute an absolute local path such as {@code C:\Users} (with or without {@code \\?\})
	 * @return the NT path a junction stores as its substitute name, {@code \??\C:\Users}
	 */
	public static String toNtPath(String absolute) {
		String p = absolute.replace('/', '\\');
		if (p.startsWith("\\\\?\\") || p.startsWith("\\??\\") || p.startsWith("\\\\.\\")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p = p.substring(4);
		}
		if (p.length() > 3 && p.endsWith("\\")) { //$NON-NLS-1$
			p = p.substring(0, p.length() - 1);
		}
		return "\\??\\" + p; //$NON-NLS-1$
	}

	/**
	 * @param ntPath a substitute name such as {@code \??\C:\Users} or {@code \??\UNC\server\share}
	 * @return the Win32 path, {@code C:\Users} or {@code \\server\share}; other NT names keep a
	 *         prefix ({@code \??\Volume{GUID}\x} becomes {@code \\?\Volume{GUID}\x}); a relative
	 *         name is returned as it is
	 */
	public static String fromNtPath(String ntPath) {
		if (ntPath.regionMatches(true, 0, "\\??\\UNC\\", 0, 8)) { //$NON-NLS-1$
			return "\\\\" + ntPath.substring(8); //$NON-NLS-1$
		}
		if (ntPath.startsWith("\\??\\")) { //$NON-NLS-1$
			String rest = ntPath.substring(4);
			if (rest.length() >= 2 && rest.charAt(1) == ':' && Character.isLetter(rest.charAt(0))) {
				return rest; // a drive letter path
			}
			// anything else (\??\Volume{GUID}\x, \??\GLOBALROOT\...) is only a path with its
			// prefix, as Go reads it: \\?\Volume{GUID}\x
			return "\\\\?\\" + rest; //$NON-NLS-1$
		}
		return ntPath;
	}
}
