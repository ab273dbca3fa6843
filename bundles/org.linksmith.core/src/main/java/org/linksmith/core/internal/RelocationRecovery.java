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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.CreateResult;
import org.linksmith.core.InterruptedRelocation;
import org.linksmith.core.InterruptedRelocation.State;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.internal.LinkSystem.Operation;
import org.linksmith.core.internal.RelocationJournal.Entry;
import org.linksmith.core.internal.RelocationJournal.Phase;

/**
 * Reads what an interrupted relocation left on disk and finishes or undoes it. The journal says
 * which paths were involved and how far the relocation had come; the disk says what is there now,
 * and only the disk decides: every action first looks again and refuses when the paths are no
 * longer as the description said.
 */
final class RelocationRecovery {

	private enum Kind {
		FOLDER, LINK_TO_TARGET, OTHER_LINK, MISSING, OTHER
	}

	private final DefaultLinkService service;
	private final LinkSystem system;
	private final RelocationJournal journal;
	private final SafeTree tree;

	RelocationRecovery(DefaultLinkService service, LinkSystem system, RelocationJournal journal) {
		this.service = service;
		this.system = system;
		this.journal = journal;
		this.tree = new SafeTree(system);
	}

	List<InterruptedRelocation> list() {
		List<InterruptedRelocation> found = new ArrayList<>();
		for (Entry entry : journal.list()) {
			State state = classify(entry);
			if (state == null) {
				journal.end(entry); // it ended after all (or was sorted out by hand)
			} else {
				found.add(describe(entry, state));
			}
		}
		return found;
	}

	/**
	 * @return what the entry's paths show now, or {@code null} when nothing is left to do (the
	 *         relocation ended, or everything is back as it was)
	 */
	State classify(Entry e) {
		Kind source = kind(e.source(), e.target());
		Kind aside = e.aside() == null ? Kind.MISSING : kind(e.aside(), e.target());
		boolean target = Files.exists(e.target(), LinkOption.NOFOLLOW_LINKS);
		boolean copying = e.phase() != Phase.MOVING;
		switch (source) {
			case LINK_TO_TARGET, OTHER_LINK -> {
				if (aside == Kind.FOLDER) {
					if (source == Kind.OTHER_LINK) {
						return State.UNKNOWN;
					}
					if (e.original() != null && !is(e.aside(), e.original())) {
						return State.UNKNOWN; // not the folder that was moved
					}
					if (!target) {
						return State.MOVE_PENDING;
					}
					if (!is(e.target(), e.copy())) {
						return State.UNKNOWN; // not the copy it made
					}
					return e.phase() == Phase.DELETING ? State.ORIGINAL_BEING_DELETED : State.ORIGINAL_LEFT;
				}
				return null;
			}
			case FOLDER -> {
				boolean strayLink = aside == Kind.LINK_TO_TARGET;
				// only the folder this relocation made is its copy: a folder put there since is not
				return strayLink || copying && target && (is(e.target(), e.copy()) || madeButNotJournaled(e))
						? State.COPY_LEFT : null;
			}
			case MISSING -> {
				if (aside == Kind.FOLDER) {
					boolean ours = (e.original() == null || is(e.aside(), e.original())) && is(e.target(), e.copy());
					return e.phase() == Phase.VERIFIED && ours ? State.FOLDER_ASIDE : State.UNKNOWN;
				}
				boolean moved = isRealDirectory(e.target()) && (e.original() == null || is(e.target(), e.original()));
				return !copying && moved ? State.FOLDER_MOVED : State.UNKNOWN;
			}
			default -> {
				return State.UNKNOWN;
			}
		}
	}

	private InterruptedRelocation describe(Entry e, State state) {
		String folder = Errors.show(e.source());
		String destination = Errors.show(e.target());
		String aside = e.aside() == null ? "" : Errors.show(e.aside()); //$NON-NLS-1$
		String text = switch (state) {
			case COPY_LEFT -> NLS.bind(Messages.Recovery_CopyLeft, folder, destination);
			case ORIGINAL_LEFT -> NLS.bind(Messages.Recovery_OriginalLeft, new Object[] { folder, destination, aside });
			case ORIGINAL_BEING_DELETED -> NLS.bind(Messages.Recovery_OriginalBeingDeleted,
					new Object[] { folder, destination, aside });
			case MOVE_PENDING -> NLS.bind(Messages.Recovery_MovePending, new Object[] { folder, destination, aside });
			case FOLDER_ASIDE -> NLS.bind(Messages.Recovery_FolderAside, new Object[] { folder, destination, aside });
			case FOLDER_MOVED -> NLS.bind(Messages.Recovery_FolderMoved, folder, destination);
			case UNKNOWN -> NLS.bind(Messages.Recovery_Unknown, new Object[] { folder, destination,
					e.aside() == null ? Messages.Recovery_NoAside : aside });
		};
		return new InterruptedRelocation(e.id(), e.source(), e.target(), e.aside(), e.started(), state, text);
	}

