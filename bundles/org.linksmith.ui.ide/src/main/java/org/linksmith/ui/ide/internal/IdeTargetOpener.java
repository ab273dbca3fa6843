/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.ide.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.linksmith.ui.LinkTargetOpener;
import org.osgi.service.component.annotations.Component;

/**
 * Opens link targets in the IDE: files in an editor, folders in the workspace revealed in the
 * Project Explorer. A Declarative Services component.
 */
@Component(service = LinkTargetOpener.class)
@NonNullByDefault
public final class IdeTargetOpener implements LinkTargetOpener {

	static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer"; //$NON-NLS-1$

	@Override
	public boolean open(Path target, boolean folder) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return false;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			if (folder) {
				IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot()
						.findContainersForLocationURI(target.toUri());
				if (containers.length == 0) {
					return false;
				}
				return reveal(page, containers[0]);
			}
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri());
			if (files.length > 0) {
				IDE.openEditor(page, files[0]);
			} else {
				IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(target.toUri()));
			}
			return true;
		} catch (PartInitException e) {
			return false;
		}
	}

	static boolean reveal(IWorkbenchPage page, IResource resource) throws PartInitException {
		if (page.showView(PROJECT_EXPLORER) instanceof CommonNavigator navigator) {
			navigator.selectReveal(new StructuredSelection(resource));
			return true;
		}
		return false;
	}
}
