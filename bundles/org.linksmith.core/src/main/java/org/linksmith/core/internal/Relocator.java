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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkType;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * Moves a folder and leaves a link at its old path ("move and leave a link"). On one volume the
 * folder is renamed; across volumes it is copied, the copy verified byte for byte, the original
 * renamed aside, the link made, and only then the original deleted. Any failure or cancellation
 * puts everything back: the user always has one complete copy at the original path.
 */
final class Relocator {

	private final DefaultLinkService service;
	private final LinkSystem system;
	private final VerifiedCopy copier;
	private final RelocationJournal journal;

	Relocator(DefaultLinkService service, LinkSystem system, RelocationJournal journal) {
		this.service = service;
		this.system = system;
		this.copier = new VerifiedCopy(system, new SafeTree(system));
		this.journal = journal;
	}

	/**
	 * Ends the journal entry when the disk shows nothing left to do (done, or rolled back);
	 * keeps it when a failure left a state that the next run must offer to finish or undo.
	 */
	private void settle(RelocationJournal.Entry entry) {
		if (entry != null && new RelocationRecovery(service, system, journal).classify(journal.latest(entry)) == null) {
			journal.end(entry);
		}
	}

	/**
	 * @param into whether an existing folder at {@code destination} receives the folder (as
	 *        {@code mv} does), else the destination is the exact new path
	 */
	CreateResult relocate(Path folder, Path destination, LinkType requested, IProgressMonitor monitor, boolean into)
			throws LinkException {
		LinkType linkType = requested == LinkType.SYMBOLIC_FILE ? LinkType.SYMBOLIC_DIRECTORY : requested;
		if (linkType != LinkType.SYMBOLIC_DIRECTORY && linkType != LinkType.JUNCTION) {
			throw new LinkException(Reason.NOT_SUPPORTED, folder, NLS.bind(Messages.Error_RelocateLinkType, linkType.id()));
		}
		if (!system.supportedTypes(folder).contains(linkType)) {
			throw Errors.junctionsNotSupported(folder);
		}
		if (folder.toString().isEmpty() || destination.toString().isEmpty()) {
			throw new LinkException(Reason.INVALID_PATH, folder, Messages.Error_EmptyPath);
		}
		boolean textual = system.resolvesDotDotInText();
		if (KernelPaths.lastIsDotOrRoot(folder)) {
			throw new LinkException(Reason.INVALID_PATH, folder, NLS.bind(Messages.Error_NotByItsName, folder,
					KernelPaths.ofOrAsGiven(folder, textual)));
		}
		// the folder the system reaches: "dl/../D" is the D beside dl's target, not beside dl
		Path source = KernelPaths.ofOrAsGiven(folder, textual);
		BasicFileAttributes attrs;
		try {
			attrs = Files.readAttributes(source, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			throw system.translate(e, Operation.MOVE, folder, null);
		}
		if (!SafeTree.isRealDirectory(attrs)) {
			throw new LinkException(Reason.INVALID_PATH, folder, NLS.bind(Messages.Error_RelocateNotAFolder, Errors.show(folder)));
		}
		try {
			if (system.isMountPoint(source)) {
				throw new LinkException(Reason.NOT_SUPPORTED, folder, NLS.bind(Messages.Error_RelocateMountPoint, Errors.show(folder)));
			}
		} catch (IOException e) {
			throw system.translate(e, Operation.MOVE, folder, null);
		}
		Path given = KernelPaths.ofOrAsGiven(destination, textual);
		Path target = into && Files.isDirectory(given) ? given.resolve(source.getFileName()) : given;
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw Errors.create(Reason.ALREADY_EXISTS, target, null);
		}
		Path targetParent = target.getParent();
		if (targetParent == null || !Files.isDirectory(targetParent)) {
			throw Errors.create(Reason.PARENT_MISSING, target, targetParent);
		}
		if (LinkPaths.isInside(target, source)) {
			throw Errors.create(Reason.DESTINATION_INSIDE_SOURCE, folder, target);
		}
		if (linkType == LinkType.JUNCTION) {
			system.checkJunctionTarget(source, target);
		}

		SubMonitor sub = SubMonitor.convert(monitor,
				NLS.bind(Messages.Relocate_Task, Errors.show(folder), Errors.show(target)), 100);
		// the journal, written before anything changes, lets the next run finish or undo a
		// relocation killed half-way (where the old path can go missing: no atomic swap here)
		Path aside = LinkPaths.temporarySibling(source, "moving"); //$NON-NLS-1$
		FileId originalId;
		try {
			originalId = system.fileId(source);
		} catch (IOException e) {
			throw system.translate(e, Operation.MOVE, folder, target);
		}
		RelocationJournal.Entry entry = journal.begin(source, target, aside, linkType, RelocationJournal.Phase.MOVING,
				originalId);
		boolean across = false;
		try {
			if (system.volumeOf(source).equals(system.volumeOf(targetParent))) {
				CreateResult swapped = renameWithExchange(source, aside, target, linkType, originalId);
				if (swapped != null) {
					sub.worked(100);
					return swapped;
				}
			}
			moveNoReplace(source, target);
			sub.worked(90);
			return leaveLink(source, target, linkType, () -> Files.move(target, source, StandardCopyOption.ATOMIC_MOVE),
					new ArrayList<>());
		} catch (AtomicMoveNotSupportedException e) {
			across = true; // another volume: copy, verify, then delete
		} catch (IOException e) {
			throw system.translate(e, Operation.MOVE, folder, target);
		} finally {
			if (!across) {
				settle(entry);
			}
		}
		RelocationJournal.Entry copying = journal.update(entry, RelocationJournal.Phase.COPYING);
		try {
			return copyAcross(source, target, aside, linkType, originalId, folder, sub, copying);
		} finally {
			settle(copying);
		}
	}

