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

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code linksmith recover [--finish | --undo | --forget] [ID]}: lists the relocations that were
 * interrupted (killed, power lost) with what is on disk now, and finishes, undoes or forgets one.
 */
@Command(name = "recover", resourceBundle = "org.linksmith.cli.internal.usage")
final class RecoverCommand extends LinkCommand {

	@picocli.CommandLine.Mixin
	HelpOption helpOption;

	static final class Action {
		@Option(names = "--finish", descriptionKey = "recover.finish")
		boolean finish;
		@Option(names = "--undo", descriptionKey = "recover.undo")
		boolean undo;
		@Option(names = "--forget", descriptionKey = "recover.forget")
		boolean forget;
	}

	@ArgGroup(exclusive = true)
	Action action;

	@Parameters(arity = "0..1", paramLabel = "ID", descriptionKey = "recover.id")
	String id;

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
