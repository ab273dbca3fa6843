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
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkIndex;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkType;
import org.linksmith.core.RawNames;
import org.linksmith.core.internal.IndexRecords.Folder;
import org.linksmith.core.internal.IndexRecords.Hard;
import org.linksmith.core.internal.IndexRecords.Link;

/**
 * The link index in an H2 MVStore file. MVStore was chosen over SQLite: it is pure Java (no
 * native library to unpack per platform, which OSGi and a read-only install make awkward), an
 * OSGi bundle on Maven Central, small (360 KB), and crash-safe by design: it appends and only a
 * completed commit becomes visible, so a process killed mid-write leaves the last commit.
 * <p>
 * Maps: {@code folders} (a folder's real path as lossless text -> its {@link IndexRecords.Folder}),
 * {@code reached} (where a link leads + NUL + the link's path: what points here, as a range
 * query), {@code files} (device:inode + NUL + path of each file with several names) and
 * {@code roots} (root path -> the end of its last scan and its counts). The roots are also kept
 * in a small text file beside it (one {@code file:} URI per line, written by rename), from which
 * an unreadable database is rebuilt.
 * </p>
 */
@NonNullByDefault
public final class MvLinkIndex implements LinkIndex {

	private static final char SEP = '\u0000';
	private static final long LOCK_WAIT_MILLIS = 10_000;
	private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;
	/** Folders read between two commits: a killed scan keeps what it did, the memory stays small. */
	private static final int COMMIT_EVERY = 4096;
	/** A folder changed this close to the scan may change again within its clock tick. */
	private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

	private final LinkService links;
	private final LinkSystem system;
	private final Path file;
	private final Charset charset = RawNames.fileNames();

	/**
	 * @param links the link service (to describe what the index finds as it is now)
	 * @param system the system's links
	 * @param file the database file
	 */
	public MvLinkIndex(LinkService links, LinkSystem system, Path file) {
		this.links = links;
		this.system = system;
		this.file = file.toAbsolutePath();
	}

