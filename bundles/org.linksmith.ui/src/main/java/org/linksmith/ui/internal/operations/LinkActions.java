/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.LinkUi;
import org.linksmith.ui.internal.Messages;
import org.linksmith.ui.internal.dialogs.CreateLinkDialog;
import org.linksmith.ui.internal.handlers.LinkSourceProvider;
import org.linksmith.ui.internal.preferences.LinkPreferences;

/**
 * The UI operations behind the commands: they ask what must be asked on the UI thread, then run
 * the core operations in jobs (never on the UI thread) and report the outcome.
 */
public final class LinkActions {

	private LinkActions() {
	}

	private static LinkService links() {
		return LinkUi.links();
	}

	private static String show(Path p) {
		return p == null ? "" : p.toString(); //$NON-NLS-1$
	}

	/**
	 * Create Link...: a dialog proposing a link to the selected element beside it.
	 *
	 * @param shell the shell
	 * @param selected the selected file or folder (the proposed target)
	 */
	public static void createLink(Shell shell, Path selected) {
		CreateLinkDialog dialog = new CreateLinkDialog(shell, links(), selected);
		if (dialog.open() == Window.OK) {
			LinkJobs.execute(shell, new CreateLinksOperation(links(), List.of(dialog.result())), null);
		}
	}

	/**
	 * Pick Link Source.
	 *
	 * @param paths the sources
	 */
	public static void pickSources(List<Path> paths) {
		LinkSourceProvider.pick(paths);
	}

	/**
	 * Drop As: links to every picked source, in a folder; or clones of them (hard-link or
	 * symbolic-link), or Smart Copies of them.
	 *
	 * @param shell the shell
	 * @param sources the picked sources
	 * @param folder where the links go
	 * @param kind {@code symbolic}, {@code hard}, {@code junction}, {@code clone} (hard-link
	 *        clone), {@code symbolicClone} or {@code smartCopy}
	 */
	public static void dropAs(Shell shell, List<Path> sources, Path folder, String kind) {
		if (sources.isEmpty()) {
			return;
		}
		CloneOperation.Kind clone = switch (kind) {
			case "clone" -> CloneOperation.Kind.HARD_LINKS; //$NON-NLS-1$
			case "symbolicClone" -> CloneOperation.Kind.SYMBOLIC_LINKS; //$NON-NLS-1$
			case "smartCopy" -> CloneOperation.Kind.SMART_COPY; //$NON-NLS-1$
			default -> null;
		};
		if (clone != null) {
			LinkJobs.execute(shell, new CloneOperation(clone, links(), org.linksmith.ui.internal.LinkUi.files(),
					LinkPreferences.outerLinks(), sources, folder), null);
			return;
		}
		LinkType type = switch (kind) {
			case "hard" -> LinkType.HARD; //$NON-NLS-1$
			case "junction" -> LinkType.JUNCTION; //$NON-NLS-1$
			default -> LinkType.SYMBOLIC_FILE;
		};
		TargetStyle style = LinkPreferences.store().getBoolean(LinkPreferences.RELATIVE_BY_DEFAULT) ? TargetStyle.RELATIVE
				: TargetStyle.ABSOLUTE;
		List<CreateLinksOperation.Spec> specs = new ArrayList<>();
		for (Path source : sources) {
			specs.add(new CreateLinksOperation.Spec(folder.resolve(source.getFileName().toString()),
					source.toAbsolutePath(), type, style));
		}
		LinkJobs.execute(shell, new CreateLinksOperation(links(), specs), null);
	}

	/**
	 * Move and Leave Link...: choose a new place, confirm, move with progress and rollback.
	 *
	 * @param shell the shell
	 * @param folder the folder to move
	 */
	public static void moveAndLeaveLink(Shell shell, Path folder) {
		Shell parent = live(shell);
		DirectoryDialog chooser = new DirectoryDialog(parent);
		chooser.setText(Messages.Move_ChooseTitle);
		chooser.setMessage(NLS.bind(Messages.Move_ChooseMessage, folder.getFileName()));
		Path start = folder.toAbsolutePath().getParent();
		if (start != null) {
			chooser.setFilterPath(start.toString()); // near the folder, not the toolkit's "Recent"
		}
		String chosen = chooser.open();
		if (chosen == null) {
			return;
		}
		Path destination = finalPath(parent, Path.of(chosen), folder.getFileName().toString());
		if (destination == null || !MessageDialog.openConfirm(parent, Messages.Move_ConfirmTitle,
				NLS.bind(Messages.Move_ConfirmMessage, folder, destination))) {
			return;
		}
		moveAndLeaveLink(parent, folder, destination);
	}

