#!/usr/bin/env python3
"""Checks that a change to redaction/ masks at least what it masked before.

Usage: scripts/redaction-dump-cover.py OLD.txt NEW.txt

OLD and NEW are outputs of build/tests/redaction_dump (same --count and --seed, built at the old
and the new commit with the same generator). For each `redact` block of OLD, every byte of every
span must lie inside some span of the same field in the matching block of NEW. Prints the spans
not covered, by class and how found, and the first few with their event and configuration
(offsets only: the dump prints values as hashes unless --texts). Exits 1 if any.
"""
import collections
import sys


def blocks(path):
    out = []
    cur = None
    event = config = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("event "):
                event = line
            elif line.startswith("config "):
                config = line
            if line.startswith(("redact ", "check ", "event ")):
                cur = (line, [], (event, config))
                out.append(cur)
            elif cur is not None and line.startswith("  span "):
                p = line.split()
                cur[1].append((p[1], int(p[2]), int(p[3]), p[4], p[5]))
    return out


def main():
    if len(sys.argv) != 3:
        print("usage: scripts/redaction-dump-cover.py OLD.txt NEW.txt", file=sys.stderr)
        return 2
    old, new = blocks(sys.argv[1]), blocks(sys.argv[2])
    if [b[0].split()[0] for b in old] != [b[0].split()[0] for b in new]:
        print("the dumps do not have the same blocks: same --count and --seed?", file=sys.stderr)
        return 2
    uncovered = collections.Counter()
    examples = []
    spans = 0
    for a, b in zip(old, new):
        if not a[0].startswith("redact"):
            continue
        cover = collections.defaultdict(set)
        for field, begin, length, _, _ in b[1]:
            cover[field].update(range(begin, begin + length))
        for field, begin, length, cls, how in a[1]:
            spans += 1
            missing = sum(1 for k in range(begin, begin + length) if k not in cover[field])
            if missing:
                uncovered[(cls, how)] += 1
                if len(examples) < 10:
                    examples.append((a[2], field, begin, length, cls, how, missing))
    print(f"{spans} spans of the old dump; {sum(uncovered.values())} not covered by the new one")
    for (cls, how), n in uncovered.most_common():
        print(f"  {n:8d}  {cls} {how}")
    for (event, config), field, begin, length, cls, how, missing in examples:
        print(f"  {event} | {config} | {field} {begin}+{length} {cls} {how}: {missing} bytes left")
    return 1 if uncovered else 0


if __name__ == "__main__":
    sys.exit(main())
