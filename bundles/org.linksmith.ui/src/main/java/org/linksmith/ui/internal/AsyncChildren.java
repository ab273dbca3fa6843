/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * Children of tree elements read from disk in background jobs, never on the UI thread: a content
 * provider asks {@link #get}, gets what is known (nothing at first) and the viewer refreshes the
 * element when the listing is in.
 *
 * @param <P> the parent elements
 * @param <C> the children
 */
public final class AsyncChildren<P, C> {

	private final Map<P, List<C>> cache = new ConcurrentHashMap<>();
	private final String jobName;
	private final Object family;
	private final Function<P, List<C>> lister;
	private volatile StructuredViewer viewer;
	private volatile boolean openWhenListed;
	private volatile boolean incremental;

	/**
	 * @param jobName the listing jobs' name
	 * @param family the listing jobs' family (tests wait for it)
	 * @param lister reads a parent's children from disk (called in a job)
	 */
	public AsyncChildren(String jobName, Object family, Function<P, List<C>> lister) {
		this.jobName = jobName;
		this.family = family;
		this.lister = lister;
	}

	/**
	 * @param open whether a tree element the user opened before its children were known is shown
	 *        open once they are in (a tree viewer closes an element that shows no children)
	 */
	public void setOpenWhenListed(boolean open) {
		openWhenListed = open;
	}

	/**
	 * @param add whether children that arrive are added to (and those gone removed from) a tree
	 *        instead of refreshing their parent: no row below the parent is built and labelled
	 *        again (the Project Explorer, expanded whole, would label most of the tree again)
	 */
	public void setIncremental(boolean add) {
		incremental = add;
	}

	/**
	 * @param v the viewer to refresh when children arrive; forgets what was read for another one
	 */
	public void setViewer(StructuredViewer v) {
		viewer = v;
		cache.clear();
	}

	/**
	 * @param parent a parent
	 * @return its children as known; when not known yet, none, and a listing is scheduled
	 */
	public List<C> get(P parent) {
		List<C> known = cache.get(parent);
		if (known == null) {
			cache.put(parent, List.of());
			list(parent, openWhenListed);
			return List.of();
		}
		return known;
	}

	/**
	 * @param parent a parent
	 * @return its children if they were read, else {@code null}
	 */
	public List<C> known(P parent) {
		return cache.get(parent);
	}

	/**
	 * Reads a parent's children now, in the calling thread (never the UI thread), and keeps them.
	 *
	 * @param parent a parent
	 * @return its children
	 */
	public List<C> read(P parent) {
		List<C> found = List.copyOf(lister.apply(parent));
		cache.put(parent, found);
		return found;
	}

	/** @return the parents read so far */
	public Set<P> parents() {
		return cache.keySet();
	}

	/**
	 * Reads a parent's children again, if they were read before.
	 *
	 * @param parent the parent
	 */
	public void relist(P parent) {
		if (cache.containsKey(parent)) {
			list(parent, false);
		}
	}

	/** Forgets everything. */
	public void clear() {
		cache.clear();
	}

	/**
	 * Shows a parent's new children: in a tree, only those that came and went are added and
	 * removed; elsewhere the parent is refreshed.
	 */
	private static <P, C> void show(StructuredViewer v, P parent, List<C> before, List<C> found) {
		if (!(v instanceof org.eclipse.jface.viewers.AbstractTreeViewer tree) || before == null
				|| parent.equals(v.getInput())) {
			v.refresh(parent);
			return;
		}
		Set<C> was = new java.util.HashSet<>(before);
		Set<C> is = new java.util.HashSet<>(found);
		Object[] gone = before.stream().filter(c -> !is.contains(c)).toArray();
		Object[] come = found.stream().filter(c -> !was.contains(c)).toArray();
		if (gone.length > 0) {
			tree.remove(parent, gone);
		}
		if (come.length > 0) {
			tree.add(parent, come);
		}
	}

	/**
	 * @param open whether the user is opening the parent: a tree shows it open once its children
	 *        are in (it had closed again, finding none at first)
	 */
	private void list(P parent, boolean open) {
		Job job = new Job(jobName) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<C> found = List.copyOf(lister.apply(parent));
				List<C> before = cache.put(parent, found);
				StructuredViewer v = viewer;
				if (v != null && !found.equals(before) && !v.getControl().isDisposed()) {
					v.getControl().getDisplay().asyncExec(() -> {
						if (!v.getControl().isDisposed()) {
							if (incremental) {
								show(v, parent, before, found);
							} else {
								v.refresh(parent);
							}
							if (open && !found.isEmpty() && v instanceof org.eclipse.jface.viewers.AbstractTreeViewer tree) {
								tree.setExpandedState(parent, true);
							}
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object f) {
				return f == family;
			}
		};
		job.setSystem(true);
		job.schedule();
	}
}
