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

/**
 * A "move and leave a link" that did not end: the process was killed, the machine lost power, or
 * the original could not be deleted. Found in the journal that every relocation keeps in the
 * user's state folder until it has ended, and described by what is on disk now.
 *
 * @param id the journal entry's identifier
 * @param folder the folder that was being moved (the old path)
 * @param destination where it was going
 * @param aside the temporary name beside the old path that may hold the original, or
 *        {@code null}
 * @param started when the relocation started
 * @param state what is on disk now
 * @param description the state in plain words, with the paths, for the user
 */
public record InterruptedRelocation(String id, Path folder, Path destination, Path aside, Instant started, State state,
		String description) {

	/** What an interrupted relocation left on disk. */
	public enum State {
		/** The folder is untouched; a copy (perhaps incomplete) is at the destination. */
		COPY_LEFT(false, true),
		/** The old path is the link to the complete copy; the original is still at the aside name. */
		ORIGINAL_LEFT(true, true),
		/**
		 * The old path is the link to the complete copy; the original at the aside name was being
		 * deleted (part of it may be gone), so it can only be finished.
		 */
		ORIGINAL_BEING_DELETED(true, false),
		/** The old path is the link; the folder (on the same volume) still waits at the aside name. */
		MOVE_PENDING(true, true),
		/** The old path is missing; the original is complete at the aside name, its verified copy at the destination. */
		FOLDER_ASIDE(true, true),
		/** The old path is missing; the folder was moved to the destination but no link made. */
		FOLDER_MOVED(true, true),
		/** The paths are no longer as Linksmith left them: nothing is done automatically. */
		UNKNOWN(false, false);

		private final boolean finishable;
		private final boolean undoable;

		State(boolean finishable, boolean undoable) {
			this.finishable = finishable;
			this.undoable = undoable;
		}

		/** @return whether the relocation can be finished from here */
		public boolean canFinish() {
			return finishable;
		}

		/** @return whether it can be undone (everything back at the old path) */
		public boolean canUndo() {
			return undoable;
		}
	}
}
