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
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.linksmith.core.CreateResult;
import org.linksmith.core.InterruptedRelocation;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkException.Reason;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.LinkVisitor;
import org.linksmith.core.ScanOptions;
import org.linksmith.core.TargetStyle;
import org.linksmith.core.internal.LinkSystem.Operation;

/**
 * The platform-neutral link logic over a {@link LinkSystem}: validation before any change, target
 * styles, chains and loops, atomic retargeting, safe removal, scans and relocation.
 */
public final class DefaultLinkService implements LinkService {

	/** As many hops as Linux follows before it reports ELOOP. */
	static final int MAX_HOPS = 40;

	private final LinkSystem system;
	private final RelocationJournal journal;

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
	}

	/** @return a service for the running system */
	public static DefaultLinkService forCurrentSystem() {
		return new DefaultLinkService(LinkSystems.current());
	}

	@Override
	public Set<LinkType> supportedTypes(Path where) {
		return system.supportedTypes(where);
	}

	// ---------------------------------------------------------------- inspect

	@Override
	public LinkInfo inspect(Path path) throws LinkException {
		checkNotEmpty(path, path);
		return inspect(path, RealPaths.DIRECT);
	}

	private LinkInfo inspect(Path path, RealPaths realPaths) throws LinkException {
		BasicFileAttributes attrs = readAttributes(path, Operation.INSPECT);
		LinkType type;
		try {
			type = system.classify(path, attrs);
		} catch (IOException e) {
			throw system.translate(e, Operation.INSPECT, path, null);
		}
		if (!type.hasTarget()) {
			long links = 1;
			if (attrs.isRegularFile()) {
				try {
					links = system.linkCount(path);
				} catch (IOException e) {
					links = 0;
				}
			}
			return new LinkInfo(path, type, null, null, List.of(), false, false, links);
		}
		return follow(path, type, realPaths);
	}

	/** Resolves the links in a directory's path; scans share a cache between links. */
	interface RealPaths extends KernelPaths.Folders {
		/** Resolves every time. */
		RealPaths DIRECT = KernelPaths::realFolder;

		@Override
		default Path real(Path folder) throws IOException {
			return of(folder);
		}

		/**
		 * @param directory an existing directory
		 * @return its path with every link resolved
		 * @throws IOException when it cannot be resolved
		 */
		Path of(Path directory) throws IOException;
	}

	/** A cache of real directory paths, for the many links of one scan. */
	static final class CachedRealPaths implements RealPaths {
		private final java.util.concurrent.ConcurrentHashMap<Path, Path> cache = new java.util.concurrent.ConcurrentHashMap<>();

		@Override
		public Path of(Path directory) throws IOException {
			Path real = cache.get(directory);
			if (real == null) {
				real = KernelPaths.realFolder(directory);
				cache.put(directory, real);
			}
			return real;
		}
	}

	private LinkInfo follow(Path path, LinkType type, RealPaths realPaths) throws LinkException {
		Path stored;
		try {
			stored = system.readTarget(path);
		} catch (IOException e) {
			throw system.translate(e, Operation.INSPECT, path, null);
		}
		List<Path> chain = new ArrayList<>();
		chain.add(path);
		Set<Path> seen = new HashSet<>();
		Path current;
		try {
			current = KernelPaths.of(path, realPaths, textual());
		} catch (IOException e) {
			current = path.toAbsolutePath();
		}
		seen.add(current);
		Path target = stored;
		while (true) {
			// read as the kernel reads it: the stored target from the link's real folder, each
			// folder of it through the file system (never ".." in text across a link)
			Path parent = current.getParent();
			Path unresolved = parent == null ? target : parent.resolve(target);
			Path next;
			try {
				next = KernelPaths.of(unresolved, realPaths, textual());
			} catch (IOException e) {
				// a folder on the way is missing, not a folder, or a loop: the target cannot be reached
				boolean loop = IoErrors.reasonOf(e) == Reason.LOOP;
				return new LinkInfo(path, type, stored, loop ? null : unresolved, chain, true, loop, 1);
			}
			BasicFileAttributes attrs;
			try {
				attrs = Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			} catch (IOException e) {
				if (IoErrors.reasonOf(e) == Reason.LOOP) {
					return new LinkInfo(path, type, stored, null, chain, true, true, 1);
				}
				return new LinkInfo(path, type, stored, next, chain, true, false, 1);
			}
			LinkType nextType;
			try {
				nextType = attrs.isSymbolicLink() || attrs.isOther() ? system.classify(next, attrs) : LinkType.NONE;
			} catch (IOException e) {
				nextType = LinkType.NONE;
			}
			if (!nextType.hasTarget()) {
				return new LinkInfo(path, type, stored, next, chain, false, false, 1);
			}
			if (!seen.add(next) || chain.size() >= MAX_HOPS) {
				return new LinkInfo(path, type, stored, null, chain, true, true, 1);
			}
			chain.add(next);
			try {
				target = system.readTarget(next);
			} catch (IOException e) {
				return new LinkInfo(path, type, stored, next, chain, true, false, 1);
			}
			current = next;
		}
	}

	/** @return whether paths are read with ".." resolved in text (Windows) */
	private boolean textual() {
		return system.resolvesDotDotInText();
	}

	/** @return the path as the system reaches it without following its last component */
	private Path kernel(Path path) {
		return KernelPaths.ofOrAsGiven(path, java.io.File.separatorChar == '\\'); // Win32 reads ".." in text
	}

	private BasicFileAttributes readAttributes(Path path, Operation operation) throws LinkException {
		try {
			return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			throw system.translate(e, operation, path, null);
		}
	}

	// ---------------------------------------------------------------- create

	@Override
	public CreateResult create(Path link, Path target, LinkType type, TargetStyle style) throws LinkException {
		Objects.requireNonNull(link, "link"); //$NON-NLS-1$
		Objects.requireNonNull(target, "target"); //$NON-NLS-1$
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		Objects.requireNonNull(style, "style"); //$NON-NLS-1$
		checkNotEmpty(link, link);
		checkNotEmpty(link, target);
		checkCreatable(link, type);
		return createChecked(link, link, target, type, style);
	}

	/** An empty path would silently mean the current folder to java.nio: refuse it. */
	private static void checkNotEmpty(Path about, Path path) throws LinkException {
		if (path.toString().isEmpty()) {
			throw new LinkException(Reason.INVALID_PATH, about, Messages.Error_EmptyPath);
		}
	}

	private void checkCreatable(Path link, LinkType type) throws LinkException {
		if (type == LinkType.NONE || type == LinkType.OTHER_REPARSE_POINT) {
			throw new LinkException(Reason.NOT_SUPPORTED, link, NLS.bind(Messages.Error_CannotCreateType, type.id()));
		}
		if (!system.supportedTypes(link).contains(type)) {
			if (type == LinkType.JUNCTION) {
				throw Errors.junctionsNotSupported(link);
			}
			throw Errors.create(Reason.NOT_SUPPORTED, link, null, type.id(), null);
		}
		if (link.getFileName() == null) {
			throw Errors.create(Reason.INVALID_PATH, link, null, Messages.Detail_NoName, null);
		}
		checkFree(link);
		Path parent = kernel(link).getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw Errors.create(Reason.PARENT_MISSING, link, parent);
		}
	}

	private static void checkFree(Path link) throws LinkException {
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
	private CreateResult createChecked(Path where, Path shown, Path target, LinkType type, TargetStyle style)
			throws LinkException {
		List<String> warnings = new ArrayList<>();
		Path parent = kernel(where).getParent();
		switch (type) {
			case HARD -> createHard(where, shown, target, warnings);
			case JUNCTION -> createJunction(where, shown, target, parent, warnings);
			default -> createSymbolic(where, shown, target, type, style, parent, warnings);
		}
		LinkInfo info = inspect(where);
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
		Path reached = KernelPaths.ofOrAsGiven(effective, textual());
		Path stored = switch (style) {
			case AS_GIVEN -> target;
			case ABSOLUTE -> reached;
			case RELATIVE -> relativeTarget(parent, reached, warnings);
		};
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

	private Path relativeTarget(Path linkFolder, Path target, List<String> warnings) {
		Path from = realAsFarAsExists(linkFolder);
		Path to = realAsFarAsExists(target);
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

	/**
	 * Whether {@code destination} lies inside {@code folder}: by path, and by identity, so that a
	 * bind mount of the folder (the same folder under another path) is seen too.
	 *
	 * @param destination a path that may not exist yet
	 * @param folder an existing folder
	 * @return whether writing at {@code destination} would write into {@code folder}
	 */
	static boolean isInside(Path destination, Path folder) {
		Path dest = realAsFarAsExists(destination);
		if (dest.startsWith(realAsFarAsExists(folder))) {
			return true;
		}
		Object key;
		try {
			key = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
		} catch (IOException e) {
			return false;
		}
		if (key == null) {
			return false; // no identities here (Windows): the path test above is what there is
		}
		for (Path p = dest; p != null; p = p.getParent()) {
			try {
				if (key.equals(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey())) {
					return true;
				}
			} catch (IOException e) {
				// not there yet: look further up
			}
		}
		return false;
	}

	/**
	 * @param path any path
	 * @return the absolute path with links resolved in the part of it that exists
	 */
	static Path realAsFarAsExists(Path path) {
		// no normalize(): ".." is walked by the file system, and past a missing folder nothing is
		return KernelPaths.ofOrAsGiven(path, java.io.File.separatorChar == '\\'); // Win32 reads ".." in text
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
			Object linkVolume = system.volumeOf(kernel(where).getParent());
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

	// ---------------------------------------------------------------- retarget

	@Override
	public CreateResult retarget(Path link, Path newTarget, TargetStyle style) throws LinkException {
		Objects.requireNonNull(newTarget, "newTarget"); //$NON-NLS-1$
		checkNotEmpty(link, link);
		checkNotEmpty(link, newTarget);
		LinkInfo info = inspect(link);
		if (info.type() == LinkType.HARD) {
			throw new LinkException(Reason.NOT_A_LINK, link, NLS.bind(Messages.Error_RetargetHardLink, Errors.show(link)));
		}
		if (!info.type().hasTarget()) {
			throw notALink(link);
		}
		// the link the system reaches: "dl/../L" is the L beside dl's target, not beside dl
		Path absolute = kernel(link);
		Path temp = temporarySibling(absolute, "retarget"); //$NON-NLS-1$
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
		return new CreateResult(inspect(link), created.warnings());
	}

	static Path temporarySibling(Path path, String purpose) {
		Path parent = path.getParent();
		while (true) {
			String name = ".linksmith-" + purpose + '-' + Long.toHexString(ThreadLocalRandom.current().nextLong()); //$NON-NLS-1$
			Path candidate = parent.resolve(name);
			if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
				return candidate;
			}
		}
	}

	// ---------------------------------------------------------------- remove

	@Override
	public void remove(Path link) throws LinkException {
		checkNotEmpty(link, link);
		BasicFileAttributes attrs = readAttributes(link, Operation.REMOVE);
		LinkType type;
		try {
			type = system.classify(link, attrs);
		} catch (IOException e) {
			throw system.translate(e, Operation.REMOVE, link, null);
		}
		switch (type) {
			case SYMBOLIC_FILE, SYMBOLIC_DIRECTORY, JUNCTION -> {
				// removes the link itself: unlink(2) / RemoveDirectory on the reparse point
			}
			case HARD -> {
				try {
					if (system.linkCount(link) < 2) {
						throw lastName(link);
					}
				} catch (IOException e) {
					throw system.translate(e, Operation.REMOVE, link, null);
				}
			}
			case OTHER_REPARSE_POINT -> throw new LinkException(Reason.NOT_A_LINK, link,
					NLS.bind(Messages.Error_RemoveOtherReparsePoint, Errors.show(link)));
			case NONE -> {
				if (attrs.isRegularFile()) {
					throw lastName(link);
				}
				throw notALink(link);
			}
		}
		try {
			system.removeLink(link, type);
		} catch (IOException e) {
			throw system.translate(e, Operation.REMOVE, link, null);
		}
	}

	private static LinkException lastName(Path link) {
		return Errors.create(Reason.LAST_NAME, link, null);
	}

	private static LinkException notALink(Path link) {
		String kind = Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS) ? Messages.Kind_Folder : Messages.Kind_File;
		return new LinkException(Reason.NOT_A_LINK, link, NLS.bind(Messages.Error_NOT_A_LINK_Kind, Errors.show(link), kind));
	}

	// ---------------------------------------------------------------- relocate

	@Override
	public CreateResult relocate(Path folder, Path destination, LinkType linkType, IProgressMonitor monitor)
			throws LinkException {
		return new Relocator(this, system, journal).relocate(folder, destination, linkType, monitor);
	}

	/**
	 * Creates the link a relocation leaves behind, without the checks already made.
	 */
	CreateResult createForRelocation(Path link, Path target, LinkType type) throws LinkException {
		return createChecked(link, link, target, type, TargetStyle.ABSOLUTE);
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

	// ---------------------------------------------------------------- hard-link clone

	@Override
	public long hardLinkClone(Path folder, Path destination, IProgressMonitor monitor) throws LinkException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		BasicFileAttributes attrs = readAttributes(folder, Operation.CREATE);
		if (!SafeTree.isRealDirectory(attrs)) {
			throw new LinkException(Reason.INVALID_PATH, folder, NLS.bind(Messages.Error_RelocateNotAFolder, Errors.show(folder)));
		}
		checkFree(destination);
		Path parent = kernel(destination).getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw Errors.create(Reason.PARENT_MISSING, destination, parent);
		}
		try {
			if (!system.volumeOf(parent).equals(system.volumeOf(folder))) {
				throw Errors.create(Reason.CROSS_DEVICE, destination, folder);
			}
		} catch (IOException e) {
			throw system.translate(e, Operation.CREATE, destination, folder);
		}
		if (isInside(destination, folder)) {
			throw Errors.create(Reason.DESTINATION_INSIDE_SOURCE, folder, destination);
		}
		m.beginTask(NLS.bind(Messages.Clone_Task, Errors.show(folder), Errors.show(destination)), IProgressMonitor.UNKNOWN);
		boolean made = false;
		try {
			Files.createDirectory(destination);
			made = true;
			return new SafeTree(system).hardLinkClone(folder, destination, m);
		} catch (IOException e) {
			discard(destination, made);
			throw system.translate(e, Operation.CREATE, destination, folder);
		} catch (RuntimeException e) {
			discard(destination, made);
			throw e;
		} finally {
			m.done();
		}
	}

	private void discard(Path destination, boolean made) {
		if (made) {
			try {
				new SafeTree(system).delete(destination);
			} catch (IOException ignored) {
				// the source is untouched; a partial clone of links remains
			}
		}
	}

	// ---------------------------------------------------------------- siblings

	@Override
	public List<Path> hardLinkSiblings(Path file, Path within, IProgressMonitor monitor) throws LinkException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		checkNotEmpty(file, file);
		checkNotEmpty(within, within);
		BasicFileAttributes attrs = readAttributes(file, Operation.INSPECT);
		if (!attrs.isRegularFile()) {
			throw new LinkException(Reason.NOT_A_LINK, file, NLS.bind(Messages.Error_NotAFile, Errors.show(file)));
		}
		checkFolder(within); // a folder that is not there is an error, even for a file with one name
		FileId id;
		long count;
		try {
			id = system.fileId(file);
			count = system.linkCount(file);
		} catch (IOException e) {
			throw system.translate(e, Operation.INSPECT, file, null);
		}
		if (count < 2) {
			return List.of();
		}
		Path self = kernel(file);
		List<Path> names;
		try {
			names = system.allNames(file);
		} catch (IOException e) {
			throw system.translate(e, Operation.INSPECT, file, null);
		}
		if (names != null) {
			// the system knows every name (Windows: FindFirstFileNameW): keep those within the folder
			Path root = realAsFarAsExists(within);
			List<Path> result = new ArrayList<>();
			for (Path name : names) {
				Path n = kernel(name);
				if (!n.equals(self) && !n.equals(realAsFarAsExists(self)) && n.startsWith(root)) {
					result.add(n);
				}
			}
			result.sort(null);
			return result;
		}
		ConcurrentLinkedQueue<Path> found = new ConcurrentLinkedQueue<>();
		m.beginTask(NLS.bind(Messages.Siblings_Task, Errors.show(file)), IProgressMonitor.UNKNOWN);
		try {
			system.treeWalker().walk(within, true, new TreeWalker.Handler() {
				@Override
				public void entry(TreeWalker.Directory directory, String name, TreeWalker.EntryKind kind)
						throws IOException {
					if (kind == TreeWalker.EntryKind.REGULAR) {
						TreeWalker.Stat stat = directory.stat(name);
						if (stat.links() > 1 && id.equals(stat.id())) {
							Path p = directory.resolve(name);
							if (!kernel(p).equals(self)) {
								found.add(p);
							}
						}
					}
				}

				@Override
				public void failed(Path path, IOException e) {
					// unreadable folders cannot hold names we could show
				}
			}, m);
		} catch (IOException e) {
			throw system.translate(e, Operation.SCAN, within, null);
		} finally {
			m.done();
		}
		List<Path> result = new ArrayList<>(found);
		result.sort(null);
		return result;
	}

	private void checkFolder(Path folder) throws LinkException {
		BasicFileAttributes attrs;
		try {
			attrs = Files.readAttributes(folder, BasicFileAttributes.class);
		} catch (IOException e) {
			throw system.translate(e, Operation.SCAN, folder, null);
		}
		if (!attrs.isDirectory()) {
			throw new LinkException(Reason.INVALID_PATH, folder, NLS.bind(Messages.Error_NotAFolder, Errors.show(folder)));
		}
	}

	// ---------------------------------------------------------------- scan

	@Override
	public void scan(Path root, ScanOptions options, LinkVisitor visitor, IProgressMonitor monitor)
			throws LinkException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		checkFolder(root);
		m.beginTask(NLS.bind(Messages.Scan_Task, Errors.show(root)), IProgressMonitor.UNKNOWN);
		try {
			system.treeWalker().walk(root, options.recursive(), new ScanHandler(options, visitor), m);
		} catch (IOException e) {
			throw system.translate(e, Operation.SCAN, root, null);
		} finally {
			m.done();
		}
	}

	private final class ScanHandler implements TreeWalker.Handler {
		private final ScanOptions options;
		private final LinkVisitor visitor;
		private final boolean targets;
		private final boolean hard;
		private final RealPaths realPaths = new CachedRealPaths();

		ScanHandler(ScanOptions options, LinkVisitor visitor) {
			this.options = options;
			this.visitor = visitor;
			this.targets = options.wantsTargetLinks();
			this.hard = options.wantsHardLinks();
		}

		@Override
		public void entry(TreeWalker.Directory directory, String name, TreeWalker.EntryKind kind) throws IOException {
			switch (kind) {
				case SYMLINK, REPARSE_POINT -> {
					if (targets) {
						LinkInfo info;
						try {
							info = kind == TreeWalker.EntryKind.SYMLINK ? quickInspect(directory, name) : null;
							if (info == null) {
								info = inspect(directory.resolve(name), realPaths);
							}
						} catch (LinkException | IOException e) {
							info = kind == TreeWalker.EntryKind.SYMLINK ? fromFacts(directory, name) : null;
							if (info == null) {
								throw e instanceof IOException io ? io
										: new FileSystemException(directory.resolve(name).toString(), null, e.getMessage());
							}
						}
						if (options.accepts(info.type()) && (!options.brokenOnly() || info.broken())) {
							deliver(info);
						}
					}
				}
				case REGULAR -> {
					if (hard) {
						TreeWalker.Stat stat = directory.stat(name);
						if (stat.links() > 1) {
							deliver(new LinkInfo(directory.resolve(name), LinkType.HARD, null, null, List.of(), false,
									false, stat.links()));
						}
					}
				}
				default -> {
					// devices, pipes and sockets are never links
				}
			}
		}

		/**
		 * Inspects a symbolic link from what the walker read cheaply; gives the same result as
		 * {@link #inspect(Path)} for a link whose target exists and is not a link, else {@code null}.
		 */
		private LinkInfo quickInspect(TreeWalker.Directory directory, String name) throws IOException {
			TreeWalker.SymlinkFacts facts = directory.symlink(name);
			if (facts == null || facts.targetIsLink() || facts.end() == TreeWalker.End.MISSING
					|| facts.end() == TreeWalker.End.LOOP) {
				return null;
			}
			Path path = directory.resolve(name);
			Path target = Path.of(facts.target());
			Path folder = KernelPaths.of(path, realPaths, textual()).getParent();
			Path resolved = KernelPaths.of(folder == null ? target : folder.resolve(target), realPaths, textual());
			LinkType type = facts.end() == TreeWalker.End.DIRECTORY ? LinkType.SYMBOLIC_DIRECTORY : LinkType.SYMBOLIC_FILE;
			return new LinkInfo(path, type, target, resolved, List.of(path), false, false, 1);
		}

		/**
		 * A link whose path is too long to inspect by path (deeper than PATH_MAX): what the walker
		 * read in its open folder (stored target; whether following it reaches something) is all
		 * there is, as for {@code find -xtype l}.
		 */
		private LinkInfo fromFacts(TreeWalker.Directory directory, String name) throws IOException {
			TreeWalker.SymlinkFacts facts = directory.symlink(name);
			if (facts == null) {
				return null;
			}
			Path path = directory.resolve(name);
			boolean loop = facts.end() == TreeWalker.End.LOOP;
			boolean broken = loop || facts.end() == TreeWalker.End.MISSING;
			LinkType type = facts.end() == TreeWalker.End.DIRECTORY ? LinkType.SYMBOLIC_DIRECTORY : LinkType.SYMBOLIC_FILE;
			return new LinkInfo(path, type, Path.of(facts.target()), null, List.of(path), broken, loop, 1);
		}

		private void deliver(LinkInfo info) {
			synchronized (visitor) {
				visitor.found(info);
			}
		}

		@Override
		public void failed(Path path, IOException e) {
			synchronized (visitor) {
				visitor.failed(path, IoErrors.detailOf(e));
			}
		}
	}
}
