/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.dialogs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkService;
import org.linksmith.core.PlannedTarget;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.Messages;
import org.linksmith.ui.internal.dialogs.CreateLinkModel.Validation;

/**
 * What the Retarget dialog holds, and its check: what will be stored, what it reaches, and what
 * the user should know before OK, as the core itself computes them. {@link #validate} reads the
 * disk: call it off the UI thread.
 *
 * @param link the symbolic link or junction
 * @param current the target it stores now, or {@code null}
 * @param target the new target as typed (relative to the link's folder, or absolute)
 * @param relative store it relative to the link's folder (else absolute)
 * @param junction whether the link is a junction (its target must be a folder)
 */
public record RetargetModel(Path link, @Nullable Path current, String target, boolean relative, boolean junction) {

	private static Validation error(String message) {
		return new Validation(IStatus.ERROR, message, ""); //$NON-NLS-1$
	}

	/**
	 * @param links the service whose own computation gives what will be stored and reached
	 * @return the check, with the exact result as the preview
	 */
	public Validation validate(LinkService links) {
		if (target.isBlank()) {
			return error(Messages.Retarget_Empty);
		}
		Path effective;
		try {
			effective = effective();
		} catch (InvalidPathException e) {
			return error(NLS.bind(Messages.Create_InvalidPath, e.getInput()));
		}
		PlannedTarget plan = links.plannedTarget(link, effective, style());
		if (plan.stored().equals(current)) {
			return error(Messages.Retarget_Same);
		}
		if (plan.reached().equals(link.toAbsolutePath().normalize()) || plan.reached().equals(realLink())) {
			return error(Messages.Retarget_Itself);
		}
		if (junction && plan.exists() && !plan.folder()) {
			return error(Messages.Retarget_JunctionToFile);
		}
		String preview = NLS.bind(Messages.Retarget_Preview, new Object[] { link.getFileName(), plan.stored(), plan.reached(),
				plan.folder() ? Messages.Retarget_AFolder : plan.exists() ? Messages.Retarget_AFile : Messages.Retarget_Nothing });
		if (!plan.exists()) {
			return new Validation(IStatus.WARNING, NLS.bind(Messages.Retarget_Dangling, plan.reached()), preview);
		}
		return new Validation(IStatus.OK, Messages.Retarget_Ready, preview);
	}

	/** @return the link's path through its folder's real path (what a target must not reach) */
	private @Nullable Path realLink() {
		Path dir = link.toAbsolutePath().getParent();
		Path name = link.getFileName();
		try {
			return dir == null || name == null ? null : dir.toRealPath().resolve(name);
		} catch (java.io.IOException e) {
			return null;
		}
	}

	/** @return the new target as given to the core: absolute, from the link's folder (not yet resolved) */
	public Path effective() {
		Path typed = Path.of(target.strip());
		Path dir = link.toAbsolutePath().getParent();
		return typed.isAbsolute() || dir == null ? typed : dir.resolve(typed);
	}

	/** @return how the core stores the target */
	public TargetStyle style() {
		return relative && !junction ? TargetStyle.RELATIVE : TargetStyle.ABSOLUTE;
	}
}
