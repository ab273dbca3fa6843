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
import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.part.ViewPart;

/**
 * The contents of the current folder: the {@link AddressBar}, the {@link ContentsTable} and the
 * status line, over a {@link FolderModel} read by a {@link FolderReader} and kept current by a
 * {@link FolderWatcher}. Its commands (Back, Forward, Up, Refresh, Open, New Folder, Rename,
 * Delete, Show Hidden Files) are declared in {@code plugin.xml} with their handler
 * ({@link ContentsHandler}) and key bindings, so users can rebind them.
 */
public final class ContentsView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.linksmith.explorer.contents"; //$NON-NLS-1$
	/** The family of the listing jobs (tests wait for it). */
	public static final Object FAMILY = ContentsView.class;
	/** Widget data key for tests. */
	public static final String KEY = "org.linksmith.explorer.id"; //$NON-NLS-1$
	/** The context of the keys that work while the table has the focus (Alt+arrows, Backspace). */
	static final String TABLE_CONTEXT = "org.linksmith.explorer.contentsTable"; //$NON-NLS-1$

	private final FolderModel model = new FolderModel();
	private AddressBar address;
	private ContentsTable table;
	private FolderReader reader;
	private FolderWatcher watcher;
	private final List<Consumer<Path>> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Path>> changeListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Path>> shownListeners = new CopyOnWriteArrayList<>();
	/** Whether a reading of the folder is under way (from the request to its rows in the table). */
	private boolean listingPending;
	/** When the user asked for the folder being opened (System.nanoTime), 0 when not asked by typing. */
	private long requested;
	/** The folder whose listing the table shows (its first rows may be shown before). */
	private Path listedFolder;
	/** The trace of the latest reading. */
	private ExplorerTrace.Reading trace;
	private IContextActivation tableKeys;
	private IAction back;
	private IAction forward;
	private IAction up;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		ExplorerSettings.restore(model);
		ContentsHandler.showHiddenState(getSite(), model.showHidden());
		address = new AddressBar(parent, (path, asked) -> {
			requested = asked.longValue();
			open(path);
		});
		table = new ContentsTable(parent, this::sortBy);
		table.setSortIndicator(model.sortColumn(), model.ascending());
		TableViewer viewer = table.viewer();
		viewer.addSelectionChangedListener(e -> {
			showStatus(e.getStructuredSelection());
			updateCommands();
		});
		viewer.addDoubleClickListener(e -> openSelection());
		IContextService contexts = getSite().getService(IContextService.class);
		viewer.getTable().addListener(SWT.FocusIn, e -> tableKeys = contexts.activateContext(TABLE_CONTEXT));
		viewer.getTable().addListener(SWT.FocusOut, e -> {
			if (tableKeys != null) {
				contexts.deactivateContext(tableKeys);
				tableKeys = null;
			}
		});
		createMenu(viewer);
		createToolBar();
		ExplorerUndo.install(getViewSite());
		Display display = parent.getDisplay();
		reader = new FolderReader(display, () -> !viewer.getControl().isDisposed(), new FolderReader.Results() {
			@Override
			public void listed(long ticket, Path folder, List<Entry> entries, long listed) {
				if (model.setEntries(ticket, entries)) {
					listingPending = false;
					listedFolder = folder;
					refill(trace.listing(listed, System.nanoTime()));
					reader.readAttributes(folder, entries);
					shownListeners.forEach(l -> l.accept(folder));
				}
			}

			@Override
			public void firstRows(long ticket, Path folder, List<Entry> first) {
				// the start of the listing, in the order shown (name, ascending), while the rest is sorted
				// (not when the folder is read again: its rows, and the selection among them, stay until then)
				if (model.isLatest(ticket) && listingPending && !model.needsSort() && !folder.equals(listedFolder)) {
					table.fill(model.visibleLater(first), false, folder, trace.firstRows());
				}
			}

			@Override
			public void failed(long ticket, String problem) {
				if (model.setEntries(ticket, List.of())) {
					listingPending = false;
					listedFolder = null;
					refill();
					address.setProblem(problem);
				}
			}

			@Override
			public void attributesRead(List<Entry> entries) {
				if (model.entries() == entries) {
					if (model.sortsByAttributes()) {
						refill();
					} else {
						table.refreshRows();
					}
				}
			}
		});
		watcher = new FolderWatcher(changedFolder -> display.asyncExec(() -> {
			// only news about the folder shown now: an old watcher may report late
			if (!viewer.getControl().isDisposed() && changedFolder.equals(model.folder())) {
				reload();
				changeListeners.forEach(l -> l.accept(changedFolder));
			}
		}));
		open(ExplorerApplication.initialFolder(org.eclipse.core.runtime.Platform.getApplicationArgs()));
	}

	private void createMenu(TableViewer viewer) {
		FileActions.contextMenu(getSite(), viewer, m -> {
			ContentsActions.fillMenu(m, getSite(), selectedPaths(), model.folder() != null);
		});
		FileActions.dragSource(viewer);
		FileActions.dropTarget(getSite().getShell(), viewer, item -> {
			if (item != null && item.getData() instanceof Entry e && e.folder()) {
				return e.path();
			}
			return model.folder();
		});
	}

	private IAction command(String commandId, String label, boolean enabled) {
		return ContentsActions.command(getSite(), commandId, label, enabled);
	}

	/** Back, Forward and Up in the view's tool bar: the commands, with their key bindings in the tool tips. */
	private void createToolBar() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		back = command("org.eclipse.ui.navigate.back", Messages.Action_Back, false); //$NON-NLS-1$
		back.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
		forward = command("org.eclipse.ui.navigate.forward", Messages.Action_Forward, false); //$NON-NLS-1$
		forward.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
		up = command("org.eclipse.ui.navigate.up", Messages.Action_Up, false); //$NON-NLS-1$
		up.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UP));
		IBindingService keys = getSite().getService(IBindingService.class);
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		for (IAction a : new IAction[] { back, forward, up }) {
			String key = keys == null ? null : keys.getBestActiveBindingFormattedFor(a.getActionDefinitionId());
			a.setToolTipText(key == null ? a.getText() : a.getText() + " (" + key + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			bar.add(a);
		}
	}

	/** Tells the tool bar, and the workbench for the view's other commands, what can run now. */
	private void updateCommands() {
		if (back != null) {
			back.setEnabled(model.canGoBack());
			forward.setEnabled(model.canGoForward());
			up.setEnabled(model.canGoUp());
		}
		IEventBroker broker = getSite().getService(IEventBroker.class);
		if (broker != null) {
			broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
		}
	}

	/** Puts the cursor in the address bar, its text selected, ready for a typed or pasted path. */
	public void focusAddress() {
		address.focus();
	}

	/** @return whether the folder is being read now (its shown listeners are told when it is in) */
	public boolean isReading() {
		return listingPending;
	}

	/** @return the folder shown */
	public Path folder() {
		return model.folder();
	}

	/** @return the entries shown, in order (after the hidden filter and sorting) */
	public List<Entry> shown() {
		return List.of(table.shown());
	}

	/**
	 * Rename: the name becomes editable in place, selected without its extension.
	 *
	 * @param path the entry to rename (shown in the table)
	 */
	void renameInPlace(Path path) {
		for (Entry e : table.shown()) {
			if (e.path().equals(path)) {
				table.editName(e, (entry, name) -> FileActions.rename(getSite().getShell(), entry.path(), name));
				return;
			}
		}
	}

	/** @return how many of the selected entries are symbolic links or junctions */
	int selectedLinks() {
		int links = 0;
		for (Object o : table.viewer().getStructuredSelection()) {
			links += o instanceof Entry e && e.kind() == Entry.Kind.LINK ? 1 : 0;
		}
		return links;
	}

	/** @return the paths selected in the table */
	List<Path> selectedPaths() {
		return FileActions.paths(table.viewer().getStructuredSelection());
	}

	/**
	 * @param listener told on the UI thread whenever another folder is shown
	 * @return what removes it again
	 */
	public Runnable addFolderListener(Consumer<Path> listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	/**
	 * @param listener told on the UI thread once a folder's entries are shown (after each reading)
	 * @return what removes it again
	 */
	public Runnable addShownListener(Consumer<Path> listener) {
		shownListeners.add(listener);
		return () -> shownListeners.remove(listener);
	}

	/**
	 * @param listener told on the UI thread when something changed in the folder shown, whoever changed it,
	 *        or hidden files were shown or left out
	 * @return what removes it again
	 */
	public Runnable addChangeListener(Consumer<Path> listener) {
		changeListeners.add(listener);
		return () -> changeListeners.remove(listener);
	}

	/**
	 * Shows a folder, keeping the one shown now in the Back history.
	 *
	 * @param path a folder
	 */
	public void open(Path path) {
		shown(model.open(path));
	}

	void goBack() {
		shown(model.back());
	}

	void goForward() {
		shown(model.forward());
	}

	void goUp() {
		shown(model.up());
	}

	boolean canGoBack() {
		return model.canGoBack();
	}

	boolean canGoForward() {
		return model.canGoForward();
	}

	boolean canGoUp() {
		return model.canGoUp();
	}

	/** Opens the selection: a folder (or a link to one) in the view, a file with the system. */
	void openSelection() {
		IStructuredSelection selection = table.viewer().getStructuredSelection();
		if (selection.getFirstElement() instanceof Entry entry) {
			if (entry.folder()) {
				open(entry.path());
			} else {
				Program.launch(entry.path().toString());
			}
		}
	}

	private void shown(Path folder) {
		if (folder == null) {
			return;
		}
		watcher.watch(folder);
		address.show(folder);
		String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
		setPartName(name);
		// the window says where it is, as file managers do
		getSite().getShell().setText(NLS.bind(Messages.Window_TitleFolder, name));
		address.setProblem(null);
		reload();
		updateCommands();
		listeners.forEach(l -> l.accept(folder));
	}

	/** Reads the current folder again; a reading under way is cancelled and its result dropped. */
	public void reload() {
		listingPending = true;
		long started = requested != 0 ? requested : System.nanoTime();
		requested = 0;
		trace = ExplorerTrace.reading(table.viewer().getControl().getDisplay(), model.folder(), started);
		reader.read(model.folder(), model.startReading(), !model.needsSort());
	}

	/** @param show whether hidden files (names starting with a dot) are shown */
	void setShowHidden(boolean show) {
		model.setShowHidden(show);
		refill();
		changeListeners.forEach(l -> l.accept(model.folder())); // the Links view shows hidden links or not
	}

	/** @return whether hidden files are shown */
	boolean showsHidden() {
		return model.showHidden();
	}

	private void sortBy(int column) {
		model.sortBy(column);
		table.setSortIndicator(model.sortColumn(), model.ascending());
		refill();
	}

	private void refill() {
		refill((rows, steps, longest) -> {
			// nothing more to tell
		});
	}

	/** @param then told as the rows come in, after the status line */
	private void refill(ContentsTable.Filled then) {
		table.fill(model.visibleLater(), model.needsSort(), model.folder(), new ContentsTable.Filled() {
			@Override
			public void first(int rows) {
				getViewSite().getActionBars().getStatusLineManager()
						.setMessage(MessageFormat.format(Messages.Status_Items, Integer.valueOf(rows)));
				then.first(rows);
			}

			@Override
			public void all(int rows, int steps, long longest) {
				then.all(rows, steps, longest);
			}
		});
	}

	private void showStatus(IStructuredSelection selection) {
		String message;
		if (selection.size() == 1 && selection.getFirstElement() instanceof Entry e) {
			message = e.target() != null ? NLS.bind(Messages.Status_Link, e.name(), e.target()) : e.name();
		} else {
			message = MessageFormat.format(Messages.Status_Selected, Integer.valueOf(selection.size()));
		}
		getViewSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	/** @return the table viewer (for tests) */
	public TableViewer viewer() {
		return table.viewer();
	}

	@Override
	public void setFocus() {
		table.viewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		ExplorerSettings.save(model);
		if (reader != null) {
			reader.cancel();
		}
		if (watcher != null) {
			watcher.close();
		}
		listeners.clear();
		shownListeners.clear();
		changeListeners.clear();
		super.dispose();
	}
}
