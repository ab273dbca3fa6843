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
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RegistryToggleState;

/**
 * The handler of the Contents view's commands, one instance per command in {@code plugin.xml}
 * ({@code class="...ContentsHandler:back"}): active while the view is, enabled when its action can
 * run. Copy, Cut and Paste act on the text of a focused text field (the address bar, a name
 * edited in place). (In the address bar Delete edits the text: the workbench gives that key to a text field
 * first; Backspace and Alt+arrows are bound only while the table has the focus.)
 */
public final class ContentsHandler extends AbstractHandler implements IExecutableExtension {

	/** Opens the selection. */
	static final String OPEN = "org.linksmith.explorer.open"; //$NON-NLS-1$
	/** Makes a folder in the folder shown. */
	static final String NEW_FOLDER = "org.linksmith.explorer.newFolder"; //$NON-NLS-1$
	/** Deletes the selection without the trash (Shift+Delete). */
	static final String DELETE_PERMANENTLY = "org.linksmith.explorer.deletePermanently"; //$NON-NLS-1$
	/** Measures the selection's true size. */
	static final String SIZE = "org.linksmith.explorer.size"; //$NON-NLS-1$
	/** Pastes the files on the clipboard as links to them. */
	static final String PASTE_LINK = "org.linksmith.explorer.pasteAsLink"; //$NON-NLS-1$
	/** Pastes the files on the clipboard as hard links to them. */
	static final String PASTE_HARD_LINK = "org.linksmith.explorer.pasteAsHardLink"; //$NON-NLS-1$
	/** Pastes the folders on the clipboard as junctions to them (Windows). */
	static final String PASTE_JUNCTION = "org.linksmith.explorer.pasteAsJunction"; //$NON-NLS-1$

	private String action = ""; //$NON-NLS-1$

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		action = data instanceof String s ? s : ""; //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ContentsView view = view(HandlerUtil.getActivePart(event));
		if (view == null) {
			return null;
		}
		Shell shell = view.getSite().getShell();
		List<Path> selected = view.selectedPaths();
		switch (action) {
			case "back" -> view.goBack(); //$NON-NLS-1$
			case "forward" -> view.goForward(); //$NON-NLS-1$
			case "up" -> view.goUp(); //$NON-NLS-1$
			case "refresh" -> view.reload(); //$NON-NLS-1$
			case "open" -> view.openSelection(); //$NON-NLS-1$
			case "newFolder" -> FileActions.newFolder(shell, view.folder()); //$NON-NLS-1$
			case "rename" -> view.renameInPlace(selected.get(0)); //$NON-NLS-1$
			case "delete" -> FileActions.delete(shell, selected, view.selectedLinks(), false); //$NON-NLS-1$
			case "deletePermanently" -> FileActions.delete(shell, selected, view.selectedLinks(), true); //$NON-NLS-1$
			case "copy" -> { //$NON-NLS-1$
				if (!AddressBar.edit(action, shell.getDisplay().getFocusControl())) {
					ExplorerClipboard.put(shell.getDisplay(), selected, false);
				}
			}
			case "cut" -> { //$NON-NLS-1$
				if (!AddressBar.edit(action, shell.getDisplay().getFocusControl())) {
					ExplorerClipboard.put(shell.getDisplay(), selected, true);
				}
			}
			case "paste" -> { //$NON-NLS-1$
				if (!AddressBar.edit(action, shell.getDisplay().getFocusControl())) {
					FileActions.paste(shell, view.folder(), null);
				}
			}
			case "pasteLink" -> FileActions.paste(shell, view.folder(), org.linksmith.core.LinkType.SYMBOLIC_FILE); //$NON-NLS-1$
			case "pasteHardLink" -> FileActions.paste(shell, view.folder(), org.linksmith.core.LinkType.HARD); //$NON-NLS-1$
			case "pasteJunction" -> FileActions.paste(shell, view.folder(), org.linksmith.core.LinkType.JUNCTION); //$NON-NLS-1$
			case "size" -> FileActions.size(shell, selected); //$NON-NLS-1$
			case "showHidden" -> { //$NON-NLS-1$
				boolean show = !view.showsHidden();
				view.setShowHidden(show);
				showHiddenState(view.getSite(), show);
			}
			default -> throw new ExecutionException("unknown action " + action); //$NON-NLS-1$
		}
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		// the state is read live in isEnabled(): menus made on the fly ask the command, not a context
	}

	@Override
	public boolean isEnabled() {
		IWorkbenchWindow window = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				: null;
		ContentsView view = window == null ? null : view(window.getPartService().getActivePart());
		return view != null && canRun(view);
	}

	private boolean canRun(ContentsView view) {
		return switch (action) {
			case "back" -> view.canGoBack(); //$NON-NLS-1$
			case "forward" -> view.canGoForward(); //$NON-NLS-1$
			case "up" -> view.canGoUp(); //$NON-NLS-1$
			case "open" -> !view.selectedPaths().isEmpty(); //$NON-NLS-1$
			case "newFolder", "refresh", "showHidden", "paste", "pasteLink", "pasteHardLink", "pasteJunction" -> view.folder() != null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			case "copy", "cut" -> true; // the selection's files, or the address bar's text //$NON-NLS-1$ //$NON-NLS-2$
			case "rename" -> view.selectedPaths().size() == 1; //$NON-NLS-1$
			case "delete", "deletePermanently", "size" -> !view.selectedPaths().isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			default -> false;
		};
	}

	private static ContentsView view(IWorkbenchPart part) {
		return part instanceof ContentsView v ? v : null;
	}

	/**
	 * Shows in the menu whether hidden files are shown (the check mark of Show Hidden Files).
	 *
	 * @param site a site of the window
	 * @param shown whether they are
	 */
	static void showHiddenState(org.eclipse.ui.IWorkbenchPartSite site, boolean shown) {
		org.eclipse.ui.commands.ICommandService commands = site.getService(org.eclipse.ui.commands.ICommandService.class);
		org.eclipse.core.commands.State state = commands == null ? null
				: commands.getCommand("org.linksmith.explorer.showHidden").getState(RegistryToggleState.STATE_ID); //$NON-NLS-1$
		if (state != null) {
			state.setValue(Boolean.valueOf(shown));
		}
	}
}
