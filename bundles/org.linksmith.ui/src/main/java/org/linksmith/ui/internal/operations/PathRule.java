/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * A scheduling rule over file-system trees: two jobs whose trees overlap (one path is the other or
 * lies inside it) never run at once, so that an undo never races the operation it takes back and
 * two moves never work on the same folder together. Paths are compared as written (absolute):
 * the same tree reached through a link is not seen as the same.
 */
public final class PathRule implements ISchedulingRule {

	private final List<Path> roots;

	private PathRule(List<Path> roots) {
		this.roots = roots;
	}

	/**
	 * @param paths the trees a job works on
	 * @return the rule that covers them
	 */
	public static PathRule of(Collection<Path> paths) {
		List<Path> roots = new ArrayList<>();
		for (Path p : paths) {
			roots.add(p.toAbsolutePath());
		}
		return new PathRule(List.copyOf(roots));
	}

	/**
	 * @param paths the trees a job works on
	 * @return the rule that covers them
	 */
	public static PathRule of(Path... paths) {
		return of(List.of(paths));
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		if (rule == this) {
			return true;
		}
		if (!(rule instanceof PathRule other)) {
			return false;
		}
		for (Path p : other.roots) {
			if (roots.stream().noneMatch(p::startsWith)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		if (!(rule instanceof PathRule other)) {
			return false;
		}
		for (Path a : roots) {
			for (Path b : other.roots) {
				if (a.startsWith(b) || b.startsWith(a)) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return "PathRule" + roots; //$NON-NLS-1$
	}
}
