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
import java.util.function.Consumer;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * The one copy -> verify -> delete of a folder tree moved to another volume, used by relocate and
 * by {@link DefaultFileTreeService#move}: the tree is measured (a mount point, a folder this
 * process may not empty or a special file inside refuses the move before anything is written),
 * copied into a folder made for it, compared byte for byte, and the original later deleted only as
 * far as it was copied. Whatever fails, the copy (and only the folder made for it) is removed and
 * the original is untouched.
 */
final class VerifiedCopy {

	/**
	 * A complete, verified copy.
	 *
	 * @param id the identity of the folder made for the copy
	 * @param copied what was copied (for {@link VerifiedCopy#deleteOriginal})
	 * @param warnings what the user should know so far
	 */
	record Made(FileId id, TreeEngine.Manifest copied, List<String> warnings) {
	}

	private final LinkSystem system;
	private final SafeTree tree;

	VerifiedCopy(LinkSystem system, SafeTree tree) {
		this.system = system;
		this.tree = tree;
	}

	/**
	 * @param source a real folder
	 * @param target the copy's path (must not exist)
	 * @param shown the path the user named (for messages)
	 * @param sub 90 units of work
	 * @param madeFolder told the identity of the folder made for the copy, before anything is copied
	 *        into it (a journal records it: the only folder an undo may delete)
	 * @return the verified copy
	 * @throws LinkException when it cannot be copied or the copy differs; the copy is removed
	 */
	Made copy(Path source, Path target, Path shown, SubMonitor sub, Consumer<FileId> madeFolder) throws LinkException {
		List<String> warnings = new ArrayList<>();
		FileId made = null;
		try {
			sub.subTask(Messages.Relocate_Measuring);
			SafeTree.Size size = tree.measure(source, sub.split(5));
			refuseUncopyable(size, shown);
			int kib = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(1, size.bytes / 1024));
			sub.subTask(NLS.bind(Messages.Relocate_Copying, Errors.show(target)));
			SubMonitor copyMonitor = sub.split(50).setWorkRemaining(kib);
			Files.createDirectory(target);
			made = system.fileId(target);
			madeFolder.accept(made);
			TreeEngine.Manifest copied = tree.copyRecorded(source, target, copyMonitor);
			if (copied.outside() > 0) {
				warnings.add(NLS.bind(Messages.Warning_HardLinksOutside, Integer.valueOf(copied.outside())));
			}
			sub.subTask(Messages.Relocate_Verifying);
			String difference = tree.verify(source, target, sub.split(35).setWorkRemaining(kib));
			if (difference != null) {
				throw Errors.create(Reason.VERIFY_FAILED, shown, target, difference, null);
			}
			return new Made(made, copied, warnings);
		} catch (LinkException | RuntimeException e) {
			discard(target, made);
			throw e;
		} catch (IOException e) {
			discard(target, made);
			throw system.translate(e, Operation.MOVE, shown, target);
		}
	}

	private static void refuseUncopyable(SafeTree.Size size, Path shown) throws LinkException {
		if (size.mountPoint != null) {
			throw new LinkException(Reason.NOT_SUPPORTED, shown,
					NLS.bind(Messages.Error_MountInside, Errors.show(shown), Errors.show(size.mountPoint)));
		}
		if (size.readOnly != null) {
			throw new LinkException(Reason.PERMISSION_DENIED, shown,
					NLS.bind(Messages.Error_ReadOnlyInside, Errors.show(shown), Errors.show(size.readOnly)));
		}
		if (size.special != null) {
			throw new LinkException(Reason.NOT_SUPPORTED, shown, NLS.bind(Messages.Error_SpecialInside,
					new Object[] { Errors.show(shown), Errors.show(size.special), size.specialKind }));
		}
	}

	/**
	 * Deletes the copy made, and nothing else: a folder now at its path that is another is left alone.
	 *
	 * @param copy the copy's path
	 * @param made the identity of the folder made for it, or {@code null} when none was made
	 */
	void discard(Path copy, FileId made) {
		if (made != null && Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
			try {
				tree.deleteIf(copy, made);
			} catch (IOException e) {
				// the original is intact; a partial copy remains at the destination
			}
		}
	}

	/**
	 * Deletes the original as far as it was copied and verified: what was added or changed in it
	 * meanwhile, or swapped in, is kept where it is, and the user is told.
	 *
	 * @param original the original (perhaps renamed since the copy)
	 * @param copy the verified copy
	 * @param warnings receives what the user should know
	 * @return whether anything was kept
	 */
	boolean deleteOriginal(Path original, Made copy, List<String> warnings) {
		try {
			List<Path> kept = tree.deleteCopied(original, copy.copied());
			if (!kept.isEmpty()) {
				warnings.add(java.text.MessageFormat.format(Messages.Warning_KeptChanged, Integer.valueOf(kept.size()),
						Errors.show(original), Errors.show(kept.get(0))));
				return true;
			}
		} catch (IOException e) {
			warnings.add(NLS.bind(Messages.Warning_OriginalNotDeleted, Errors.show(original), IoErrors.detailOf(e)));
		}
		return false;
	}
}
