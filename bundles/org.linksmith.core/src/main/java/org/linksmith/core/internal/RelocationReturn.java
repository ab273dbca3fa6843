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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.core.TreeResult;

/**
 * The undo of a relocation: the folder a link points to goes back to the link's path, and the link
 * is gone. The folder is first moved beside the link under a hidden name (one rename on the same
 * volume; across volumes the verified copy), then swapped with the link in one atomic step
 * ({@code renameat2(RENAME_EXCHANGE)}), and only then the link, now under the hidden name, is
 * removed: the link's path always holds the link or the folder. Where the system cannot swap, the
 * link is removed and the folder renamed into its place right after (the only moment the path is
 * empty, with the folder complete beside it).
 */
final class RelocationReturn {

	private final DefaultLinkService service;
	private final LinkSystem system;
	private final DefaultFileTreeService files;

	RelocationReturn(DefaultLinkService service, LinkSystem system) {
		this.service = service;
		this.system = system;
		this.files = new DefaultFileTreeService(system);
	}

	CreateResult run(Path link, @Nullable IProgressMonitor monitor) throws LinkException {
		LinkInfo info = service.inspect(link);
		Path place = info.resolved();
		if (info.type() != LinkType.SYMBOLIC_DIRECTORY && info.type() != LinkType.JUNCTION || place == null || info.broken()) {
			throw new LinkException(Reason.INVALID_PATH, link, NLS.bind(Messages.Error_ReturnNotAFolderLink, Errors.show(link)));
		}
		try {
			if (!Files.isDirectory(place, LinkOption.NOFOLLOW_LINKS) || system.isMountPoint(place)) {
				throw new LinkException(Reason.INVALID_PATH, link,
						NLS.bind(Messages.Error_ReturnNotAFolderLink, Errors.show(link)));
			}
		} catch (IOException e) {
			throw system.translate(e, LinkSystem.Operation.MOVE, place, null);
		}
		Path dir = link.toAbsolutePath().getParent();
		if (dir == null) {
			throw new LinkException(Reason.INVALID_PATH, link, NLS.bind(Messages.Error_ReturnNotAFolderLink, Errors.show(link)));
		}
		Path aside = dir.resolve(".linksmith-returning-" + Long.toHexString(System.nanoTime())); //$NON-NLS-1$
		TreeResult moved = files.move(place, aside, monitor);
		List<String> warnings = new ArrayList<>(moved.warnings());
		try {
			if (system.exchange(aside, link)) {
				service.remove(aside); // the link, now under the hidden name
			} else {
				service.remove(link);
				if (!system.renameNoReplace(aside, link)) {
					Files.move(aside, link); // never over anything: fails if something took the name
				}
			}
		} catch (IOException | LinkException e) {
			throw new LinkException(Reason.IO_ERROR, link, NLS.bind(Messages.Error_ReturnLeftAside,
					new Object[] { Errors.show(link), Errors.show(aside), e.getMessage() }), e);
		}
		return new CreateResult(service.inspect(link), warnings);
	}
}
