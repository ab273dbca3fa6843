/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import java.io.PrintWriter;

import org.linksmith.core.LinkService;

/** What every command shares: the link service and the two output streams. */
final class Context {
	final LinkService links;
	final PrintWriter out;
	final PrintWriter err;

	Context(LinkService links, PrintWriter out, PrintWriter err) {
		this.links = links;
		this.out = out;
		this.err = err;
	}

	/** @return the user's link index (opened only while a call works) */
	org.linksmith.core.LinkIndex index() {
		return org.linksmith.core.LinkServices.index();
	}

	void warn(String message) {
		err.println(org.eclipse.osgi.util.NLS.bind(Messages.Main_Warning, message));
	}

	void error(String message) {
		err.println(org.eclipse.osgi.util.NLS.bind(Messages.Main_Error, message));
	}
}
