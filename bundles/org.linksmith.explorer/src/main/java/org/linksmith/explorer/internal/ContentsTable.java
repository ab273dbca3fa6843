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
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DecoratingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The Contents view's table: a virtual table (name with the link decorations, size, modified,
 * type, link target) that is given only the rows it draws, keeps the rows two listings share (GTK
 * pays for each row added or removed) and the user's selection across a reload.
 */
final class ContentsTable {

	/** Above this many drawn rows, a new listing starts from an empty table. */
	private static final int REGIVE_LIMIT = 2000;

	private static final String[] COLUMNS = { Messages.Column_Name, Messages.Column_Size, Messages.Column_Modified,
			Messages.Column_Type, Messages.Column_Target };

	private final TableViewer viewer;
	private Entry[] shown = new Entry[0];
	/** The rows that have been given an entry (drawn or asked for); all other rows hold none. */
	private final BitSet given = new BitSet();

	/**
	 * @param parent a composite with a one-column grid layout
	 * @param sortBy called with a column's index when its header is clicked
	 */
	ContentsTable(Composite parent, IntConsumer sortBy) {
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setData(ContentsView.KEY, "contents"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		int[] widths = { 280, 90, 150, 140, 300 };
		for (int i = 0; i < COLUMNS.length; i++) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(COLUMNS[i]);
			column.getColumn().setWidth(widths[i]);
			int index = i;
			column.getColumn().addListener(SWT.Selection, e -> sortBy.accept(index));
			if (i == FolderModel.NAME) {
				column.setLabelProvider(new DecoratingStyledCellLabelProvider(new NameLabels(),
						PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator(), null));
				column.setEditingSupport(new NameEditing());
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
		// the name is edited in place only when asked (F2, Rename), never by a click that selects
		org.eclipse.jface.viewers.TableViewerEditor.create(viewer, new org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, org.eclipse.jface.viewers.ColumnViewerEditor.DEFAULT);
		// rows that change while a name is edited in place wait for it: a refill or refresh would end
		// the editing and lose what the user is typing (the folder's sizes arriving, a file appearing)
		viewer.getColumnViewerEditor().addEditorActivationListener(new org.eclipse.jface.viewers.ColumnViewerEditorActivationListener() {
			@Override
			public void beforeEditorActivated(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				// nothing
			}

			@Override
			public void afterEditorActivated(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				// nothing
			}

			@Override
			public void beforeEditorDeactivated(org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent event) {
				// nothing
			}

			@Override
			public void afterEditorDeactivated(org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent event) {
				// after the editor's own clean-up has run
				viewer.getControl().getDisplay().asyncExec(() -> {
					if (!viewer.getControl().isDisposed() && !viewer.isCellEditorActive()) {
						List<Runnable> waiting = new ArrayList<>(afterEditing);
						afterEditing.clear();
						waiting.forEach(Runnable::run);
					}
				});
			}
		});
		new TypeAhead(table, () -> shown);
		// a right-click on empty space is about the folder itself (Paste, New Folder), as in Nautilus
		// and Windows Explorer: the selection is cleared first
		table.addListener(SWT.MenuDetect, e -> {
			if (e.detail == SWT.MENU_MOUSE && table.getItem(table.toControl(e.x, e.y)) == null
					&& table.getSelectionCount() > 0) {
				table.deselectAll();
				table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
		});
	}

	/** What renaming in place does with a new name. */
	interface Renamer {
		/**
		 * @param entry the entry renamed
		 * @param name the name typed (checked: not empty, no separator)
		 */
		void rename(Entry entry, String name);
	}

	private Renamer renamer = (entry, name) -> {
	};

	/**
	 * Starts renaming an entry in place: its name becomes a text field with the name selected
	 * without its extension (all of a folder's name); Enter renames, Escape leaves it as it was.
	 *
	 * @param entry a shown entry
	 * @param then what to do with the new name
	 */
	void editName(Entry entry, Renamer then) {
		renamer = then;
		viewer.editElement(entry, FolderModel.NAME);
	}

	/** Row changes that arrived while a name was edited in place, in order. */
	private final List<Runnable> afterEditing = new ArrayList<>();

	/** Runs a change of the rows now, or once the name being edited in place is done. */
	private void whenNotEditing(Runnable change) {
		if (viewer.isCellEditorActive()) {
			afterEditing.add(change);
		} else {
			change.run();
		}
	}

	/** Shows the rows' cells again (sizes and dates read), or once the name being edited is done. */
	void refreshRows() {
		whenNotEditing(viewer::refresh);
	}

	/** @return whether a name is being edited in place */
	boolean editing() {
		return viewer.isCellEditorActive();
	}

	/** The name column's in-place editor (for Rename). */
	private final class NameEditing extends org.eclipse.jface.viewers.EditingSupport {
		private final NameEditor editor = new NameEditor(viewer.getTable());

		NameEditing() {
			super(viewer);
		}

		@Override
		protected org.eclipse.jface.viewers.CellEditor getCellEditor(Object element) {
			editor.folder = ((Entry) element).folder();
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((Entry) element).name();
		}

		@Override
		protected void setValue(Object element, Object value) {
			String name = String.valueOf(value).strip();
			Entry entry = (Entry) element;
			if (!name.equals(entry.name())) {
				renamer.rename(entry, name);
			}
		}
	}

	/** A text field over the name that selects it without its extension, as file managers do. */
	private static final class NameEditor extends org.eclipse.jface.viewers.TextCellEditor {
		boolean folder;

		NameEditor(Composite parent) {
			super(parent);
		}

		@Override
		protected void doSetFocus() {
			super.doSetFocus();
			String name = text.getText();
			int dot = name.lastIndexOf('.');
			if (!folder && dot > 0) {
				text.setSelection(0, dot);
			}
		}
	}

	TableViewer viewer() {
		return viewer;
	}

	/** @return the entries shown, in order */
	Entry[] shown() {
		return shown;
	}

	/**
	 * @param column the column sorted by
	 * @param ascending its direction
	 */
	void setSortIndicator(int column, boolean ascending) {
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
	}

	private long fills;

	/** What a fill tells when its rows are in the table. */
	interface Filled {
		/**
		 * Called once the first rows are in the table (drawn on the next paint).
		 *
		 * @param rows how many rows the fill shows in all
		 */
		default void first(int rows) {
			// nothing
		}

		/**
		 * Called once every row is in the table.
		 *
		 * @param rows how many
		 * @param steps in how many steps the table's length changed (0: at once)
		 * @param longest how long the longest step held the UI thread, in nanoseconds
		 */
		void all(int rows, int steps, long longest);
	}

	/**
	 * Shows rows computed by {@code rows}: at once, or, when they must be sorted (100,000 entries
	 * take longer than a frame), in a job, showing only the latest fill asked for.
	 *
	 * @param rows computes the rows (on any thread)
	 * @param sort whether computing them sorts (then it runs off the UI thread)
	 * @param folder the folder they are in
	 * @param filled told when the rows are in
	 */
	void fill(java.util.function.Supplier<Entry[]> rows, boolean sort, Path folder, Filled filled) {
		long ticket = ++fills;
		if (!sort) {
			Entry[] now = rows.get();
			whenNotEditing(() -> show(now, folder, filled));
			return;
		}
		org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
		org.eclipse.core.runtime.jobs.Job job = new org.eclipse.core.runtime.jobs.Job(Messages.Job_Sorting) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				Entry[] sorted;
				try {
					sorted = rows.get();
				} catch (IllegalArgumentException sizesArrivingMeanwhile) {
					// the second pass is filling in sizes: it asks for a sort again when done
					return org.eclipse.core.runtime.Status.OK_STATUS;
				}
				display.asyncExec(() -> {
					if (ticket == fills && !viewer.getControl().isDisposed()) {
						whenNotEditing(() -> {
							if (ticket == fills) {
								show(sorted, folder, filled);
							}
						});
					}
				});
				return org.eclipse.core.runtime.Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ContentsView.FAMILY; // the view's readings: tests wait for them
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	/**
	 * How long one change of the table's length may hold the UI thread. GTK spends 2.5-3.5
	 * microseconds on each row added (its tree view hears of every one), a quarter of a second for
	 * 100,000, and more on a row removed the further down it is: a large folder's rows come into the
	 * table (and a large folder's rows leave it) in steps of about this long, one per turn of the
	 * event loop, so that the first rows are drawn at once and the window answers while the rest
	 * come in, as Windows Explorer and Dolphin fill a large folder.
	 */
	private static final long STEP_NANOS = 40_000_000L;

	/** Rows in the first step: a few screens, drawn at once. */
	private static final int FIRST_STEP = 2048;

	/** Rows per step, learnt from the steps before so that one takes about {@link #STEP_NANOS}. */
	private int step = 16_384;

	/**
	 * Changes the table's length by a step towards {@code want} rows, learning from how long it
	 * took.
	 *
	 * @param want the rows to end with
	 * @param most the largest step
	 */
	private void stepTowards(int want, int most) {
		Table table = viewer.getTable();
		int count = table.getItemCount();
		int rows = Math.min(most, Math.abs(want - count));
		long started = System.nanoTime();
		if (count < want) {
			viewer.setItemCount(count + rows);
		} else {
			// the rows past the new end hold no entry; taken right after it, where GTK is quickest
			table.remove(want, want + rows - 1);
		}
		long took = System.nanoTime() - started;
		steps++;
		longest = Math.max(longest, took);
		if (rows >= FIRST_STEP && took > 0) {
			// at most twice the step before: one quick step (the rows past the end were cheap) must
			// not make the next one hold the UI thread for long
			step = (int) Math.max(FIRST_STEP, Math.min(2L * rows, rows * STEP_NANOS / took));
		}
	}

	/** Counts the shows: a table still growing or shrinking for an earlier one stops. */
	private long resizes;
	/** The steps of the latest show, and the longest of them in nanoseconds. */
	private int steps;
	private long longest;

	/**
	 * Shows other rows, keeping the selection (by name) of entries in the same folder.
	 *
	 * @param rows the entries to show, in order
	 * @param folder the folder they are in
	 * @param filled told when the rows are in
	 */
	void show(Entry[] rows, Path folder, Filled filled) {
		Set<String> selected = new HashSet<>();
		for (Object o : viewer.getStructuredSelection()) {
			Entry e = (Entry) o;
			if (e.path().getParent() != null && e.path().getParent().equals(folder)) {
				selected.add(e.name());
			}
		}
		shown = rows;
		long resize = ++resizes;
		steps = 0;
		longest = 0;
		viewer.setSelection(null);
		Table table = viewer.getTable();
		if (given.cardinality() > REGIVE_LIMIT) {
			// most rows were drawn once: cheaper to start from an empty table
			viewer.setItemCount(0);
			given.clear();
		}
		// rows past the new end that held an entry of the listing before go now, so that none keeps
		// one (a late decoration, or anything looking rows up by entry, could reach it); the rest of
		// a longer table's rows never held one and go in steps, once the new rows are drawn
		for (int end = given.length() - 1; end >= rows.length;) {
			int start = Math.max(rows.length, given.previousClearBit(end) + 1);
			table.remove(start, end);
			end = given.previousSetBit(start - 1);
		}
		given.clear(rows.length, Math.max(rows.length, given.length()));
		if (table.getItemCount() < rows.length) {
			stepTowards(rows.length, FIRST_STEP);
		}
		// every kept row that held an entry gets its new one now
		for (int i = given.nextSetBit(0); i >= 0; i = given.nextSetBit(i + 1)) {
			viewer.replace(shown[i], i);
		}
		viewer.refresh();
		if (!selected.isEmpty()) {
			// by index: in a virtual table only realized rows could be selected by element
			List<Integer> again = new ArrayList<>();
			int rowsNow = table.getItemCount();
			for (int i = 0; i < Math.min(shown.length, rowsNow); i++) {
				if (selected.contains(shown[i].name())) {
					again.add(Integer.valueOf(i));
				}
			}
			if (!again.isEmpty()) {
				table.setSelection(again.stream().mapToInt(Integer::intValue).toArray());
			}
		}
		filled.first(rows.length);
		if (table.getItemCount() == rows.length) {
			filled.all(rows.length, steps, longest);
		} else {
			table.getDisplay().asyncExec(() -> resize(resize, filled));
		}
	}

	/** Grows or shrinks the table a step towards the rows shown, then again after the next paint. */
	private void resize(long resize, Filled filled) {
		if (resize != resizes || viewer.getControl().isDisposed()) {
			return;
		}
		if (viewer.getTable().getItemCount() == shown.length) {
			filled.all(shown.length, steps, longest);
			return;
		}
		stepTowards(shown.length, step);
		viewer.getControl().getDisplay().asyncExec(() -> resize(resize, filled));
	}

	private static String cell(Entry e, int column) {
		return switch (column) {
			case FolderModel.SIZE -> e.size() < 0 ? "" : NLS.bind(Messages.Size_Bytes, Long.valueOf(e.size())); //$NON-NLS-1$
			// sizes and dates appear when the second pass has read them
			case FolderModel.MODIFIED -> e.modified() == 0 ? "" //$NON-NLS-1$
					: DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(new Date(e.modified()));
			case FolderModel.TYPE -> switch (e.kind()) {
				case FOLDER -> Messages.Type_Folder;
				case FILE -> Messages.Type_File;
				case LINK -> e.loop() ? Messages.Type_LinkLoop
						: e.broken() ? Messages.Type_BrokenLink : e.folder() ? Messages.Type_FolderLink : Messages.Type_Link;
				case OTHER -> Messages.Type_Other;
			};
			case FolderModel.TARGET -> e.target() == null ? "" : e.target(); //$NON-NLS-1$
			default -> e.name();
		};
	}

	private static final class NameLabels extends ColumnLabelProvider implements IStyledLabelProvider {
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
}
