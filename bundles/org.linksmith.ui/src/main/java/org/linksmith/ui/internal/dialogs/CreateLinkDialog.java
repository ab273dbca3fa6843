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
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

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
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.ui.internal.Messages;
import org.linksmith.ui.internal.operations.CreateLinksOperation;
import org.linksmith.ui.internal.preferences.LinkPreferences;

/**
 * Create Link: where, what name, to what, which kind. Validates as the user types (in a background
 * job, so typing never waits for the disk) and shows the exact result before OK.
 */
public final class CreateLinkDialog extends TitleAreaDialog {

	/** Widget data keys, for tests and accessibility. */
	public static final String KEY = "org.linksmith.ui.id"; //$NON-NLS-1$

	private final LinkService links;
	private final Path selected;
	private Text folder;
	private Text name;
	private Text target;
	private Button relative;
	private Label preview;
	private final Map<LinkType, Button> types = new EnumMap<>(LinkType.class);
	private CreateLinksOperation.Spec result;
	private LiveValidation<CreateLinkModel, Checked> validation;
	private CreateLinkModel.Validation last;

	/**
	 * @param parent the parent shell
	 * @param links the link service
	 * @param selected the selected element: proposed as target, the link goes beside it
	 */
	public CreateLinkDialog(Shell parent, LinkService links, Path selected) {
		super(parent);
		this.links = links;
		this.selected = selected.toAbsolutePath();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Create_Title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Create_Title);
		setMessage(Messages.Create_Intro);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);

		Path parentFolder = selected.getParent() == null ? selected : selected.getParent();
		folder = row(c, Messages.Create_FolderLabel, parentFolder.toString(), "folder"); //$NON-NLS-1$
		browse(c, true, folder);
		name = row(c, Messages.Create_NameLabel, NLS.bind(Messages.Create_DefaultName, selected.getFileName()), "name"); //$NON-NLS-1$
		new Label(c, SWT.NONE);
		target = row(c, Messages.Create_TargetLabel, selected.toString(), "target"); //$NON-NLS-1$
		browse(c, false, target);

		Group kind = new Group(c, SWT.NONE);
		kind.setText(Messages.Create_TypeLabel);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(kind);
		GridLayoutFactory.swtDefaults().applyTo(kind);
		// which types the folder's drive can hold is asked off the UI thread, with each validation
		radio(kind, LinkType.SYMBOLIC_FILE, Messages.Create_TypeSymbolic);
		radio(kind, LinkType.HARD, Messages.Create_TypeHard);
		radio(kind, LinkType.JUNCTION, Messages.Create_TypeJunction);
		types.get(LinkType.SYMBOLIC_FILE).setSelection(true);

		relative = new Button(c, SWT.CHECK);
		relative.setText(Messages.Create_Relative);
		relative.setData(KEY, "relative"); //$NON-NLS-1$
		relative.setSelection(LinkPreferences.store().getBoolean(LinkPreferences.RELATIVE_BY_DEFAULT));
		relative.addListener(SWT.Selection, e -> changed());
		GridDataFactory.fillDefaults().span(3, 1).applyTo(relative);

		preview = new Label(c, SWT.WRAP);
		preview.setData(KEY, "preview"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(preview);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		changed();
	}

	private Text row(Composite c, String label, String value, String id) {
		new Label(c, SWT.NONE).setText(label);
		Text text = new Text(c, SWT.BORDER);
		text.setText(value);
		text.setData(KEY, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> changed());
		return text;
	}

	private void browse(Composite c, boolean folders, Text into) {
		Button b = new Button(c, SWT.PUSH);
		b.setText(folders ? Messages.Create_BrowseFolder : Messages.Create_BrowseTarget);
		b.addListener(SWT.Selection, e -> {
			String chosen;
			if (folders || types.get(LinkType.JUNCTION).getSelection()) {
				DirectoryDialog d = new DirectoryDialog(getShell());
				d.setFilterPath(into.getText());
				chosen = d.open();
			} else {
				FileDialog d = new FileDialog(getShell(), SWT.OPEN);
				d.setFilterPath(into.getText());
				chosen = d.open();
			}
			if (chosen != null) {
				into.setText(chosen);
			}
		});
	}

	private void radio(Group group, LinkType type, String label) {
		Button b = new Button(group, SWT.RADIO);
		b.setText(label);
		b.setData(KEY, "type." + type.id()); //$NON-NLS-1$
		b.setData(LABEL, label);
		b.addListener(SWT.Selection, e -> changed());
		types.put(type, b);
	}

	private static final String LABEL = "org.linksmith.ui.label"; //$NON-NLS-1$

	/** Shows which types the folder's drive can hold: the others disabled, saying why. */
	private void showSupported(Set<LinkType> supported) {
		boolean changedLabels = false;
		for (Map.Entry<LinkType, Button> e : types.entrySet()) {
			Button b = e.getValue();
			String reason = CreateLinkModel.unavailableReason(e.getKey(), supported);
			String label = (String) b.getData(LABEL);
			String text = reason == null ? label : NLS.bind(Messages.Create_TypeUnavailableLabel, label, reason);
			if (!text.equals(b.getText())) {
				b.setText(text);
				changedLabels = true;
			}
			b.setEnabled(reason == null);
		}
		if (changedLabels) {
			types.values().iterator().next().getParent().requestLayout();
		}
	}

	/** @return the model as the user has filled it in */
	public CreateLinkModel model() {
		LinkType type = LinkType.SYMBOLIC_FILE;
		for (Map.Entry<LinkType, Button> e : types.entrySet()) {
			if (e.getValue().getSelection()) {
				type = e.getKey();
			}
		}
		return new CreateLinkModel(folder.getText().strip(), name.getText().strip(), target.getText().strip(), type,
				relative.getSelection());
	}

	/** A check's result: the types the folder's drive can hold, and the validation. */
	private record Checked(Set<LinkType> supported, CreateLinkModel.Validation validation) {
	}

	private Checked check(CreateLinkModel model) {
		Set<LinkType> supported;
		try {
			supported = links.supportedTypes(Path.of(model.folder().isBlank() ? "." : model.folder())); //$NON-NLS-1$
		} catch (java.nio.file.InvalidPathException e) {
			supported = Set.of(); // the validation says what is wrong with the folder
		}
		return new Checked(supported, model.validate(supported));
	}

	private void changed() {
		if (folder == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		relative.setEnabled(!types.get(LinkType.HARD).getSelection() && !types.get(LinkType.JUNCTION).getSelection());
		if (validation == null) {
			validation = new LiveValidation<>(getShell(), this::model, this::check, (m, c) -> {
				showSupported(c.supported());
				show(c.validation());
			});
		}
		validation.changed();
	}

	private void show(CreateLinkModel.Validation v) {
		last = v;
		LiveValidation.showMessage(this, v);
		preview.setText(v.preview());
		getButton(IDialogConstants.OK_ID).setEnabled(v.allowsOk());
	}

	/** @return the last validation shown, or {@code null} */
	public CreateLinkModel.Validation lastValidation() {
		return last;
	}

	@Override
	protected void okPressed() {
		result = model().toSpec();
		super.okPressed();
	}

	/** @return the link to create, after OK */
	public CreateLinksOperation.Spec result() {
		return result;
	}
}
