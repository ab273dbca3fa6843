/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkInfo;
import org.linksmith.core.LinkServices;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.decorators.DecorationDecision;
import org.linksmith.ui.internal.decorators.DecorationDecision.Overlay;
import org.linksmith.ui.internal.dialogs.CreateLinkModel;
import org.linksmith.ui.internal.preferences.LinkPreferences.Decorations;
import org.linksmith.ui.internal.properties.LinkPropertyModel;

/** The decisions behind the decorator, the Create Link dialog and the property page. */
@DisabledOnOs(OS.WINDOWS)
class DecisionsTest {

	@TempDir
	Path dir;

	static final Set<LinkType> POSIX = EnumSet.of(LinkType.SYMBOLIC_FILE, LinkType.SYMBOLIC_DIRECTORY, LinkType.HARD);

	static LinkInfo symlink(String target, boolean broken, boolean loop) {
		Path p = Path.of("/x/link");
		return new LinkInfo(p, LinkType.SYMBOLIC_DIRECTORY, Path.of(target), loop ? null : Path.of("/x").resolve(target),
				List.of(p), broken, loop, 1);
	}

	@Test
	void symbolicLinkGetsItsOverlayAndTarget() {
		DecorationDecision d = DecorationDecision.decide(symlink("../data", false, false), Decorations.all());
		assertEquals(Overlay.SYMBOLIC, d.overlay());
		assertFalse(d.broken());
		assertEquals(" \u2192 ../data", d.suffix());
	}

	@Test
	void brokenAndLoopingLinksAreMarked() {
		DecorationDecision broken = DecorationDecision.decide(symlink("gone", true, false), Decorations.all());
		assertTrue(broken.broken());
		assertEquals(" \u2192 gone [broken]", broken.suffix());
		DecorationDecision loop = DecorationDecision.decide(symlink("a", true, true), Decorations.all());
		assertTrue(loop.suffix().endsWith("[loop]"), loop.suffix());
	}

	@Test
	void hardLinksShowTheirCountUnlessSwitchedOff() {
		LinkInfo hard = new LinkInfo(Path.of("/x/f"), LinkType.HARD, null, null, List.of(), false, false, 3);
		DecorationDecision d = DecorationDecision.decide(hard, Decorations.all());
		assertEquals(Overlay.HARD, d.overlay());
		assertEquals(" [3 links]", d.suffix());
		DecorationDecision off = DecorationDecision.decide(hard, new Decorations(true, false, true, true, false, true));
		assertEquals(DecorationDecision.NOTHING, off);
	}

	@Test
	void junctionsHaveTheirOwnOverlay() {
		Path p = Path.of("C:\\Games");
		LinkInfo j = new LinkInfo(p, LinkType.JUNCTION, Path.of("D:\\Games"), Path.of("D:\\Games"), List.of(p), false, false, 1);
		assertEquals(Overlay.JUNCTION, DecorationDecision.decide(j, Decorations.all()).overlay());
		assertEquals(Overlay.NONE, DecorationDecision.decide(j, new Decorations(true, true, false, true, true, false)).overlay());
	}

	@Test
	void plainFilesAreNotDecorated() {
		LinkInfo file = new LinkInfo(Path.of("/x/f"), LinkType.NONE, null, null, List.of(), false, false, 1);
		assertEquals(DecorationDecision.NOTHING, DecorationDecision.decide(file, Decorations.all()));
	}

