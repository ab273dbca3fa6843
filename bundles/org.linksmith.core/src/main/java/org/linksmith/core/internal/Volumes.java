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
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.linksmith.core.LinkType;

/**
 * What the volume under a path can hold: the FAT family (USB sticks, SD cards, EFI partitions)
 * has neither symbolic nor hard links nor junctions, and nothing can be made on a read-only
 * volume. Reads the file-system table: call off the UI thread.
 */
final class Volumes {

	/** File-system type names (Linux and Windows spellings) that hold no links of any kind. */
	private static final Set<String> NO_LINKS = Set.of("vfat", "msdos", "fat", "fat12", "fat16", "fat32", "exfat", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"iso9660", "udf", "cdfs", "squashfs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private Volumes() {
	}

	/**
	 * @param system what the operating system can make
	 * @param where a path on the volume in question (need not exist: its nearest existing folder counts)
	 * @return what can be made there
	 */
	static Set<LinkType> restrict(Set<LinkType> system, Path where, LinkSystem links) {
		return noLinksOn(where, links) == null ? system : EnumSet.noneOf(LinkType.class);
	}

	/**
	 * @param where a path on the volume in question
	 * @return the volume's file-system type when it holds no links (or is read-only), else {@code null}
	 */
	static String noLinksOn(Path where, LinkSystem links) {
		Path existing = existing(where);
		if (existing == null) {
			return null; // nothing there to ask: the creation says the rest
		}
		try {
			FileStore store = Files.getFileStore(existing);
			String type = store.type();
			if (links.isOnReadOnlyVolume(existing)) {
				return type + ", " + Messages.Detail_ReadOnlyVolume; //$NON-NLS-1$
			}
			return NO_LINKS.contains(type.toLowerCase(Locale.ROOT)) ? type : null;
		} catch (IOException | SecurityException e) {
			return null;
		}
	}

	private static Path existing(Path where) {
		for (Path p = where.toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
				return p;
			}
		}
		return null;
	}
}
