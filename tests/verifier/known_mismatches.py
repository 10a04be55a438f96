#!/usr/bin/env python3
"""Rewrites tests/verifier/known_mismatches.txt from build/verifier_corpus_summary.json (written by
VerifierCorpusSummary.Figures): cases that match now are dropped, new mismatches are added with the kernel's line
and bpfkit's, the reasons of the others are kept. Review the result: each line should say why.

  tests/verifier/known_mismatches.py [BUILD_DIR]
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "build")
summary = json.load(open(os.path.join(build, "verifier_corpus_summary.json")))
path = os.path.join(here, "known_mismatches.txt")

header, old = [], {}
for line in open(path):
    s = line.strip()
    if not s or s.startswith("#"):
        if not old:
            header.append(line.rstrip("\n"))
        continue
    name, _, reason = s.partition(": ")  # real programs' names hold a colon ("real:OBJ/PROG")
    old[name.strip()] = reason.strip()

now = {}
for m in summary["mismatches"]:
    name = m["case"]
    now[name] = old.get(name) or f'{m["kind"]}: kernel {m["kernel"]} / bpfkit {m["bpfkit"]}'
# Real-program entries (verdicts "real:OBJ/PROG", counts "processed:real:OBJ/PROG") are not in the corpus summary:
# keep them.
for name, reason in old.items():
    if name.startswith("real:") or name.startswith("processed:real:"):
        now[name] = reason

with open(path, "w") as f:
    for line in header:
        f.write(line + "\n")
    for name in sorted(now):
        f.write(f"{name}: {now[name]}\n")
gone = sorted(set(old) - set(now))
added = sorted(set(now) - set(old))
print(f"{len(now)} listed: {len(added)} added, {len(gone)} dropped (match now)")
print(f'verdict match {summary["verdict_match"]}/{summary["cases"]}, '
      f'message match {summary["message_match"]}/{summary["rejections"]} rejections')
