#!/usr/bin/env python3
"""Runs the red-team documents (tests/redteam/*.jsonl) through `disclosure redact` and counts
what leaked and what was lost.

Each line of a set is {"id", "kind", "text", "names": [...], "pii": [...], "keep": [...]}: the
planted persons' names (no officers), the other planted personal data, and the values that must
stay (officers, units, document numbers, legal bases, organizations, hotlines). The documents
are redacted with no parties given, as text whose persons no field names (the hard case).

Counts, per set and in all:
  names leaked     entries of "names" still written somewhere in the output
  mentions leaked  their occurrences in the output (of their occurrences in the input)
  pii leaked       entries of "pii" still written in the output
  keeps lost       entries of "keep" written fewer times in the output than in the input
                   (not counting where one is written inside a longer planted value)
  unplanted        masked spans whose text overlaps no planted name or pii (over-masking, or
                   personal data the writer did not list)

Usage: scripts/redteam.py [--bin build/disclosure] [--verbose] [--json OUT] [SET.jsonl ...]
--verbose prints each leak, loss and unplanted span with its context (the data are synthetic).
--json writes the counts and the per-document leaks, to compare two builds.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPAN = re.compile(r"^(\d+)\+(\d+)\t(\S+)\t(\S+)")


def redact(binary, text):
    run = subprocess.run([binary, "redact", "--explain"], input=text.encode(),
                         capture_output=True, check=True)
    spans = []
    for line in run.stderr.decode().splitlines():
        m = SPAN.match(line)
        if m:
            spans.append((int(m[1]), int(m[2]), m[3], m[4]))
    return run.stdout.decode(), spans, "doubt:" in run.stderr.decode()


def occurrences(text, value):
    return text.count(value) if value else 0


def context(text, value, width=12):
    k = text.find(value)
    if k < 0:
        return ""
    return text[max(0, k - width):k + len(value) + width].replace("\n", "⏎")


def byte_ranges(text, values):
    """The byte ranges of every occurrence of the values in text."""
    data = text.encode()
    ranges = []
    for v in values:
        b = v.encode()
        k = data.find(b)
        while b and k >= 0:
            ranges.append((k, k + len(b)))
            k = data.find(b, k + 1)
    return ranges


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "disclosure"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("sets", nargs="*")
    args = ap.parse_args()
    sets = args.sets or sorted(glob.glob(os.path.join(ROOT, "tests", "redteam", "*.jsonl")))
    if not sets:
        sys.exit("redteam.py: no sets (tests/redteam/*.jsonl)")
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"redteam.py: {args.bin}: no such program (build it: scripts/build.sh)")
    for path in sets:
        if not os.path.isfile(path):
            sys.exit(f"redteam.py: {path}: no such file")
    keys = ["docs", "names", "names_leaked", "mentions", "mentions_leaked", "pii", "pii_leaked",
            "keep", "keeps_lost", "unplanted", "doubted"]
    total = dict.fromkeys(keys, 0)
    report = {"sets": {}, "docs": {}}
    for path in sets:
        counts = dict.fromkeys(keys, 0)
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{number}: not JSON: {e}")
                text = doc["text"]
                out, spans, doubt = redact(args.bin, text)
                names, pii, keep = doc.get("names", []), doc.get("pii", []), doc.get("keep", [])
                leaked = [n for n in names if n in out]
                pii_leaked = [v for v in pii if v in out]
                planted = byte_ranges(text, names + pii)
                # (A value to keep written inside a planted one is masked with it: 110 in an ID
                # that starts 110105…, 红砂村 in the address 红砂村5组27号.)
                lost = [k for k in keep
                        if occurrences(out, k) < sum(
                            1 for b, e in byte_ranges(text, [k])
                            if not any(pb <= b and e <= pe and pe - pb > e - b
                                       for pb, pe in planted))]
                data = text.encode()
                unplanted = [(o, n, c) for o, n, c, _ in spans
                             if not any(o < e and b < o + n for b, e in planted)]
                counts["docs"] += 1
                counts["names"] += len(names)
                counts["names_leaked"] += len(leaked)
                counts["mentions"] += sum(occurrences(text, n) for n in names)
                counts["mentions_leaked"] += sum(occurrences(out, n) for n in names)
                counts["pii"] += len(pii)
                counts["pii_leaked"] += len(pii_leaked)
                counts["keep"] += len(keep)
                counts["keeps_lost"] += len(lost)
                counts["unplanted"] += len(unplanted)
                counts["doubted"] += int(doubt)
                report["docs"][doc["id"]] = {"leaked": leaked, "pii": pii_leaked, "lost": lost,
                                             "unplanted": [data[o:o + n].decode("utf-8", "replace")
                                                           for o, n, _ in unplanted]}
                if args.verbose:
                    for n in leaked:
                        print(f"{doc['id']}\tname\t{n}\t{context(out, n)}")
                    for v in pii_leaked:
                        print(f"{doc['id']}\tpii\t{v}\t{context(out, v)}")
                    for k in lost:
                        print(f"{doc['id']}\tlost\t{k}\t{context(text, k)}")
                    for o, n, c in unplanted:
                        piece = data[o:o + n].decode("utf-8", "replace")
                        around = data[max(0, o - 24):o + n + 24].decode("utf-8", "replace")
                        print(f"{doc['id']}\tunplanted {c}\t{piece}\t{around.replace(chr(10), '⏎')}")
        report["sets"][os.path.basename(path)] = counts
        for k in keys:
            total[k] += counts[k]
        print(f"{os.path.basename(path)}: " + ", ".join(f"{k} {counts[k]}" for k in keys))
    report["total"] = total
    print("total: " + ", ".join(f"{k} {total[k]}" for k in keys))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