	/** @return the index file of this user, in the state folder */
	public static Path defaultLocation() {
		return RelocationJournal.stateDirectory().resolve("index").resolve("links.mv.db"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public Path location() {
		return file;
	}

	// ---------------------------------------------------------------- the store

	private final class Session implements AutoCloseable {
		final MVStore store;
		final MVMap<String, byte[]> folders;
		final MVMap<String, String> reached;
		final MVMap<String, String> files;
		final MVMap<String, String> roots;

		Session(MVStore store) {
			this.store = store;
			folders = store.openMap("folders"); //$NON-NLS-1$
			reached = store.openMap("reached"); //$NON-NLS-1$
			files = store.openMap("files"); //$NON-NLS-1$
			roots = store.openMap("roots"); //$NON-NLS-1$
		}

		@Override
		public void close() {
			store.commit();
			store.close();
		}
	}

	private Session open() throws LinkException {
		try {
			Files.createDirectories(file.getParent());
		} catch (IOException e) {
			throw new LinkException(LinkException.Reason.IO_ERROR, file,
					NLS.bind(Messages.Index_CannotOpen, file, IoErrors.detailOf(e)));
		}
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOCK_WAIT_MILLIS);
		while (true) {
			try {
				Session s = new Session(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled()
						.cacheSize(16).open());
				if (s.roots.isEmpty()) {
					restoreRoots(s);
				}
				return s;
			} catch (MVStoreException e) {
				if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
					if (System.nanoTime() > deadline) {
						throw new LinkException(LinkException.Reason.IO_ERROR, file, NLS.bind(Messages.Index_Locked, file));
					}
					sleep();
					continue;
				}
				if (e.getErrorCode() == DataUtils.ERROR_READING_FAILED || e.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT
						|| e.getErrorCode() == DataUtils.ERROR_UNSUPPORTED_FORMAT) {
					setAside();
					continue; // a new, empty database; its roots come back from the list beside it
				}
				throw new LinkException(LinkException.Reason.IO_ERROR, file,
						NLS.bind(Messages.Index_CannotOpen, file, e.getMessage()));
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private void setAside() throws LinkException {
		Path aside = file.resolveSibling(file.getFileName() + ".unreadable"); //$NON-NLS-1$
		try {
			Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new LinkException(LinkException.Reason.IO_ERROR, file,
					NLS.bind(Messages.Index_CannotOpen, file, IoErrors.detailOf(e)));
		}
	}

	private Path rootList() {
		return file.resolveSibling("roots.list"); //$NON-NLS-1$
	}

	private void restoreRoots(Session s) {
		try {
			for (String line : Files.readAllLines(rootList(), StandardCharsets.US_ASCII)) {
				if (!line.isBlank()) {
					s.roots.put(key(Path.of(URI.create(line.trim()))), ""); //$NON-NLS-1$ never scanned
				}
			}
		} catch (IOException | RuntimeException e) {
			// no list yet (or unreadable): no roots
		}
	}

	private void saveRoots(Session s) throws LinkException {
		StringBuilder b = new StringBuilder();
		for (String root : s.roots.keySet()) {
			b.append(path(root).toUri().toASCIIString()).append('\n');
		}
		Path list = rootList();
		Path temp = list.resolveSibling(list.getFileName() + ".new"); //$NON-NLS-1$
		try {
			Files.writeString(temp, b, StandardCharsets.US_ASCII);
			Files.move(temp, list, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new LinkException(LinkException.Reason.IO_ERROR, list,
					NLS.bind(Messages.Index_CannotOpen, list, IoErrors.detailOf(e)));
		}
	}

	private String key(Path path) {
		return RawNames.lossless(path, charset);
	}

	private Path path(String key) {
		return RawNames.pathOf(key, charset);
	}

	private static String child(String folder, String name) {
		return folder.endsWith("/") ? folder + name : folder + '/' + name; //$NON-NLS-1$
	}

	/** @return whether {@code key} is {@code folder} or inside it, read name by name */
	private static boolean within(String key, String folder) {
		return key.equals(folder) || key.startsWith(folder.endsWith("/") ? folder : folder + '/'); //$NON-NLS-1$
	}

	// ---------------------------------------------------------------- roots

	@Override
	public List<Root> roots() throws LinkException {
		try (Session s = open()) {
			List<Root> result = new ArrayList<>();
			for (Map.Entry<String, String> e : s.roots.entrySet()) {
				result.add(root(e.getKey(), e.getValue()));
			}
			return result;
		}
	}

	private Root root(String key, String value) {
		String[] parts = value.split(" "); //$NON-NLS-1$
		if (parts.length == 3) {
			try {
				return new Root(path(key), Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]),
						Long.parseLong(parts[2]));
			} catch (NumberFormatException e) {
				// never scanned to the end
			}
		}
		return new Root(path(key), null, 0, 0);
	}

	private static @Nullable String coveringKey(Session s, String key) {
		for (String root : s.roots.keySet()) {
			if (within(key, root)) {
				return root;
			}
		}
		return null;
	}

	@Override
	public @Nullable Root covering(Path path) throws LinkException {
		String key = realKey(path);
		if (key == null) {
			return null;
		}
		try (Session s = open()) {
			String root = coveringKey(s, key);
			return root == null ? null : root(root, Objects.requireNonNull(s.roots.get(root)));
		}
	}

	/** @return the path's real path as a key, or as far as it exists; {@code null} when nothing of it does */
	private @Nullable String realKey(Path path) {
		try {
			return key(path.toRealPath());
		} catch (IOException e) {
			Path far = LinkPaths.realAsFarAsExists(path.toAbsolutePath());
			return far.isAbsolute() ? key(far) : null;
		}
	}

	@Override
	public boolean remove(Path root) throws LinkException {
		String key = realKey(root);
		try (Session s = open()) {
			if (key == null || !s.roots.containsKey(key)) {
				key = key(root.toAbsolutePath());
				if (!s.roots.containsKey(key)) {
					return false;
				}
			}
			s.roots.remove(key);
			saveRoots(s);
			// what another root still covers stays
			if (coveringKey(s, key) == null) {
				removeTree(s, key);
			}
			return true;
		}
	}

	// ---------------------------------------------------------------- scans

	@Override
	public ScanReport scan(Path root, boolean full, @Nullable IProgressMonitor monitor) throws LinkException {
		Path real;
		try {
			real = root.toRealPath();
			if (!Files.isDirectory(real)) {
				throw new LinkException(LinkException.Reason.INVALID_PATH, root, NLS.bind(Messages.Index_NotAFolder, root));
			}
		} catch (IOException e) {
			throw new LinkException(LinkException.Reason.NOT_FOUND, root, NLS.bind(Messages.Index_NoFolder, root));
		}
		try (Session s = open()) {
			String key = key(real);
			String covering = coveringKey(s, key);
			if (covering == null) {
				// a new root; roots inside it become part of it
				for (String inner : new ArrayList<>(s.roots.keySet())) {
					if (within(inner, key)) {
						s.roots.remove(inner);
					}
				}
				s.roots.put(key, ""); //$NON-NLS-1$
				saveRoots(s);
				s.store.commit();
				covering = key;
			}
			return new Scanner(s, full, SubMonitor.convert(monitor)).run(covering, key);
		}
	}

	@Override
	public List<ScanReport> rescan(@Nullable IProgressMonitor monitor) throws LinkException {
		List<ScanReport> reports = new ArrayList<>();
		List<String> roots;
		try (Session s = open()) {
			roots = new ArrayList<>(s.roots.keySet());
		}
		SubMonitor sub = SubMonitor.convert(monitor, roots.size());
		for (String root : roots) {
			Path path = path(root);
			if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				reports.add(scan(path, false, sub.split(1)));
			} else {
				sub.worked(1);
			}
		}
		return reports;
	}

	/** One scan of a tree, on an open store. */
	private final class Scanner {
		private final Session s;
		private final boolean full;
		private final SubMonitor monitor;
		private final long started = System.nanoTime();
		private final long startedWall = System.currentTimeMillis() * 1_000_000L;
		private long lastProgress = started;
		private long folderCount;
		private long foldersRead;
		private long linkCount;
		private int uncommitted;
		private String shownRoot = ""; //$NON-NLS-1$

		Scanner(Session s, boolean full, SubMonitor monitor) {
			this.s = s;
			this.full = full;
			this.monitor = monitor;
		}

		ScanReport run(String root, String start) throws LinkException {
			shownRoot = path(start).toString();
			Path startPath = path(start);
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(startPath)) {
				folder(stream, startPath, start);
			} catch (IOException e) {
				throw new LinkException(LinkException.Reason.IO_ERROR, startPath,
						NLS.bind(Messages.Index_NoFolder, startPath));
			}
			if (root.equals(start)) {
				s.roots.put(root, System.currentTimeMillis() + " " + folderCount + " " + linkCount); //$NON-NLS-1$ //$NON-NLS-2$
			}
			s.store.commit();
			return new ScanReport(startPath, folderCount, foldersRead, linkCount, Duration.ofNanos(System.nanoTime() - started));
		}

		private void folder(DirectoryStream<Path> stream, Path path, String key) throws IOException {
			if (monitor.isCanceled()) {
				s.store.commit();
				throw new OperationCanceledException();
			}
			folderCount++;
			progress();
			BasicFileAttributes self = stream instanceof SecureDirectoryStream<Path> sds
					? sds.getFileAttributeView(BasicFileAttributeView.class).readAttributes()
					: Files.readAttributes(path, BasicFileAttributes.class);
			long modified = nanos(self.lastModifiedTime());
			String identity = self.fileKey() == null ? "" : self.fileKey().toString(); //$NON-NLS-1$
			byte[] bytes = s.folders.get(key);
			Folder old = bytes == null ? null : IndexRecords.read(bytes);
			Folder now;
			if (!full && old != null && old.modified() == modified && old.modified() != IndexRecords.RACY
					&& old.key().equals(identity)) {
				now = old;
			} else {
				now = read(stream, path, key, old, startedWall - modified < RACY_NANOS ? IndexRecords.RACY : modified,
						identity);
			}
			linkCount += now.linkCount();
			for (String name : now.folders()) {
				String childKey = child(key, name);
				Path childPath = RawNames.resolve(path, name, charset);
				DirectoryStream<Path> childStream;
				try {
					childStream = stream instanceof SecureDirectoryStream<Path> sds
							? sds.newDirectoryStream(childPath.getFileName(), LinkOption.NOFOLLOW_LINKS)
							: Files.newDirectoryStream(childPath);
				} catch (IOException e) {
					// gone, or swapped for a link since it was listed: read its parent again next time
					removeTree(s, childKey);
					if (now == old) {
						s.folders.put(key, IndexRecords.write(new Folder(IndexRecords.RACY, old.key(), old.folders(),
								old.links(), old.hard())));
					}
					continue;
				}
				try (childStream) {
					folder(childStream, childPath, childKey);
				}
			}
		}

		private Folder read(DirectoryStream<Path> stream, Path path, String key, @Nullable Folder old, long modified,
				String identity) {
			foldersRead++;
			Map<String, Link> before = new HashMap<>();
			if (old != null) {
				for (Link link : old.links()) {
					before.put(link.name(), link);
				}
			}
			TreeSet<String> folders = new TreeSet<>();
			List<Link> found = new ArrayList<>();
			List<Hard> hard = new ArrayList<>();
			for (Path entry : stream) {
				String name = key(entry.getFileName());
				try {
					entry(path, entry, name, before.get(name), folders, found, hard);
				} catch (IOException e) {
					// gone meanwhile, or unreadable: not indexed
				}
			}
			Folder now = new Folder(modified, identity, new ArrayList<>(folders), found, hard);
			// drop what the old record put in the other maps, and the folders that are gone
			if (old != null) {
				unlist(key, old);
				for (String name : old.folders()) {
					if (!folders.contains(name)) {
						removeTree(s, child(key, name));
					}
				}
			}
			list(key, now);
			s.folders.put(key, IndexRecords.write(now));
			if (++uncommitted >= COMMIT_EVERY) {
				s.store.commit();
				uncommitted = 0;
			}
			return now;
		}

		private void entry(Path folder, Path entry, String name, @Nullable Link before, Set<String> folders,
				List<Link> found, List<Hard> hard) throws IOException {
			Stat stat = stat(entry);
			switch (stat.type) {
			case NONE -> {
				if (stat.folder) {
					folders.add(name);
				}
			}
			case HARD -> hard.add(new Hard(name, stat.volume, stat.file));
			case SYMBOLIC_FILE, SYMBOLIC_DIRECTORY, JUNCTION -> found.add(link(folder, entry, name, stat.type, before));
			default -> {
				// other reparse points are not links the index follows
			}
			}
		}

		private Link link(Path folder, Path entry, String name, LinkType type, @Nullable Link before) throws IOException {
			Path stored = system.readTarget(entry);
			String target = key(stored);
			try {
				Path real = entry.toRealPath();
				BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
				FileId id = system.fileId(real);
				LinkType kind = type == LinkType.JUNCTION ? type
						: a.isDirectory() ? LinkType.SYMBOLIC_DIRECTORY : LinkType.SYMBOLIC_FILE;
				return new Link(name, kind, target, key(real), false, new Identity(id.volume(), id.file(), a.size(),
						a.lastModifiedTime().toMillis(), a.isDirectory()));
			} catch (IOException e) {
				// broken (or a loop): where it would lead, as far as that exists; what it reached last kept
				Path would = LinkPaths.realAsFarAsExists(folder.resolve(stored));
				Identity last = before != null && before.target().equals(target) ? before.identity() : null;
				return new Link(name, type, target, would.isAbsolute() ? key(would) : "", true, last); //$NON-NLS-1$
			}
		}

		private void progress() {
			long now = System.nanoTime();
			if (now - lastProgress > PROGRESS_INTERVAL_NANOS) {
				lastProgress = now;
				monitor.subTask(java.text.MessageFormat.format(Messages.Index_Progress, Long.valueOf(folderCount), shownRoot));
			}
		}

		private void list(String key, Folder folder) {
			for (Link link : folder.links()) {
				if (!link.reached().isEmpty()) {
					s.reached.put(link.reached() + SEP + child(key, link.name()), ""); //$NON-NLS-1$
				}
			}
			for (Hard h : folder.hard()) {
				s.files.put(h.volume() + ":" + h.file() + SEP + child(key, h.name()), ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		private void unlist(String key, Folder folder) {
			MvLinkIndex.unlist(s, key, folder);
		}
	}

	private static void unlist(Session s, String key, Folder folder) {
		for (Link link : folder.links()) {
			if (!link.reached().isEmpty()) {
				s.reached.remove(link.reached() + SEP + child(key, link.name()));
			}
		}
		for (Hard h : folder.hard()) {
			s.files.remove(h.volume() + ":" + h.file() + SEP + child(key, h.name())); //$NON-NLS-1$
		}
	}

	/** Removes a folder's record and all below it, with what they put in the other maps. */
	private static void removeTree(Session s, String key) {
		List<String> keys = new ArrayList<>();
		if (s.folders.containsKey(key)) {
			keys.add(key);
		}
		String prefix = key.endsWith("/") ? key : key + '/'; //$NON-NLS-1$
		for (Iterator<String> it = s.folders.keyIterator(prefix); it.hasNext();) {
			String k = it.next();
			if (!k.startsWith(prefix)) {
				break;
			}
			keys.add(k);
		}
		for (String k : keys) {
			byte[] bytes = s.folders.remove(k);
			Folder folder = bytes == null ? null : IndexRecords.read(bytes);
			if (folder != null) {
				unlist(s, k, folder);
			}
		}
	}

	private static long nanos(FileTime time) {
		return time.to(TimeUnit.NANOSECONDS);
	}

	/** One entry as {@code lstat} tells it. */
	private record Stat(LinkType type, boolean folder, long volume, long file) {
	}

	private Stat stat(Path entry) throws IOException {
		if (POSIX) {
			Map<String, Object> a = Files.readAttributes(entry, "unix:mode,dev,ino,nlink", LinkOption.NOFOLLOW_LINKS); //$NON-NLS-1$
			int mode = ((Number) Objects.requireNonNull(a.get("mode"))).intValue() & 0170000; //$NON-NLS-1$
			long volume = ((Number) Objects.requireNonNull(a.get("dev"))).longValue(); //$NON-NLS-1$
			long inode = ((Number) Objects.requireNonNull(a.get("ino"))).longValue(); //$NON-NLS-1$
			if (mode == 0040000) {
				return new Stat(LinkType.NONE, true, volume, inode);
			}
			if (mode == 0120000) {
				return new Stat(Files.isDirectory(entry) ? LinkType.SYMBOLIC_DIRECTORY : LinkType.SYMBOLIC_FILE, false,
						volume, inode);
			}
			if (mode == 0100000 && ((Number) Objects.requireNonNull(a.get("nlink"))).longValue() > 1) { //$NON-NLS-1$
				return new Stat(LinkType.HARD, false, volume, inode);
			}
			return new Stat(LinkType.NONE, false, volume, inode);
		}
		BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		LinkType type = system.classify(entry, a);
		if (type == LinkType.NONE && a.isRegularFile() && system.linkCount(entry) > 1) {
			type = LinkType.HARD;
		}
		if (type == LinkType.HARD || type == LinkType.NONE) {
			FileId id = type == LinkType.HARD ? system.fileId(entry) : new FileId(0, 0);
			return new Stat(type, type == LinkType.NONE && a.isDirectory(), id.volume(), id.file());
		}
		return new Stat(type, false, 0, 0);
	}

	private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
			.contains("unix"); //$NON-NLS-1$

	// ---------------------------------------------------------------- questions

	@Override
	public List<LinkInfo> pointingHere(Path target, @Nullable Path within) throws LinkException {
		LinkInfo info = links.inspect(target);
		if (info.type().hasTarget() && info.broken()) {
			throw new LinkException(LinkException.Reason.NOT_FOUND, target, NLS.bind(Messages.PointingHere_BrokenTarget, target));
		}
		Path real;
		try {
			real = target.toRealPath();
		} catch (IOException e) {
			throw new LinkException(LinkException.Reason.NOT_FOUND, target, IoErrors.detailOf(e));
		}
		String at = key(real);
		String inside = within == null ? null : realKey(within);
		Set<String> candidates = new TreeSet<>();
		Set<String> hard = new TreeSet<>();
		try (Session s = open()) {
			collect(s.reached, at + SEP, candidates);
			collect(s.reached, at.endsWith("/") ? at : at + '/', candidates); //$NON-NLS-1$
			if (info.type() == LinkType.HARD) {
				FileId id;
				try {
					id = system.fileId(real);
				} catch (IOException e) {
					throw new LinkException(LinkException.Reason.NOT_FOUND, target, IoErrors.detailOf(e));
				}
				collect(s.files, id.volume() + ":" + id.file() + SEP, hard); //$NON-NLS-1$
				hard.remove(at);
			}
		}
		List<LinkInfo> result = new ArrayList<>();
		for (String key : candidates) {
			if (inside != null && !within(key, inside)) {
				continue;
			}
			// as it is now: still a link, still leading here
			LinkInfo now = inspectOrNull(path(key));
			if (now != null && now.type().hasTarget()) {
				Path leads = DefaultLinkService.leadsTo(now);
				if (leads != null && leads.startsWith(real)) {
					result.add(now);
				}
			}
		}
		FileId id = null;
		for (String key : hard) {
			if (inside != null && !within(key, inside)) {
				continue;
			}
			Path name = path(key);
			try {
				if (id == null) {
					id = system.fileId(real);
				}
				if (id.equals(system.fileId(name))) {
					result.add(LinkInfo.withoutTarget(name, LinkType.HARD, system.linkCount(name)));
				}
			} catch (IOException e) {
				// gone since the scan
			}
		}
		result.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
		return result;
	}

	private @Nullable LinkInfo inspectOrNull(Path path) {
		try {
			return links.inspect(path);
		} catch (LinkException e) {
			return null; // gone since the scan
		}
	}

	/** Adds the paths of the keys starting with {@code prefix} (the part after the NUL). */
	private static void collect(MVMap<String, String> map, String prefix, Set<String> into) {
		Cursor<String, String> cursor = map.cursor(prefix);
		while (cursor.hasNext()) {
			String k = cursor.next();
			if (!k.startsWith(prefix)) {
				break;
			}
			into.add(k.substring(k.indexOf(SEP) + 1));
		}
	}

	@Override
	public @Nullable Recorded recorded(Path link) throws LinkException {
		Path parent = link.toAbsolutePath().getParent();
		Path name = link.getFileName();
		if (parent == null || name == null) {
			return null;
		}
		String folderKey = realKey(parent);
		if (folderKey == null) {
			return null;
		}
		String nameKey = key(name);
		try (Session s = open()) {
			byte[] bytes = s.folders.get(folderKey);
			Folder folder = bytes == null ? null : IndexRecords.read(bytes);
			if (folder == null) {
				return null;
			}
			for (Link l : folder.links()) {
				if (l.name().equals(nameKey)) {
					return new Recorded(RawNames.resolve(parent, nameKey, charset), l.type(), l.target(),
							l.reached().isEmpty() ? null : path(l.reached()), l.broken(), l.identity());
				}
			}
			return null;
		}
	}

	/** @return the number of folders recorded (for tests and diagnostics) */
	long folderRecords() throws LinkException {
		try (Session s = open()) {
			return s.folders.size();
		}
	}

	/** @return whether any recorded key is outside every root (for tests: nothing is left behind) */
	boolean hasStrays() throws LinkException {
		try (Session s = open()) {
			Set<String> roots = new HashSet<>(s.roots.keySet());
			for (String k : s.folders.keySet()) {
				if (roots.stream().noneMatch(r -> within(k, r))) {
					return true;
				}
			}
			return false;
		}
	}

}
