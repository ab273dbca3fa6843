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
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.linksmith.core.CreateResult;
import org.linksmith.core.InterruptedRelocation;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.LinkVisitor;
import org.linksmith.core.ScanOptions;
import org.linksmith.core.TargetStyle;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * The platform-neutral link service over a {@link LinkSystem}: a facade over its parts, each
 * package-private: {@link LinkChains} (inspect, chains and loops), {@link LinkCreation} (create,
 * retarget), {@link LinkRemoval}, {@link HardLinks} (clones, siblings), {@link LinkScanner} and
 * {@link Relocator} with {@link RelocationRecovery}.
 */
@NonNullByDefault
public final class DefaultLinkService implements LinkService {

	private final LinkSystem system;
	private final RelocationJournal journal;
	private final LinkChains chains;
	private final LinkCreation creation;
	private final LinkRemoval removal;
	private final HardLinks hardLinks;
	private final LinkScanner scanner;

	/**
	 * @param system the operating-system primitives to use
	 */
	public DefaultLinkService(LinkSystem system) {
		this(system, RelocationJournal.defaultDirectory());
	}

	/**
	 * @param system the operating-system primitives to use
	 * @param journalFolder where relocations under way keep their journal (never inside a tree
	 *            that is relocated)
	 */
	public DefaultLinkService(LinkSystem system, Path journalFolder) {
		this.system = Objects.requireNonNull(system);
		this.journal = new RelocationJournal(journalFolder);
		this.chains = new LinkChains(system);
		this.creation = new LinkCreation(system, chains);
		this.removal = new LinkRemoval(system);
		this.hardLinks = new HardLinks(system);
		this.scanner = new LinkScanner(system, chains, hardLinks);
	}

	/** @return a service for the running system */
	public static DefaultLinkService forCurrentSystem() {
		return new DefaultLinkService(LinkSystems.current());
	}

	@Override
	public Set<LinkType> supportedTypes(Path where) {
		return system.supportedTypes(where);
	}

	@Override
	public LinkInfo inspect(Path path) throws LinkException {
		return chains.inspect(path);
	}

	@Override
	public Described describe(Path path) throws LinkException {
		LinkPaths.checkNotEmpty(path, path);
		try {
			return system.describe(path);
		} catch (IOException e) {
			throw system.translate(e, Operation.INSPECT, path, null);
		}
	}

	@Override
	public CreateResult create(Path link, Path target, LinkType type, TargetStyle style) throws LinkException {
		return creation.create(link, target, type, style);
	}

	@Override
	public CreateResult retarget(Path link, Path newTarget, TargetStyle style) throws LinkException {
		return creation.retarget(link, newTarget, style);
	}

	@Override
	public Conversion convert(Path link, TargetStyle style, boolean dryRun) throws LinkException {
		return creation.convert(link, style, dryRun);
	}

	@Override
	public org.linksmith.core.PlannedTarget plannedTarget(Path link, Path target, TargetStyle style) {
		return creation.plan(link, target, style);
	}

	@Override
	public void remove(Path link) throws LinkException {
		removal.remove(link);
	}

	@Override
	public long hardLinkClone(Path folder, Path destination, @Nullable IProgressMonitor monitor) throws LinkException {
		return hardLinks.hardLinkClone(folder, destination, monitor);
	}

	@Override
	public long symbolicLinkClone(Path folder, Path destination, @Nullable IProgressMonitor monitor) throws LinkException {
		return hardLinks.symbolicLinkClone(folder, destination, monitor);
	}

	@Override
	public List<Path> hardLinkSiblings(Path file, Path within, @Nullable IProgressMonitor monitor) throws LinkException {
		return hardLinks.hardLinkSiblings(file, within, monitor);
	}

	@Override
	public void scan(Path root, ScanOptions options, LinkVisitor visitor, @Nullable IProgressMonitor monitor)
			throws LinkException {
		scanner.scan(root, options, visitor, monitor);
	}

	@Override
	public List<LinkInfo> pointingHere(Path target, Path within, @Nullable IProgressMonitor monitor) throws LinkException {
		LinkInfo info = inspect(target);
		if (info.type().hasTarget() && info.broken()) {
			throw new LinkException(LinkException.Reason.NOT_FOUND, target,
					org.eclipse.osgi.util.NLS.bind(Messages.PointingHere_BrokenTarget, target));
		}
		// what the kernel reaches at the target's path (a link: what it leads to)
		Path reached;
		try {
			reached = target.toRealPath();
		} catch (IOException e) {
			throw new LinkException(LinkException.Reason.NOT_FOUND, target, e.getMessage());
		}
		org.eclipse.core.runtime.SubMonitor sub = org.eclipse.core.runtime.SubMonitor.convert(monitor, 2);
		List<LinkInfo> found = new java.util.ArrayList<>();
		java.util.Set<LinkType> kinds = java.util.EnumSet.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY,
				LinkType.JUNCTION);
		scan(within, new ScanOptions(true, kinds, false, true), link -> {
			Path leads = leadsTo(link);
			if (leads != null && leads.startsWith(reached)) {
				found.add(link);
			}
		}, sub.split(1));
		if (info.type() == LinkType.HARD) {
			for (Path name : hardLinkSiblings(target, within, sub.split(1))) {
				found.add(LinkInfo.withoutTarget(name, LinkType.HARD, info.links()));
			}
		}
		return found;
	}

	/** @return where a link leads as the kernel reads it: its chain's end, or as far as a broken one's path exists */
	static @Nullable Path leadsTo(LinkInfo link) {
		Path resolved = link.resolved();
		if (resolved != null && resolved.isAbsolute() && !link.broken()) {
			return resolved;
		}
		// broken (or not resolved): its target read from its folder, links in the part that exists followed
		Path stored = link.target();
		Path parent = link.path().toAbsolutePath().getParent();
		if (stored == null || parent == null) {
			return null;
		}
		return LinkPaths.realAsFarAsExists(parent.resolve(stored));
	}

	// ---------------------------------------------------------------- relocate

	@Override
	public CreateResult relocate(Path folder, Path destination, LinkType linkType, @Nullable IProgressMonitor monitor)
			throws LinkException {
		return new Relocator(this, system, journal).relocate(folder, destination, linkType, monitor, true);
	}

	@Override
	public CreateResult relocateTo(Path folder, Path target, LinkType linkType, @Nullable IProgressMonitor monitor)
			throws LinkException {
		return new Relocator(this, system, journal).relocate(folder, target, linkType, monitor, false);
	}

	@Override
	public CreateResult returnRelocated(Path link, Path folder, @Nullable IProgressMonitor monitor) throws LinkException {
		return new RelocationReturn(this, system).run(link, folder, monitor);
	}

	/**
	 * Creates the link a relocation leaves behind, without the checks already made.
	 */
	CreateResult createForRelocation(Path link, Path target, LinkType type) throws LinkException {
		return creation.createChecked(link, link, target, type, TargetStyle.ABSOLUTE);
	}

	@Override
	public List<InterruptedRelocation> interruptedRelocations() {
		return recovery().list();
	}

	@Override
	public CreateResult finishRelocation(InterruptedRelocation relocation) throws LinkException {
		return recovery().finish(Objects.requireNonNull(relocation));
	}

	@Override
	public void undoRelocation(InterruptedRelocation relocation) throws LinkException {
		recovery().undo(Objects.requireNonNull(relocation));
	}

	@Override
	public void forgetRelocation(InterruptedRelocation relocation) {
		recovery().forget(Objects.requireNonNull(relocation));
	}

	private RelocationRecovery recovery() {
		return new RelocationRecovery(this, system, journal);
	}
}
