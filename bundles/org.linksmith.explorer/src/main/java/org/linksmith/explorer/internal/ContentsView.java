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

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DecoratingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PropertyDialogAction;
import org.eclipse.ui.part.ViewPart;

/**
 * The contents of the current folder: an address bar that takes a typed or pasted path,
 * Back/Forward/Up, a virtual table (name, size, modified, type, link target; sortable), hidden
 * files on demand, and the selection's link target in the status line. Folders are read in a
 * background job; the table only shows what was read.
 */
public final class ContentsView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.linksmith.explorer.contents"; //$NON-NLS-1$
	/** The family of the listing jobs (tests wait for it). */
	public static final Object FAMILY = ContentsView.class;
	/** Widget data key for tests. */
	public static final String KEY = "org.linksmith.explorer.id"; //$NON-NLS-1$
	/** Above this many drawn rows, a new listing starts from an empty table. */
	private static final int REGIVE_LIMIT = 2000;

	private static final String[] COLUMNS = { Messages.Column_Name, Messages.Column_Size, Messages.Column_Modified,
			Messages.Column_Type, Messages.Column_Target };

	private Text address;
	private Label problem;
	private TableViewer viewer;
	private Path folder;
	private List<Entry> all = List.of();
	private Entry[] shown = new Entry[0];
	/** The rows that have been given an entry (drawn or asked for); all other rows hold none. */
	private final BitSet given = new BitSet();
	private boolean showHidden;
	private int sortColumn;
	private boolean ascending = true;
	private final Deque<Path> back = new ArrayDeque<>();
	private final Deque<Path> forward = new ArrayDeque<>();
	private final List<Consumer<Path>> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Path>> changeListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Path>> shownListeners = new CopyOnWriteArrayList<>();
	private FolderWatcher watcher;
	private Job listing;
	private Job attributes;
	/** Whether a reading of the folder is under way (from the request to its rows in the table). */
	private boolean listingPending;
	/** When the user asked for the folder being opened (System.nanoTime), 0 when not asked by typing. */
	private long requested;
	private IAction backAction;
	private IAction forwardAction;
	private IAction upAction;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		address = new Text(parent, SWT.BORDER | SWT.SINGLE);
		address.setData(KEY, "address"); //$NON-NLS-1$
		address.setMessage(Messages.Address_Hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(address);
		address.addListener(SWT.DefaultSelection, e -> openTyped());
		problem = new Label(parent, SWT.NONE);
		problem.setData(KEY, "problem"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(problem);
		problem.setVisible(false);

		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setData(KEY, "contents"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		int[] widths = { 280, 90, 150, 140, 300 };
		for (int i = 0; i < COLUMNS.length; i++) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(COLUMNS[i]);
			column.getColumn().setWidth(widths[i]);
			int index = i;
			column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
			if (i == 0) {
				column.setLabelProvider(new DecoratingStyledCellLabelProvider(new NameLabels(),
						PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator(), null));
			} else {
				column.setLabelProvider(new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return cell((Entry) element, index);
					}
				});
			}
		}
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < shown.length) {
					viewer.replace(shown[index], index);
					given.set(index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// the view pushes its entries itself
			}
		});
		viewer.setInput(this);
		viewer.addSelectionChangedListener(e -> showStatus(e.getStructuredSelection()));
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof Entry entry) {
				if (entry.folder()) {
					open(entry.path());
				} else {
					Program.launch(entry.path().toString());
				}
			}
		});
		createMenu();
		createActions();
		Display display = parent.getDisplay();
		watcher = new FolderWatcher(changedFolder -> display.asyncExec(() -> {
			// only news about the folder shown now: an old watcher may report late
			if (!viewer.getControl().isDisposed() && changedFolder.equals(folder)) {
				reload();
				changeListeners.forEach(l -> l.accept(folder));
			}
		}));
		open(ExplorerApplication.initialFolder(org.eclipse.core.runtime.Platform.getApplicationArgs()));
	}

	private void createMenu() {
		FileActions.contextMenu(getSite(), viewer, m -> {
			IStructuredSelection selection = viewer.getStructuredSelection();
			List<Path> paths = FileActions.paths(selection);
			m.add(simple(Messages.Action_Open, !paths.isEmpty(), () -> FileActions.open(this, selection)));
			m.add(simple(Messages.Action_NewFolder, folder != null, () -> FileActions.newFolder(getSite().getShell(), folder)));
			m.add(simple(Messages.Action_Rename, paths.size() == 1, () -> FileActions.rename(getSite().getShell(), paths.get(0))));
			m.add(simple(Messages.Action_Delete, !paths.isEmpty(), () -> FileActions.delete(getSite().getShell(), paths)));
		});
		viewer.getTable().addListener(SWT.KeyDown, e -> {
			List<Path> paths = FileActions.paths(viewer.getStructuredSelection());
			if (e.keyCode == SWT.DEL && !paths.isEmpty()) {
				FileActions.delete(getSite().getShell(), paths);
			} else if (e.keyCode == SWT.F2 && paths.size() == 1) {
				FileActions.rename(getSite().getShell(), paths.get(0));
			} else if (e.keyCode == SWT.BS) {
				goUp();
			}
		});
		FileActions.dragSource(viewer);
		FileActions.dropTarget(getSite().getShell(), viewer, item -> {
			if (item != null && item.getData() instanceof Entry e && e.folder()) {
				return e.path();
			}
			return folder;
		});
	}

	private static IAction simple(String text, boolean enabled, Runnable run) {
		IAction a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setEnabled(enabled);
		return a;
	}

	private void createActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		backAction = action(Messages.Action_Back, images, ISharedImages.IMG_TOOL_BACK, this::goBack);
		forwardAction = action(Messages.Action_Forward, images, ISharedImages.IMG_TOOL_FORWARD, this::goForward);
		upAction = action(Messages.Action_Up, images, ISharedImages.IMG_TOOL_UP, this::goUp);
		IAction refresh = new Action(Messages.Action_Refresh) {
			@Override
			public void run() {
				reload();
			}
		};
		IAction hidden = new Action(Messages.Action_ShowHidden, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setShowHidden(isChecked());
			}
		};
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		bar.add(backAction);
		bar.add(forwardAction);
		bar.add(upAction);
		IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
		viewMenu.add(hidden);
		viewMenu.add(refresh);
		updateActions();
	}

	private static IAction action(String text, ISharedImages images, String image, Runnable run) {
		IAction a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setImageDescriptor(images.getImageDescriptor(image));
		a.setToolTipText(text);
		return a;
	}

	private void updateActions() {
		backAction.setEnabled(!back.isEmpty());
		forwardAction.setEnabled(!forward.isEmpty());
		upAction.setEnabled(folder != null && folder.getParent() != null);
	}

	private String cell(Entry e, int column) {
		return switch (column) {
			case 1 -> e.size() < 0 ? "" : NLS.bind(Messages.Size_Bytes, Long.valueOf(e.size())); //$NON-NLS-1$
			// sizes and dates appear when the second pass has read them
			case 2 -> e.modified() == 0 ? "" //$NON-NLS-1$
					: DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(new Date(e.modified()));
			case 3 -> switch (e.kind()) {
				case FOLDER -> Messages.Type_Folder;
				case FILE -> Messages.Type_File;
				case LINK -> e.folder() ? Messages.Type_FolderLink : Messages.Type_Link;
				case OTHER -> Messages.Type_Other;
			};
			case 4 -> e.target() == null ? "" : e.target(); //$NON-NLS-1$
			default -> e.name();
		};
	}

	private final class NameLabels extends ColumnLabelProvider implements IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			return new StyledString(((Entry) element).name());
		}

		@Override
		public Image getImage(Object element) {
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			return images.getImage(((Entry) element).folder() ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_FILE);
		}
	}

	/** Puts the cursor in the address bar, its text selected, ready for a typed or pasted path. */
	public void focusAddress() {
		address.setFocus();
		address.selectAll();
	}

	/** @return whether the folder is being read now (its shown listeners are told when it is in) */
	public boolean isReading() {
		return listingPending;
	}

	/** @return the folder shown */
	public Path folder() {
		return folder;
	}

	/** @return the entries shown, in order (after the hidden filter and sorting) */
	public List<Entry> shown() {
		return List.of(shown);
	}

	/**
	 * @param listener told on the UI thread whenever another folder is shown
	 */
	public void addFolderListener(Consumer<Path> listener) {
		listeners.add(listener);
	}

	/**
	 * @param listener told on the UI thread once a folder's entries are shown (after each reading)
	 */
	public void addShownListener(Consumer<Path> listener) {
		shownListeners.add(listener);
	}

	/**
	 * @param listener told on the UI thread when something changed in the folder shown, whoever changed it
	 */
	public void addChangeListener(Consumer<Path> listener) {
		changeListeners.add(listener);
	}

	/**
	 * Shows a folder, keeping the one shown now in the Back history.
	 *
	 * @param path a folder
	 */
	public void open(Path path) {
		if (folder != null && !folder.equals(path)) {
			back.push(folder);
			forward.clear();
		}
		show(path);
	}

	private void show(Path path) {
		folder = path.toAbsolutePath().normalize();
		watcher.watch(folder);
		address.setText(folder.toString());
		setPartName(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
		setProblem(null);
		updateActions();
		reload();
		listeners.forEach(l -> l.accept(folder));
	}

	private void openTyped() {
		String typed = address.getText().strip();
		Path path;
		try {
			path = Path.of(typed.startsWith("~") ? System.getProperty("user.home") + typed.substring(1) : typed); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (InvalidPathException e) {
			setProblem(NLS.bind(Messages.Address_Invalid, typed));
			return;
		}
		long asked = System.nanoTime();
		Job check = Job.create(Messages.Job_Listing, monitor -> {
			boolean isFolder = Files.isDirectory(path);
			Display display = address.getDisplay();
			display.asyncExec(() -> {
				if (address.isDisposed()) {
					return;
				}
				if (isFolder) {
					requested = asked;
					open(path);
				} else {
					setProblem(NLS.bind(Messages.Address_NotAFolder, typed));
				}
			});
		});
		check.setSystem(true);
		check.schedule();
	}

	private void setProblem(String message) {
		problem.setText(message == null ? "" : message); //$NON-NLS-1$
		problem.setVisible(message != null);
		((org.eclipse.swt.layout.GridData) problem.getLayoutData()).exclude = message == null;
		problem.getParent().layout(true);
	}

	/** Reads the current folder again. */
	public void reload() {
		if (listing != null) {
			listing.cancel();
		}
		if (attributes != null) {
			// sizes and dates of what is about to be replaced: not worth the disk's time any more
			attributes.cancel();
		}
		listingPending = true;
		Path reading = folder;
		long started = requested != 0 ? requested : System.nanoTime();
		requested = 0;
		Display display = viewer.getControl().getDisplay();
		listing = new Job(NLS.bind(Messages.Job_ListingFolder, reading)) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					List<Entry> prefetched = StartupPrefetch.take(reading);
					List<Entry> entries = prefetched != null ? prefetched : Entry.list(org.linksmith.ui.internal.LinkUi.files(), reading, monitor);
					long listed = System.nanoTime();
					display.asyncExec(() -> {
						if (!viewer.getControl().isDisposed() && reading.equals(folder)) {
							all = entries;
							listingPending = false;
							long filling = System.nanoTime();
							refill();
							trace(reading, started, listed, filling);
							loadAttributes(reading, entries);
							shownListeners.forEach(l -> l.accept(reading));
						}
					});
				} catch (java.io.IOException | org.linksmith.core.LinkException e) {
					// a LinkException's message is a whole sentence already
					String problem = e instanceof org.linksmith.core.LinkException ? e.getMessage()
							: NLS.bind(Messages.Address_Unreadable, reading, e.getMessage());
					display.asyncExec(() -> {
						if (!viewer.getControl().isDisposed() && reading.equals(folder)) {
							all = List.of();
							listingPending = false;
							refill();
							setProblem(problem);
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
		listing.setSystem(true);
		listing.schedule();
	}

	/** The second pass: sizes and dates, then the rows are drawn again. */
	private void loadAttributes(Path reading, List<Entry> entries) {
		Display display = viewer.getControl().getDisplay();
		attributes = new Job(NLS.bind(Messages.Job_ListingFolder, reading)) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				Entry.loadAttributes(entries, monitor);
				display.asyncExec(() -> {
					if (!viewer.getControl().isDisposed() && all == entries) {
						if (sortColumn == 1 || sortColumn == 2) {
							refill();
						} else {
							viewer.refresh();
						}
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		attributes.setSystem(true);
		attributes.schedule();
	}

	/**
	 * With -Dlinksmith.trace=true, says how long a folder took to show and where the time went (for
	 * bench/bench-explorer.sh); all times are System.nanoTime().
	 */
	private void trace(Path shownFolder, long started, long listed, long filling) {
		if (Boolean.getBoolean("linksmith.trace")) { //$NON-NLS-1$
			System.err.println("linksmith-trace: listed in " + (listed - started) / 1_000_000 //$NON-NLS-1$
					+ " ms, waited " + (filling - listed) / 1_000_000 + " ms, filled in " //$NON-NLS-1$ //$NON-NLS-2$
					+ (System.nanoTime() - filling) / 1_000_000 + " ms"); //$NON-NLS-1$
			// once the table has had its turn to draw
			viewer.getControl().getDisplay().asyncExec(() -> System.err.println("linksmith-trace: shown " //$NON-NLS-1$
					+ all.size() + " entries of " + shownFolder + " in " //$NON-NLS-1$ //$NON-NLS-2$
					+ (System.nanoTime() - started) / 1_000_000 + " ms")); //$NON-NLS-1$
		}
	}

	private void setShowHidden(boolean show) {
		showHidden = show;
		refill();
	}

	private void sortBy(int column) {
		ascending = column == sortColumn ? !ascending : true;
		sortColumn = column;
		Table table = viewer.getTable();
		TableColumn c = table.getColumn(column);
		table.setSortColumn(c);
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		refill();
	}

	private void refill() {
		List<Entry> visible = new ArrayList<>(all.size());
		for (Entry e : all) {
			if (showHidden || !e.hidden()) {
				visible.add(e);
			}
		}
		Comparator<Entry> order = switch (sortColumn) {
			case 1 -> Comparator.comparingLong(Entry::size);
			case 2 -> Comparator.comparingLong(Entry::modified);
			case 3 -> Comparator.comparing((Entry e) -> e.kind()).thenComparing(Entry::name);
			case 4 -> Comparator.comparing((Entry e) -> e.target() == null ? "" : e.target()); //$NON-NLS-1$
			default -> Entry.ORDER;
		};
		if (sortColumn != 0 || !ascending) {
			// the listing comes in the default order already
			visible.sort(ascending ? order : order.reversed());
		}
		// keep what the user selected in this folder, by name, across a reload
		java.util.Set<String> selected = new java.util.HashSet<>();
		for (Object o : viewer.getStructuredSelection()) {
			Entry e = (Entry) o;
			if (e.path().getParent() != null && e.path().getParent().equals(folder)) {
				selected.add(e.name());
			}
		}
		shown = visible.toArray(Entry[]::new);
		viewer.setSelection(null);
		if (given.cardinality() > REGIVE_LIMIT) {
			// most rows were drawn once: cheaper to start from an empty table
			viewer.setItemCount(0);
			given.clear();
		}
		// GTK pays for each row added or removed, so the table keeps the rows both listings have;
		// every kept row that held an entry gets its new one now, so none keeps an entry of the
		// listing before (which a late decoration, or anything looking rows up by entry, could reach)
		viewer.setItemCount(shown.length);
		given.clear(shown.length, Math.max(shown.length, given.length()));
		for (int i = given.nextSetBit(0); i >= 0; i = given.nextSetBit(i + 1)) {
			viewer.replace(shown[i], i);
		}
		viewer.refresh();
		if (!selected.isEmpty()) {
			// by index: in a virtual table only realized rows could be selected by element
			List<Integer> again = new ArrayList<>();
			for (int i = 0; i < shown.length; i++) {
				if (selected.contains(shown[i].name())) {
					again.add(Integer.valueOf(i));
				}
			}
			if (!again.isEmpty()) {
				viewer.getTable().setSelection(again.stream().mapToInt(Integer::intValue).toArray());
			}
		}
		getViewSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(Messages.Status_Items, Integer.valueOf(shown.length)));
	}

	private void showStatus(IStructuredSelection selection) {
		String message;
		if (selection.size() == 1 && selection.getFirstElement() instanceof Entry e) {
			message = e.target() != null ? NLS.bind(Messages.Status_Link, e.name(), e.target()) : e.name();
		} else {
			message = NLS.bind(Messages.Status_Selected, Integer.valueOf(selection.size()));
		}
		getViewSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	private void goBack() {
		if (!back.isEmpty()) {
			forward.push(folder);
			show(back.pop());
		}
	}

	private void goForward() {
		if (!forward.isEmpty()) {
			back.push(folder);
			show(forward.pop());
		}
	}

	private void goUp() {
		if (folder != null && folder.getParent() != null) {
			open(folder.getParent());
		}
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
		if (watcher != null) {
			watcher.close();
		}
		super.dispose();
	}
}
