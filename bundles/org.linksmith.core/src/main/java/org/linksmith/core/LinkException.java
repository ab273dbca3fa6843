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

import org.eclipse.jdt.annotation.Nullable;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * A link operation failed. The message says what happened and what the user can do; the
 * {@link Reason} lets callers react to the kind of failure. When this is thrown, the operation has
 * left the file system as it was (or, for a relocation, put everything back).
 */
public class LinkException extends CoreException {

	private static final long serialVersionUID = 1L;

	/** The bundle's symbolic name, used as the plug-in id of the status. */
	public static final String PLUGIN_ID = "org.linksmith.core"; //$NON-NLS-1$

	/** Why an operation failed. */
	public enum Reason {
		/** Something already exists where the link should go. */
		ALREADY_EXISTS,
		/** The folder that should hold the new link does not exist. */
		PARENT_MISSING,
		/** The path does not exist. */
		NOT_FOUND,
		/** The path exists but is not a link (of the kind the operation needs). */
		NOT_A_LINK,
		/** Removing this name would delete the file's data: it is its last name. */
		LAST_NAME,
		/** A hard link across volumes / file systems (EXDEV, ERROR_NOT_SAME_DEVICE). */
		CROSS_DEVICE,
		/** A hard link to a directory, which no supported file system allows. */
		HARD_LINK_TO_DIRECTORY,
		/** A hard link to a target that does not exist. */
		TARGET_MISSING,
		/** The file already has the most names the file system allows. */
		TOO_MANY_LINKS,
		/** The link type or operation is not available on this system. */
		NOT_SUPPORTED,
		/** The operating system denied access. */
		PERMISSION_DENIED,
		/** Creating symbolic links needs a privilege the user does not hold (Windows error 1314). */
		PRIVILEGE_REQUIRED,
		/** A junction cannot point to a network path. */
		NETWORK_PATH,
		/** Following the link runs into a loop. */
		LOOP,
		/** The path is malformed, too long or contains characters the system refuses. */
		INVALID_PATH,
		/** The destination of a move lies inside the folder being moved. */
		DESTINATION_INSIDE_SOURCE,
		/** A copy did not match its original; nothing was deleted. */
		VERIFY_FAILED,
		/** Any other input/output error. */
		IO_ERROR
	}

	private final Reason reason;
	private final transient @Nullable Path path;

	/**
	 * @param reason why the operation failed
	 * @param path the path the failure is about, or {@code null}
	 * @param message what happened and what to do, for the user
	 * @param cause the underlying error, or {@code null}
	 */
	public LinkException(Reason reason, @Nullable Path path, String message, @Nullable Throwable cause) {
		super(new Status(IStatus.ERROR, PLUGIN_ID, reason.ordinal() + 1, message, cause));
		this.reason = reason;
		this.path = path;
	}

	/**
	 * @param reason why the operation failed
	 * @param path the path the failure is about, or {@code null}
	 * @param message what happened and what to do, for the user
	 */
	public LinkException(Reason reason, @Nullable Path path, String message) {
		this(reason, path, message, null);
	}

	/** @return why the operation failed */
	public Reason getReason() {
		return reason;
	}

	/** @return the path the failure is about, or {@code null} */
	public @Nullable Path getPath() {
		return path;
	}
}