	/**
	 * The exact path the folder will have: {@code into/name}, or, when that exists, what the user
	 * chooses (into it, under another name, or nothing) — never a silent move one level deeper.
	 *
	 * @param shell the shell for the questions
	 * @param into the folder the user chose
	 * @param name the moved folder's name
	 * @return the path, or {@code null} when the user cancelled
	 */
	public static Path finalPath(Shell shell, Path into, String name) {
		Path destination = into.resolve(name);
		while (java.nio.file.Files.exists(destination, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			boolean folder = java.nio.file.Files.isDirectory(destination, java.nio.file.LinkOption.NOFOLLOW_LINKS);
			String[] buttons = folder ? new String[] { Messages.Move_Into, Messages.Move_OtherName, IDialogConstants.CANCEL_LABEL }
					: new String[] { Messages.Move_OtherName, IDialogConstants.CANCEL_LABEL };
			int answer = new MessageDialog(shell, Messages.Move_ConfirmTitle, null,
					NLS.bind(folder ? Messages.Move_ExistsFolder : Messages.Move_ExistsFile, destination,
							destination.resolve(name)),
					MessageDialog.QUESTION, folder ? 1 : 0, buttons).open();
			String choice = answer < 0 ? IDialogConstants.CANCEL_LABEL : buttons[answer];
			if (choice.equals(Messages.Move_Into)) {
				return destination.resolve(name);
			}
			if (!choice.equals(Messages.Move_OtherName)) {
				return null;
			}
			Path in = into;
			InputDialog other = new InputDialog(shell, Messages.Move_ConfirmTitle, NLS.bind(Messages.Move_NewName, into),
					name + "-2", //$NON-NLS-1$
					text -> text.isBlank() || text.contains("/") || text.contains("\\") ? Messages.Move_NameInvalid //$NON-NLS-1$ //$NON-NLS-2$
							: java.nio.file.Files.exists(in.resolve(text.strip()), java.nio.file.LinkOption.NOFOLLOW_LINKS)
									? NLS.bind(Messages.Move_NameTaken, text.strip()) : null);
			if (other.open() != Window.OK) {
				return null;
			}
			name = other.getValue().strip();
			destination = into.resolve(name);
		}
		return destination;
	}

	/** @return the shell if it is still there, else the active window's (a menu's shell may be gone) */
	private static Shell live(Shell shell) {
		if (shell != null && !shell.isDisposed()) {
			return shell;
		}
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/**
	 * Moves without asking (the dialog part is done).
	 *
	 * @param shell the shell
	 * @param folder the folder to move
	 * @param destination its new path
	 */
	public static void moveAndLeaveLink(Shell shell, Path folder, Path destination) {
		LinkJobs.execute(shell, new RelocateOperation(links(), folder, destination), null);
	}

	/**
	 * Open Target: opens each target in the application (editor, view) or with the system.
	 *
	 * @param shell the shell
	 * @param paths the links
	 */
	public static void openTargets(Shell shell, List<Path> paths) {
		withInfos(shell, paths, infos -> {
			for (LinkInfo info : infos) {
				Path target = info.resolved();
				if (target == null || info.broken()) {
					MessageDialog.openInformation(shell, Messages.OpenTarget_Title,
							NLS.bind(Messages.OpenTarget_Broken, info.path(), show(info.target())));
					continue;
				}
				boolean folder = info.type() == LinkType.SYMBOLIC_DIRECTORY || info.type() == LinkType.JUNCTION;
				if (LinkUi.targetOpeners().stream().noneMatch(o -> o.open(target, folder))) {
					Program.launch(target.toString());
				}
			}
		});
	}

	/**
	 * Show Target in System File Manager: opens the folder that holds each target.
	 *
	 * @param shell the shell
	 * @param paths the links
	 */
	public static void showTargetsInSystem(Shell shell, List<Path> paths) {
		withInfos(shell, paths, infos -> {
			for (LinkInfo info : infos) {
				Path target = info.resolved();
				if (target == null) {
					continue;
				}
				// the link's type tells whether its target is a folder: no disk access on the UI thread
				boolean toFolder = info.type() == LinkType.SYMBOLIC_DIRECTORY || info.type() == LinkType.JUNCTION;
				Path folder = toFolder || target.getParent() == null ? target : target.getParent();
				Program.launch(folder.toString());
			}
		});
	}

	/**
	 * Retarget...: asks for the new target, then retargets atomically.
	 *
	 * @param shell the shell
	 * @param link the link
	 */
	public static void retarget(Shell shell, Path link) {
		withInfos(shell, List.of(link), infos -> {
			LinkInfo info = infos.get(0);
			if (!info.type().hasTarget()) {
				MessageDialog.openError(shell, Messages.Retarget_Title, NLS.bind(Messages.Retarget_NotALink, link));
				return;
			}
			org.linksmith.ui.internal.dialogs.RetargetDialog dialog = new org.linksmith.ui.internal.dialogs.RetargetDialog(
					shell, info);
			org.linksmith.ui.internal.dialogs.RetargetModel chosen = dialog.open() == Window.OK ? dialog.result() : null;
			if (chosen != null) {
				// the dialog showed its warning before OK: only an error is reported afterwards
				LinkJobs.execute(shell, new RetargetOperation(links(), link, chosen.effective(), chosen.style()),
						status -> {
						}, false);
			}
		});
	}

	/**
	 * Remove Link: confirms (naming the target that stays), then removes only the links.
	 *
	 * @param shell the shell
	 * @param paths the links
	 */
	public static void removeLinks(Shell shell, List<Path> paths) {
		withInfos(shell, paths, infos -> {
			List<String> notLinks = new ArrayList<>();
			for (LinkInfo info : infos) {
				if (!info.isLink()) {
					notLinks.add(info.path().toString());
				}
			}
			if (!notLinks.isEmpty()) {
				MessageDialog.openError(shell, Messages.Remove_Title,
						NLS.bind(Messages.Remove_NotLinks, String.join("\n", notLinks))); //$NON-NLS-1$
				return;
			}
			if (LinkPreferences.store().getBoolean(LinkPreferences.CONFIRM_REMOVE)) {
				String question = infos.size() == 1 ? describeRemoval(infos.get(0))
						: NLS.bind(Messages.Remove_ConfirmMany, Integer.valueOf(infos.size()));
				MessageDialogWithToggle d = MessageDialogWithToggle.open(MessageDialog.QUESTION, shell,
						Messages.Remove_Title, question, Messages.Remove_DoNotAsk, false, null, null, 0);
				if (d.getReturnCode() != IDialogConstants.YES_ID) {
					return;
				}
				if (d.getToggleState()) {
					LinkPreferences.store().setValue(LinkPreferences.CONFIRM_REMOVE, false);
				}
			}
			LinkJobs.execute(shell, new RemoveLinksOperation(links(), paths), null);
		});
	}

	/**
	 * @param info a link
	 * @return the confirmation question, which names what stays untouched
	 */
	public static String describeRemoval(LinkInfo info) {
		if (info.type() == LinkType.HARD) {
			return NLS.bind(Messages.Remove_ConfirmHard, info.path(), Long.valueOf(info.links() - 1));
		}
		return NLS.bind(Messages.Remove_Confirm, info.path(), show(info.resolved() != null ? info.resolved() : info.target()));
	}

	/**
	 * Convert to Relative / Absolute.
	 *
	 * @param shell the shell
	 * @param paths the links
	 * @param style the new style
	 */
	public static void convert(Shell shell, List<Path> paths, TargetStyle style) {
		withInfos(shell, paths, infos -> {
			for (LinkInfo info : infos) {
				if (!info.type().isSymbolic()) {
					continue;
				}
				Path folder = info.path().toAbsolutePath().getParent();
				Path absolute = folder.resolve(info.target()).normalize();
				LinkJobs.execute(shell, new RetargetOperation(links(), info.path(), absolute, style), null);
			}
		});
	}

	/** Inspects paths in a job, then continues on the UI thread. */
	private static void withInfos(Shell shell, List<Path> paths, java.util.function.Consumer<List<LinkInfo>> then) {
		List<LinkInfo> infos = new ArrayList<>();
		LinkJobs.run(shell, Messages.Job_Inspect, monitor -> {
			for (Path p : paths) {
				infos.add(links().inspect(p));
			}
			return Status.OK_STATUS;
		}, status -> {
			if (status.isOK()) {
				then.accept(infos);
			}
		});
	}
}
