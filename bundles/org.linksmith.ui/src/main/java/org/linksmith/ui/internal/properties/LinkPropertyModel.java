/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.properties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkInfo;
import org.linksmith.ui.internal.Messages;

/**
 * What the Link property page shows for one path: labelled rows, whether the target can be edited,
 * and the other names of a hard-linked file.
 *
 * @param rows label and value, in order
 * @param editableTarget the stored target to put in the editable field, or {@code null} when the
 *        element has no target to change
 * @param siblings other names of the file within the search scope
 */
public record LinkPropertyModel(List<Row> rows, String editableTarget, List<Path> siblings) {

	/**
	 * @param label what
	 * @param value its value
	 */
	public record Row(String label, String value) {
	}

	/**
	 * @param info what the path is
	 * @param siblings its other names found within the scope
	 * @param scope where they were looked for
	 * @return the page's content
	 */
	public static LinkPropertyModel of(LinkInfo info, List<Path> siblings, Path scope) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(Messages.Page_Path, info.path().toString()));
		rows.add(new Row(Messages.Page_Type, typeLabel(info)));
		String editable = null;
		if (info.type().hasTarget()) {
			editable = String.valueOf(info.target());
			rows.add(new Row(Messages.Page_Resolved, info.resolved() == null ? "-" : info.resolved().toString())); //$NON-NLS-1$
			if (info.chain().size() > 1 || info.loop()) {
				StringBuilder chain = new StringBuilder();
				for (Path p : info.chain()) {
					chain.append(p).append(" \u2192 "); //$NON-NLS-1$
				}
				chain.append(info.loop() ? Messages.Page_LoopEnd : String.valueOf(info.resolved()));
				rows.add(new Row(Messages.Page_Chain, chain.toString()));
			}
			rows.add(new Row(Messages.Page_State, info.loop() ? Messages.Page_StateLoop
					: info.broken() ? Messages.Page_StateBroken : Messages.Page_StateOk));
		}
		rows.add(new Row(Messages.Page_Links, Long.toString(info.links())));
		if (info.links() > 1) {
			long elsewhere = info.links() - 1 - siblings.size();
			rows.add(new Row(Messages.Page_OtherNames, siblings.isEmpty() ? NLS.bind(Messages.Page_NoneWithin, scope)
					: elsewhere > 0 ? NLS.bind(Messages.Page_SomeOutside, Long.valueOf(elsewhere), scope) : "")); //$NON-NLS-1$
		}
		return new LinkPropertyModel(List.copyOf(rows), editable, List.copyOf(siblings));
	}

	static String typeLabel(LinkInfo info) {
		return switch (info.type()) {
			case SYMBOLIC_FILE -> Messages.Kind_SymbolicFile;
			case SYMBOLIC_DIRECTORY -> Messages.Kind_SymbolicFolder;
			case HARD -> Messages.Kind_Hard;
			case JUNCTION -> Messages.Kind_Junction;
			case OTHER_REPARSE_POINT -> Messages.Kind_Reparse;
			case NONE -> Messages.Kind_None;
		};
	}

	/**
	 * @param label a row's label
	 * @return its value, or {@code null}
	 */
	public String value(String label) {
		return rows.stream().filter(r -> r.label().equals(label)).map(Row::value).findFirst().orElse(null);
	}
}
