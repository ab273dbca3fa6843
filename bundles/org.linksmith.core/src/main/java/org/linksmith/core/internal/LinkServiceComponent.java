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

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jdt.annotation.NonNullByDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.InterruptedRelocation;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkServices;
import org.linksmith.core.LinkType;
import org.linksmith.core.LinkVisitor;
import org.linksmith.core.ScanOptions;
import org.linksmith.core.TargetStyle;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link LinkService} as a Declarative Services component. It delegates to the one
 * implementation for the running system ({@link LinkServices#getDefault()}), so that code on a
 * plain classpath and OSGi services share one instance per process.
 */
@Component(service = LinkService.class)
@NonNullByDefault
public final class LinkServiceComponent implements LinkService {

	private final LinkService delegate;

	/** Called by Service Component Runtime. */
	public LinkServiceComponent() {
		this(LinkServices.getDefault());
	}

	LinkServiceComponent(LinkService delegate) {
		this.delegate = delegate;
	}

	@Override
	public Set<LinkType> supportedTypes(Path where) {
		return delegate.supportedTypes(where);
	}

	@Override
	public LinkInfo inspect(Path path) throws LinkException {
		return delegate.inspect(path);
	}

	@Override
	public Described describe(Path path) throws LinkException {
		return delegate.describe(path);
	}

	@Override
	public CreateResult create(Path link, Path target, LinkType type, TargetStyle style) throws LinkException {
		return delegate.create(link, target, type, style);
	}

	@Override
	public Conversion convert(Path link, TargetStyle style, boolean dryRun) throws LinkException {
		return delegate.convert(link, style, dryRun);
	}

	@Override
	public CreateResult retarget(Path link, Path newTarget, TargetStyle style) throws LinkException {
		return delegate.retarget(link, newTarget, style);
	}

	@Override
	public void remove(Path link) throws LinkException {
		delegate.remove(link);
	}

	@Override
	public org.linksmith.core.PlannedTarget plannedTarget(Path link, Path target, TargetStyle style) {
		return delegate.plannedTarget(link, target, style);
	}

	@Override
	public CreateResult relocate(Path folder, Path destination, LinkType linkType, @Nullable IProgressMonitor monitor)
			throws LinkException {
		return delegate.relocate(folder, destination, linkType, monitor);
	}

	@Override
	public CreateResult relocateTo(Path folder, Path target, LinkType linkType, @Nullable IProgressMonitor monitor)
			throws LinkException {
		return delegate.relocateTo(folder, target, linkType, monitor);
	}

	@Override
	public CreateResult returnRelocated(Path link, Path folder, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.returnRelocated(link, folder, monitor);
	}

	@Override
	public long symbolicLinkClone(Path folder, Path destination, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.symbolicLinkClone(folder, destination, monitor);
	}

	@Override
	public long hardLinkClone(Path folder, Path destination, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.hardLinkClone(folder, destination, monitor);
	}

	@Override
	public List<Path> hardLinkSiblings(Path file, Path within, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.hardLinkSiblings(file, within, monitor);
	}

	@Override
	public void scan(Path root, ScanOptions options, LinkVisitor visitor, @Nullable IProgressMonitor monitor)
			throws LinkException {
		delegate.scan(root, options, visitor, monitor);
	}

	@Override
	public List<LinkInfo> pointingHere(Path target, Path within, @Nullable IProgressMonitor monitor) throws LinkException {
		return delegate.pointingHere(target, within, monitor);
	}

	@Override
	public List<InterruptedRelocation> interruptedRelocations() {
		return delegate.interruptedRelocations();
	}

	@Override
	public CreateResult finishRelocation(InterruptedRelocation relocation) throws LinkException {
		return delegate.finishRelocation(relocation);
	}

	@Override
	public void undoRelocation(InterruptedRelocation relocation) throws LinkException {
		delegate.undoRelocation(relocation);
	}

	@Override
	public void forgetRelocation(InterruptedRelocation relocation) {
		delegate.forgetRelocation(relocation);
	}
}
