#!/usr/bin/env python3
"""Writes a rule-made check of stance toward issues a sentence has nothing to do with: sentences of a held-out file
paired with issues that share no word with them, each labeled none (GUIDELINES.md, stance rule 9).

Why: a stance model that has learned that issues are often judged without being named ("the truce collapsed" is
against a ceasefire) can spill a sentence's tone onto any issue it is asked about. Score the output with
`evaluate --format json`: its accuracy is the share of pairs read as none.

The rule, deterministic for a given seed: draw a sentence of TEXTS (its distinct `text` column) and an issue (a target
of TARGETS that does not read as a name: not capitalised on its first word and every word of four or more letters),
uniformly and independently, and keep the pair only when no word of the issue of four or more letters has its first
five letters at a word start in the sentence, and the pair is new; until N pairs are kept. The labels come from the
rule, not from a reader; topically close pairs ("peace talks" with a sentence about shelling) are not excluded, so a
few pairs may be judged by a reader. Read a sample before trusting a figure.

Usage: scripts/unrelated-issues.py TEXTS TARGETS OUT [N] [SEED]   (defaults: 800, 1)
  TEXTS    a held-out TSV with a text column (for example data/stance/test.tsv)
  TARGETS  a TSV whose target column lists the issues (for example data/stance/test_unseen_issues.tsv)
  OUT      the TSV to write (text, target, label)
"""
import csv
import os
import random
import re
import sys


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def is_name(target):
    """The rule of FeaturizerSettings.AbsentKind: a capital first, and on every word of four or more letters."""
    return target[:1].isupper() and not any(len(w) >= 4 and w[0].islower() for w in target.split())


if len(sys.argv) > 1 and sys.argv[1] in ("-h", "--help"):
    # The opening comment is the usage, on stdout, exit 0, as every script's --help.
    print(__doc__)
    sys.exit(0)
if len(sys.argv) < 4:
    sys.exit(__doc__.split("\n\n")[-1])
texts_path, targets_path, out = sys.argv[1:4]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 800
seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
texts = sorted({r["text"] for r in read(texts_path)})
issues = sorted({r["target"] for r in read(targets_path) if not is_name(r["target"])})
if not texts or not issues:
    sys.exit(f"error: {texts_path} has no text or {targets_path} no issue target (a target that does not read as a name)")
stems = {t: [re.compile(r"(?<!\w)" + re.escape(w[:5])) for w in re.findall(r"[a-z]+", t.lower()) if len(w) >= 4] for t in issues}
rng = random.Random(seed)
pairs, tries = {}, 0
while len(pairs) < n and tries < 100 * n:
    tries += 1
    text, issue = rng.choice(texts), rng.choice(issues)
    if (text, issue) not in pairs and not any(p.search(text.lower()) for p in stems[issue]):
        pairs[(text, issue)] = None
if len(pairs) < n:
    sys.exit(f"error: only {len(pairs)} pairs of {n} found in {tries} draws; ask for fewer")
with open(out + ".tmp", "w", encoding="utf-8", newline="\n") as f:
    f.write("text\ttarget\tlabel\n")
    for text, issue in pairs:
        f.write(f"{text}\t{issue}\tnone\n")
os.replace(out + ".tmp", out)
print(f"wrote {out}: {len(pairs)} pairs of {len(texts)} sentences and {len(issues)} issues", file=sys.stderr)
