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

import java.nio.file.Path;

import org.eclipse.core.expressions.PropertyTester;
import org.linksmith.core.LinkInfo;
import org.linksmith.ui.internal.handlers.LinkSourceProvider;

/**
 * Properties for menu expressions ({@code org.linksmith.ui.isLink}, {@code hasTarget},
 * {@code isBroken}, {@code isFolder}). Answers from {@link LinkInfoCache}, filled by the decorator in
 * the background; when nothing is known yet the answer is permissive (the command then checks and
 * explains), so no menu ever waits for the disk.
 */
public final class LinkPropertyTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if ("pickedHasFolder".equals(property)) { //$NON-NLS-1$
			// a hard-link clone is of folders; for files Drop As > Hard Link is the same thing
			return LinkSourceProvider.picked().stream().anyMatch(p -> {
				Boolean folder = LinkInfoCache.isFolder(p);
				return folder == null ? !looksLikeFile(p) : folder.booleanValue();
			});
		}
		Path path = LinkUi.pathOf(receiver);
		if (path == null) {
			return false;
		}
		LinkInfo info = LinkInfoCache.get(path);
		return switch (property) {
			case "isLink" -> info == null || info.isLink(); //$NON-NLS-1$
			case "hasTarget" -> info == null || info.type().hasTarget(); //$NON-NLS-1$
			case "isBroken" -> info != null && info.broken(); //$NON-NLS-1$
			case "isFolder" -> { //$NON-NLS-1$
				Boolean folder = LinkInfoCache.isFolder(path);
				yield folder == null ? !looksLikeFile(path) : folder.booleanValue();
			}
			case "hasPickedSources" -> !LinkSourceProvider.picked().isEmpty(); //$NON-NLS-1$
			default -> false;
		};
	}

	/** A guess without the disk: names with an extension are usually files. */
	private static boolean looksLikeFile(Path path) {
		Path name = path.getFileName();
		return name != null && name.toString().lastIndexOf('.') > 0;
	}
}
