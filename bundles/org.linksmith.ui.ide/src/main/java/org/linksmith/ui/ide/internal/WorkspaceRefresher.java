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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.linksmith.ui.LinkChangeListener;
import org.osgi.service.component.annotations.Component;

/**
 * Refreshes the workspace after Linksmith changed links on disk: the folder that holds each changed
 * path, and the path itself when it is a folder in the workspace. A Declarative Services component.
 */
@Component(service = LinkChangeListener.class)
@NonNullByDefault
public final class WorkspaceRefresher implements LinkChangeListener {

	/** The family of the refresh jobs (tests wait for it). */
	public static final Object FAMILY = WorkspaceRefresher.class;

	@Override
	public void linksChanged(Collection<Path> changed) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		// the folder that holds a changed link needs only its own entries read again; a folder that
		// is itself new or moved (a relocation, a clone) is read to its depth
		Map<IResource, Integer> toRefresh = new LinkedHashMap<>();
		for (Path p : changed) {
			Path parent = p.toAbsolutePath().getParent();
			if (parent != null) {
				for (IContainer c : root.findContainersForLocationURI(parent.toUri())) {
					toRefresh.putIfAbsent(c, Integer.valueOf(IResource.DEPTH_ONE));
				}
			}
			if (Files.isDirectory(p)) { // a link to a folder too: its contents are new to the workspace
				for (IContainer c : root.findContainersForLocationURI(p.toAbsolutePath().toUri())) {
					toRefresh.put(c, Integer.valueOf(IResource.DEPTH_INFINITE));
				}
			}
		}
		if (toRefresh.isEmpty()) {
			return;
		}
		List<IResource> resources = new ArrayList<>(toRefresh.keySet());
		List<ISchedulingRule> rules = new ArrayList<>();
		for (IResource r : resources) {
			rules.add(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(r));
		}
		WorkspaceJob job = new WorkspaceJob(Messages.Refresh_Job) {
			@Override
			@NonNullByDefault({}) // the platform's job says nothing about nulls
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				SubMonitor sub = SubMonitor.convert(monitor, resources.size());
				for (IResource r : resources) {
					if (r.exists()) {
						r.refreshLocal(toRefresh.get(r).intValue(), sub.split(1));
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			@NonNullByDefault({})
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(MultiRule.combine(rules.toArray(ISchedulingRule[]::new)));
		job.setSystem(true);
		job.schedule();
	}
}
