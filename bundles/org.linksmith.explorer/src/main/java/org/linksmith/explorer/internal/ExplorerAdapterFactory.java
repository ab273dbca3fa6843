/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.model.IWorkbenchAdapter;
import org.eclipse.ui.model.WorkbenchAdapter;

/** The Explorer's rows adapt to their path, so every Linksmith action and decoration applies. */
public final class ExplorerAdapterFactory implements IAdapterFactory {

	/** Names the rows for dialogs such as "Properties for NAME". */
	private static final IWorkbenchAdapter LABELS = new WorkbenchAdapter() {
		@Override
		public String getLabel(Object object) {
			if (object instanceof Entry e) {
				return e.name();
			}
			return object instanceof LinkRow r && r.path().getFileName() != null ? r.path().getFileName().toString() : ""; //$NON-NLS-1$
		}
	};

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IWorkbenchAdapter.class) {
			return type.cast(LABELS);
		}
		if (type != Path.class) {
			return null;
		}
		if (adaptable instanceof Entry e) {
			return type.cast(e.path());
		}
		if (adaptable instanceof LinkRow r) {
			return type.cast(r.path());
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { Path.class, IWorkbenchAdapter.class };
	}
}
