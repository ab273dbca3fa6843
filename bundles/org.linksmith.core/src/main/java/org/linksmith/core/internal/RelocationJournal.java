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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.Reader;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.linksmith.core.LinkType;

/**
 * The journal of relocations under way, one small file per relocation in the user's state folder
 * ({@code $XDG_STATE_HOME/linksmith/relocations}, {@code ~/.local/state/linksmith/relocations},
 * {@code %LOCALAPPDATA%\Linksmith\relocations} on Windows; the system property
 * {@code linksmith.state} overrides the folder). Written before the first change and after each
 * phase, synced to disk, removed when the relocation has ended: an entry that remains tells the
 * next run what was interrupted. Paths are stored as {@code file:} URIs, which keep every byte of
 * a name. Never written inside the trees it describes.
 */
final class RelocationJournal {

	/** What a relocation was doing when its entry was last written. */
	enum Phase {
		/** Across volumes: copying (the original untouched). */
		COPYING,
		/** Across volumes: the copy is complete and verified; the original is being put aside. */
		VERIFIED,
		/** Across volumes: the link is in place and the original is being deleted. */
		DELETING,
		/** On one volume: the folder is being renamed. */
		MOVING
	}

	/** One relocation under way. */
	record Entry(String id, Path source, Path target, Path aside, LinkType type, Phase phase, Instant started,
			FileId original, FileId copy) {
	}

	private static final String SUFFIX = ".journal"; //$NON-NLS-1$
	private final Path dir;

	RelocationJournal(Path dir) {
		this.dir = dir;
	}

	/** @return the journal folder of this user */
	static Path defaultDirectory() {
		return stateDirectory().resolve("relocations"); //$NON-NLS-1$
	}

	/**
	 * @return the state folder of this user: {@code $XDG_STATE_HOME/linksmith}
	 *         ({@code ~/.local/state/linksmith}), {@code %LOCALAPPDATA%\Linksmith} on Windows, or
	 *         the system property {@code linksmith.state}
	 */
	static Path stateDirectory() {
		String override = System.getProperty("linksmith.state"); //$NON-NLS-1$
		if (override != null && !override.isEmpty()) {
			return Path.of(override);
		}
		String home = System.getProperty("user.home"); //$NON-NLS-1$
		if (System.getProperty("os.name", "").startsWith("Windows")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String local = System.getenv("LOCALAPPDATA"); //$NON-NLS-1$
			return Path.of(local != null ? local : home, "Linksmith"); //$NON-NLS-1$
		}
		String state = System.getenv("XDG_STATE_HOME"); //$NON-NLS-1$
		Path base = state != null && state.startsWith("/") ? Path.of(state) : Path.of(home, ".local", "state"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return base.resolve("linksmith"); //$NON-NLS-1$
	}

	Path directory() {
		return dir;
	}

	/**
	 * Writes a new entry before the relocation changes anything.
	 *
	 * @return the entry, or {@code null} when the journal cannot be written (the relocation goes on
	 *         without one: where the system swaps atomically the old path never goes missing anyway)
	 */
	Entry begin(Path source, Path target, Path aside, LinkType type, Phase phase, FileId original) {
		String id = Long.toHexString(System.currentTimeMillis()) + '-'
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt() & 0xfffffff);
		Entry entry = new Entry(id, source.toAbsolutePath(), target.toAbsolutePath(),
				aside == null ? null : aside.toAbsolutePath(), type, phase, Instant.now(), original, null);
		try {
			write(entry);
			return entry;
		} catch (IOException e) {
			return null;
		}
	}

	/** @return the entry in its new phase (unchanged when the journal cannot be written) */
	Entry update(Entry entry, Phase phase) {
		if (entry == null) {
			return null;
		}
		return rewrite(new Entry(entry.id(), entry.source(), entry.target(), entry.aside(), entry.type(), phase,
				entry.started(), entry.original(), entry.copy()));
	}

