#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus: report-like files of 4-12 KB made by shuffling the
paragraphs of the sample reports in Fixtures/ and the government work reports beside the repo.

usage: make_bench_corpus.py OUT_DIR MEGABYTES SOURCE_DIR...
"""
import os
import random
import sys

out, megabytes, sources = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
paragraphs = []
for source in sources:
    for root, _, names in os.walk(source):
        for name in sorted(names):
            if name.endswith(".txt"):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as handle:
                    paragraphs += [line.rstrip("\n") for line in handle if line.strip()]
if not paragraphs:
    sys.exit("no paragraphs found in " + " ".join(sources))
paragraphs.sort()  # independent of the order the file system lists files in
rng = random.Random(20261123)
os.makedirs(out, exist_ok=True)
target = int(megabytes * 1024 * 1024)
written = 0
index = 0
while written < target:
    size = rng.randint(4 * 1024, 12 * 1024)
    body = ["关于2024年工作情况的汇报"]
    length = len(body[0].encode())
    while length < size:
        paragraph = rng.choice(paragraphs)
        body.append(paragraph)
        length += len(paragraph.encode()) + 1
    data = ("\n".join(body) + "\n").encode()
    with open(os.path.join(out, "r%05d.txt" % index), "wb") as handle:
        handle.write(data)
    written += len(data)
    index += 1
print("%s: %d files, %.1f MB" % (out, index, written / 1024 / 1024))