	CreateResult finish(InterruptedRelocation relocation) throws LinkException {
		Entry e = current(relocation);
		State state = classify(e);
		check(relocation, state, state != null && state.canFinish());
		List<String> warnings = new ArrayList<>();
		try {
			switch (state) {
				case ORIGINAL_LEFT, ORIGINAL_BEING_DELETED -> tree.delete(e.aside());
				case MOVE_PENDING -> Files.move(e.aside(), e.target(), StandardCopyOption.ATOMIC_MOVE);
				case FOLDER_ASIDE -> {
					warnings.addAll(service.createForRelocation(e.source(), e.target(), e.type()).warnings());
					tree.delete(e.aside());
				}
				case FOLDER_MOVED -> warnings.addAll(service.createForRelocation(e.source(), e.target(), e.type()).warnings());
				default -> throw new IllegalStateException(state.name());
			}
		} catch (IOException ex) {
			throw system.translate(ex, Operation.MOVE, e.source(), e.target());
		}
		journal.end(e);
		return new CreateResult(service.inspect(e.source()), warnings);
	}

	void undo(InterruptedRelocation relocation) throws LinkException {
		Entry e = current(relocation);
		State state = classify(e);
		check(relocation, state, state != null && state.canUndo());
		try {
			switch (state) {
				case COPY_LEFT -> {
					if (e.aside() != null && kind(e.aside(), e.target()) == Kind.LINK_TO_TARGET) {
						system.removeLink(e.aside(), e.type());
					}
					if (is(e.target(), e.copy())) {
						tree.delete(e.target()); // the copy it made, nothing else
					} else if (madeButNotJournaled(e)) {
						// rmdir: refused by the system if anything was put in it meanwhile
						Files.delete(e.target());
					}
				}
				case ORIGINAL_LEFT, MOVE_PENDING -> {
					if (state == State.ORIGINAL_LEFT) {
						// the copy is deleted below: only when the original is still whole
						String difference = tree.verify(e.target(), e.aside(), new NullProgressMonitor());
						if (difference != null) {
							throw new LinkException(Reason.NOT_SUPPORTED, e.source(), NLS.bind(
									Messages.Recovery_OriginalIncomplete, Errors.show(e.source()), difference));
						}
					}
					putBack(e);
					if (state == State.ORIGINAL_LEFT) {
						tree.delete(e.target());
					}
				}
				case FOLDER_ASIDE -> {
					Files.move(e.aside(), e.source(), StandardCopyOption.ATOMIC_MOVE);
					tree.delete(e.target());
				}
				case FOLDER_MOVED -> Files.move(e.target(), e.source(), StandardCopyOption.ATOMIC_MOVE);
				default -> throw new IllegalStateException(state.name());
			}
		} catch (IOException ex) {
			throw system.translate(ex, Operation.MOVE, e.source(), e.target());
		}
		journal.end(e);
	}

	void forget(InterruptedRelocation relocation) {
		for (Entry e : journal.list()) {
			if (e.id().equals(relocation.id())) {
				journal.end(e);
			}
		}
	}

	/** The link at the old path makes way for the original, with no moment without either where the system can swap. */
	private void putBack(Entry e) throws IOException {
		if (system.exchange(e.aside(), e.source())) {
			system.removeLink(e.aside(), e.type()); // the link, now at the aside name
			return;
		}
		system.removeLink(e.source(), e.type());
		Files.move(e.aside(), e.source(), StandardCopyOption.ATOMIC_MOVE);
	}

	private Entry current(InterruptedRelocation relocation) throws LinkException {
		for (Entry e : journal.list()) {
			if (e.id().equals(relocation.id())) {
				return e;
			}
		}
		throw new LinkException(Reason.NOT_FOUND, relocation.folder(),
				NLS.bind(Messages.Recovery_Gone, Errors.show(relocation.folder())));
	}

	private static void check(InterruptedRelocation relocation, State now, boolean allowed) throws LinkException {
		if (now != relocation.state()) {
			throw new LinkException(Reason.NOT_SUPPORTED, relocation.folder(),
					NLS.bind(Messages.Recovery_Changed, Errors.show(relocation.folder())));
		}
		if (!allowed) {
			throw new LinkException(Reason.NOT_SUPPORTED, relocation.folder(),
					NLS.bind(Messages.Recovery_NotPossible, Errors.show(relocation.folder())));
		}
	}

	private Kind kind(Path path, Path target) {
		BasicFileAttributes attrs;
		try {
			attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			return Kind.MISSING;
		}
		if (SafeTree.isRealDirectory(attrs)) {
			return Kind.FOLDER;
		}
		try {
			if (system.classify(path, attrs).hasTarget()) {
				return system.readTarget(path).equals(target) ? Kind.LINK_TO_TARGET : Kind.OTHER_LINK;
			}
		} catch (IOException e) {
			return Kind.OTHER;
		}
		return Kind.OTHER;
	}

	/** @return whether the path is the entry with that identity (an unknown identity matches nothing) */
	private boolean is(Path path, FileId id) {
		if (path == null || id == null) {
			return false;
		}
		try {
			return id.equals(system.fileId(path));
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * A relocation killed between making the folder for its copy and journaling that folder's
	 * identity leaves an empty folder at the destination, which nothing else put there (the
	 * destination was free when the relocation began): the copy it made, with nothing in it yet.
	 * Only an empty real folder counts; one holding anything is never taken for it.
	 */
	private static boolean madeButNotJournaled(Entry e) {
		if (e.phase() != Phase.COPYING || e.copy() != null || !isRealDirectory(e.target())) {
			return false;
		}
		try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(e.target())) {
			return !entries.iterator().hasNext();
		} catch (IOException ex) {
			return false;
		}
	}

	private static boolean isRealDirectory(Path path) {
		try {
			return SafeTree.isRealDirectory(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
		} catch (IOException e) {
			return false;
		}
	}
}
