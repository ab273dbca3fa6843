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

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.linksmith.ui.internal.AsyncChildren;

/**
 * The folder tree: the home folder and the file system root, expanded lazily (each folder listed in
 * a background job, and only when the user opens it, so a link that leads back up never runs in
 * circles); hidden folders while the Contents view shows hidden files. Links to folders are
 * shown decorated and open like folders, as in Nautilus and
 * Dolphin. Selecting a folder shows it in the Contents view; the tree follows the folder shown
 * there, opening down to it.
 */
public final class FoldersView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.linksmith.explorer.folders"; //$NON-NLS-1$
	/** The family of the listing jobs (tests wait for it). */
	public static final Object FAMILY = FoldersView.class;

	private TreeViewer viewer;
	private Path revealing;
	private Runnable unfollow = () -> {
	};
	private Runnable stopListening = () -> {
	};
	/** Whether hidden folders are shown: as the Contents view shows hidden files or not. */
	private volatile boolean showHidden;
	private final AsyncChildren<Path, Path> children = new AsyncChildren<>(Messages.Job_Listing, FAMILY,
			folder -> subfolders(folder, this.showHidden));

	@Override
	public void createPartControl(Composite parent) {
		ExplorerUndo.install(getViewSite());
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				List<Path> roots = new ArrayList<>();
				roots.add(Path.of(System.getProperty("user.home"))); //$NON-NLS-1$
				for (Path root : java.nio.file.FileSystems.getDefault().getRootDirectories()) {
					roots.add(root);
				}
				return roots.toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return children.get((Path) parentElement).toArray();
			}

			@Override
			public Object getParent(Object element) {
				return ((Path) element).getParent();
			}

			@Override
			public boolean hasChildren(Object element) {
				List<Path> known = children.known((Path) element);
				return known == null || !known.isEmpty();
			}
		});
		viewer.setLabelProvider(new DecoratingLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Path p = (Path) element;
				return p.getFileName() == null ? p.toString() : p.getFileName().toString();
			}

			@Override
			public Image getImage(Object element) {
				return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
			}
		}, PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator()));
		children.setViewer(viewer);
		children.setOpenWhenListed(true);
		viewer.setInput(this);
		// GTK selects the first row when the tree gets focus: follow only what the user picks
		boolean[] touched = new boolean[1];
		viewer.getTree().addListener(SWT.MouseDown, e -> touched[0] = true);
		viewer.getTree().addListener(SWT.KeyDown, e -> touched[0] = true);
		viewer.addSelectionChangedListener(e -> {
			if (touched[0] && e.getStructuredSelection().getFirstElement() instanceof Path p) {
				ContentsView contents = (ContentsView) getSite().getPage().findView(ContentsView.ID);
				if (contents != null && !p.equals(contents.folder())) {
					contents.open(p);
				}
			}
		});
		FileActions.contextMenu(getSite(), viewer, m -> {
			// only the shared items here
		});
		follow();
		FileActions.dropTarget(getSite().getShell(), viewer,
				item -> item != null && item.getData() instanceof Path p ? p : null);
	}

	/** The sub-folders of a folder (through a link to one), hidden ones only when asked for. */
	static List<Path> subfolders(Path folder, boolean hidden) {
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, Files::isDirectory)) {
			for (Path p : s) {
				if (hidden || !p.getFileName().toString().startsWith(".")) { //$NON-NLS-1$
					found.add(p);
				}
			}
		} catch (IOException | RuntimeException e) {
			// unreadable: shown without children
		}
		found.sort(null);
		return found;
	}

	/**
	 * Opens the tree down to a folder and selects it (the folders on the way are listed in a
	 * background job first); a folder the tree does not show (hidden, or under no root) leaves
	 * nothing selected.
	 *
	 * @param folder the folder shown in the Contents view
	 */
	void reveal(Path folder) {
		revealing = folder;
		Job job = Job.create(Messages.Job_Listing, monitor -> {
			List<Path> chain = chainTo(folder);
			for (int i = 0; i + 1 < chain.size(); i++) {
				children.read(chain.get(i));
			}
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (viewer.getControl().isDisposed() || !folder.equals(revealing)) {
					return; // the user has gone on to another folder
				}
				boolean reachable = !chain.isEmpty();
				for (int i = 0; i + 1 < chain.size() && reachable; i++) {
					List<Path> known = children.known(chain.get(i));
					reachable = known != null && known.contains(chain.get(i + 1));
				}
				if (!reachable) {
					viewer.setSelection(StructuredSelection.EMPTY);
					return;
				}
				for (int i = 0; i + 1 < chain.size(); i++) {
					viewer.refresh(chain.get(i));
					viewer.setExpandedState(chain.get(i), true);
				}
				viewer.setSelection(new StructuredSelection(folder), true);
			});
		});
		job.setSystem(true);
		job.schedule();
	}

	/** @return the tree's elements from a root down to the folder, or none when no root holds it */
	private static List<Path> chainTo(Path folder) {
		Path home = Path.of(System.getProperty("user.home")); //$NON-NLS-1$
		Path root = folder.startsWith(home) ? home : folder.getRoot();
		List<Path> chain = new ArrayList<>();
		if (root == null || !folder.isAbsolute()) {
			return chain;
		}
		chain.add(root);
		Path at = root;
		for (Path name : root.relativize(folder)) {
			if (name.toString().isEmpty()) {
				continue;
			}
			at = at.resolve(name);
			chain.add(at);
		}
		return chain;
	}

	/**
	 * Lists a folder again (after links in it changed).
	 *
	 * @param folder the folder
	 */
	void relist(Path folder) {
		children.relist(folder);
	}

	/**
	 * Follows the folder shown in the Contents view, now and whenever it changes, also a Contents
	 * view closed and opened again.
	 */
	private void follow() {
		stopListening = FollowContents.whenOpen(getSite().getPage(), this::followView);
	}

	private void followView(ContentsView contents) {
		unfollow.run();
		Runnable folders = contents.addFolderListener(this::reveal);
		// Show Hidden Files in the Contents view shows hidden folders here too (listed afresh)
		Runnable changes = contents.addChangeListener(folder -> {
			if (contents.showsHidden() != showHidden) {
				showHidden = contents.showsHidden();
				children.clear();
				viewer.refresh();
				reveal(contents.folder());
			}
		});
		unfollow = () -> {
			folders.run();
			changes.run();
		};
		showHidden = contents.showsHidden();
		if (contents.folder() != null) {
			reveal(contents.folder());
		}
	}

	@Override
	public void dispose() {
		unfollow.run();
		stopListening.run();
		super.dispose();
	}

	/** @return the tree viewer (for tests) */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
