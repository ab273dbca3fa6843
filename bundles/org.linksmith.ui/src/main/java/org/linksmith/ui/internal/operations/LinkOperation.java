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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IAdvancedUndoableOperation2;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkService;
import org.linksmith.ui.internal.LinkUi;

/**
 * Base of Linksmith's undoable operations: runs core calls, gathers warnings into the returned
 * status, and tells listeners what changed. Undo and redo run in the background
 * ({@link #runInBackground()}): the workbench's Undo action forks them under its progress dialog,
 * so the UI thread stays responsive while a large undo works.
 */
public abstract class LinkOperation extends AbstractOperation implements IAdvancedUndoableOperation2 {

	/** The service the operation uses. */
	protected final LinkService links;
	private final Set<Path> changed = new LinkedHashSet<>();
	private final List<String> warnings = new ArrayList<>();

	/**
	 * @param label the label shown in Edit > Undo
	 * @param links the service to use
	 */
	protected LinkOperation(String label, LinkService links) {
		super(label);
		this.links = links;
	}

	/**
	 * @param path a path this operation changed
	 */
	protected void changed(Path path) {
		changed.add(path.toAbsolutePath());
	}

	/**
	 * @param warning something the user should know
	 */
	protected void warn(String warning) {
		warnings.add(warning);
	}

	/**
	 * @return the trees the operation works on; while it runs (execute, undo, redo) no other
	 *         Linksmith job on any of them does ({@link PathRule})
	 */
	protected abstract List<Path> affected();

	/** @return the scheduling rule of the operation's trees */
	public PathRule rule() {
		return PathRule.of(affected());
	}

	/** Does the work. */
	protected abstract void doExecute(IProgressMonitor monitor) throws LinkException;

	/** Undoes the work. */
	protected abstract void doUndo(IProgressMonitor monitor) throws LinkException;

	@Override
	public boolean runInBackground() {
		return true; // file-system work only: nothing here touches a widget
	}

	@Override
	public IStatus computeExecutionStatus(IProgressMonitor monitor) {
		return Status.OK_STATUS; // the core checks everything when it acts, and changes nothing on failure
	}

	@Override
	public void setQuietCompute(boolean quiet) {
		// the status computations are quiet already (no dialogs)
	}

	/**
	 * The history keeps an operation for Undo only when its execution returns OK, and moves it to
	 * Redo only when its undo does: so whatever was done returns OK to the history, also with
	 * warnings, or when it failed part of the way (what was done can then be undone), and what
	 * the user should know is in {@link #outcome()}. An undo that fails returns the error: the
	 * operation stays to be undone again (what was taken back is not tried twice).
	 */
	@Override
	public final IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return toHistory(run(() -> doExecute(monitor)), info, false);
	}

	@Override
	public final IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return toHistory(run(() -> doExecute(monitor)), info, true);
	}

	@Override
	public final IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		IStatus status = run(() -> doUndo(monitor));
		if (status.matches(IStatus.ERROR)) {
			return status;
		}
		tell(info, status);
		return Status.OK_STATUS;
	}

	/** @return what the last execute, undo or redo has to tell the user: OK, warnings, or the error */
	public IStatus outcome() {
		return outcome;
	}

	/**
	 * @return whether a failed execution has done part of its work (which undo can take back);
	 *         operations that do all or nothing keep the default
	 */
	protected boolean partlyDone() {
		return false;
	}

	private IStatus toHistory(IStatus status, IAdaptable info, boolean tellHere) {
		if (status.matches(IStatus.ERROR) && !partlyDone()) {
			return status; // nothing done: nothing to undo
		}
		if (tellHere) {
			tell(info, status); // a redo from the Edit menu: no job reports it
		}
		return Status.OK_STATUS;
	}

	/** Shows warnings of an undo or redo run from the Edit menu (LinkJobs reports executions). */
	private void tell(IAdaptable info, IStatus status) {
		org.eclipse.swt.widgets.Shell shell = info == null ? null : info.getAdapter(org.eclipse.swt.widgets.Shell.class);
		if (shell != null && !shell.isDisposed() && !status.isOK()) {
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					org.eclipse.jface.dialogs.MessageDialog.openWarning(shell, getLabel(), LinkJobs.warningText(status));
				}
			});
		}
	}

	private interface Work {
		void run() throws LinkException;
	}

	private IStatus outcome = Status.OK_STATUS;

	private IStatus run(Work work) {
		outcome = runWork(work);
		return outcome;
	}

	private IStatus runWork(Work work) {
		warnings.clear();
		PathRule rule = rule();
		// waits for any job on the same trees (a job that holds this rule already may go on)
		Job.getJobManager().beginRule(rule, null);
		try {
			work.run();
			if (warnings.isEmpty()) {
				return Status.OK_STATUS;
			}
			MultiStatus status = new MultiStatus(LinkUi.PLUGIN_ID, 0, getLabel());
			for (String w : warnings) {
				status.add(Status.warning(w));
			}
			return status;
		} catch (LinkException e) {
			if (warnings.isEmpty()) {
				return e.getStatus();
			}
			MultiStatus status = new MultiStatus(LinkUi.PLUGIN_ID, 0, e.getMessage());
			status.add(e.getStatus());
			warnings.forEach(w -> status.add(Status.warning(w)));
			return status;
		} finally {
			Job.getJobManager().endRule(rule);
			if (!changed.isEmpty()) {
				LinkUi.changed(List.copyOf(changed));
			}
		}
	}
}
