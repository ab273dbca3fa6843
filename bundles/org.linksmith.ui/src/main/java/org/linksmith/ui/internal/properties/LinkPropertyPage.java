/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.properties;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.SiblingScope;
import org.linksmith.ui.internal.LinkUi;
import org.linksmith.ui.internal.Messages;
import org.linksmith.ui.internal.operations.LinkActions;
import org.linksmith.ui.internal.operations.LinkJobs;
import org.linksmith.ui.internal.operations.RetargetOperation;

/**
 * The Link property page: type, target (editable for symbolic links and junctions: Apply
 * retargets atomically), resolved target, chain, state, hard-link count and other names; for a
 * folder also its true size (each hard-linked file once, links never followed), measured in a job
 * that closing the page cancels. Everything is read in background jobs; the page shows
 * "Reading..." and "Measuring..." meanwhile.
 */
public final class LinkPropertyPage extends PropertyPage {

	/** Widget data key for tests. */
	public static final String KEY = "org.linksmith.ui.id"; //$NON-NLS-1$

	private Composite rows;
	/** The size lines shown (in the rows' grid, after the link's), and their widgets. */
	private List<org.linksmith.ui.internal.TreeSizeText.Row> sizeShown = List.of();
	private final List<Control> sizeControls = new java.util.ArrayList<>();
	private Job sizeJob;
	private Text target;
	private Label targetLabel;
	private Label siblingsLabel;
	private org.eclipse.swt.widgets.List siblings;
	private Button open;
	private LinkPropertyModel model;
	private Path path;

