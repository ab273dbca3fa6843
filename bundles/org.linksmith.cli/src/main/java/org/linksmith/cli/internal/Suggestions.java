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

import java.util.ArrayList;
import java.util.List;

/** "Did you mean": the known words closest to a mistyped one. */
final class Suggestions {

	private Suggestions() {
	}

	/**
	 * @return the words of {@code known} that start with {@code typed} or are at most a third of
	 *         its length of edits away (at least one), closest first
	 */
	static List<String> closest(String typed, List<String> known) {
		if (typed.length() <= 2) {
			return List.of(); // -x: every other letter is as close
		}
		int limit = Math.max(1, typed.length() / 3);
		List<String> found = new ArrayList<>();
		List<Integer> distances = new ArrayList<>();
		for (String word : known) {
			int d = word.startsWith(typed) && typed.length() > 1 ? 0 : distance(typed, word);
			if (d <= limit && !found.contains(word)) {
				int at = 0;
				while (at < distances.size() && distances.get(at) <= d) {
					at++;
				}
				found.add(at, word);
				distances.add(at, d);
			}
		}
		return found;
	}

	/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
