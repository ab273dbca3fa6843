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
 * Linksmith's user interface on plain files: commands, decorators, the Link property page and
 * preferences. The API is the services other bundles contribute ({@link org.linksmith.ui.LinkChangeListener},
 * {@link org.linksmith.ui.LinkTargetOpener}) and what elements adapt to ({@link java.nio.file.Path},
 * {@link org.linksmith.ui.SiblingScope}).
 * Nothing here is {@code null} unless it says {@code @Nullable}.
 */
@NonNullByDefault
package org.linksmith.ui;

import org.eclipse.jdt.annotation.NonNullByDefault;
