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

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.linksmith.core.SmartCopyReport.HardLinkGroup;
import org.linksmith.core.TreeSize;

/**
 * A true size in words, for the Link property page of a folder and the Explorer's Size dialog:
 * the size (each hard-linked file once), the space on disk, what the tree holds, its hard-link
 * groups.
 */
public final class TreeSizeText {

	/** One labelled line. */
	public record Row(String label, String value) {
	}

	private TreeSizeText() {
	}

	/**
	 * @param size a true size
	 * @return its lines: Size, On disk (when the system tells), Contents, Hard links (when there
	 *         are any), Not entered (a mount point inside)
	 */
	public static List<Row> rows(TreeSize size) {
		List<Row> rows = new java.util.ArrayList<>();
		rows.add(new Row(Messages.Size_Size, bytes(size.apparentBytes())));
		if (size.allocatedBytes() >= 0) {
			rows.add(new Row(Messages.Size_OnDisk, bytes(size.allocatedBytes())));
		}
		rows.add(new Row(Messages.Size_Contents, MessageFormat.format(Messages.Size_ContentsValue,
				Long.valueOf(size.files()), Long.valueOf(size.folders()), Long.valueOf(size.symbolicLinks()),
				Long.valueOf(size.junctions()), Long.valueOf(size.others()))));
		if (!size.groups().isEmpty()) {
			long saturated = size.groups().stream().filter(HardLinkGroup::saturated).count();
			rows.add(new Row(Messages.Size_HardLinks, MessageFormat.format(Messages.Size_HardLinksValue,
					Long.valueOf(size.hardLinkNames()), Integer.valueOf(size.groups().size()), Long.valueOf(saturated),
					Long.valueOf(size.groups().size() - saturated))));
		}
		if (size.mountPoint() != null) {
			rows.add(new Row(Messages.Size_NotEntered, String.valueOf(size.mountPoint())));
		}
		return rows;
	}

	/**
	 * @param n bytes
	 * @return {@code 1.2 MiB (1,234,567 bytes)}, or {@code 512 bytes}
	 */
	public static String bytes(long n) {
		String exact = MessageFormat.format(Messages.Size_Bytes, Long.valueOf(n));
		if (n < 1024) {
			return exact;
		}
		String[] units = { "KiB", "MiB", "GiB", "TiB", "PiB" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		double v = n;
		int u = -1;
		while (v >= 1024 && u < units.length - 1) {
			v /= 1024;
			u++;
		}
		return MessageFormat.format(Messages.Size_Human, String.format(Locale.getDefault(), "%.1f %s", Double.valueOf(v), units[u]), //$NON-NLS-1$
				exact);
	}
}