	private CreateResult copyAcross(Path source, Path target, Path aside, LinkType linkType, FileId original, Path shown,
			SubMonitor sub, RelocationJournal.Entry started) throws LinkException {
		RelocationJournal.Entry[] journaled = { started };
		// the folder made for the copy is journaled first: the only one an undo may delete
		VerifiedCopy.Made copy = copier.copy(source, target, shown, sub,
				id -> journaled[0] = journal.copyMade(journaled[0], id));
		RelocationJournal.Entry entry = journal.update(journaled[0], RelocationJournal.Phase.VERIFIED);
		List<String> warnings = new ArrayList<>(copy.warnings());

		// the copy is complete and verified: where the system can, the link ready beside the
		// original takes its place in one atomic swap, so that the old path always holds the folder
		// or a working link to its copy, whenever the process may be killed
		CreateResult exchanged;
		try {
			exchanged = exchangeWithLink(source, aside, target, linkType, original);
		} catch (LinkException e) {
			discardCopy(target, copy.id());
			throw e;
		}
		if (exchanged != null) {
			warnings.addAll(exchanged.warnings());
			sub.subTask(Messages.Relocate_Deleting);
			entry = journal.update(entry, RelocationJournal.Phase.DELETING);
			deleteOriginal(aside, warnings, copy, entry);
			sub.worked(10);
			return new CreateResult(exchanged.link(), warnings);
		}
		try {
			Files.move(source, aside, StandardCopyOption.ATOMIC_MOVE);
			if (!original.equals(system.fileId(aside))) {
				Files.move(aside, source, StandardCopyOption.ATOMIC_MOVE); // another folder was there meanwhile
				throw replaced(shown);
			}
		} catch (IOException e) {
			discardCopy(target, copy.id());
			throw system.translate(e, Operation.MOVE, shown, target);
		} catch (LinkException e) {
			discardCopy(target, copy.id());
			throw e;
		}
		CreateResult result;
		try {
			result = leaveLink(source, target, linkType, () -> Files.move(aside, source, StandardCopyOption.ATOMIC_MOVE),
					warnings);
		} catch (LinkException e) {
			discardCopy(target, copy.id());
			throw e;
		}
		sub.subTask(Messages.Relocate_Deleting);
		entry = journal.update(entry, RelocationJournal.Phase.DELETING);
		deleteOriginal(aside, warnings, copy, entry);
		sub.worked(10);
		return new CreateResult(result.link(), warnings);
	}

