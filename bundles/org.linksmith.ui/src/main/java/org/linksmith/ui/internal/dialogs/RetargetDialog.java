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

import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.ui.internal.Messages;

/**
 * Retarget Link, in the Explorer and the IDE alike: the new target typed or chosen with Browse,
 * checked as the user types (in the background), with what will be stored and what it reaches
 * shown before OK, and a warning (the target does not exist) as the dialog's message in plain
 * words.
 */
public final class RetargetDialog extends TitleAreaDialog {

	private final LinkInfo info;
	private Text target;
	private Button relative;
	private Label preview;
	private LiveValidation<RetargetModel, CreateLinkModel.Validation> validation;
	private @Nullable RetargetModel result;
	private CreateLinkModel.@Nullable Validation last;

	/**
	 * @param parent the parent shell
	 * @param info the link, as read
	 */
	public RetargetDialog(Shell parent, LinkInfo info) {
		super(parent);
		this.info = info;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Retarget_Title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Path now = info.target();
		setTitle(Messages.Retarget_Title);
		setMessage(NLS.bind(Messages.Retarget_Message, info.path().getFileName(), now == null ? "" : now)); //$NON-NLS-1$
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(c);

		new Label(c, SWT.NONE).setText(Messages.Retarget_LinkLabel);
		Label link = new Label(c, SWT.NONE);
		link.setText(info.path().toString());
		GridDataFactory.fillDefaults().span(3, 1).applyTo(link);

		new Label(c, SWT.NONE).setText(Messages.Retarget_TargetLabel);
		target = new Text(c, SWT.BORDER);
		target.setData(CreateLinkDialog.KEY, "target"); //$NON-NLS-1$
		target.setText(now == null ? "" : now.toString()); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(target);
		target.addListener(SWT.Modify, e -> changed());
		browse(c, false);
		browse(c, true);

		relative = new Button(c, SWT.CHECK);
		relative.setText(Messages.Create_Relative);
		relative.setData(CreateLinkDialog.KEY, "relative"); //$NON-NLS-1$
		relative.setSelection(now != null && !now.isAbsolute());
		relative.setEnabled(info.type() != LinkType.JUNCTION);
		relative.addListener(SWT.Selection, e -> changed());
		GridDataFactory.fillDefaults().span(4, 1).applyTo(relative);

		preview = new Label(c, SWT.WRAP);
		preview.setData(CreateLinkDialog.KEY, "preview"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(preview);
		return area;
	}

	private void browse(Composite c, boolean folders) {
		Button b = new Button(c, SWT.PUSH);
		b.setText(folders ? Messages.Retarget_BrowseFolder : Messages.Retarget_BrowseFile);
		b.addListener(SWT.Selection, e -> {
			// starts where the link now points (or beside the link), never on a "Recent" list
			Path start = startFolder();
			String chosen;
			if (folders || info.type() == LinkType.JUNCTION) {
				DirectoryDialog d = new DirectoryDialog(getShell());
				d.setFilterPath(start.toString());
				chosen = d.open();
			} else {
				FileDialog d = new FileDialog(getShell(), SWT.OPEN);
				d.setFilterPath(start.toString());
				chosen = d.open();
			}
			if (chosen != null && !target.isDisposed()) {
				target.setText(chosen);
			}
		});
	}

	private Path startFolder() {
		Path dir = info.path().toAbsolutePath().getParent();
		try {
			Path effective = model().effective();
			Path up = effective.getParent();
			return up != null ? up : dir == null ? effective : dir;
		} catch (java.nio.file.InvalidPathException e) {
			return dir == null ? info.path() : dir;
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validation = new LiveValidation<>(getShell(), this::model, m -> m.validate(org.linksmith.ui.internal.LinkUi.links()),
				this::show);
		changed();
	}

	/** @return what the dialog holds now */
	public RetargetModel model() {
		return new RetargetModel(info.path(), info.target(), target.getText(), relative.getSelection(),
				info.type() == LinkType.JUNCTION);
	}

	private void changed() {
		if (validation != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(false);
			validation.changed();
		}
	}

	private void show(RetargetModel model, CreateLinkModel.Validation v) {
		last = v;
		LiveValidation.showMessage(this, v);
		preview.setText(v.preview());
		preview.requestLayout();
		getButton(IDialogConstants.OK_ID).setEnabled(v.allowsOk());
	}

	/** @return the last check shown, or {@code null} */
	public CreateLinkModel.@Nullable Validation lastValidation() {
		return last;
	}

	@Override
	protected void okPressed() {
		result = model();
		super.okPressed();
	}

	/** @return what to retarget to, after OK */
	public @Nullable RetargetModel result() {
		return result;
	}
}
