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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The Linksmith Explorer application: a workbench window on a folder. The first application
 * argument that names a folder is opened; otherwise the home folder. A start that cannot succeed
 * (another Explorer uses the same settings folder, the folder cannot be written, no display can be
 * opened) ends with one plain sentence on the terminal and exit code 1, not a log file.
 */
public final class ExplorerApplication implements IApplication {

	/** The exit code of a start that failed for a reason the terminal was told. */
	static final Integer EXIT_START_FAILED = Integer.valueOf(1);

	/**
	 * @param args the application's arguments ({@link org.eclipse.core.runtime.Platform#getApplicationArgs()})
	 * @return the folder the window opens on: the last argument that names a folder, else the folder
	 *         shown when the Explorer last closed, else the home folder ({@code ..} in it is left to the file system, never resolved in the text)
	 */
	static Path initialFolder(String[] args) {
		// no folder named: where the user was last time, if it is still there, else home
		String last = ExplorerSettings.lastFolder();
		Path folder = last != null && Files.isDirectory(Path.of(last)) ? Path.of(last)
				: Path.of(System.getProperty("user.home")); //$NON-NLS-1$
		for (String arg : args) {
			if (!arg.startsWith("-") && Files.isDirectory(Path.of(arg))) { //$NON-NLS-1$
				folder = Path.of(arg).toAbsolutePath();
			}
		}
		return folder;
	}

	@Override
	public Object start(IApplicationContext context) {
		ExplorerTrace.applicationStarted();
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Path initialFolder = initialFolder(args instanceof String[] a ? a : new String[0]);
		String problem = lockInstance();
		if (problem != null) {
			System.err.println(problem);
			return EXIT_START_FAILED;
		}
		StartupPrefetch.start(initialFolder);
		FileOperations.findTrash();
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (SWTError | UnsatisfiedLinkError e) {
			System.err.println(NLS.bind(Messages.Start_NoDisplay, e.getMessage()));
			return EXIT_START_FAILED;
		}
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new ExplorerWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/**
	 * Takes the settings (instance) folder for this Explorer, as the IDE takes its workspace.
	 *
	 * @return a sentence for the terminal when that is impossible, else {@code null}
	 */
	private static String lockInstance() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null || instance.isReadOnly()) {
			return null;
		}
		String folder = instance.getURL().getPath();
		try {
			if (instance.isLocked()) {
				return NLS.bind(Messages.Start_InstanceInUse, folder);
			}
			return instance.lock() ? null : NLS.bind(Messages.Start_InstanceInUse, folder);
		} catch (IOException e) {
			return NLS.bind(Messages.Start_InstanceUnwritable, folder, e.getMessage());
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
