/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * The Linksmith core API: the {@link org.linksmith.core.LinkService} (create, inspect, retarget,
 * remove, relocate, clone, scan links) and the {@link org.linksmith.core.FileTreeService} (list,
 * copy, move, delete trees without following links), both OSGi services. Nothing here is
 * {@code null} unless it says {@code @Nullable}.
 */
@NonNullByDefault
package org.linksmith.core;

import org.eclipse.jdt.annotation.NonNullByDefault;
