/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui;

import java.nio.file.Path;

/**
 * An OSGi service that opens or reveals a link's target in the running application: the IDE opens
 * files in an editor and reveals folders in the Project Explorer; the Explorer app navigates to
 * them. Without one, targets open with the operating system. Called on the UI thread.
 */
public interface LinkTargetOpener {
	/**
	 * @param target the resolved target (exists)
	 * @param folder whether it is a folder, as the link's type says (so that openers need not ask
	 *            the disk on the UI thread)
	 * @return whether it was opened; {@code false} lets the next opener (or the system) try
	 */
	boolean open(Path target, boolean folder);
}
