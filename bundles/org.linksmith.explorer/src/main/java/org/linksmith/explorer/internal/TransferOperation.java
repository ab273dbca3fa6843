/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.explorer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.OuterLinks;
import org.linksmith.ui.internal.LinkUi;
import org.linksmith.ui.internal.operations.LinkOperation;

/**
 * A drop or a paste (move, copy or link into a folder), undoable. Undo of a move moves each item
 * back (never over anything); of a copy, moves the copies to the trash (deletes them where there
 * is none); of a link, removes the links it made while they still point where they were made to.
 * Redo does it again. A smart transfer copies with Smart Copy (links inside the copy point into it)
 * and moves with Smart Move (links inside keep working at the new place), and its undo moves back
 * with Smart Move.
 */
final class TransferOperation extends LinkOperation {

	private final List<Path> sources;
	private final Path folder;
	private final FileOperations.DropKind kind;
	private final boolean pasting;
	private final @Nullable OuterLinks smart;
	private final List<FileOperations.Made> made = new ArrayList<>();

	/**
	 * @param sources the items
	 * @param folder where they go
	 * @param kind move, copy or link
	 * @param pasting a paste (a copy beside its original gets a free name) rather than a drop
	 */
	TransferOperation(List<Path> sources, Path folder, FileOperations.DropKind kind, boolean pasting) {
		this(sources, folder, kind, pasting, null);
	}

	/**
	 * @param sources the items
	 * @param folder where they go
	 * @param kind move, copy or link
	 * @param pasting a paste (a copy beside its original gets a free name) rather than a drop
	 * @param smart {@code null}: a plain copy or move; else Smart Copy (links out of the tree as
	 *        this says) and Smart Move
	 */
	TransferOperation(List<Path> sources, Path folder, FileOperations.DropKind kind, boolean pasting,
			@Nullable OuterLinks smart) {
		super(label(kind, sources.size()), LinkUi.links());
		this.sources = List.copyOf(sources);
		this.folder = folder;
		this.kind = kind;
		this.pasting = pasting;
		this.smart = smart;
	}

	private static String label(FileOperations.DropKind kind, int count) {
		return switch (kind) {
			case MOVE -> count == 1 ? Messages.Operation_Move : Messages.Operation_MoveMany;
			case COPY -> count == 1 ? Messages.Operation_Copy : Messages.Operation_CopyMany;
			case LINK -> count == 1 ? Messages.Operation_Link : Messages.Operation_LinkMany;
		};
	}

	@Override
	protected List<Path> affected() {
		List<Path> trees = new ArrayList<>(sources);
		trees.add(folder);
		return trees;
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		made.clear();
		for (String w : FileOperations.transfer(sources, folder, kind, pasting, smart, made, monitor)) {
			warn(w);
		}
	}

	@Override
	public boolean canUndo() {
		return !made.isEmpty();
	}

	@Override
	protected boolean partlyDone() {
		return !made.isEmpty();
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, getLabel(), made.size());
		// what could not be taken back stays in the list: a second undo tries only that
		for (int i = made.size() - 1; i >= 0; i--) {
				FileOperations.Made m = made.get(i);
				switch (kind) {
					case MOVE -> {
						List<String> told = smart == null ? LinkUi.files().move(m.target(), m.source(), sub.split(1)).warnings()
								: org.linksmith.ui.internal.operations.CloneOperation.told(LinkUi.files().smartMove(m.target(), m.source(), false, sub.split(1)));
						told.forEach(this::warn);
					}
					case COPY -> {
						if (!FileOperations.hasTrash()) {
							// never deleted for good by an undo: what was done in the copy since stays
							warn(NLS.bind(Messages.Undo_CopyKept, m.target()));
							continue;
						}
						FileOperations.delete(List.of(m.target()), false, new ArrayList<>(), sub.split(1));
					}
					case LINK -> {
						LinkInfo info = LinkUi.links().inspect(m.target());
						if (info.type().hasTarget() && java.util.Objects.equals(m.stored(), info.target())) {
							LinkUi.links().remove(m.target());
						} else {
							warn(NLS.bind(Messages.Undo_LinkChanged, m.target()));
						}
						sub.worked(1);
					}
				}
				changed(m.source());
				changed(m.target());
				made.remove(i);
		}
	}
}
