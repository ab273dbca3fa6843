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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.linksmith.core.LinkServices;
import org.linksmith.core.LinkType;
import org.linksmith.core.TargetStyle;
import org.linksmith.ui.internal.operations.CreateLinksOperation;
import org.linksmith.ui.internal.operations.PathRule;

/** Two Linksmith jobs on the same tree never run at once; jobs on other trees do. */
@DisabledOnOs(OS.WINDOWS)
class PathRuleTest {

	@TempDir
	Path dir;

	@Test
	void treesThatOverlapConflictOthersDoNot() {
		PathRule folder = PathRule.of(Path.of("/data/photos"));
		assertTrue(folder.isConflicting(PathRule.of(Path.of("/data/photos/2024"))));
		assertTrue(folder.isConflicting(PathRule.of(Path.of("/data"))));
		assertFalse(folder.isConflicting(PathRule.of(Path.of("/data/photos-old"))), "a name that only starts alike");
		assertFalse(folder.isConflicting(PathRule.of(Path.of("/music"))));
		assertTrue(folder.contains(PathRule.of(Path.of("/data/photos/2024"))));
		assertFalse(folder.contains(PathRule.of(Path.of("/data"))));
	}

	/** A job on a tree that holds it until told. */
	private static Job holding(PathRule rule, CountDownLatch started, CountDownLatch release) {
		Job job = Job.create("hold", monitor -> {
			started.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Status.OK_STATUS;
		});
		job.setRule(rule);
		job.schedule();
		return job;
	}

	@Test
	void aJobOnTheSameTreeWaitsAJobOnAnotherRuns() throws Exception {
		CountDownLatch aStarted = new CountDownLatch(1);
		CountDownLatch releaseA = new CountDownLatch(1);
		Job a = holding(PathRule.of(dir.resolve("tree")), aStarted, releaseA);
		assertTrue(aStarted.await(10, TimeUnit.SECONDS));
		CountDownLatch bStarted = new CountDownLatch(1);
		Job b = holding(PathRule.of(dir.resolve("tree/inside")), bStarted, new CountDownLatch(0));
		CountDownLatch cStarted = new CountDownLatch(1);
		Job c = holding(PathRule.of(dir.resolve("elsewhere")), cStarted, new CountDownLatch(0));
		assertTrue(cStarted.await(10, TimeUnit.SECONDS), "a job on another tree runs beside");
		assertFalse(bStarted.await(500, TimeUnit.MILLISECONDS), "a job inside the same tree waits");
		releaseA.countDown();
		assertTrue(bStarted.await(10, TimeUnit.SECONDS), "and runs once the first is done");
		a.join();
		b.join();
		c.join();
	}

	@Test
	void anUndoWaitsForAJobOnItsTree() throws Exception {
		CreateLinksOperation op = new CreateLinksOperation(LinkServices.getDefault(), List.of(new CreateLinksOperation.Spec(
				dir.resolve("link"), dir.resolve("target"), LinkType.SYMBOLIC_FILE, TargetStyle.ABSOLUTE)));
		assertTrue(op.execute(null, null).getSeverity() <= org.eclipse.core.runtime.IStatus.WARNING);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Job busy = holding(PathRule.of(dir), started, release);
		assertTrue(started.await(10, TimeUnit.SECONDS));
		Thread undo = new Thread(() -> {
			try {
				op.undo(null, null);
			} catch (org.eclipse.core.commands.ExecutionException e) {
				throw new IllegalStateException(e);
			}
		});
		undo.start();
		undo.join(500);
		assertTrue(undo.isAlive(), "the undo waits while another job works on the folder");
		assertTrue(Files.exists(dir.resolve("link"), LinkOption.NOFOLLOW_LINKS));
		release.countDown();
		undo.join(10_000);
		assertFalse(undo.isAlive());
		assertFalse(Files.exists(dir.resolve("link"), LinkOption.NOFOLLOW_LINKS), "then takes the link back");
		busy.join();
	}
}
