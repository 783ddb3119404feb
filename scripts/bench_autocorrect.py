#!/usr/bin/env python3
"""Times autocorrect-py's lint_for over every file of a folder (the peer the benchmark compares
against). Prints the seconds taken, reading included."""
import os
import sys
import time

import autocorrect_py

folder = sys.argv[1]
names = sorted(os.listdir(folder))
start = time.perf_counter()
findings = 0
for name in names:
    with open(os.path.join(folder, name), encoding="utf-8") as handle:
        findings += len(autocorrect_py.lint_for(handle.read(), name).lines)
print("%.3f %d" % (time.perf_counter() - start, findings))