	/** @return the entry with the identity of the copy it made (the only folder its undo may delete) */
	Entry copyMade(Entry entry, FileId copy) {
		if (entry == null) {
			return null;
		}
		return rewrite(new Entry(entry.id(), entry.source(), entry.target(), entry.aside(), entry.type(), entry.phase(),
				entry.started(), entry.original(), copy));
	}

	/** @return the entry as last written (it may have moved on since {@code entry} was taken) */
	Entry latest(Entry entry) {
		Entry read = read(file(entry.id()));
		return read != null ? read : entry;
	}

	private Entry rewrite(Entry next) {
		try {
			write(next);
		} catch (IOException e) {
			// the earlier phase stays on record: recovery looks at the disk, not only at the phase
		}
		return next;
	}

	/** Removes the entry: the relocation has ended (done or rolled back). */
	void end(Entry entry) {
		if (entry == null) {
			return;
		}
		try {
			Files.deleteIfExists(file(entry.id()));
		} catch (IOException e) {
			// an entry left behind is described as done at the next look and dropped then
		}
	}

	/** @return the entries, oldest first; unreadable files are skipped */
	List<Entry> list() {
		List<Entry> entries = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return entries;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) { //$NON-NLS-1$
			for (Path file : files) {
				Entry entry = read(file);
				if (entry != null) {
					entries.add(entry);
				}
			}
		} catch (IOException e) {
			return entries;
		}
		entries.sort(Comparator.comparing(Entry::started));
		return entries;
	}

	private Path file(String id) {
		return dir.resolve(id + SUFFIX);
	}

	private void write(Entry entry) throws IOException {
		Files.createDirectories(dir);
		Properties p = new Properties();
		p.setProperty("version", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		p.setProperty("source", entry.source().toUri().toString()); //$NON-NLS-1$
		p.setProperty("target", entry.target().toUri().toString()); //$NON-NLS-1$
		if (entry.aside() != null) {
			p.setProperty("aside", entry.aside().toUri().toString()); //$NON-NLS-1$
		}
		p.setProperty("type", entry.type().name()); //$NON-NLS-1$
		if (entry.original() != null) {
			p.setProperty("original", text(entry.original())); //$NON-NLS-1$
		}
		if (entry.copy() != null) {
			p.setProperty("copy", text(entry.copy())); //$NON-NLS-1$
		}
		p.setProperty("phase", entry.phase().name()); //$NON-NLS-1$
		p.setProperty("started", entry.started().toString()); //$NON-NLS-1$
		Path temp = dir.resolve(entry.id() + ".tmp"); //$NON-NLS-1$
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
			p.store(out, "Linksmith: a relocation under way; removed when it ends"); //$NON-NLS-1$
			out.flush();
			channel.force(true); // on disk before the change it announces
		}
		Files.move(temp, file(entry.id()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** @return volume:file, and :high where the id has 128 bits (ReFS) */
	static String text(FileId id) {
		String text = id.volume() + ":" + id.file(); //$NON-NLS-1$
		return id.fileHigh() == 0 ? text : text + ':' + id.fileHigh();
	}

	/** @return the id {@link #text(FileId)} wrote (journals of earlier versions have two parts) */
	static FileId id(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split(":", -1); //$NON-NLS-1$
		return new FileId(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts.length > 2 ? Long.parseLong(parts[2]) : 0);
	}

	private static Entry read(Path file) {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
			String name = file.getFileName().toString();
			String aside = p.getProperty("aside"); //$NON-NLS-1$
			return new Entry(name.substring(0, name.length() - SUFFIX.length()),
					Path.of(new URI(p.getProperty("source"))), Path.of(new URI(p.getProperty("target"))), //$NON-NLS-1$ //$NON-NLS-2$
					aside == null ? null : Path.of(new URI(aside)), LinkType.valueOf(p.getProperty("type")), //$NON-NLS-1$
					Phase.valueOf(p.getProperty("phase")), //$NON-NLS-1$
					Instant.parse(p.getProperty("started")), id(p.getProperty("original")), id(p.getProperty("copy"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (IOException | RuntimeException | java.net.URISyntaxException e) {
			return null;
		}
	}
}
