/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * JUnit 5 extension for UI tests: fails a test that logged an error to the Error Log, and saves a
 * screenshot of the screen when a test fails ({@code target/screenshots/Class.method.png}), before
 * the test's clean-up runs.
 */
public final class UiTestExtension implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

	private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(UiTestExtension.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		List<IStatus> errors = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.matches(IStatus.ERROR)) {
				synchronized (errors) {
					errors.add(status);
				}
			}
		};
		Platform.addLogListener(listener);
		context.getStore(NS).put("listener", listener); //$NON-NLS-1$
		context.getStore(NS).put("errors", errors); //$NON-NLS-1$
	}

	@Override
	public void afterEach(ExtensionContext context) {
		ILogListener listener = context.getStore(NS).remove("listener", ILogListener.class); //$NON-NLS-1$
		Platform.removeLogListener(listener);
		@SuppressWarnings("unchecked")
		List<IStatus> errors = context.getStore(NS).remove("errors", List.class); //$NON-NLS-1$
		synchronized (errors) {
			if (!errors.isEmpty() && context.getExecutionException().isEmpty()) {
				IStatus first = errors.get(0);
				AssertionError failure = new AssertionError(
						"An error was logged during the test: " + first.getMessage(), first.getException()); //$NON-NLS-1$
				throw failure;
			}
		}
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
		// before @AfterEach cleans up: the picture shows the screen as the test left it
		screenshot(context);
		throw cause;
	}

	private static void screenshot(ExtensionContext context) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + '.' + context.getRequiredTestMethod().getName();
		try {
			Path file = new UiDriver(PlatformUI.getWorkbench().getDisplay())
					.screenshot(Path.of("target", "screenshots", name + ".png")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			System.err.println("Screenshot of the failure: " + file.toAbsolutePath()); //$NON-NLS-1$
		} catch (RuntimeException e) {
			System.err.println("No screenshot: " + e); //$NON-NLS-1$
		}
	}
}