	@Override
	protected Control createContents(Composite parent) {
		noDefaultButton();
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
		rows = new Composite(c, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(rows);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(rows);
		Label reading = new Label(rows, SWT.NONE);
		reading.setText(Messages.Page_Reading);

		targetLabel = new Label(c, SWT.NONE);
		targetLabel.setText(Messages.Page_Target);
		target = new Text(c, SWT.BORDER);
		target.setData(KEY, "target"); //$NON-NLS-1$
		target.setEnabled(false);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(target);

		// under the "Other names" row of the rows above, which says how many and where
		siblingsLabel = new Label(c, SWT.NONE);
		siblings = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		siblings.setData(KEY, "siblings"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 60).applyTo(siblings);

		new Label(c, SWT.NONE);
		open = new Button(c, SWT.PUSH);
		open.setText(Messages.Page_OpenTarget);
		open.setData(KEY, "open"); //$NON-NLS-1$
		open.setEnabled(false);
		open.addListener(SWT.Selection, e -> LinkActions.openTargets(getShell(), List.of(path)));

		path = LinkUi.pathOf(getElement());
		if (path != null) {
			load();
		}
		return c;
	}

	private void load() {
		SiblingScope scope = Adapters.adapt(getElement(), SiblingScope.class);
		Path root = scope != null ? scope.root() : path.toAbsolutePath().getParent();
		Job job = Job.create(Messages.Job_Inspect, monitor -> {
			LinkPropertyModel m;
			try {
				LinkInfo info = LinkUi.links().inspect(path);
				List<Path> names = info.links() > 1 && root != null ? LinkUi.links().hardLinkSiblings(path, root, monitor)
						: List.of();
				m = LinkPropertyModel.of(info, names, root);
			} catch (LinkException e) {
				m = new LinkPropertyModel(List.of(new LinkPropertyModel.Row(Messages.Page_Error, e.getMessage())), null,
						List.of());
			}
			LinkPropertyModel result = m;
			boolean folder = java.nio.file.Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
			if (!rows.isDisposed()) {
				rows.getDisplay().asyncExec(() -> {
					show(result);
					if (folder && sizeJob == null) {
						measure();
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(LinkPropertyModel m) {
		if (rows.isDisposed()) {
			return;
		}
		model = m;
		for (Control child : rows.getChildren()) {
			child.dispose();
		}
		for (LinkPropertyModel.Row row : m.rows()) {
			new Label(rows, SWT.NONE).setText(row.label());
			Text value = new Text(rows, SWT.READ_ONLY | SWT.WRAP);
			value.setText(row.value());
			value.setData(KEY, "row:" + row.label()); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(value);
		}
		sizeControls.clear(); // disposed with the rows above
		addSizeRows();
		boolean editable = m.editableTarget() != null;
		target.setText(editable ? m.editableTarget() : ""); //$NON-NLS-1$
		target.setEnabled(editable);
		// a file or hard link has no target to edit: no Target field, nothing to apply
		show(editable, targetLabel, target);
		if (getApplyButton() != null) {
			getApplyButton().setEnabled(editable);
		}
		open.setEnabled(editable);
		siblings.removeAll();
		m.siblings().forEach(p -> siblings.add(p.toString()));
		show(!m.siblings().isEmpty(), siblingsLabel, siblings);
		rows.getParent().layout(true, true);
	}

	/** Measures a folder's true size in a job (cancelled when the page closes), then shows it. */
	private void measure() {
		showSize(List.of(new org.linksmith.ui.internal.TreeSizeText.Row(Messages.Size_Size, Messages.Size_Measuring)));
		sizeJob = Job.create(Messages.Job_Size, monitor -> {
			List<org.linksmith.ui.internal.TreeSizeText.Row> shown;
			try {
				shown = org.linksmith.ui.internal.TreeSizeText.rows(LinkUi.files().size(path, monitor));
			} catch (LinkException e) {
				shown = List.of(new org.linksmith.ui.internal.TreeSizeText.Row(Messages.Size_Size, e.getMessage()));
			} catch (org.eclipse.core.runtime.OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			List<org.linksmith.ui.internal.TreeSizeText.Row> result = shown;
			if (!rows.isDisposed()) {
				rows.getDisplay().asyncExec(() -> showSize(result));
			}
			return Status.OK_STATUS;
		});
		sizeJob.schedule();
	}

	private void showSize(List<org.linksmith.ui.internal.TreeSizeText.Row> shown) {
		if (rows.isDisposed()) {
			return;
		}
		sizeShown = List.copyOf(shown);
		addSizeRows();
		rows.getParent().layout(true, true);
	}

	/** Puts the size lines after the link's, in the same grid (so that their values line up). */
	private void addSizeRows() {
		sizeControls.forEach(Control::dispose);
		sizeControls.clear();
		for (org.linksmith.ui.internal.TreeSizeText.Row row : sizeShown) {
			Label label = new Label(rows, SWT.NONE);
			label.setText(row.label());
			Text value = new Text(rows, SWT.READ_ONLY | SWT.WRAP);
			value.setText(row.value());
			value.setData(KEY, "row:" + row.label()); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(value);
			sizeControls.add(label);
			sizeControls.add(value);
		}
	}

	@Override
	public void dispose() {
		Job job = sizeJob;
		if (job != null) {
			job.cancel(); // a long measurement stops when the page closes
		}
		super.dispose();
	}

	private static void show(boolean visible, Control... controls) {
		for (Control c : controls) {
			c.setVisible(visible);
			if (c.getLayoutData() instanceof org.eclipse.swt.layout.GridData data) {
				data.exclude = !visible;
			} else {
				org.eclipse.swt.layout.GridData data = new org.eclipse.swt.layout.GridData();
				data.exclude = !visible;
				c.setLayoutData(data);
			}
		}
	}

	/** @return what the page shows, once read (for tests) */
	public LinkPropertyModel model() {
		return model;
	}

	@Override
	public boolean performOk() {
		if (model != null && model.editableTarget() != null) {
			String typed = target.getText().strip();
			if (typed.isEmpty()) {
				setErrorMessage(Messages.Retarget_Empty);
				return false;
			}
			if (!typed.equals(model.editableTarget())) {
				LinkJobs.execute(getShell(), new RetargetOperation(LinkUi.links(), path, Path.of(typed), TargetStyle.AS_GIVEN),
						status -> {
							if (status.getSeverity() < IStatus.ERROR && !rows.isDisposed()) {
								load();
							}
						});
			}
		}
		return true;
	}
}
