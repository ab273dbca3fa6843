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
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;

/**
 * The undo of a relocation: the folder a link points to goes back to the link's path, and the link
 * is gone, and only when the link still reaches the folder the relocation made (else nothing is
 * touched). On one volume the folder and the link swap places in one atomic step
 * ({@code renameat2(RENAME_EXCHANGE)}) and the link, now at the folder's old place, is removed.
 * Across volumes the folder is copied beside the link under a hidden name and verified, the copy
 * swaps places with the link, and only then the far folder is deleted (as far as it was copied):
 * killed at any instant, the link's path holds the link or the complete folder, and the data is
 * never only under a hidden name. Where the system cannot swap, the link is removed and the folder
 * renamed into its place right after.
 */
final class RelocationReturn {

	private final DefaultLinkService service;
	private final LinkSystem system;
	private final SafeTree tree;
	private final VerifiedCopy copier;

	RelocationReturn(DefaultLinkService service, LinkSystem system) {
		this.service = service;
		this.system = system;
		this.tree = new SafeTree(system);
		this.copier = new VerifiedCopy(system, tree);
	}

	CreateResult run(Path link, Path folder, @Nullable IProgressMonitor monitor) throws LinkException {
		LinkInfo info = service.inspect(link);
		Path place = info.resolved();
		Path dir = link.toAbsolutePath().getParent();
		if (info.type() != LinkType.SYMBOLIC_DIRECTORY && info.type() != LinkType.JUNCTION || place == null || info.broken()
				|| dir == null) {
			throw notTheLink(link);
		}
		List<String> warnings = new ArrayList<>();
		try {
			// the link must still reach the very folder the relocation made, and nothing else
			if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !system.fileId(place).equals(system.fileId(folder))
					|| system.isMountPoint(folder)) {
				throw notTheLink(link);
			}
			if (system.volumeOf(dir).equals(system.volumeOf(folder)) && system.exchange(folder, link)) {
				service.remove(folder); // the link, now where the folder was
				return new CreateResult(service.inspect(link), warnings);
			}
		} catch (IOException e) {
			throw system.translate(e, LinkSystem.Operation.MOVE, folder, link);
		}
		Path aside = dir.resolve(".linksmith-returning-" + Long.toHexString(System.nanoTime())); //$NON-NLS-1$
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		VerifiedCopy.Made copy = copier.copy(folder, aside, folder, sub.split(90), id -> {
			// the hidden copy is new: a failed copy is discarded by the copier
		});
		warnings.addAll(copy.warnings());
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
		copier.deleteOriginal(folder, copy, warnings);
		return new CreateResult(service.inspect(link), warnings);
	}

	private static LinkException notTheLink(Path link) {
		return new LinkException(Reason.INVALID_PATH, link, NLS.bind(Messages.Error_ReturnNotAFolderLink, Errors.show(link)));
	}
}
