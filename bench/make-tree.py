#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Generates a reproducible benchmark tree: ENTRIES entries in nested folders, with file and
directory symbolic links, broken links and hard links mixed in.

usage: make-tree.py DIR [ENTRIES]"""
import os
import random
import sys

def main():
    root = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 300_000
    rnd = random.Random(42)
    os.makedirs(root, exist_ok=True)
    made = 0
    dirs = []
    # 3 levels of folders, ~30 entries per leaf folder
    top = max(1, round((total / 30) ** (1 / 3)))
    for a in range(top):
        for b in range(top):
            for c in range(top):
                d = os.path.join(root, f"d{a}", f"e{b}", f"f{c}")
                os.makedirs(d, exist_ok=True)
                dirs.append(d)
    made += len(dirs) + top + top * top
    per_dir = max(1, (total - made) // len(dirs))
    counts = {"files": 0, "symlinks": 0, "dirlinks": 0, "broken": 0, "hard": 0}
    for i, d in enumerate(dirs):
        files = []
        for j in range(per_dir):
            r = rnd.random()
            name = os.path.join(d, f"n{j}")
            if r < 0.02 and files:
                os.symlink(os.path.basename(rnd.choice(files)), name)
                counts["symlinks"] += 1
            elif r < 0.025:
                os.symlink(os.path.relpath(rnd.choice(dirs), d), name)
                counts["dirlinks"] += 1
            elif r < 0.028:
                os.symlink(f"missing-{j}", name)
                counts["broken"] += 1
            elif r < 0.038 and files:
                os.link(rnd.choice(files), name)
                counts["hard"] += 1
            else:
                with open(name, "w") as f:
                    f.write("x")
                files.append(name)
                counts["files"] += 1
            made += 1
    print(f"tree {root}: {made} entries, {len(dirs)} leaf folders, {counts}")

if __name__ == "__main__":
    main()
