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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.CreateResult;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * Creates links after checking everything first (type supported here, name free, parent there,
 * hard links on one volume and never to folders), stores the target in the style asked for, and
 * retargets atomically (a new link beside the old one, renamed over it).
 */
final class LinkCreation {

	private final LinkSystem system;
	private final LinkChains chains;

	LinkCreation(LinkSystem system, LinkChains chains) {
		this.system = system;
		this.chains = chains;
	}

	CreateResult create(Path link, Path target, LinkType type, TargetStyle style) throws LinkException {
		Objects.requireNonNull(link, "link"); //$NON-NLS-1$
		Objects.requireNonNull(target, "target"); //$NON-NLS-1$
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		Objects.requireNonNull(style, "style"); //$NON-NLS-1$
		LinkPaths.checkNotEmpty(link, link);
		LinkPaths.checkNotEmpty(link, target);
		checkCreatable(link, type);
		return createChecked(link, link, target, type, style);
	}

	private void checkCreatable(Path link, LinkType type) throws LinkException {
		if (type == LinkType.NONE || type == LinkType.OTHER_REPARSE_POINT) {
			throw new LinkException(Reason.NOT_SUPPORTED, link, NLS.bind(Messages.Error_CannotCreateType, type.id()));
		}
		Set<LinkType> here = system.supportedTypes(link);
		if (!here.contains(type)) {
			String volume = Volumes.noLinksOn(link, system);
			if (volume != null) {
				throw new LinkException(Reason.NOT_SUPPORTED, link,
						NLS.bind(Messages.Error_VolumeHoldsNoLinks, Errors.show(link), volume));
			}
			if (type == LinkType.JUNCTION) {
				throw Errors.junctionsNotSupported(link);
			}
			throw Errors.create(Reason.NOT_SUPPORTED, link, null, type.id(), null);
		}
		if (link.getFileName() == null) {
			throw Errors.create(Reason.INVALID_PATH, link, null, Messages.Detail_NoName, null);
		}
		checkFree(link);
		Path parent = LinkPaths.kernel(link).getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw Errors.create(Reason.PARENT_MISSING, link, parent);
		}
	}

	static void checkFree(Path link) throws LinkException {
		if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
			String what = Files.isSymbolicLink(link) ? Messages.Kind_Link
					: Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS) ? Messages.Kind_Folder : Messages.Kind_File;
			throw new LinkException(Reason.ALREADY_EXISTS, link,
					NLS.bind(Messages.Error_ALREADY_EXISTS_Kind, Errors.show(link), what));
		}
	}

	/**
	 * Creates the link at {@code where}, reporting errors about {@code shown} (they differ when
	 * retargeting through a temporary name).
	 */
	CreateResult createChecked(Path where, Path shown, Path target, LinkType type, TargetStyle style)
			throws LinkException {
		List<String> warnings = new ArrayList<>();
		Path parent = LinkPaths.kernel(where).getParent();
		switch (type) {
			case HARD -> createHard(where, shown, target, warnings);
			case JUNCTION -> createJunction(where, shown, target, parent, warnings);
			default -> createSymbolic(where, shown, target, type, style, parent, warnings);
		}
		LinkInfo info = chains.inspect(where);
		if (info.loop()) {
			warnings.add(NLS.bind(Messages.Warning_Loop, Errors.show(shown)));
		}
		return new CreateResult(info, warnings);
	}

	private void createSymbolic(Path where, Path shown, Path target, LinkType type, TargetStyle style, Path parent,
			List<String> warnings) throws LinkException {
		Path effective;
		if (target.isAbsolute()) {
			effective = target;
		} else if (style == TargetStyle.AS_GIVEN) {
			// as with ln -s and mklink: a relative target is relative to the link's folder
			effective = parent.resolve(target);
		} else {
			// --relative / --absolute: the user means a path from the current folder (as ln -r)
			effective = target.toAbsolutePath();
		}
		// what the target names as the system reaches it (never ".." in text across a link)
		Path reached = KernelPaths.ofOrAsGiven(effective, chains.textual());
		Path stored = stored(target, style, parent, reached, warnings);
		boolean exists = Files.exists(effective);
		boolean directory = exists ? Files.isDirectory(effective) : type == LinkType.SYMBOLIC_DIRECTORY;
		try {
			system.createSymbolicLink(where, stored, directory);
		} catch (IOException e) {
			throw system.translate(e, Operation.CREATE, shown, target);
		}
		if (!exists) {
			warnings.add(NLS.bind(Messages.Warning_Dangling, Errors.show(reached)));
		}
	}

	private Path stored(Path target, TargetStyle style, Path parent, Path reached, List<String> warnings) {
		return switch (style) {
			case AS_GIVEN -> target;
			case ABSOLUTE -> reached;
			case RELATIVE -> relativeTarget(parent, reached, warnings);
		};
	}

	/**
	 * @return what a symbolic link at {@code link} made with this target and style stores, and
	 *         what it reaches, computed as {@link #createSymbolic} does (reads the disk, changes
	 *         nothing)
	 */
	org.linksmith.core.PlannedTarget plan(Path link, Path target, TargetStyle style) {
		Path parent = LinkPaths.kernel(link).getParent();
		Path effective = target.isAbsolute() ? target
				: style == TargetStyle.AS_GIVEN && parent != null ? parent.resolve(target) : target.toAbsolutePath();
		Path reached = KernelPaths.ofOrAsGiven(effective, chains.textual());
		Path stored = parent == null ? reached : stored(target, style, parent, reached, new ArrayList<>());
		return new org.linksmith.core.PlannedTarget(stored, reached, Files.exists(effective),
				Files.isDirectory(effective));
	}

	private Path relativeTarget(Path linkFolder, Path target, List<String> warnings) {
		Path from = LinkPaths.realAsFarAsExists(linkFolder);
		Path to = LinkPaths.realAsFarAsExists(target);
		if (!Objects.equals(from.getRoot(), to.getRoot())) {
			warnings.add(NLS.bind(Messages.Warning_CannotBeRelative, Errors.show(target)));
			return target;
		}
		// relativize() reads ".." in text: only the part before any is made relative, the rest (past
		// a missing folder, which the kernel cannot walk) is kept as it is
		int dots = 0;
		while (dots < to.getNameCount() && !to.getName(dots).toString().equals("..") //$NON-NLS-1$
				&& !to.getName(dots).toString().equals(".")) { //$NON-NLS-1$
			dots++;
		}
		Path plain = dots == 0 ? to.getRoot() : to.getRoot().resolve(to.subpath(0, dots));
		Path relative = from.relativize(plain);
		if (dots < to.getNameCount()) {
			relative = relative.resolve(to.subpath(dots, to.getNameCount()));
		}
		return relative.toString().isEmpty() ? Path.of(".") : relative; //$NON-NLS-1$
	}

	private void createHard(Path where, Path shown, Path target, List<String> warnings) throws LinkException {
		Path file = target.toAbsolutePath();
		BasicFileAttributes attrs;
		try {
			attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (NoSuchFileException e) {
			throw Errors.create(Reason.TARGET_MISSING, shown, target);
		} catch (IOException e) {
			throw system.translate(e, Operation.CREATE, shown, target);
		}
		if (attrs.isSymbolicLink()) {
			try {
				file = file.toRealPath();
				attrs = Files.readAttributes(file, BasicFileAttributes.class);
			} catch (IOException e) {
				throw Errors.create(Reason.TARGET_MISSING, shown, target);
			}
			warnings.add(NLS.bind(Messages.Warning_HardLinkThroughSymlink, Errors.show(target), Errors.show(file)));
		}
		if (attrs.isDirectory()) {
			throw Errors.create(Reason.HARD_LINK_TO_DIRECTORY, shown, target);
		}
		try {
			Object linkVolume = system.volumeOf(LinkPaths.kernel(where).getParent());
			if (!linkVolume.equals(system.volumeOf(file))) {
				throw Errors.create(Reason.CROSS_DEVICE, shown, target);
			}
		} catch (IOException e) {
			// let the system decide below
		}
		try {
			system.createHardLink(where, file);
		} catch (IOException e) {
			throw system.translate(e, Operation.CREATE, shown, target);
		}
	}

	private void createJunction(Path where, Path shown, Path target, Path parent, List<String> warnings)
			throws LinkException {
		// junctions always store an absolute target (mklink /J resolves it from the current folder)
		Path absolute = target.toAbsolutePath().normalize();
		system.checkJunctionTarget(shown, absolute);
		boolean exists = Files.exists(absolute);
		if (exists && !Files.isDirectory(absolute)) {
			throw new LinkException(Reason.INVALID_PATH, shown,
					NLS.bind(Messages.Error_JunctionToFile, Errors.show(shown), Errors.show(target)));
		}
		try {
			system.createJunction(where, absolute);
		} catch (IOException e) {
			throw system.translate(e, Operation.CREATE, shown, target);
		}
		if (!exists) {
			warnings.add(NLS.bind(Messages.Warning_Dangling, Errors.show(absolute)));
		}
	}

	org.linksmith.core.LinkService.Conversion convert(Path link, TargetStyle style, boolean dryRun) throws LinkException {
		if (style == TargetStyle.AS_GIVEN) {
			throw new IllegalArgumentException(style.name());
		}
		LinkPaths.checkNotEmpty(link, link);
		LinkInfo info = chains.inspect(link);
		if (info.type() == LinkType.JUNCTION && style == TargetStyle.RELATIVE) {
			throw new LinkException(Reason.NOT_SUPPORTED, link, NLS.bind(Messages.Error_ConvertJunction, Errors.show(link)));
		}
		if (!info.type().hasTarget()) {
			throw LinkRemoval.notALink(link);
		}
		Path stored = Objects.requireNonNull(info.target());
		if (stored.isAbsolute() == (style == TargetStyle.ABSOLUTE)) {
			return new org.linksmith.core.LinkService.Conversion(link, stored, stored, List.of());
		}
		Path absolute = LinkPaths.kernel(link);
		Path parent = Objects.requireNonNull(absolute.getParent());
		// where the link reaches, as the kernel reads its text from the link's folder
		Path reached = KernelPaths.ofOrAsGiven(stored.isAbsolute() ? stored : parent.resolve(stored), chains.textual());
		List<String> warnings = new ArrayList<>();
		Path planned = style == TargetStyle.ABSOLUTE ? reached : relativeTarget(parent, reached, warnings);
		if (dryRun || planned.equals(stored)) {
			return new org.linksmith.core.LinkService.Conversion(link, stored, planned, warnings);
		}
		CreateResult done = retarget(link, reached, style);
		Path now = Objects.requireNonNull(done.link().target());
		return new org.linksmith.core.LinkService.Conversion(link, stored, now, done.warnings());
	}

	CreateResult retarget(Path link, Path newTarget, TargetStyle style) throws LinkException {
		Objects.requireNonNull(newTarget, "newTarget"); //$NON-NLS-1$
		LinkPaths.checkNotEmpty(link, link);
		LinkPaths.checkNotEmpty(link, newTarget);
		LinkInfo info = chains.inspect(link);
		if (info.type() == LinkType.HARD) {
			throw new LinkException(Reason.NOT_A_LINK, link, NLS.bind(Messages.Error_RetargetHardLink, Errors.show(link)));
		}
		if (!info.type().hasTarget()) {
			throw LinkRemoval.notALink(link);
		}
		// the link the system reaches: "dl/../L" is the L beside dl's target, not beside dl
		Path absolute = LinkPaths.kernel(link);
		Path temp = LinkPaths.temporarySibling(absolute, "retarget"); //$NON-NLS-1$
		CreateResult created = createChecked(temp, link, newTarget, info.type(), style);
		try {
			system.replaceAtomically(temp, absolute);
		} catch (IOException e) {
			try {
				system.removeLink(temp, created.link().type());
			} catch (IOException ignored) {
				// best effort: the temporary link is harmless
			}
			throw system.translate(e, Operation.RETARGET, link, newTarget);
		}
		return new CreateResult(chains.inspect(link), created.warnings());
	}
}
