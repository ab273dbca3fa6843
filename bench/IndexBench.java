// SPDX-License-Identifier: EPL-2.0
// Times questions to the link index inside one JVM (no start-up in the figures):
//   java -cp linksmith-cli.jar bench/IndexBench.java INDEX_FILE TREE RUNS
// prints "pointing-here MS FOUND" (the median of RUNS answers, each opening the index) for a few
// folders of the tree, and "scan MS FOUND" for the same question answered by a scan.
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.linksmith.core.LinkIndex;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkServices;

public class IndexBench {
	public static void main(String[] args) throws Exception {
		LinkIndex index = LinkServices.index(Path.of(args[0]));
		Path tree = Path.of(args[1]);
		int runs = Integer.parseInt(args[2]);
		LinkService links = LinkServices.getDefault();
		for (String t : new String[] { "d1", "d2/e3", "d3/e1/f2" }) {
			Path target = tree.resolve(t);
			List<Long> times = new ArrayList<>();
			int found = 0;
			for (int i = 0; i < runs + 2; i++) {
				long s = System.nanoTime();
				found = index.pointingHere(target, null).size();
				if (i >= 2) { // two warm-up answers
					times.add(System.nanoTime() - s);
				}
			}
			Collections.sort(times);
			System.out.printf("pointing-here %s %.1f %d%n", t, times.get(times.size() / 2) / 1e6, found);
			long s = System.nanoTime();
			int scanned = links.pointingHere(target, tree, null).size();
			System.out.printf("scan %s %.1f %d%n", t, (System.nanoTime() - s) / 1e6, scanned);
		}
	}
}
