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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.core.ScanOptions;
import org.linksmith.ui.internal.LinkUi;

/**
 * Every link under the folder shown in the Folder view, found by the core's scan in a job (with
 * progress in the status line, cancellable), filterable by type and broken state. Retarget and
 * remove them with the Links context menu; the list follows the folder shown and every change
 * Linksmith makes.
 */
public final class LinksView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.linksmith.explorer.links"; //$NON-NLS-1$
	/** The family of the scan jobs (tests wait for it). */
	public static final Object FAMILY = LinksView.class;

	private TableViewer viewer;
	private Path root;
	private boolean brokenOnly;
	/** Whether sub-folders are scanned too (off: the folder shown only, as the user asked for nothing more). */
	private boolean recursive;
	/** The label of the type filter chosen, or {@code null} for all types. */
	private String typeFilter;
	private Set<LinkType> types = Set.of();
	private Job scan;
	/** What removes this view's listeners from the Contents view when it closes. */
	private final java.util.List<Runnable> subscriptions = new java.util.ArrayList<>();
	/** What removes this view's listeners from the Contents view it follows now. */
	private final java.util.List<Runnable> following = new java.util.ArrayList<>();
	/** The folder of the last scan started, to scan a folder once per visit. */
	private Path scanned;
	/** The Contents view followed (whether it shows hidden files decides whether hidden links are listed). */
	private ContentsView contents;

	@Override
	public void createPartControl(Composite parent) {
		ExplorerUndo.install(getViewSite());
		// virtual: a tree of a million entries can hold tens of thousands of links, and GTK draws only
		// the rows on screen
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setData(ContentsView.KEY, "links"); //$NON-NLS-1$
		column(Messages.Column_Type, 200, r -> typeLabel(r.info()));
		column(Messages.Column_Path, 360, r -> root == null ? r.path().toString() : root.relativize(r.path()).toString());
		column(Messages.Column_Target, 300, r -> r.info().target() == null ? "" : r.info().target().toString()); //$NON-NLS-1$
		column(Messages.Column_State, 120, r -> r.info().loop() ? Messages.State_Loop
				: r.info().broken() ? Messages.State_Broken : ""); //$NON-NLS-1$
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < rows.length) {
					viewer.replace(rows[index], index);
				}
			}

			@Override
			public void inputChanged(org.eclipse.jface.viewers.Viewer v, Object oldInput, Object newInput) {
				// the rows are this view's own
			}
		});
		viewer.setInput(rows);

		FileActions.contextMenu(getSite(), viewer, m -> {
			// only the shared items here
		});

		IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
		IAction broken = new Action(Messages.Links_BrokenOnly, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				brokenOnly = isChecked();
				rescan();
			}
		};
		viewMenu.add(broken);
		IAction below = new Action(Messages.Links_Recursive, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				recursive = isChecked();
				rescan();
			}
		};
		viewMenu.add(below);
		viewMenu.add(new Separator());
		addTypeFilter(viewMenu, Messages.Links_AllTypes, Set.of(), true);
		addTypeFilter(viewMenu, Messages.Links_Symbolic, EnumSet.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY), false);
		addTypeFilter(viewMenu, Messages.Links_Hard, EnumSet.of(LinkType.HARD), false);
		addTypeFilter(viewMenu, Messages.Links_Junctions, EnumSet.of(LinkType.JUNCTION), false);
		getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Action_Rescan) {
			@Override
			public void run() {
				rescan();
			}
		});

		// the Contents view open now, and one closed and opened again
		subscriptions.add(FollowContents.whenOpen(getSite().getPage(), this::follow));
	}

	/** Follows a Contents view: its folder, its readings and the changes in it. */
	private void follow(ContentsView view) {
		following.forEach(Runnable::run);
		following.clear();
		contents = view;
		// scan once the folder itself is shown, so the two never compete for the disk and the cores
		following.add(view.addShownListener(folder -> {
			if (!folder.equals(root) || scanned == null || !scanned.equals(folder)) {
				root = folder;
				rescan();
			}
		}));
		following.add(view.addFolderListener(folder -> {
			// another folder is being read: the scan of the old one would only compete with it
			if (scan != null && !folder.equals(scanned)) {
				scan.cancel();
				scanned = null; // whichever folder is shown next is scanned afresh
			}
		}));
		following.add(view.addChangeListener(folder -> rescan()));
		root = view.folder();
		if (root != null && !view.isReading()) {
			// opened later on a folder already shown; otherwise the shown listener scans (at
			// start-up, not before the window and the first folder are there)
			rescan();
		}
	}

	private void addTypeFilter(IMenuManager menu, String label, Set<LinkType> filter, boolean checked) {
		IAction a = new Action(label, IAction.AS_RADIO_BUTTON) {
			@Override
			public void run() {
				if (isChecked()) {
					types = filter;
					typeFilter = filter.isEmpty() ? null : label.replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
					rescan();
				}
			}
		};
		a.setChecked(checked);
		menu.add(a);
	}

	private final org.eclipse.jface.resource.ResourceManager images = new org.eclipse.jface.resource.LocalResourceManager(
			org.eclipse.jface.resource.JFaceResources.getResources());

	private void column(String title, int width, java.util.function.Function<LinkRow, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		boolean first = viewer.getTable().getColumnCount() == 1;
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((LinkRow) element);
			}

			@Override
			public org.eclipse.swt.graphics.Image getImage(Object element) {
				// the type column shows the link's icon: its kind's overlay, and the broken mark
				return first ? images.create(org.linksmith.ui.internal.decorators.LinkDecorator.iconOf(((LinkRow) element).info()))
						: null;
			}
		});
	}

	static String typeLabel(LinkInfo info) {
		if (info.loop()) {
			return Messages.Type_LinkLoop;
		}
		if (info.broken() && info.type().hasTarget()) {
			return Messages.Type_BrokenLink;
		}
		return switch (info.type()) {
			case SYMBOLIC_FILE -> Messages.Type_Link;
			case SYMBOLIC_DIRECTORY -> Messages.Type_FolderLink;
			case HARD -> NLS.bind(Messages.Type_Hard, Long.valueOf(info.links()));
			case JUNCTION -> Messages.Type_Junction;
			default -> Messages.Type_Other;
		};
	}

	/** Scans the folder again. */
	public void rescan() {
		if (root == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (scan != null) {
			scan.cancel();
		}
		Path scanning = root;
		scanned = root;
		// hidden folders and links only when the Contents view shows hidden files; the view shows
		// each link's type, stored target and state, so no link's path is resolved
		ScanOptions options = new ScanOptions(recursive, types, brokenOnly, contents != null && contents.showsHidden())
				.withoutResolvedPaths();
		String summary = recursive ? Messages.Links_Summary : Messages.Links_SummaryHere;
		String filters = (brokenOnly ? Messages.Links_FilterBroken : "") //$NON-NLS-1$
				+ (typeFilter != null ? NLS.bind(Messages.Links_FilterType, typeFilter) : ""); //$NON-NLS-1$
		scan = new Job(NLS.bind(Messages.Job_Scan, scanning)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				makeIcons();
				List<LinkRow> found = new ArrayList<>();
				try {
					LinkUi.links().scan(scanning, options, info -> found.add(new LinkRow(info)), monitor);
				} catch (LinkException e) {
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
				found.sort(Comparator.comparing(r -> r.path().toString()));
				if (!viewer.getControl().isDisposed()) {
					viewer.getControl().getDisplay().asyncExec(() -> {
						if (!viewer.getControl().isDisposed() && scanning.equals(root)) {
							// the filters in force are said, so that "No links" is never read as "none here"
							setContentDescription(java.text.MessageFormat.format(summary, new Object[] { Integer.valueOf(found.size()),
									Long.valueOf(found.stream().filter(r -> r.info().broken()).count()), scanning }) + filters);
							show(found.toArray(LinkRow[]::new));
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		scan.setUser(false);
		scan.setPriority(Job.DECORATE);
		scan.schedule();
	}

	/** Whether the icons of the link kinds have been made (or are being made). */
	private final java.util.concurrent.atomic.AtomicBoolean iconsMade = new java.util.concurrent.atomic.AtomicBoolean();

	/**
	 * Called by the first scan, on its thread: computes the pixels of the link kinds' icons once
	 * there, so that the first-time cost of decoding and composing them (the code loaded and
	 * compiled, the PNGs read) is paid off the UI thread; then makes their images on the UI thread,
	 * one per turn of the event loop. Showing the first scan's rows then finds them made (that
	 * moment was its longest stall of the UI thread: 119-127 ms, now at most 51 ms).
	 */
	private void makeIcons() {
		if (!iconsMade.compareAndSet(false, true)) {
			return;
		}
		List<org.eclipse.jface.resource.ImageDescriptor> all = org.linksmith.ui.internal.decorators.LinkDecorator.linkIcons();
		for (org.eclipse.jface.resource.ImageDescriptor icon : all) {
			try {
				icon.getImageData(100);
			} catch (RuntimeException e) {
				break; // a platform that computes them only on the UI thread: made there, as before
			}
		}
		java.util.Iterator<org.eclipse.jface.resource.ImageDescriptor> icons = all.iterator();
		org.eclipse.swt.widgets.Display display;
		try {
			display = viewer.getControl().getDisplay();
		} catch (org.eclipse.swt.SWTException e) {
			return; // the view was closed meanwhile
		}
		Runnable[] next = new Runnable[1];
		next[0] = () -> {
			if (!viewer.getControl().isDisposed() && icons.hasNext()) {
				images.create(icons.next());
				display.asyncExec(next[0]);
			}
		};
		display.asyncExec(next[0]);
	}

	/**
	 * @param changed paths Linksmith changed
	 */
	void changed(Collection<Path> changed) {
		if (root != null && changed.stream().anyMatch(p -> p.startsWith(root))) {
			rescan();
		}
	}

	/**
	 * Rows added to or taken from the table per turn of the event loop: GTK spends 2.5-3.5
	 * microseconds of the UI thread on each, so a step holds it for about 20-30 ms, and the view
	 * (and the window) answer while tens of thousands of links come in.
	 */
	private static final int STEP = 8_192;
	/** The first step is smaller: it comes with the count and the first paint of the rows. */
	private static final int FIRST_STEP = 2_048;

	/** The rows shown, sorted by path; the table holds a prefix of them while it is being filled. */
	private LinkRow[] rows = new LinkRow[0];
	/** Counts the shows: a fill still under way for an earlier one stops. */
	private long fills;
	/** The steps the latest show took (for tests). */
	private int steps;

	/** Shows the rows of a scan, keeping the selected links selected. */
	private void show(LinkRow[] found) {
		Set<Path> selected = new java.util.HashSet<>();
		for (Object o : viewer.getStructuredSelection()) {
			selected.add(((LinkRow) o).path());
		}
		rows = found;
		long fill = ++fills;
		steps = 0;
		long started = System.nanoTime();
		Table table = viewer.getTable();
		table.deselectAll();
		// rows kept from the scan before are asked for again when drawn
		table.clearAll();
		step(fill, selected, started);
	}

	/** Grows or shrinks the table a step towards the rows shown, then again after the next paint. */
	private void step(long fill, Set<Path> selected, long started) {
		if (fill != fills || viewer.getControl().isDisposed()) {
			return;
		}
		Table table = viewer.getTable();
		int now = table.getItemCount();
		if (now != rows.length) {
			int step = steps == 0 ? FIRST_STEP : STEP;
			viewer.setItemCount(now < rows.length ? Math.min(rows.length, now + step) : Math.max(rows.length, now - step));
			steps++;
			table.getDisplay().asyncExec(() -> step(fill, selected, started));
			return;
		}
		if (!selected.isEmpty()) {
			// by index: in a virtual table only rows already drawn could be selected by element
			List<Integer> again = new ArrayList<>();
			for (int i = 0; i < rows.length; i++) {
				if (selected.contains(rows[i].path())) {
					again.add(Integer.valueOf(i));
				}
			}
			if (!again.isEmpty()) {
				table.setSelection(again.stream().mapToInt(Integer::intValue).toArray());
				// as a click would: the viewer, and the status line, hear of it
				table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
		}
		if (ExplorerTrace.timing()) {
			ExplorerTrace.timing("links view: " + rows.length + " rows in " //$NON-NLS-1$
					+ (System.nanoTime() - started) / 1_000_000 + " ms, " + steps + " steps"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return the steps the table took to take in the latest scan's rows (for tests) */
	public int fillSteps() {
		return steps;
	}

	/** @return the table viewer (for tests) */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		following.forEach(Runnable::run);
		following.clear();
		subscriptions.forEach(Runnable::run);
		subscriptions.clear();
		if (scan != null) {
			scan.cancel();
		}
		images.dispose();
		super.dispose();
	}
}
