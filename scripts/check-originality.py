#!/usr/bin/env python3
"""Flags any run of 10 words that a file in this repo shares with the real
articles in ../shared/corpus. Those articles are not ours: the repo may hold
facts taken from them, never their sentences.

Usage: python3 scripts/check-originality.py [PATH ...]   (default: corpus/)
Exit 1 when a copied run is found."""
import json, os, re, sys, unicodedata

N = 10
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "shared", "corpus")


def words(s):
    return re.findall(r"\w+", unicodedata.normalize("NFC", s).lower())


def shingles_of(text):
    w = words(text)
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}


if not os.path.isdir(shared):
    print("check-originality: ../shared/corpus not found, nothing to compare")
    sys.exit(0)
ref = set()
for d, _, fs in os.walk(shared):
    for f in fs:
        if f.endswith(".json"):
            ref |= shingles_of(json.load(open(os.path.join(d, f), encoding="utf-8")).get("text", ""))

targets = sys.argv[1:] or [os.path.join(here, "..", "corpus")]
bad = 0
for t in targets:
    paths = [t] if os.path.isfile(t) else [os.path.join(d, f) for d, _, fs in os.walk(t) for f in fs]
    for p in sorted(paths):
        try:
            text = open(p, encoding="utf-8").read()
        except (UnicodeDecodeError, OSError):
            continue
        hits = sorted(shingles_of(text) & ref)
        if hits:
            bad += 1
            print(f"{p}: {len(hits)} copied runs, e.g. «{hits[0]}»")
print("check-originality:", "FAILED" if bad else "ok", f"({bad} files with copied runs)")
sys.exit(1 if bad else 0)
