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
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkService;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.Messages;

/** Points a link somewhere else (atomically, in the core); undo points it back. */
public final class RetargetOperation extends LinkOperation {

	private final Path link;
	private final Path newTarget;
	private final TargetStyle style;
	private Path oldTarget;

	/**
	 * @param links the service
	 * @param link the symbolic link or junction
	 * @param newTarget its new target
	 * @param style how to store it
	 */
	public RetargetOperation(LinkService links, Path link, Path newTarget, TargetStyle style) {
		super(Messages.Operation_Retarget, links);
		this.link = link;
		this.newTarget = newTarget;
		this.style = style;
	}

	@Override
	protected List<Path> affected() {
		return List.of(link);
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		oldTarget = links.inspect(link).target();
		CreateResult r = links.retarget(link, newTarget, style);
		changed(link);
		r.warnings().forEach(this::warn);
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		if (oldTarget != null) {
			links.retarget(link, oldTarget, TargetStyle.AS_GIVEN);
			changed(link);
		}
	}
}
