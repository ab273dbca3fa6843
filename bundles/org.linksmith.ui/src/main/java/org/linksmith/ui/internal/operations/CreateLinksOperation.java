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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.Messages;

/** Creates one or more links; undo removes exactly the links it made. */
public final class CreateLinksOperation extends LinkOperation {

	/**
	 * One link to make.
	 *
	 * @param link where
	 * @param target to what
	 * @param type which kind
	 * @param style how to store the target
	 */
	public record Spec(Path link, Path target, LinkType type, TargetStyle style) {
	}

	private final List<Spec> specs;
	private final List<LinkInfo> made = new ArrayList<>();

	/**
	 * @param links the service
	 * @param specs the links to make
	 */
	public CreateLinksOperation(LinkService links, List<Spec> specs) {
		super(specs.size() == 1 ? Messages.Operation_CreateLink : Messages.Operation_CreateLinks, links);
		this.specs = List.copyOf(specs);
	}

	@Override
	protected List<Path> affected() {
		return specs.stream().map(Spec::link).toList();
	}

	@Override
	protected void doExecute(IProgressMonitor monitor) throws LinkException {
		SubMonitor sub = SubMonitor.convert(monitor, getLabel(), specs.size());
		made.clear();
		try {
			for (Spec spec : specs) {
				sub.split(1);
				CreateResult r = links.create(spec.link(), spec.target(), spec.type(), spec.style());
				made.add(r.link());
				changed(spec.link());
				r.warnings().forEach(this::warn);
			}
		} catch (LinkException e) {
			// all or nothing: take back the links made so far
			doUndo(null);
			throw e;
		}
	}

	@Override
	protected void doUndo(IProgressMonitor monitor) throws LinkException {
		for (int i = made.size() - 1; i >= 0; i--) {
			LinkInfo link = made.get(i);
			LinkInfo now = links.inspect(link.path());
			// remove only what is still the link this operation made
			if (now.type() == link.type() && java.util.Objects.equals(now.target(), link.target())) {
				links.remove(link.path());
				changed(link.path());
			}
		}
		made.clear();
	}
}
