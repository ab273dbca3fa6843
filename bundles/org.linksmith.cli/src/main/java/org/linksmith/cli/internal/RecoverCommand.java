/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.CreateResult;
import org.linksmith.core.InterruptedRelocation;
import org.linksmith.core.LinkException;

/**
 * {@code linksmith recover [--finish | --undo | --forget] [ID]}: lists the relocations that were
 * interrupted (killed, power lost) with what is on disk now, and finishes, undoes or forgets one.
 */
final class RecoverCommand extends LinkCommand {

	static final class Action {
		boolean finish;
		boolean undo;
		boolean forget;
	}

	/** {@code null} when no action is given: list them */
	Action action;
	String id;

	@Override
	CommandModel define() {
		CommandModel m = new CommandModel("recover"); //$NON-NLS-1$
		m.exclusive(m.flag("recover.finish", () -> action().finish = true, "--finish"), //$NON-NLS-1$ //$NON-NLS-2$
				m.flag("recover.undo", () -> action().undo = true, "--undo"), //$NON-NLS-1$ //$NON-NLS-2$
				m.flag("recover.forget", () -> action().forget = true, "--forget")); //$NON-NLS-1$ //$NON-NLS-2$
		m.parameter("ID", "recover.id", 0, 1, t -> id = t); //$NON-NLS-1$ //$NON-NLS-2$
		m.help();
		return m;
	}

	private Action action() {
		if (action == null) {
			action = new Action();
		}
		return action;
	}

	@Override
	public Integer call() throws LinkException {
		List<InterruptedRelocation> found = context.links.interruptedRelocations();
		if (action == null) {
			list(found);
			return Integer.valueOf(0);
		}
		InterruptedRelocation chosen = choose(found);
		if (chosen == null) {
			return Integer.valueOf(found.size() > 1 && id == null ? Main.USAGE : Main.FAILED);
		}
		if (action.finish) {
			CreateResult result = context.links.finishRelocation(chosen);
			warnings(result);
			context.out.println(NLS.bind(Messages.Recover_Finished, chosen.folder(), chosen.destination()));
		} else if (action.undo) {
			context.links.undoRelocation(chosen);
			context.out.println(NLS.bind(Messages.Recover_Undone, chosen.folder()));
		} else {
			context.links.forgetRelocation(chosen);
			context.out.println(NLS.bind(Messages.Recover_Forgotten, chosen.folder()));
		}
		return Integer.valueOf(0);
	}

	private void list(List<InterruptedRelocation> found) {
		if (found.isEmpty()) {
			context.out.println(Messages.Recover_None);
			return;
		}
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
		for (InterruptedRelocation r : found) {
			context.out.println(NLS.bind(Messages.Recover_Entry, r.id(), when.format(r.started())));
			context.out.println("  " + Output.escape(r.description())); //$NON-NLS-1$
			String choices = r.state().canFinish() && r.state().canUndo() ? Messages.Recover_ChoicesBoth
					: r.state().canUndo() ? Messages.Recover_ChoicesUndo
							: r.state().canFinish() ? Messages.Recover_ChoicesFinish : Messages.Recover_ChoicesForget;
			context.out.println("  " + NLS.bind(choices, r.id())); //$NON-NLS-1$
		}
	}

	private InterruptedRelocation choose(List<InterruptedRelocation> found) {
		if (id == null) {
			if (found.size() == 1) {
				return found.get(0);
			}
			context.error(found.isEmpty() ? Messages.Recover_None : Messages.Recover_NameOne);
			return null;
		}
		for (InterruptedRelocation r : found) {
			if (r.id().equals(id)) {
				return r;
			}
		}
		context.error(NLS.bind(Messages.Recover_NoSuchId, id));
		return null;
	}
}
