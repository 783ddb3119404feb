#!/usr/bin/env python3
"""Times autocorrect-py's lint_for over every file of a folder (the peer the benchmark compares
against), reading included. With --jobs N the files are shared among N worker processes, as
reportlint shares them among threads. Prints the seconds taken and the number of findings."""
import multiprocessing
import os
import sys
import time

import autocorrect_py


def lint(path):
    with open(path, encoding="utf-8") as handle:
        return len(autocorrect_py.lint_for(handle.read(), os.path.basename(path)).lines)


def main():
    args = sys.argv[1:]
    jobs = 1
    if args and args[0] == "--jobs":
        jobs = int(args[1])
        args = args[2:]
    folder = args[0]
    paths = [os.path.join(folder, name) for name in sorted(os.listdir(folder))]
    if jobs > 1:
        with multiprocessing.Pool(jobs) as pool:  # started before the clock: workers are reused
            pool.map(len, [[]] * jobs)
            start = time.perf_counter()
            findings = sum(pool.map(lint, paths, chunksize=16))
    else:
        start = time.perf_counter()
        findings = sum(map(lint, paths))
    print("%.3f %d" % (time.perf_counter() - start, findings))


if __name__ == "__main__":
    main()
