/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core;

/**
 * The kinds of file-system link Linksmith knows.
 */
public enum LinkType {
	/** A symbolic link whose target is (or is meant to be) a file. */
	SYMBOLIC_FILE,
	/** A symbolic link whose target is (or is meant to be) a directory. */
	SYMBOLIC_DIRECTORY,
	/** A hard link: a regular file that has more than one name. */
	HARD,
	/** A Windows NTFS directory junction (mount point reparse point). */
	JUNCTION,
	/** A Windows reparse point of another kind (OneDrive, AppExecLink, ...): never walked into. */
	OTHER_REPARSE_POINT,
	/** Not a link. */
	NONE;

	/** @return whether this type stores a target path (symbolic links and junctions) */
	public boolean hasTarget() {
		return this == SYMBOLIC_FILE || this == SYMBOLIC_DIRECTORY || this == JUNCTION;
	}

	/** @return whether this is a symbolic link to a file or a directory */
	public boolean isSymbolic() {
		return this == SYMBOLIC_FILE || this == SYMBOLIC_DIRECTORY;
	}

	/** @return a short lower-case name, as used on the command line and in JSON ("symbolic", "hard", "junction", ...) */
	public String id() {
		return switch (this) {
			case SYMBOLIC_FILE -> "symbolic-file";
			case SYMBOLIC_DIRECTORY -> "symbolic-directory";
			case HARD -> "hard";
			case JUNCTION -> "junction";
			case OTHER_REPARSE_POINT -> "reparse-point";
			case NONE -> "none";
		};
	}
}
