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

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;

/**
 * Builds {@link LinkException}s whose messages say what happened and what to do.
 */
public final class Errors {

	private Errors() {
	}

	/**
	 * @param reason why it failed
	 * @param path the main path ({0} in the message)
	 * @param other the second path, usually the target ({1})
	 * @param detail the system's own words ({2}), or {@code null}
	 * @param cause the underlying error, or {@code null}
	 * @return the exception
	 */
	public static LinkException create(Reason reason, Path path, Path other, String detail, Throwable cause) {
		String message = NLS.bind(template(reason), new Object[] { show(path), show(other), detail == null ? "" : detail }); //$NON-NLS-1$
		if (detail != null && path != null && (detail.equals(path.toString()) || detail.equals(show(path))
				|| detail.equals(path.toAbsolutePath().toString()))) {
			// the system named the same item: say it once
			message = message.replace(" (" + detail + ")", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return new LinkException(reason, path, message, cause);
	}

	/**
	 * @param reason why it failed
	 * @param path the main path
	 * @param other the second path, or {@code null}
	 * @return the exception
	 */
	public static LinkException create(Reason reason, Path path, Path other) {
		return create(reason, path, other, null, null);
	}

	/**
	 * @param link the junction that was asked for
	 * @return the error for junctions on a system that has none
	 */
	public static LinkException junctionsNotSupported(Path link) {
		return new LinkException(Reason.NOT_SUPPORTED, link, Messages.Error_JunctionNotSupported);
	}

	/**
	 * @param path a path or {@code null}
	 * @return the path as shown to users (quoted when it has spaces)
	 */
	public static String show(Path path) {
		if (path == null) {
			return ""; //$NON-NLS-1$
		}
		String s = path.toString();
		return s.isEmpty() || s.indexOf(' ') >= 0 ? '"' + s + '"' : s;
	}

	static String template(Reason reason) {
		return switch (reason) {
			case ALREADY_EXISTS -> Messages.Error_ALREADY_EXISTS;
			case PARENT_MISSING -> Messages.Error_PARENT_MISSING;
			case NOT_FOUND -> Messages.Error_NOT_FOUND;
			case NOT_A_LINK -> Messages.Error_NOT_A_LINK;
			case LAST_NAME -> Messages.Error_LAST_NAME;
			case CROSS_DEVICE -> Messages.Error_CROSS_DEVICE;
			case HARD_LINK_TO_DIRECTORY -> Messages.Error_HARD_LINK_TO_DIRECTORY;
			case TARGET_MISSING -> Messages.Error_TARGET_MISSING;
			case TOO_MANY_LINKS -> Messages.Error_TOO_MANY_LINKS;
			case NOT_SUPPORTED -> Messages.Error_NOT_SUPPORTED;
			case PERMISSION_DENIED -> Messages.Error_PERMISSION_DENIED;
			case PRIVILEGE_REQUIRED -> Messages.Error_PRIVILEGE_REQUIRED;
			case NETWORK_PATH -> Messages.Error_NETWORK_PATH;
			case LOOP -> Messages.Error_LOOP;
			case INVALID_PATH -> Messages.Error_INVALID_PATH;
			case DESTINATION_INSIDE_SOURCE -> Messages.Error_DESTINATION_INSIDE_SOURCE;
			case VERIFY_FAILED -> Messages.Error_VERIFY_FAILED;
			case IO_ERROR -> Messages.Error_IO_ERROR;
		};
	}
}
