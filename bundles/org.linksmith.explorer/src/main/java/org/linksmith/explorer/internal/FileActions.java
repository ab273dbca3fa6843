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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.linksmith.ui.internal.LinkUi;
import org.linksmith.ui.internal.operations.LinkJobs;
import org.linksmith.ui.internal.operations.PathRule;

/**
 * The file-manager actions of the Explorer's views: open, new folder, rename, delete (links as
 * links; files to the trash), and drag and drop (move; copy with Ctrl; link with Ctrl+Shift). Paste
 * and drop copy and move with Smart Copy and Smart Move unless the preference says otherwise.
 * Questions are asked on the UI thread, the work runs in jobs.
 */
final class FileActions {

	private FileActions() {
	}

	/**
	 * Gives a view's viewer the context menu every Explorer view has: its own items first, then the
	 * contributions (the Links menu) and Properties.
	 */
	static void contextMenu(org.eclipse.ui.IWorkbenchPartSite site, StructuredViewer viewer,
			java.util.function.Consumer<org.eclipse.jface.action.IMenuManager> own) {
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			own.accept(m);
			m.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
			m.add(new org.eclipse.jface.action.Separator());
			m.add(new org.eclipse.ui.dialogs.PropertyDialogAction(site, viewer));
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		site.registerContextMenu(menu, viewer);
		site.setSelectionProvider(viewer);
	}

	static List<Path> paths(IStructuredSelection selection) {
		return LinkUi.pathsOf(selection);
	}

	static final IInputValidator NAME = text -> text.isBlank() ? Messages.Dialog_NameEmpty
			: text.contains("/") || text.contains("\\") ? Messages.Dialog_NameSlash : null; //$NON-NLS-1$ //$NON-NLS-2$

	static void newFolder(Shell shell, Path parent) {
		InputDialog dialog = new InputDialog(shell, Messages.Dialog_NewFolderTitle,
				NLS.bind(Messages.Dialog_NewFolderMessage, parent), "", NAME); //$NON-NLS-1$
		if (dialog.open() == Window.OK) {
			LinkJobs.execute(shell, new NewFolderOperation(parent, dialog.getValue().strip()), null);
		}
	}

	/**
	 * Renames an item (undoable), after checking the name typed; a bad name is explained.
	 */
	static void rename(Shell shell, Path path, String name) {
		String problem = NAME.isValid(name);
		if (problem != null) {
			MessageDialog.openError(shell, Messages.Dialog_RenameTitle, problem);
		} else {
			LinkJobs.execute(shell, new RenameOperation(path, name), null);
		}
	}