	/** Deletes the original as far as it was copied; when something was kept, the journal ends (no longer the copied original). */
	private void deleteOriginal(Path aside, List<String> warnings, VerifiedCopy.Made copy, RelocationJournal.Entry entry) {
		if (copier.deleteOriginal(aside, copy, warnings)) {
			journal.end(entry);
		}
	}

	private static LinkException replaced(Path shown) {
		return new LinkException(Reason.NOT_SUPPORTED, shown, NLS.bind(Messages.Error_ReplacedDuringMove, Errors.show(shown)));
	}

	/**
	 * Makes the link at a free name beside {@code source}, then swaps it with {@code source} in one
	 * step ({@code renameat2(RENAME_EXCHANGE)}): the old path goes from the folder to the link with
	 * no moment in between, and the folder ends up at {@code aside}.
	 *
	 * @return the link left at {@code source}, or {@code null} when the system cannot swap (nothing
	 *         changed; the caller moves the folder aside first)
	 */
	private CreateResult exchangeWithLink(Path source, Path aside, Path target, LinkType linkType, FileId original)
			throws LinkException {
		CreateResult made = service.createForRelocation(aside, target, linkType);
		boolean swapped;
		try {
			swapped = system.exchange(aside, source);
			if (swapped && !original.equals(system.fileId(aside))) {
				// another folder had been put at the old path: put it back, touch nothing
				system.exchange(aside, source);
				removeQuietly(aside, made.link().type());
				throw replaced(source);
			}
		} catch (IOException e) {
			removeQuietly(aside, made.link().type());
			throw system.translate(e, Operation.MOVE, source, target);
		}
		if (!swapped) {
			removeQuietly(aside, made.link().type());
			return null;
		}
		return new CreateResult(service.inspect(source), made.warnings());
	}

	/**
	 * One rename that never replaces anything ({@code RENAME_NOREPLACE}), also not an empty folder
	 * made at the target meanwhile (a plain rename would replace it); where the system cannot,
	 * the atomic move, checked just before.
	 */
	private void moveNoReplace(Path from, Path to) throws IOException {
		if (!system.renameNoReplace(from, to)) {
			if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
				throw new java.nio.file.FileAlreadyExistsException(to.toString());
			}
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/**
	 * A rename on one volume that never leaves the old path empty: the link (dangling for the
	 * moment) is swapped in for the folder, then the folder is renamed to its new place. On any
	 * failure the swap is undone.
	 *
	 * @return the link left at {@code source}, or {@code null} when the system cannot swap
	 */
	private CreateResult renameWithExchange(Path source, Path aside, Path target, LinkType linkType, FileId original)
			throws LinkException {
		CreateResult swapped = exchangeWithLink(source, aside, target, linkType, original);
		if (swapped == null) {
			return null;
		}
		try {
			moveNoReplace(aside, target);
		} catch (IOException e) {
			try {
				system.exchange(aside, source);
				removeQuietly(aside, linkType);
			} catch (IOException undoFailed) {
				e.addSuppressed(undoFailed);
			}
			throw system.translate(e, Operation.MOVE, source, target);
		}
		return new CreateResult(service.inspect(source), List.of());
	}

	private void removeQuietly(Path link, LinkType type) {
		try {
			system.removeLink(link, type);
		} catch (IOException ignored) {
			// a stray link beside the folder; it points to where the folder was to go
		}
	}

	@FunctionalInterface
	private interface Undo {
		void run() throws IOException;
	}

	private CreateResult leaveLink(Path source, Path target, LinkType linkType, Undo undo, List<String> warnings)
			throws LinkException {
		try {
			CreateResult created = service.createForRelocation(source, target, linkType);
			warnings.addAll(created.warnings());
			return new CreateResult(created.link(), warnings);
		} catch (LinkException | RuntimeException e) {
			try {
				undo.run();
			} catch (IOException undoFailed) {
				e.addSuppressed(undoFailed);
			}
			throw e;
		}
	}

	private void discardCopy(Path copy, FileId made) {
		copier.discard(copy, made);
	}
}