	@Test
	void createDialogValidatesAsTheUserWould() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("Backups/Pictures/My Pictures"));
		Files.writeString(dir.resolve("taken"), "x");
		String d = dir.toString();
		CreateLinkModel ok = new CreateLinkModel(d, "Pics", folder.toString(), LinkType.SYMBOLIC_FILE, true);
		CreateLinkModel.Validation v = ok.validate(POSIX);
		assertEquals(IStatus.OK, v.severity(), v.message());
		assertEquals("Result: " + dir.resolve("Pics") + " \u2192 Backups/Pictures/My Pictures (symbolic link to a folder)", v.preview());

		v = new CreateLinkModel(d, "taken", folder.toString(), LinkType.SYMBOLIC_FILE, false).validate(POSIX);
		assertEquals(IStatus.ERROR, v.severity());
		assertTrue(v.message().contains("already exists"), v.message());

		v = new CreateLinkModel(d, "later", "not-yet", LinkType.SYMBOLIC_FILE, false).validate(POSIX);
		assertEquals(IStatus.WARNING, v.severity(), "a dangling link is allowed, with a warning");
		assertTrue(v.allowsOk());

		v = new CreateLinkModel(d, "h", folder.toString(), LinkType.HARD, false).validate(POSIX);
		assertEquals(IStatus.ERROR, v.severity());
		assertTrue(v.message().contains("only point to files"), v.message());

		v = new CreateLinkModel(d, "h", "missing", LinkType.HARD, false).validate(POSIX);
		assertEquals(IStatus.ERROR, v.severity());

		v = new CreateLinkModel(d, "j", folder.toString(), LinkType.JUNCTION, false).validate(POSIX);
		assertEquals(IStatus.ERROR, v.severity());
		assertTrue(v.message().contains("Windows NTFS"), v.message());

		v = new CreateLinkModel(d, "a/b", folder.toString(), LinkType.SYMBOLIC_FILE, false).validate(POSIX);
		assertEquals(IStatus.ERROR, v.severity());
		v = new CreateLinkModel(d + "/nope", "x", folder.toString(), LinkType.SYMBOLIC_FILE, false).validate(POSIX);
		assertEquals(IStatus.ERROR, v.severity());
		assertNull(CreateLinkModel.unavailableReason(LinkType.HARD, POSIX));
	}

	@Test
	void createDialogSpecIsWhatTheCoreCreates() throws Exception {
		Path target = Files.createDirectories(dir.resolve("data"));
		CreateLinkModel m = new CreateLinkModel(dir.toString(), "l", "data", LinkType.SYMBOLIC_FILE, true);
		var spec = m.toSpec();
		assertEquals(TargetStyle.RELATIVE, spec.style());
		LinkServices.getDefault().create(spec.link(), spec.target(), spec.type(), spec.style());
		assertEquals(Path.of("data"), Files.readSymbolicLink(dir.resolve("l")));
		assertEquals(target.toRealPath(), dir.resolve("l").toRealPath());
	}

	@Test
	void propertyPageShowsChainStateAndNames() throws Exception {
		Path end = Files.createDirectories(dir.resolve("E/Docs"));
		Path d = Files.createSymbolicLink(dir.resolve("D"), end);
		Path c = Files.createSymbolicLink(dir.resolve("C"), Path.of("D"));
		LinkPropertyModel m = LinkPropertyModel.of(LinkServices.getDefault().inspect(c), List.of(), dir);
		assertEquals("D", m.editableTarget());
		assertEquals("symbolic link to a folder", m.value(Messages.Page_Type));
		assertEquals(c + " \u2192 " + d + " \u2192 " + end.toRealPath(), m.value(Messages.Page_Chain));
		assertEquals(Messages.Page_StateOk, m.value(Messages.Page_State));

		Path f = Files.writeString(dir.resolve("f"), "x");
		Files.createLink(dir.resolve("g"), f);
		Files.createLink(dir.resolve("E/h"), f);
		LinkInfo info = LinkServices.getDefault().inspect(f);
		List<Path> siblings = LinkServices.getDefault().hardLinkSiblings(f, dir, null);
		m = LinkPropertyModel.of(info, siblings, dir);
		assertNull(m.editableTarget(), "a hard link has no target to edit");
		assertEquals("3", m.value(Messages.Page_Links));
		assertEquals(List.of(dir.resolve("E/h"), dir.resolve("g")), m.siblings());
	}
}