	/**
	 * Delete: confirms, naming the items, then moves them to the trash (links are removed as
	 * links); undoable. {@code permanently} (Shift+Delete), or a system without a trash, deletes
	 * for good, and the question says that this cannot be undone.
	 */
	static void delete(Shell shell, List<Path> paths, int links, boolean permanently) {
		if (paths.isEmpty()) {
			return;
		}
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < paths.size() && i < 10; i++) {
			names.append(paths.get(i).getFileName()).append('\n');
		}
		if (paths.size() > 10) {
			names.append(java.text.MessageFormat.format(Messages.Dialog_DeleteMore, Integer.valueOf(paths.size() - 10))).append('\n');
		}
		if (links > 0) {
			// said only when links are among them, and in the words of how many
			names.append('\n').append(paths.size() == 1 ? Messages.Dialog_DeleteOneLink
					: java.text.MessageFormat.format(Messages.Dialog_DeleteLinks, Integer.valueOf(links)));
		}
		boolean trash = !permanently && FileOperations.hasTrash();
		String question = java.text.MessageFormat.format(trash ? Messages.Dialog_DeleteTrash : Messages.Dialog_DeletePermanent,
				Integer.valueOf(paths.size()), names);
		if (MessageDialog.openConfirm(shell, Messages.Dialog_DeleteTitle, question)) {
			LinkJobs.execute(shell, new DeleteOperation(paths, !trash), null);
		}
	}

	/**
	 * Pastes the files on the clipboard into a folder: copied (or moved, when they were cut), or
	 * as symbolic links to them (undoable, as every link Linksmith makes).
	 *
	 * @param shell the shell
	 * @param folder where they go
	 * @param asLinks the kind of links to make to them instead ({@code null}: paste the files)
	 */
	static void paste(Shell shell, Path folder, org.linksmith.core.LinkType asLinks) {
		ExplorerClipboard.Files files = ExplorerClipboard.get(shell.getDisplay());
		if (files == null || folder == null) {
			return;
		}
		if (asLinks != null) {
			LinkJobs.run(shell, Messages.Job_Files, PathRule.of(folder), monitor -> {
				List<org.linksmith.ui.internal.operations.CreateLinksOperation.Spec> specs = new ArrayList<>();
				for (Path source : files.paths()) {
					specs.add(new org.linksmith.ui.internal.operations.CreateLinksOperation.Spec(
							FileOperations.freeName(folder, source.getFileName(), Messages.Files_LinkSuffix),
							source.toAbsolutePath(), asLinks,
							asLinks == org.linksmith.core.LinkType.HARD ? org.linksmith.core.TargetStyle.AS_GIVEN
									: org.linksmith.core.TargetStyle.ABSOLUTE));
				}
				shell.getDisplay().asyncExec(() -> LinkJobs.execute(shell,
						new org.linksmith.ui.internal.operations.CreateLinksOperation(LinkUi.links(), specs), null));
				return Status.OK_STATUS;
			}, null);
			return;
		}
		LinkJobs.execute(shell, new TransferOperation(files.paths(), folder,
				files.cut() ? FileOperations.DropKind.MOVE : FileOperations.DropKind.COPY, true, ExplorerSettings.smart()), status -> {
					if (files.cut() && !status.matches(org.eclipse.core.runtime.IStatus.ERROR)) {
						ExplorerClipboard.clear(shell.getDisplay());
					}
				});
	}

	/**
	 * True Size: measures the items in a job (with progress; Cancel stops it), then shows their
	 * size, each hard-linked file once, with what they hold; for several, their total.
	 *
	 * @param shell the shell
	 * @param paths the items
	 */
	static void size(Shell shell, List<Path> paths) {
		if (paths.isEmpty()) {
			return;
		}
		List<Path> items = List.copyOf(paths);
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(Messages.Job_Size, monitor -> {
			List<org.linksmith.core.TreeSize> sizes;
			try {
				sizes = LinkUi.files().size(items, monitor);
			} catch (org.linksmith.core.LinkException e) {
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed()) {
						MessageDialog.openError(shell, Messages.Dialog_SizeTitle, e.getMessage());
					}
				});
				return Status.OK_STATUS;
			} catch (org.eclipse.core.runtime.OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			String text = sizeText(items, sizes.get(sizes.size() - 1));
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					MessageDialog.openInformation(shell, Messages.Dialog_SizeTitle, text);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true); // a progress dialog when it takes long, which may go to the background
		job.schedule();
	}

	/** @return what the Size dialog says: what was measured, then the size in lines */
	static String sizeText(List<Path> items, org.linksmith.core.TreeSize size) {
		StringBuilder text = new StringBuilder(items.size() == 1 ? String.valueOf(items.get(0))
				: java.text.MessageFormat.format(Messages.Dialog_SizeMany, Integer.valueOf(items.size()), size.path()));
		text.append("\n"); //$NON-NLS-1$
		for (org.linksmith.ui.internal.TreeSizeText.Row row : org.linksmith.ui.internal.TreeSizeText.rows(size)) {
			text.append('\n').append(row.label()).append(' ').append(row.value());
		}
		return text.toString();
	}

	/** Lets the viewer's items be dragged as files. */
	static void dragSource(StructuredViewer viewer) {
		viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK, new Transfer[] { FileTransfer.getInstance() },
				new DragSourceAdapter() {
					@Override
					public void dragStart(DragSourceEvent event) {
						event.doit = !((IStructuredSelection) viewer.getSelection()).isEmpty();
					}

					@Override
					public void dragSetData(DragSourceEvent event) {
						List<String> files = new ArrayList<>();
						for (Path p : paths((IStructuredSelection) viewer.getSelection())) {
							files.add(p.toAbsolutePath().toString());
						}
						event.data = files.toArray(String[]::new);
					}
				});
	}

	/** Where a drop on a viewer goes: the folder under the pointer, else {@code fallback}. */
	interface DropFolder {
		Path at(Widget item);
	}

	static void dropTarget(Shell shell, StructuredViewer viewer, DropFolder folder) {
		viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT,
				new Transfer[] { FileTransfer.getInstance() }, new DropTargetAdapter() {
					@Override
					public void dragEnter(DropTargetEvent event) {
						if (event.detail == DND.DROP_DEFAULT) {
							event.detail = DND.DROP_MOVE;
						}
					}

					@Override
					public void drop(DropTargetEvent event) {
						Path target = folder.at(event.item);
						if (!(event.data instanceof String[] files) || target == null) {
							event.detail = DND.DROP_NONE;
							return;
						}
						List<Path> sources = new ArrayList<>();
						for (String f : files) {
							sources.add(Path.of(f));
						}
						LinkJobs.execute(shell,
								new TransferOperation(sources, target, FileOperations.dropKind(event.detail), false,
										ExplorerSettings.smart()), null);
					}
				});
	}
}
