/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.dialogs;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Shell;
import org.linksmith.ui.internal.Messages;

/**
 * Validation as the user types, for the link dialogs: each change cancels the check before it and
 * schedules a new one in a background job (it reads the disk, so typing never waits), and only
 * the result for what the dialog holds now is shown.
 *
 * @param <M> what the dialog holds (a record: compared with {@code equals})
 * @param <R> the result of a check
 */
final class LiveValidation<M, R> {

	private final Shell shell;
	private final Supplier<M> model;
	private final Function<M, R> check;
	private final BiConsumer<M, R> show;
	private Job job;

	/**
	 * @param shell the dialog's shell
	 * @param model reads what the dialog holds (on the UI thread)
	 * @param check the check (in the background)
	 * @param show shows a result (on the UI thread, only while the dialog still holds its model)
	 */
	LiveValidation(Shell shell, Supplier<M> model, Function<M, R> check, BiConsumer<M, R> show) {
		this.shell = shell;
		this.model = model;
		this.check = check;
		this.show = show;
	}

	/** Checks what the dialog holds now, after a short pause for more typing. */
	void changed() {
		M m = model.get();
		if (job != null) {
			job.cancel();
		}
		job = Job.create(Messages.Create_Validating, (IProgressMonitor monitor) -> {
			R result = check.apply(m);
			if (!monitor.isCanceled() && !shell.isDisposed()) {
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed() && m.equals(model.get())) {
						show.accept(m, result);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule(150);
	}

	/**
	 * Shows a validation as a title-area dialog's message: an error in red, a warning with its
	 * sign, in plain words.
	 */
	static void showMessage(TitleAreaDialog dialog, CreateLinkModel.Validation v) {
		int type = switch (v.severity()) {
			case IStatus.ERROR -> IMessageProvider.ERROR;
			case IStatus.WARNING -> IMessageProvider.WARNING;
			default -> IMessageProvider.INFORMATION;
		};
		if (type == IMessageProvider.ERROR) {
			dialog.setErrorMessage(v.message());
		} else {
			dialog.setErrorMessage(null);
			dialog.setMessage(v.message(), type);
		}
	}
}
