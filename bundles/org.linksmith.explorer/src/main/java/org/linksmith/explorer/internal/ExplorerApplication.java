/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The Linksmith Explorer application: a workbench window on a folder. The first application
 * argument that names a folder is opened; otherwise the home folder.
 */
public final class ExplorerApplication implements IApplication {

	/** The folder the window opens on, set before the workbench starts. */
	static volatile Path initialFolder = Path.of(System.getProperty("user.home")); //$NON-NLS-1$

	@Override
	public Object start(IApplicationContext context) {
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		if (args instanceof String[] a) {
			for (String arg : a) {
				if (!arg.startsWith("-") && Files.isDirectory(Path.of(arg))) { //$NON-NLS-1$
					initialFolder = Path.of(arg).toAbsolutePath().normalize();
				}
			}
		}
		StartupPrefetch.start(initialFolder);
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new ExplorerWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				PlatformUI.getWorkbench().close();
			}
		});
	}
}
