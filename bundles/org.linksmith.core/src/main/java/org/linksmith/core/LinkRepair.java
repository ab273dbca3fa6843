/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Repairs broken links by finding where their target went. For each broken link, the candidates
 * come in this order: (1) the file the link reached when it last worked (its identity, recorded by
 * the {@link LinkIndex}) found elsewhere; (2) a prefix change inferred from several links broken
 * together ({@code /mnt/old/...} to {@code /mnt/new/...}); (3) the same name with the same size
 * (a folder: the same modification time), which is what is left after a move across volumes;
 * (4) the same name alone, and close names. Only the first three can be clear enough to repair
 * without asking.
 */
public interface LinkRepair {

	/** How a candidate matches what the link lost, strongest first. */
	enum Match {
		/**
		 * The very file or folder the link reached: the same volume and file id, and the same
		 * modification time (a deleted file's id is given to new files; a moved file keeps its time).
		 */
		IDENTITY,
		/** The target's path with a prefix changed as for other links broken together. */
		PREFIX,
		/** The same name, and the same size (a file) or modification time (a folder) as recorded. */
		NAME_AND_SIZE,
		/** The same name; nothing else is known of what the link reached. */
		NAME,
		/** A name that differs a little (case, one or two characters). */
		CLOSE_NAME;

		/** @return whether a single candidate of this kind may be taken without asking */
		public boolean clear() {
			return ordinal() <= NAME_AND_SIZE.ordinal();
		}
	}

	/**
	 * A place the link's target may have gone.
	 *
	 * @param path where it is now
	 * @param match how it matches
	 * @param size its size in bytes
	 * @param modified its modification time
	 * @param folder whether it is a folder
	 */
	record Candidate(Path path, Match match, long size, Instant modified, boolean folder) {
	}

	/**
	 * A broken link and where its target may be now.
	 *
	 * @param link the link as it is
	 * @param missing the path its target would be at (as the system reads it)
	 * @param candidates the candidates, best first
	 */
	record Proposal(LinkInfo link, Path missing, List<Candidate> candidates) {
		/** Copies the list. */
		public Proposal {
			candidates = List.copyOf(candidates);
		}

		/**
		 * @return the one candidate to take without asking: the only one of the best kind, when that
		 *         kind is {@linkplain Match#clear() clear}; else {@code null} (the user chooses)
		 */
		public @Nullable Candidate clear() {
			if (candidates.isEmpty() || !candidates.get(0).match().clear()) {
				return null;
			}
			Match best = candidates.get(0).match();
			return candidates.stream().filter(c -> c.match() == best).count() == 1 ? candidates.get(0) : null;
		}
	}

	/**
	 * Finds the broken links in folder trees and the candidates for each. Changes nothing.
	 *
	 * @param dirs the folder trees (or single links) to repair; links below them are never followed
	 * @param searchIn where else to look for moved targets, besides the nearest existing folder of
	 *        each missing target and the index's roots that hold it
	 * @param monitor progress and cancellation, or {@code null}
	 * @return a proposal for each broken link (loops left out), sorted by path
	 * @throws LinkException when a folder cannot be read
	 */
	List<Proposal> plan(List<Path> dirs, List<Path> searchIn, @Nullable IProgressMonitor monitor) throws LinkException;

	/**
	 * Points a broken link at a candidate in one atomic step, keeping its style (a relative target
	 * stays relative). Refused, with nothing changed, when the link is no longer the broken link
	 * planned (it was repaired, retargeted or removed meanwhile).
	 *
	 * @param proposal the link's proposal
	 * @param candidate one of its candidates
	 * @return the link as retargeted
	 * @throws LinkException when it cannot be done
	 */
	CreateResult apply(Proposal proposal, Candidate candidate) throws LinkException;
}
