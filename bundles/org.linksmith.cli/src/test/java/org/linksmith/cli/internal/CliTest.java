/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkServices;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs the real command-line entry point in this process, on real files (POSIX). */
@DisabledOnOs(OS.WINDOWS)
class CliTest {

	@TempDir
	Path dir;

	String out;
	String err;

	int run(String... args) {
		StringWriter o = new StringWriter();
		StringWriter e = new StringWriter();
		int code = Main.run(LinkServices.getDefault(), new PrintWriter(o), new PrintWriter(e), args);
		out = o.toString();
		err = e.toString();
		return code;
	}

	String p(String name) {
		return dir.resolve(name).toString();
	}

	@Test
	void copyKeepsLinksWorkingAndItsDryRunWritesNothing() throws Exception {
		Files.createDirectories(dir.resolve("P/data"));
		Files.writeString(dir.resolve("P/data/f.txt"), "f");
		Files.writeString(dir.resolve("shared.txt"), "s");
		Files.createSymbolicLink(dir.resolve("P/abs"), dir.resolve("P/data/f.txt"));
		Files.createSymbolicLink(dir.resolve("P/out"), Path.of("../shared.txt"));
		Files.createDirectories(dir.resolve("backup"));
		assertEquals(0, run("copy", "--dry-run", p("P"), p("backup/P")));
		assertFalse(Files.exists(dir.resolve("backup/P")), "a dry run writes nothing");
		assertTrue(out.contains("REPOINTED  abs -> " + dir.resolve("backup/P/data/f.txt")), out);
		assertTrue(out.contains("SPLICED    out -> ../../shared.txt  (was ../shared.txt)"), out);
		assertTrue(out.contains("Would copy"), out);
		assertEquals(0, run("copy", "--json", p("P"), p("backup/P")));
		JsonObject report = JsonParser.parseString(out).getAsJsonObject();
		assertEquals(2, report.getAsJsonArray("links").size());
		assertEquals(dir.resolve("backup/P/data/f.txt").toRealPath(), dir.resolve("backup/P/abs").toRealPath());
		assertEquals(dir.resolve("shared.txt").toRealPath(), dir.resolve("backup/P/out").toRealPath());
		assertEquals(1, run("copy", p("P"), p("backup/P")));
		assertTrue(err.contains("backup/P"), err);
		assertEquals(2, run("copy", "--outer", "follow", p("P"), p("backup/Q")));
		assertFalse(Files.exists(dir.resolve("backup/Q")));
		assertEquals(0, run("copy", "--outer", "crop", p("P"), p("backup/C")));
		assertFalse(Files.exists(dir.resolve("backup/C/out"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
		assertTrue(out.contains("1 cropped"), out);
	}

	@Test
	void convertMakesEveryLinkInAFolderRelativeAndKeepsWhereTheyLead() throws Exception {
		Files.createDirectories(dir.resolve("data/sub"));
		Files.writeString(dir.resolve("data/f.txt"), "f");
		Files.createDirectories(dir.resolve("t/deep"));
		Files.createSymbolicLink(dir.resolve("t/a"), dir.resolve("data/f.txt"));
		Files.createSymbolicLink(dir.resolve("t/deep/b"), dir.resolve("data/sub"));
		Files.createSymbolicLink(dir.resolve("t/c"), Path.of("../data/f.txt"));
		assertEquals(0, run("convert", "--relative", "--recursive", "--dry-run", p("t")));
		assertTrue(Files.readSymbolicLink(dir.resolve("t/a")).isAbsolute(), "a dry run changes nothing");
		assertTrue(err.contains("2 links would change of 3"), err);
		assertEquals(0, run("convert", "-r", "-R", p("t")));
		assertEquals(Path.of("../data/f.txt"), Files.readSymbolicLink(dir.resolve("t/a")));
		assertEquals(Path.of("../../data/sub"), Files.readSymbolicLink(dir.resolve("t/deep/b")));
		assertTrue(out.contains(p("t/a") + ": " + dir.resolve("data/f.txt") + " -> ../data/f.txt"), out);
		assertEquals(0, run("convert", "--absolute", "--json", p("t/c")));
		assertEquals(dir.toRealPath().resolve("data/f.txt"), Files.readSymbolicLink(dir.resolve("t/c")));
		assertTrue(JsonParser.parseString(out).getAsJsonArray().get(0).getAsJsonObject().get("changed").getAsBoolean());
		assertEquals(2, run("convert", p("t/c")), "relative or absolute must be said");
		assertEquals(1, run("convert", "--relative", p("t/c"), p("data/f.txt")));
		assertTrue(err.contains("neither a symbolic link nor a folder"), err);
		assertTrue(Files.readSymbolicLink(dir.resolve("t/c")).isAbsolute(), "nothing was changed");
	}

	@Test
	void sizeCountsHardLinkedFilesOnceAndNeverFollowsLinks() throws Exception {
		Files.createDirectories(dir.resolve("T/sub"));
		Files.write(dir.resolve("T/big"), new byte[10_000]);
		Files.createLink(dir.resolve("T/sub/big2"), dir.resolve("T/big"));
		Files.write(dir.resolve("huge"), new byte[1_000_000]);
		Files.createSymbolicLink(dir.resolve("T/huge"), dir.resolve("huge"));
		assertEquals(0, run("size", p("T")));
		assertTrue(out.contains("1 file, 2 folders, 1 symbolic link, no junctions, 0 other"), out);
		assertTrue(out.contains("2 names; 1 group all inside, 0 with names outside"), out);
		assertTrue(out.contains("big, sub/big2: 2 of 2 names inside"), out);
		assertEquals(0, run("size", "--json", p("T")));
		JsonObject size = JsonParser.parseString(out).getAsJsonArray().get(0).getAsJsonObject();
		long apparent = size.get("apparent_bytes").getAsLong();
		assertTrue(apparent >= 10_000 && apparent < 20_000, "the file once, the linked 1 MB never: " + apparent);
		assertEquals(1, run("size", p("missing")));
		assertEquals(0, run("size", p("T/big")));
		assertTrue(out.contains("big: 1 of 2 names inside"), "a file measured alone is named: " + out);
		assertEquals(0, run("size", p("T"), p("huge")));
		assertTrue(out.contains("Total of the 2 (each file once), in " + dir), out);
		assertEquals(0, run("size", "--json", p("T"), p("huge")));
		com.google.gson.JsonArray all = JsonParser.parseString(out).getAsJsonArray();
		assertEquals(3, all.size());
		assertTrue(all.get(2).getAsJsonObject().get("total").getAsBoolean());
		assertEquals(2, all.get(2).getAsJsonObject().get("files").getAsLong(), "big once, huge");
	}

	@Test
	void pointingHereListsTheLinksThatLeadIntoAFolder() throws Exception {
		Files.createDirectories(dir.resolve("data/sub"));
		Files.createDirectories(dir.resolve("w"));
		Files.createSymbolicLink(dir.resolve("w/in"), Path.of("../data/sub"));
		Files.createSymbolicLink(dir.resolve("w/out"), Path.of("../w"));
		assertEquals(0, run("pointing-here", p("data"), "--within", p("w")));
		assertTrue(out.contains("w/in") && !out.contains("w/out"), out);
		assertTrue(err.contains("1 link within " + dir.resolve("w") + " leads to " + dir.resolve("data")), err);
		assertEquals(0, run("pointing-here", "--json", p("data"), "--within", p("w")));
		assertEquals(1, JsonParser.parseString(out).getAsJsonArray().size());
		assertEquals(1, run("pointing-here", p("missing"), "--within", p("w")));
	}

	@Test
	void repairFindsMovedTargetsAndAutoTakesOnlyClearOnes(@TempDir Path state) throws Exception {
		String before = System.getProperty("linksmith.state");
		System.setProperty("linksmith.state", state.toString());
		try {
			Files.createDirectories(dir.resolve("data/photos"));
			Files.writeString(dir.resolve("data/photos/a.jpg"), "jpeg");
			Files.createDirectories(dir.resolve("l"));
			Files.createSymbolicLink(dir.resolve("l/photos"), Path.of("../data/photos"));
			Files.writeString(dir.resolve("data/r.txt"), "r");
			// written an hour ago: a new file that gets its inode once it is deleted is not taken for it
			Files.setLastModifiedTime(dir.resolve("data/r.txt"), java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
			Files.createSymbolicLink(dir.resolve("l/r"), dir.resolve("data/r.txt"));
			assertEquals(0, run("index", "--add", dir.toString()));
			Files.createDirectories(dir.resolve("archive/x"));
			Files.createDirectories(dir.resolve("archive/y"));
			Files.move(dir.resolve("data/photos"), dir.resolve("archive/photos"));
			Files.delete(dir.resolve("data/r.txt"));
			Files.writeString(dir.resolve("archive/x/r.txt"), "1");
			Files.writeString(dir.resolve("archive/y/r.txt"), "2");

			assertEquals(0, run("repair", "--dry-run", "--auto", p("l")));
			assertTrue(out.contains("[the same file, moved]") && out.contains("would repair: " + dir.resolve("l/photos")),
					out);
			assertTrue(out.contains("to choose: linksmith retarget"), out);
			assertTrue(err.contains("2 broken links: 1 clear to repair, 1 needs a choice, 0 without any candidate. Nothing was changed."), err);
			assertEquals(Path.of("../data/photos"), Files.readSymbolicLink(dir.resolve("l/photos")), "a dry run changes nothing");
			assertEquals(0, run("repair", "--json", p("l")));
			assertEquals(2, JsonParser.parseString(out).getAsJsonArray().size());
			assertEquals(0, run("repair", "--auto", p("l")));
			assertTrue(out.contains("repaired: " + dir.resolve("l/photos") + " -> ../archive/photos"), out);
			assertEquals("jpeg", Files.readString(dir.resolve("l/photos/a.jpg")));
			assertEquals(dir.resolve("data/r.txt"), Files.readSymbolicLink(dir.resolve("l/r")), "the unclear one is left");
			assertTrue(err.contains("1 repaired, 1 needs a choice"), err);
			assertEquals(2, run("repair"));
		} finally {
			if (before == null) {
				System.clearProperty("linksmith.state");
			} else {
				System.setProperty("linksmith.state", before);
			}
		}
	}

	@Test
	void moveAsksFirstWhenLinksElsewherePointIntoItAndUpdatesThemWhenTold(@TempDir Path state) throws Exception {
		String before = System.getProperty("linksmith.state");
		System.setProperty("linksmith.state", state.toString());
		try {
			Files.createDirectories(dir.resolve("P/docs"));
			Files.writeString(dir.resolve("P/docs/f.txt"), "f");
			Files.createDirectories(dir.resolve("w"));
			Files.createSymbolicLink(dir.resolve("w/rel"), Path.of("../P/docs/f.txt"));
			Files.createSymbolicLink(dir.resolve("w/abs"), dir.resolve("P/docs"));
			Files.createSymbolicLink(dir.resolve("P/inner"), Path.of("docs"));
			Files.createDirectories(dir.resolve("archive"));
			assertEquals(0, run("index", "--add", dir.toString()));
			assertEquals(1, run("move", p("P"), p("archive/P")));
			assertTrue(err.contains("2 links elsewhere point into") && err.contains("--update-links"), err);
			assertTrue(err.contains("w/rel") && err.contains("w/abs") && !err.contains("inner"), err);
			assertTrue(Files.isDirectory(dir.resolve("P")), "nothing moved");
			assertEquals(2, run("move", "--update-links", "--leave-links", p("P"), p("archive/P")));
			assertEquals(0, run("move", "--update-links", p("P"), p("archive/P")));
			assertTrue(out.contains("updated: " + dir.resolve("w/rel")), out);
			assertEquals(Path.of("../archive/P/docs/f.txt"), Files.readSymbolicLink(dir.resolve("w/rel")), "still relative");
			assertEquals(dir.resolve("archive/P/docs").toRealPath(), Files.readSymbolicLink(dir.resolve("w/abs")));
			assertEquals("f", Files.readString(dir.resolve("w/rel")));
			assertEquals("f", Files.readString(dir.resolve("archive/P/inner/f.txt")));
			assertEquals(0, run("index", "--rescan"));
			assertEquals(0, run("move", "--leave-links", p("archive/P"), p("P")));
			assertTrue(err.contains("left as asked and are broken now"), err);
			assertFalse(Files.exists(dir.resolve("w/rel")));
		} finally {
			if (before == null) {
				System.clearProperty("linksmith.state");
			} else {
				System.setProperty("linksmith.state", before);
			}
		}
	}

	@Test
	void theIndexAnswersWhatPointsHere(@TempDir Path state) throws Exception {
		String before = System.getProperty("linksmith.state");
		System.setProperty("linksmith.state", state.toString());
		try {
			Files.createDirectories(dir.resolve("data/sub"));
			Files.createDirectories(dir.resolve("w"));
			Files.createSymbolicLink(dir.resolve("w/in"), Path.of("../data/sub"));
			assertEquals(1, run("pointing-here", p("data")));
			assertTrue(err.contains("not in the link index") && err.contains("--within"), err);
			assertEquals(0, run("index"));
			assertTrue(out.contains("no roots yet"), out);
			assertEquals(2, run("index", "--add"));
			assertEquals(2, run("index", "--full"));
			assertEquals(0, run("index", "--add", dir.toString()));
			assertTrue(out.contains("4 folders (4 read), 1 link"), out);
			assertFalse(Files.exists(dir.resolve(".linksmith")), "nothing written in the tree");
			assertEquals(0, run("pointing-here", p("data")));
			assertTrue(out.contains("w/in") && err.contains("in the link index of " + dir.toRealPath()), out + err);
			Files.createSymbolicLink(dir.resolve("data/self"), Path.of("sub"));
			assertEquals(0, run("index", "--rescan"));
			assertEquals(0, run("pointing-here", "--json", p("data/sub")));
			assertEquals(2, JsonParser.parseString(out).getAsJsonArray().size(), out);
			assertEquals(0, run("pointing-here", p("data"), "--within", p("w")));
			assertTrue(err.contains("1 link leads") && err.contains("link index of " + dir.resolve("w")), err);
			assertEquals(0, run("index"));
			assertTrue(out.contains(dir.toRealPath() + "  4 folders, 2 links, scanned") && out.contains("index: " + state), out);
			assertEquals(1, run("index", "--remove", p("w")));
			assertEquals(0, run("index", "--remove", dir.toString()));
			assertTrue(Files.isSymbolicLink(dir.resolve("w/in")));
			assertEquals(1, run("index", "--rescan"));
		} finally {
			if (before == null) {
				System.clearProperty("linksmith.state");
			} else {
				System.setProperty("linksmith.state", before);
			}
		}
	}

	@Test
	void cloneMakesHardOrSymbolicClones() throws Exception {
		Files.createDirectories(dir.resolve("T/sub"));
		Files.writeString(dir.resolve("T/sub/f.txt"), "f");
		assertEquals(0, run("clone", "--symbolic", p("T"), p("S")));
		assertEquals(dir.resolve("T/sub/f.txt").toRealPath(), Files.readSymbolicLink(dir.resolve("S/sub/f.txt")));
		assertTrue(out.contains("symbolic-link clone") && out.contains("1 file linked"), out);
		assertEquals(0, run("clone", "--hard", p("T"), p("H")));
		assertEquals(Files.getAttribute(dir.resolve("T/sub/f.txt"), "unix:ino"), Files.getAttribute(dir.resolve("H/sub/f.txt"), "unix:ino"));
		assertEquals(2, run("clone", p("T"), p("X")));
		assertEquals(1, run("clone", "-s", p("T"), p("S")));
		assertTrue(err.contains("S"), err);
	}

	@Test
	void moveKeepsTheLinksInsideWorking() throws Exception {
		Files.createDirectories(dir.resolve("P/data"));
		Files.writeString(dir.resolve("P/data/f.txt"), "f");
		Files.writeString(dir.resolve("shared.txt"), "s");
		Files.createSymbolicLink(dir.resolve("P/abs"), dir.resolve("P/data/f.txt"));
		Files.createSymbolicLink(dir.resolve("P/out"), Path.of("../shared.txt"));
		Files.createDirectories(dir.resolve("archive/2026"));
		assertEquals(0, run("move", "-n", p("P"), p("archive/2026/P")));
		assertTrue(Files.isDirectory(dir.resolve("P")), "a dry run moves nothing");
		assertTrue(out.contains("SPLICED    out -> ../../../shared.txt  (was ../shared.txt)"), out);
		assertEquals(0, run("move", p("P"), p("archive/2026/P")));
		assertTrue(out.startsWith("Moved "), out);
		assertEquals("f", Files.readString(dir.resolve("archive/2026/P/abs")));
		assertEquals("s", Files.readString(dir.resolve("archive/2026/P/out")));
		assertEquals(2, run("move", "--outer", "crop", p("archive/2026/P"), p("Q")), "move has no --outer");
	}

	@Test
	void createSymbolicByDefaultAndInspect() throws Exception {
		Files.createDirectories(dir.resolve("E/Users/Kari/Documents"));
		assertEquals(0, run("create", p("D"), p("E/Users/Kari/Documents")));
		assertEquals(0, run("create", p("C"), "D"));
		assertTrue(Files.isSymbolicLink(dir.resolve("C")));
		assertEquals(0, run("inspect", p("C")));
		assertTrue(out.contains("symbolic-directory"), out);
		assertTrue(out.contains("chain:"), out);
		assertTrue(out.contains(dir.resolve("E/Users/Kari/Documents").toRealPath().toString()), out);
	}

	@Test
	void inspectJsonHasAllFields() throws Exception {
		Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
		Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
		assertEquals(0, run("inspect", "--json", p("a")));
		JsonArray array = JsonParser.parseString(out).getAsJsonArray();
		JsonObject o = array.get(0).getAsJsonObject();
		for (String field : new String[] { "path", "type", "target", "resolved", "chain", "broken", "loop", "links" }) {
			assertTrue(o.has(field), field + " in " + out);
		}
		assertTrue(o.get("loop").getAsBoolean());
		assertEquals(2, o.get("chain").getAsJsonArray().size());
	}

	@Test
	void inspectMissingPathFails() {
		assertEquals(Main.FAILED, run("inspect", p("missing")));
		assertTrue(err.contains("does not exist"), err);
	}

	@Test
	void mklinkSwitchesAreCaseInsensitive() throws Exception {
		Files.createDirectories(dir.resolve("target dir"));
		Files.writeString(dir.resolve("file"), "x");
		assertEquals(0, run("mklink", "/d", p("Pics"), p("target dir")));
		assertTrue(out.contains("symbolic link created for"), out);
		assertEquals(0, run("mklink", "/H", p("hard"), p("file")));
		assertTrue(out.startsWith("Hardlink created for"), out);
		assertEquals(2, ((Number) Files.getAttribute(dir.resolve("file"), "unix:nlink")).intValue());
		assertEquals(Main.FAILED, run("mklink", "/j", p("j"), p("target dir")));
		assertTrue(err.contains("directory symbolic link"), err);
		assertEquals(Main.USAGE, run("mklink", "/X", p("x"), p("file")));
	}

	@Test
	void danglingTargetIsAllowedWithAWarning() {
		assertEquals(0, run("create", p("later"), "not-yet"));
		assertTrue(err.contains("warning") && err.contains("dangling"), err);
		assertTrue(Files.isSymbolicLink(dir.resolve("later")));
	}

	@Test
	void existingNameFailsWithExitCodeOneAndNothingChanged() throws Exception {
		Files.writeString(dir.resolve("taken"), "precious");
		assertEquals(Main.FAILED, run("create", p("taken"), p("elsewhere")));
		assertTrue(err.contains("already exists"), err);
		assertEquals("precious", Files.readString(dir.resolve("taken")));
	}

	@Test
	void wrongUsageIsExitCodeTwo() {
		assertEquals(Main.USAGE, run("create", p("only-one-argument")));
		assertEquals(Main.USAGE, run("frobnicate"));
		assertEquals(Main.USAGE, run("create", "--hard", "--junction", p("a"), p("b")));
		assertEquals(Main.USAGE, run());
		assertTrue(err.contains("--help"), err);
		assertFalse(err.contains("{0}"), err);
	}

	@Test
	void argumentsAreReadAsGnuToolsReadThem() throws Exception {
		Files.createDirectories(dir.resolve("a"));
		Files.writeString(dir.resolve("a/f"), "x");
		Files.createLink(dir.resolve("a/h"), dir.resolve("a/f"));
		Files.createSymbolicLink(dir.resolve("a/s"), Path.of("f"));
		Files.createSymbolicLink(dir.resolve("-s"), Path.of("a"));
		// short options run together, a value attached or after '=', '--' ends the options
		assertEquals(0, run("list", "-Rq", "-thard", dir.toString()));
		assertEquals(2, out.split("\n").length, out);
		assertEquals("", err, "-q");
		assertEquals(0, run("list", "-R", "--type=symbolic", "--", dir.toString()));
		assertTrue(out.contains(p("a/s")) && out.contains(p("-s")) && !out.contains(p("a/h")), out);
		assertEquals(0, run("inspect", "--", p("-s")));
		assertEquals(0, run("remove", "--", dir.resolve("-s").toString()));
		assertFalse(Files.exists(dir.resolve("-s"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
		// one line for each mistake, with what was meant when it is close
		assertEquals(Main.USAGE, run("lst", dir.toString()));
		assertEquals("linksmith: Unknown command 'lst' (did you mean: linksmith list?)", err.strip());
		assertEquals(Main.USAGE, run("list", "--jsn", dir.toString()));
		assertEquals("linksmith: Unknown option '--jsn' (did you mean: linksmith list --json?)", err.strip());
		assertEquals(Main.USAGE, run("list", "--type", "hrad", dir.toString()));
		assertTrue(err.contains("'hrad'") && err.contains("symbolic, hard, junction") && err.contains("did you mean: linksmith list hard"), err);
		assertEquals(Main.USAGE, run("list", dir.toString(), "--type"));
		assertTrue(err.contains("'--type' needs a value"), err);
		assertEquals(Main.USAGE, run("siblings", p("a/f")));
		assertTrue(err.contains("--within"), err);
		assertEquals(Main.USAGE, run("list", "--recursive=yes", dir.toString()));
		assertTrue(err.contains("takes no value"), err);
		assertEquals(Main.USAGE, run("create", "-s", "-r", "-a", p("x"), "a"));
		assertTrue(err.contains("--relative and --absolute cannot be used together"), err);
		assertFalse(Files.exists(dir.resolve("x"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
		for (String[] bad : new String[][] { { "list" }, { "list", "a", "b" }, { "--nope" }, { "help", "nope" } }) {
			assertEquals(Main.USAGE, run(bad), String.join(" ", bad));
			assertEquals(1, err.strip().split("\n").length, err);
		}
	}

	@Test
	void versionAndHelpAnswerFromEveryLevel() {
		assertEquals(0, run("--version"));
		assertTrue(out.startsWith("linksmith ") && out.contains("Java "), out);
		assertEquals(0, run("--help"));
		assertTrue(out.startsWith("Usage: linksmith [-hV] COMMAND"), out);
		for (String command : Main.models().stream().map(m -> m.name).toList()) {
			assertTrue(out.contains("\n  " + command + " "), command + " in " + out);
		}
		assertEquals(0, run("help", "relocate"));
		assertTrue(out.startsWith("Usage: linksmith relocate [-s | -j] [-h] DIR NEW_PLACE"), out);
		assertEquals(0, run("help"));
		assertTrue(out.contains("Exit codes:"), out);
		assertEquals(0, run("mklink", "/?"));
		assertTrue(out.startsWith("Usage: linksmith mklink [/D | /H | /J]"), out);
		for (String line : out.split("\n")) {
			assertTrue(line.length() <= 80, line);
		}
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : new String[] { "create", "mklink", "inspect", "list", "siblings", "retarget", "remove",
				"relocate" }) {
			assertEquals(0, run(command, "--help"), command);
			assertTrue(out.startsWith("Usage: linksmith " + command), out);
			assertFalse(out.replace("--null", "").contains("null"), out);
		}
	}

	@Test
	void listStreamsNulSeparatedPathsAndJsonLines() throws Exception {
		Files.createDirectories(dir.resolve("a"));
		Files.createSymbolicLink(dir.resolve("a/line\nbreak"), Path.of("missing"));
		Files.createSymbolicLink(dir.resolve("ok"), Path.of("a"));
		assertEquals(0, run("list", "-R", "-0", dir.toString()));
		java.util.Set<String> names = new java.util.TreeSet<>(java.util.List.of(out.split("\0")));
		assertEquals(new java.util.TreeSet<>(java.util.List.of(p("a/line\nbreak"), p("ok"))), names);
		assertTrue(out.endsWith("\0"), out);

		assertEquals(0, run("list", "-R", "--json-lines", dir.toString()));
		String[] lines = out.split("\n");
		assertEquals(2, lines.length, out);
		int broken = 0;
		for (String line : lines) {
			JsonObject o = JsonParser.parseString(line).getAsJsonObject();
			broken += o.get("broken").getAsBoolean() ? 1 : 0;
		}
		assertEquals(1, broken);
		assertEquals(Main.USAGE, run("list", "--json", "--json-lines", dir.toString()));
	}

	@Test
	void argumentsWhoseBytesAreNotValidInTheEncodingAreFound() {
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		byte[] cmdline = "java\0-cp\0x.jar\0Main\0remove\0link \u00e9\0".getBytes(utf8);
		assertEquals(null, Arguments.firstUndecodable(new String[] { "remove", "link \u00e9" }, utf8, cmdline));
		byte[] bad = new byte[] { 'r', 'm', 0, 'l', ' ', (byte) 0xff, 0 };
		// the JVM gave "l \ufffd" for the bytes "l \xff": a different name
		assertEquals("l \\xff", Arguments.firstUndecodable(new String[] { "rm", "l \ufffd" }, utf8, bad));
		assertEquals(null, Arguments.firstUndecodable(new String[] { "rm" }, utf8, null));
	}

	@Test
	void textOutputEscapesControlCharactersSoNoNameForgesALine() throws Exception {
		Files.createSymbolicLink(dir.resolve("evil\nSYMLINK   etc -> x"), Path.of("t\u001b[2J"));
		assertEquals(0, run("list", dir.toString()));
		assertEquals(1, out.lines().count(), out);
		assertTrue(out.contains("evil\\nSYMLINK") && out.contains("t\\x1b[2J"), out);
		assertEquals(0, run("inspect", p("evil\nSYMLINK   etc -> x")));
		assertFalse(out.contains("\u001b"), out);
		assertEquals(6, out.lines().count(), out);
	}

	@Test
	void siblingsNulSeparated() throws Exception {
		Files.writeString(dir.resolve("f"), "x");
		Files.createLink(dir.resolve("g"), dir.resolve("f"));
		assertEquals(0, run("siblings", p("f"), "--within", dir.toString(), "-0"));
		assertEquals(p("g") + "\0", out);
		assertEquals(Main.USAGE, run("siblings", p("f"), "--within", dir.toString(), "-0", "--json"));
	}

	@Test
	void completionScriptKnowsEveryCommandAndChoice() {
		assertEquals(0, run("completion"));
		for (String command : new String[] { "create", "mklink", "inspect", "list", "siblings", "retarget", "remove",
				"relocate", "completion" }) {
			assertTrue(out.contains("_linksmith_" + command + "()"), command);
		}
		assertTrue(out.contains("\"symbolic\" \"hard\" \"junction\"") || out.contains("symbolic hard junction"), out);
		assertTrue(out.contains("ZSH_VERSION"), "the script also loads in zsh");
	}

	@Test
	void progressLineDrawsOnlyWhenEnabledAndClearsItself() {
		StringWriter shown = new StringWriter();
		ProgressLine line = new ProgressLine(new PrintWriter(shown), true);
		line.beginTask("Copying", 200);
		line.subTask("photo\n.jpg");
		line.worked(100);
		assertEquals("Copying: photo?.jpg  50%", line.text());
		line.done();
		String text = shown.toString();
		assertTrue(text.startsWith("\rCopying"), text);
		assertTrue(text.endsWith("\r"), "the line is cleared");
		StringWriter silent = new StringWriter();
		ProgressLine off = new ProgressLine(new PrintWriter(silent), false);
		off.beginTask("Copying", 10);
		off.worked(5);
		off.done();
		assertEquals("", silent.toString());
	}

	@Test
	void listRecursiveMarksBrokenAndFilters() throws Exception {
		Files.createDirectories(dir.resolve("a/b"));
		Files.writeString(dir.resolve("a/f"), "x");
		Files.createSymbolicLink(dir.resolve("a/b/broken"), Path.of("missing"));
		Files.createSymbolicLink(dir.resolve("a/ok"), Path.of("f"));
		Files.createLink(dir.resolve("a/b/h"), dir.resolve("a/f"));
		assertEquals(0, run("list", "--recursive", dir.toString()));
		String[] lines = out.split("\n");
		assertEquals(4, lines.length, out);
		assertTrue(out.contains("SYMLINK   " + p("a/b/broken") + " -> missing  [BROKEN]"), out);
		assertTrue(out.contains("HARDLINK  " + p("a/b/h") + "  [2 links]"), out);
		assertTrue(err.contains("4 links, 1 broken"), err);
		assertEquals(0, run("list", dir.toString()));
		assertEquals("", out, "not recursive: nothing at the top level");
		assertEquals(0, run("list", "-R", "--broken", "--json", dir.toString()));
		assertEquals(1, JsonParser.parseString(out).getAsJsonArray().size());
		assertEquals(0, run("list", "-R", "--type", "hard", dir.toString()));
		assertEquals(2, out.split("\n").length, out);
		assertEquals(Main.USAGE, run("list", "--type", "bogus", dir.toString()));
	}

	@Test
	void siblingsListsOtherNames() throws Exception {
		Files.createDirectories(dir.resolve("x/y"));
		Files.writeString(dir.resolve("f"), "x");
		Files.createLink(dir.resolve("x/y/g"), dir.resolve("f"));
		assertEquals(0, run("siblings", p("f"), "--within", dir.toString(), "--json"));
		JsonObject o = JsonParser.parseString(out).getAsJsonObject();
		assertEquals(2, o.get("links").getAsInt());
		assertEquals(p("x/y/g"), o.get("siblings").getAsJsonArray().get(0).getAsString());
	}

	@Test
	void retargetAndRemoveTouchOnlyTheLink() throws Exception {
		Files.createDirectories(dir.resolve("one"));
		Files.writeString(dir.resolve("one/keep"), "1");
		Files.createDirectories(dir.resolve("two"));
		Files.createSymbolicLink(dir.resolve("l"), dir.resolve("one"));
		assertEquals(0, run("retarget", p("l"), p("two")));
		assertEquals(dir.resolve("two"), Files.readSymbolicLink(dir.resolve("l")));
		assertEquals(0, run("remove", p("l")));
		assertFalse(Files.exists(dir.resolve("l"), LinkOption.NOFOLLOW_LINKS));
		assertEquals("1", Files.readString(dir.resolve("one/keep")));
		assertEquals(Main.FAILED, run("remove", p("one")));
		assertTrue(err.contains("not a link"), err);
		assertTrue(Files.exists(dir.resolve("one/keep")));
	}

	@Test
	void relocateLeavesALink() throws Exception {
		Files.createDirectories(dir.resolve("home/Games/save"));
		Files.writeString(dir.resolve("home/Games/save/slot"), "12");
		Files.createDirectories(dir.resolve("data"));
		assertEquals(0, run("relocate", p("home/Games"), p("data")));
		assertTrue(Files.isSymbolicLink(dir.resolve("home/Games")));
		assertEquals("12", Files.readString(dir.resolve("home/Games/save/slot")));
		assertEquals("12", Files.readString(dir.resolve("data/Games/save/slot")));
		assertEquals(Main.FAILED, run("relocate", p("home/Games"), p("data")));
	}
}
