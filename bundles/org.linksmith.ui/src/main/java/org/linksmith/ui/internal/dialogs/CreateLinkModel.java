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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.Messages;
import org.linksmith.ui.internal.operations.CreateLinksOperation;

/**
 * What the Create Link dialog holds, and its validation: the checks a user needs before OK, with a
 * message and a preview of the exact result. {@link #validate()} reads the disk: call it off the UI
 * thread.
 *
 * @param folder where the link goes
 * @param name the link's name
 * @param target the target as typed
 * @param type the link type (for symbolic links: file or folder is decided from the target)
 * @param relative whether to store the target relative to the link's folder
 */
public record CreateLinkModel(String folder, String name, String target, LinkType type, boolean relative) {

	/**
	 * The outcome of validation.
	 *
	 * @param severity {@link IStatus#OK}, {@link IStatus#WARNING} (allowed) or {@link IStatus#ERROR}
	 * @param message what to tell the user
	 * @param preview the exact result ({@code Pics -> ../Backups/Pictures}), or {@code ""}
	 */
	public record Validation(int severity, String message, String preview) {
		/** @return whether OK may be pressed */
		public boolean allowsOk() {
			return severity != IStatus.ERROR;
		}
	}

	private static Validation error(String message) {
		return new Validation(IStatus.ERROR, message, ""); //$NON-NLS-1$
	}

	/**
	 * @param supported the types the system can create in the folder
	 * @return the reason a type is not available, or {@code null} when it is
	 */
	public static String unavailableReason(LinkType type, Set<LinkType> supported) {
		if (supported.contains(type)) {
			return null;
		}
		return type == LinkType.JUNCTION ? Messages.Create_JunctionUnavailable : Messages.Create_TypeUnavailable;
	}

	/**
	 * @param supported the types the system can create in the folder
	 * @return the validation result
	 */
	public Validation validate(Set<LinkType> supported) {
		if (folder.isBlank()) {
			return error(Messages.Create_NoFolder);
		}
		if (name.isBlank()) {
			return error(Messages.Create_NoName);
		}
		if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return error(Messages.Create_BadName);
		}
		if (target.isBlank()) {
			return error(Messages.Create_NoTarget);
		}
		String reason = unavailableReason(type, supported);
		if (reason != null) {
			return error(reason);
		}
		Path dir;
		Path link;
		Path typed;
		try {
			dir = Path.of(folder);
			link = dir.resolve(name);
			typed = Path.of(target);
		} catch (InvalidPathException e) {
			return error(NLS.bind(Messages.Create_InvalidPath, e.getInput()));
		}
		if (!Files.isDirectory(dir)) {
			return error(NLS.bind(Messages.Create_FolderMissing, dir));
		}
		if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
			return error(NLS.bind(Messages.Create_NameTaken, name));
		}
		Path effective = typed.isAbsolute() ? typed : dir.resolve(typed);
		boolean exists = Files.exists(effective);
		String preview = NLS.bind(Messages.Create_Preview, new Object[] { link, shownTarget(dir, effective, typed),
				kind(exists && Files.isDirectory(effective)) });
		if (type == LinkType.HARD) {
			if (!exists) {
				return error(NLS.bind(Messages.Create_HardTargetMissing, effective));
			}
			if (Files.isDirectory(effective)) {
				return error(Messages.Create_HardToFolder);
			}
			try {
				if (!Files.getFileStore(dir).equals(Files.getFileStore(effective))) {
					return error(Messages.Create_HardCrossVolume);
				}
			} catch (IOException e) {
				// let the operation report it
			}
			return new Validation(IStatus.OK, Messages.Create_ReadyHard, preview);
		}
		if (!exists) {
			return new Validation(IStatus.WARNING, NLS.bind(Messages.Create_Dangling, effective), preview);
		}
		return new Validation(IStatus.OK, Messages.Create_Ready, preview);
	}

	private String shownTarget(Path dir, Path effective, Path typed) {
		if (type == LinkType.HARD) {
			return effective.normalize().toString();
		}
		if (relative) {
			try {
				return dir.toAbsolutePath().normalize().relativize(effective.toAbsolutePath().normalize()).toString();
			} catch (IllegalArgumentException e) {
				return effective.toString();
			}
		}
		return typed.isAbsolute() ? typed.toString() : effective.toAbsolutePath().normalize().toString();
	}

	private String kind(boolean folderTarget) {
		return switch (type) {
			case HARD -> Messages.Kind_Hard;
			case JUNCTION -> Messages.Kind_Junction;
			default -> folderTarget ? Messages.Kind_SymbolicFolder : Messages.Kind_SymbolicFile;
		};
	}

	/** @return the link to create */
	public CreateLinksOperation.Spec toSpec() {
		Path dir = Path.of(folder);
		Path typed = Path.of(target);
		Path effective = typed.isAbsolute() ? typed : dir.resolve(typed);
		TargetStyle style = relative ? TargetStyle.RELATIVE : TargetStyle.ABSOLUTE;
		return new CreateLinksOperation.Spec(dir.resolve(name), effective.toAbsolutePath().normalize(), type, style);
	}
}
