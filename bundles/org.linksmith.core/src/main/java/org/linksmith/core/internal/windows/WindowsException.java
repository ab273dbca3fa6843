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

import java.io.IOException;

/**
 * A Win32 call failed with a {@code GetLastError()} code.
 */
public class WindowsException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int code;
	private final String path;

	/**
	 * @param code the Win32 error code
	 * @param call the function that failed
	 * @param path the path it was called on
	 */
	public WindowsException(int code, String call, String path) {
		super(call + " failed for " + path + ": Windows error " + code); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		this.code = code;
		this.path = path;
	}

	/** @return the Win32 error code */
	public int code() {
		return code;
	}

	/** @return the path the call was made on */
	public String path() {
		return path;
	}
}
