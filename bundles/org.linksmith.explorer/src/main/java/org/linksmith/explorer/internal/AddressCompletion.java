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

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.widgets.Text;
import org.linksmith.core.FileEntry;
import org.linksmith.core.LinkException;
import org.linksmith.ui.internal.LinkUi;

/**
 * Completion in the address bar, as in a shell or a file manager's location bar: while the user
 * types a path, the sub-folders (and links to folders) of the folder typed so far whose names start
 * with what follows the last {@code /}. A folder is listed once, in a background job, never on the
 * UI thread; the proposals open when its names are in. Hidden folders are proposed once a
 * {@code .} is typed.
 */
final class AddressCompletion implements IContentProposalProvider {

	private static final int MAX = 200;
	private final Text text;
	private final ContentProposalAdapter adapter;
	/** Sub-folder names of the folders listed so far (forgotten when the folder is left). */
	private final Map<Path, List<String>> listed = new ConcurrentHashMap<>();

	AddressCompletion(Text text) {
		this.text = text;
		char[] typing = new char[95];
		for (int i = 0; i < typing.length; i++) {
			typing[i] = (char) (' ' + i);
		}
		adapter = new ContentProposalAdapter(text, new TextContentAdapter(), this, null, typing);
		adapter.setAutoActivationDelay(150);
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
	}

	/** @return whether the proposals are showing (Enter then picks one instead of opening the text) */
	boolean isOpen() {
		return adapter.isProposalPopupOpen();
	}

	/** Forgets the listings: the folders may have changed. */
	void forget() {
		listed.clear();
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		String typed = contents.substring(0, Math.min(position, contents.length()));
		int slash = typed.lastIndexOf('/');
		if (slash < 0) {
			return new IContentProposal[0];
		}
		String folderText = typed.substring(0, slash + 1);
		String start = typed.substring(slash + 1);
		Path folder;
		try {
			folder = AddressBar.parse(folderText, System.getProperty("user.home")); //$NON-NLS-1$
		} catch (InvalidPathException e) {
			return new IContentProposal[0];
		}
		List<String> names = listed.get(folder);
		if (names == null) {
			list(folder, typed);
			return new IContentProposal[0];
		}
		List<IContentProposal> proposals = new ArrayList<>();
		String lower = start.toLowerCase(Locale.ROOT);
		for (String name : names) {
			if (name.toLowerCase(Locale.ROOT).startsWith(lower) && (start.startsWith(".") || !name.startsWith(".")) //$NON-NLS-1$ //$NON-NLS-2$
					&& !name.equals(start) && proposals.size() < MAX) {
				String completed = folderText + name + "/"; //$NON-NLS-1$
				proposals.add(new ContentProposal(completed, name, null, completed.length()));
			}
		}
		return proposals.toArray(IContentProposal[]::new);
	}

	/** Lists a folder's sub-folders in the background, then shows the proposals if the text is still the same. */
	private void list(Path folder, String typed) {
		listed.put(folder, List.of()); // one listing at a time per folder
		Job job = Job.create(Messages.Job_Listing, monitor -> {
			List<String> names = new ArrayList<>();
			try {
				for (FileEntry e : LinkUi.files().list(folder, monitor)) {
					if (e.leadsToFolder()) {
						names.add(e.name());
					}
				}
			} catch (LinkException e) {
				// not a folder, or unreadable: nothing to propose
			}
			names.sort(String.CASE_INSENSITIVE_ORDER);
			listed.put(folder, List.copyOf(names));
			if (!names.isEmpty() && !text.isDisposed()) {
				text.getDisplay().asyncExec(() -> {
					if (!text.isDisposed() && text.isFocusControl() && text.getText().startsWith(typed)
							&& !adapter.isProposalPopupOpen()) {
						adapter.openProposalPopup();
					}
				});
			}
		});
		job.setSystem(true);
		job.schedule();
	}
}
