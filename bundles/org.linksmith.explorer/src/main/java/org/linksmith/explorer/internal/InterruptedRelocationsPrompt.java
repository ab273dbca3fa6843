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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.linksmith.core.InterruptedRelocation;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkService;
import org.linksmith.ui.internal.LinkUi;

/**
 * At start, asks about each relocation that was interrupted (Linksmith killed, the power lost):
 * the state on disk in plain words and the choices that state allows (Finish, Undo, or Forget for
 * paths changed by hand), or Later. The journal is read and every action runs in a job, never on
 * the UI thread.
 */
public final class InterruptedRelocationsPrompt {

	/** The family of the jobs that look and act, for tests to join. */
	public static final Object FAMILY = new Object();

	private enum Choice {
		FINISH, UNDO, FORGET, LATER
	}

	private InterruptedRelocationsPrompt() {
	}

	/**
	 * Looks for interrupted relocations in the background and asks about each one found.
	 *
	 * @param shell the window to ask in
	 */
	public static void check(Shell shell) {
		Display display = shell.getDisplay();
		Job look = new Work(Messages.Recovery_Looking, monitor -> {
			List<InterruptedRelocation> found = LinkUi.links().interruptedRelocations();
			if (!found.isEmpty()) {
				display.asyncExec(() -> ask(shell, found));
			}
		});
		look.setSystem(true);
		look.schedule();
	}

	/** A job of this prompt's family. */
	private static final class Work extends Job {
		private final java.util.function.Consumer<IProgressMonitor> body;

		Work(String name, java.util.function.Consumer<IProgressMonitor> body) {
			super(name);
			this.body = body;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			body.accept(monitor);
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}

	private static void ask(Shell shell, List<InterruptedRelocation> found) {
		for (InterruptedRelocation r : found) {
			if (shell.isDisposed()) {
				return;
			}
			List<Choice> choices = new ArrayList<>();
			List<String> labels = new ArrayList<>();
			if (r.state().canFinish()) {
				choices.add(Choice.FINISH);
				labels.add(Messages.Recovery_Finish);
			}
			if (r.state().canUndo()) {
				choices.add(Choice.UNDO);
				labels.add(Messages.Recovery_Undo);
			}
			if (!r.state().canFinish() && !r.state().canUndo()) {
				choices.add(Choice.FORGET);
				labels.add(Messages.Recovery_Forget);
			}
			choices.add(Choice.LATER);
			labels.add(Messages.Recovery_Later);
			MessageDialog dialog = new MessageDialog(shell, Messages.Recovery_Title, null, r.description(),
					MessageDialog.WARNING, choices.size() - 1, labels.toArray(String[]::new));
			int answer = dialog.open();
			Choice choice = answer >= 0 && answer < choices.size() ? choices.get(answer) : Choice.LATER;
			if (choice != Choice.LATER) {
				act(shell, r, choice);
			}
		}
	}

	private static void act(Shell shell, InterruptedRelocation r, Choice choice) {
		Job job = new Work(NLS.bind(Messages.Recovery_Working, r.folder()), monitor -> {
			LinkService links = LinkUi.links();
			try {
				switch (choice) {
					case FINISH -> links.finishRelocation(r);
					case UNDO -> links.undoRelocation(r);
					case FORGET -> links.forgetRelocation(r);
					default -> {
						// nothing
					}
				}
			} catch (LinkException e) {
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed()) {
						MessageDialog.openError(shell, Messages.Recovery_Title, e.getMessage());
					}
				});
			}
		});
		job.setUser(true);
		job.schedule();
	}
}
