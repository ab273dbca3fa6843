/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.operations;

import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.linksmith.core.LinkException;
import org.linksmith.ui.LinkUndoContextProvider;
import org.linksmith.ui.internal.LinkUi;
import org.linksmith.ui.internal.Messages;

/**
 * Runs Linksmith's work as user jobs with progress, off the UI thread, and shows the outcome:
 * errors and warnings in a dialog (never a stack trace), undoable operations in Edit > Undo.
 */
public final class LinkJobs {

	/** The family of all Linksmith jobs (tests wait for it). */
	public static final Object FAMILY = LinkJobs.class;

	private LinkJobs() {
	}

	/** Work that may fail with a link error. */
	@FunctionalInterface
	public interface Work {
		/**
		 * @param monitor progress and cancellation
		 * @return warnings to show, or {@code null}
		 * @throws LinkException when it fails
		 */
		IStatus run(IProgressMonitor monitor) throws LinkException;
	}

	/**
	 * Executes an undoable operation in a job and adds it to the operation history.
	 *
	 * @param shell the shell for messages
	 * @param operation the operation
	 * @param done called on the UI thread afterwards with the result, or {@code null}
	 * @return the scheduled job
	 */
	public static Job execute(Shell shell, IUndoableOperation operation, Consumer<IStatus> done) {
		return execute(shell, operation, done, true);
	}

	/**
	 * Executes an undoable operation in a job and adds it to the operation history.
	 *
	 * @param shell the shell for messages
	 * @param operation the operation
	 * @param done called on the UI thread afterwards with the result, or {@code null}
	 * @param showWarnings whether to show its warnings (not when a dialog told them before OK);
	 *        errors are always shown
	 * @return the scheduled job
	 */
	public static Job execute(Shell shell, IUndoableOperation operation, Consumer<IStatus> done, boolean showWarnings) {
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		operation.addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
		for (LinkUndoContextProvider p : LinkUi.undoContextProviders()) {
			operation.addContext(p.undoContext());
		}
		IAdaptable info = new IAdaptable() {
			@Override
			public <T> T getAdapter(Class<T> adapter) {
				return adapter == Shell.class ? adapter.cast(shell) : null;
			}
		};
		PathRule rule = operation instanceof LinkOperation op ? op.rule() : null;
		return run(shell, operation.getLabel(), rule, monitor -> {
			try {
				IStatus status = history.execute(operation, monitor, info);
				if (operation instanceof LinkOperation op) {
					status = op.outcome(); // the history was told OK for anything done; the user hears the rest
				}
				return showWarnings || status.matches(IStatus.ERROR) ? status : Status.OK_STATUS;
			} catch (ExecutionException e) {
				return Status.error(e.getMessage(), e);
			}
		}, done);
	}

	/**
	 * Runs work in a user job.
	 *
	 * @param shell the shell for messages
	 * @param name the job's name
	 * @param work the work
	 * @param done called on the UI thread afterwards with the result, or {@code null}
	 * @return the scheduled job
	 */
	public static Job run(Shell shell, String name, Work work, Consumer<IStatus> done) {
		return run(shell, name, null, work, done);
	}

	/**
	 * Runs work on file-system trees in a user job that no other Linksmith job on the same trees
	 * runs beside.
	 *
	 * @param shell the shell for messages
	 * @param name the job's name
	 * @param rule the trees it works on ({@link PathRule}), or {@code null}
	 * @param work the work
	 * @param done called on the UI thread afterwards with the result, or {@code null}
	 * @return the scheduled job
	 */
	public static Job run(Shell shell, String name, PathRule rule, Work work, Consumer<IStatus> done) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				IStatus result;
				try {
					IStatus r = work.run(monitor);
					result = r == null ? Status.OK_STATUS : r;
				} catch (LinkException e) {
					result = e.getStatus();
				} catch (OperationCanceledException e) {
					result = Status.CANCEL_STATUS;
				}
				IStatus shown = result;
				Display display = shell != null && !shell.isDisposed() ? shell.getDisplay() : Display.getDefault();
				display.asyncExec(() -> report(shell, name, shown, done));
				// reported in our own dialog: the job itself ends OK so the workbench does not show it twice
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(rule);
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void report(Shell shell, String name, IStatus status, Consumer<IStatus> done) {
		Shell parent = shell != null && !shell.isDisposed() ? shell : null;
		if (status.matches(IStatus.ERROR)) {
			ErrorDialog.openError(parent, Messages.Job_FailedTitle, Messages.Job_Failed, status);
		} else if (status.matches(IStatus.WARNING)) {
			// the sentences themselves, in plain view: never a summary with the point behind Details
			MessageDialog.openWarning(parent, name, warningText(status));
		}
		if (done != null) {
			done.accept(status);
		}
	}

	/**
	 * @param status a warning, perhaps with several
	 * @return its warnings' sentences, one paragraph each
	 */
	static String warningText(IStatus status) {
		StringBuilder text = new StringBuilder();
		if (status.isMultiStatus()) {
			for (IStatus child : status.getChildren()) {
				if (child.matches(IStatus.WARNING | IStatus.ERROR)) {
					text.append(text.length() > 0 ? "\n\n" : "").append(warningText(child)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return text.length() > 0 ? text.toString() : status.getMessage();
	}
}
