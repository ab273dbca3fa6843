/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkType;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * Removes a link and only the link: a symbolic link or junction itself, a hard link's name while
 * the file keeps another; never a file's last name, never what a link points to.
 */
final class LinkRemoval {

	private final LinkSystem system;

	LinkRemoval(LinkSystem system) {
		this.system = system;
	}

	void remove(Path link) throws LinkException {
		LinkPaths.checkNotEmpty(link, link);
		BasicFileAttributes attrs = LinkPaths.readAttributes(system, link, Operation.REMOVE);
		LinkType type;
		try {
			type = system.classify(link, attrs);
		} catch (IOException e) {
			throw system.translate(e, Operation.REMOVE, link, null);
		}
		switch (type) {
			case SYMBOLIC_FILE, SYMBOLIC_DIRECTORY, JUNCTION -> {
				// removes the link itself: unlink(2) / RemoveDirectory on the reparse point
			}
			case HARD -> {
				try {
					if (system.linkCount(link) < 2) {
						throw lastName(link);
					}
				} catch (IOException e) {
					throw system.translate(e, Operation.REMOVE, link, null);
				}
			}
			case OTHER_REPARSE_POINT -> throw new LinkException(Reason.NOT_A_LINK, link,
					NLS.bind(Messages.Error_RemoveOtherReparsePoint, Errors.show(link)));
			case NONE -> {
				if (attrs.isRegularFile()) {
					throw lastName(link);
				}
				throw notALink(link);
			}
		}
		try {
			system.removeLink(link, type);
		} catch (IOException e) {
			throw system.translate(e, Operation.REMOVE, link, null);
		}
	}

	private static LinkException lastName(Path link) {
		return Errors.create(Reason.LAST_NAME, link, null);
	}

	static LinkException notALink(Path link) {
		String kind = Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS) ? Messages.Kind_Folder : Messages.Kind_File;
		return new LinkException(Reason.NOT_A_LINK, link, NLS.bind(Messages.Error_NOT_A_LINK_Kind, Errors.show(link), kind));
	}
}
