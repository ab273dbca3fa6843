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

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The Explorer's workbench: one window, the Explorer perspective, a small menu bar. */
final class ExplorerWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public String getInitialWindowPerspectiveId() {
		return ExplorerPerspective.ID;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(false);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer c = getWindowConfigurer();
				c.setInitialSize(new Point(1100, 720));
				c.setShowStatusLine(true);
				c.setShowProgressIndicator(true);
				c.setShowCoolBar(false);
				c.setTitle(Messages.Window_Title);
			}

			@Override
			public void postWindowCreate() {
				if (ExplorerTrace.timing()) {
					ExplorerTrace.windowCreated();
					traceFirstPaint(getWindowConfigurer().getWindow().getShell());
				}
			}

			@Override
			public void postWindowOpen() {
				// a relocation killed half-way is offered to finish or undo
				InterruptedRelocationsPrompt.check(getWindowConfigurer().getWindow().getShell());
			}

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer abc) {
				return new Actions(abc);
			}
		};
	}

	/**
	 * Traces when the window first paints (wall clock, for bench/bench-explorer.sh, which knows
	 * when it started the process).
	 */
	private static void traceFirstPaint(Shell shell) {
		Display display = shell.getDisplay();
		Listener first = new Listener() {
			@Override
			public void handleEvent(Event e) {
				if (e.widget instanceof Control c && !c.isDisposed() && c.getShell() == shell) {
					display.removeFilter(SWT.Paint, this);
					long now = System.currentTimeMillis();
					ExplorerTrace.timing("first paint at " + now); //$NON-NLS-1$
					ExplorerTrace.startupPhases(now);
				}
			}
		};
		display.addFilter(SWT.Paint, first);
	}

	/** File, Edit, Window and Help menus with the workbench's standard actions. */
	private static final class Actions extends ActionBarAdvisor {
		private IWorkbenchAction quit;
		private IWorkbenchAction undo;
		private IWorkbenchAction redo;
		private IWorkbenchAction properties;
		private IWorkbenchAction preferences;
		private IWorkbenchAction about;

		Actions(IActionBarConfigurer configurer) {
			super(configurer);
		}

		private IWorkbenchWindow window;

		@Override
		protected void makeActions(IWorkbenchWindow w) {
			window = w;
			quit = register(ActionFactory.QUIT.create(window));
			undo = register(ActionFactory.UNDO.create(window));
			redo = register(ActionFactory.REDO.create(window));
			properties = register(ActionFactory.PROPERTIES.create(window));
			preferences = register(ActionFactory.PREFERENCES.create(window));
			about = register(ActionFactory.ABOUT.create(window));
		}

		private IWorkbenchAction register(IWorkbenchAction action) {
			super.register(action);
			return action;
		}

		@Override
		protected void fillMenuBar(IMenuManager bar) {
			MenuManager file = new MenuManager(Messages.Menu_File, IWorkbenchActionConstants.M_FILE);
			file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
			file.add(properties);
			file.add(new Separator());
			file.add(quit);
			MenuManager edit = new MenuManager(Messages.Menu_Edit, IWorkbenchActionConstants.M_EDIT);
			edit.add(undo);
			edit.add(redo);
			edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
			MenuManager windowMenu = new MenuManager(Messages.Menu_Window, IWorkbenchActionConstants.M_WINDOW);
			MenuManager showView = new MenuManager(Messages.Menu_ShowView);
			showView.add(org.eclipse.ui.actions.ContributionItemFactory.VIEWS_SHORTLIST.create(window));
			windowMenu.add(showView);
			windowMenu.add(new Separator());
			windowMenu.add(preferences);
			MenuManager help = new MenuManager(Messages.Menu_Help, IWorkbenchActionConstants.M_HELP);
			help.add(about);
			bar.add(file);
			bar.add(edit);
			bar.add(windowMenu);
			bar.add(help);
		}
	}
}
