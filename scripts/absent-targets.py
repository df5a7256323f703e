#!/usr/bin/env python3
"""Writes data/stance/train_absent.tsv: training sentences paired with a country or organisation they do not
mention, labeled none (GUIDELINES.md, stance rule 9: a target not mentioned and not implied is none).

Why: trained on sentences whose labeled targets are nearly always mentioned, the stance model spilled a sentence's
stance onto targets it never names ("Tokyo accused Beijing of bullying its neighbours" came out against the United
States). These rows show it the opposite. They are made by this rule, not by annotators; scripts/retrain.sh trains on
them with train.tsv.

The rule, deterministic (seeded per sentence, so other sentences coming or going leave a sentence's draw alone,
except through the weights): for each distinct sentence of train.tsv that mentions at least one of the named
targets of train.tsv (a name: capitalised, as FeaturizerSettings.AbsentKind decides), draw with probability P (0.15)
one named target that it neither mentions nor has a row for, weighted by one more than the number of times that target
is labeled favor or against in train.tsv. "Mentions" is read generously, so that doubtful sentences are skipped: any alias of aliases.tsv
(the folder's, else the built-in table training uses, data/stance/aliases.tsv) or person of representatives.tsv (if the folder has one; REPRESENTATIVES=FILE reads another
file instead, and REPRESENTATIVES= set empty none, as for scripts/retrain.sh) as a whole word, or the first five
letters of any word of five or more letters of the target's name at a word start.
Sentences with words that could imply a party without naming it (the West, allies, donors, neighbours, world
powers...) are skipped.

A folder that gives no row (a small one, or one with a single named target) gets no file, and an earlier one is removed.

Usage: [REPRESENTATIVES=FILE|] scripts/absent-targets.py [DATA_DIR] [P] [SEED]   (defaults: data, 0.15, 1)
"""
import collections
import csv
import os
import random
import re
import sys

if sys.argv[1:2] in (["-h"], ["--help"]):
    print(__doc__.strip())
    sys.exit(0)

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
share = float(sys.argv[2]) if len(sys.argv) > 2 else 0.15
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
stance = os.path.join(data, "stance")

IMPLYING = re.compile(
    r"\b(west|western|allies|allied|ally|coalition|superpower|gulf|europe|european|europeans|g7|g-7|g20|g-20|brics|opec|"
    r"both nations|both countries|the two countries|neighbou?rs?|donors|the north|the south|nuclear watchdog|watchdog|"
    r"security council|world body|international community|major powers|world powers|great powers|the region)\b",
    re.I)


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


def read(path, columns):
    """The rows of a TSV file with the columns given; a missing file or column, or a row of another number of fields,
    is an error naming the file and line (scripts/validate-data.sh DATA_DIR lists every problem of a data folder)."""
    if not os.path.isfile(path):
        fail(f"{path}: file not found; give the data folder that holds stance/train.tsv (scripts/absent-targets.py DATA_DIR)")
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = [h.strip().lower() for h in next(reader, [])]
        missing = [c for c in columns if c not in header]
        if missing:
            fail(f"{path}:1: missing column(s) {', '.join(missing)}; columns found: {', '.join(header) or '(none)'}; "
                 f"the header needs {', '.join(columns)}, tab-separated")
        rows = []
        for fields in reader:
            if not any(x.strip() for x in fields):
                continue
            if len(fields) != len(header):
                fail(f"{path}:{reader.line_num}: expected {len(header)} tab-separated fields as in the header, found "
                     f"{len(fields)}; check for a missing or extra tab (scripts/validate-data.sh lists every such row)")
            rows.append({h: x.strip() for h, x in zip(header, fields)})
        return rows


def is_name(target):
    """The rule of FeaturizerSettings.AbsentKind: a capital first, and on every word of four or more letters."""
    return target[:1].isupper() and not any(len(w) >= 4 and w[0].islower() for w in target.split())


rows = read(os.path.join(stance, "train.tsv"), ["text", "target", "label"])
aliases = collections.defaultdict(set)
# The folder's alias table, else the built-in one training falls back to (the repository's data/stance/aliases.tsv), so
# that a sentence naming a target by another name ("Oslo") is not paired with it as a target it does not name.
alias_table = os.path.join(stance, "aliases.tsv")
if not os.path.exists(alias_table):
    alias_table = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "stance", "aliases.tsv")
if os.path.exists(alias_table):
    for r in read(alias_table, ["target", "alias"]):
        aliases[r["target"]].add(r["alias"])
# A person who speaks or acts for a target mentions it too ("Putin's decree" mentions Russia): the folder's
# representatives.tsv, or REPRESENTATIVES=FILE, or none with REPRESENTATIVES set empty (as for retrain.sh).
people = os.environ.get("REPRESENTATIVES", os.path.join(stance, "representatives.tsv"))
if people and (os.path.exists(people) or "REPRESENTATIVES" in os.environ):
    for r in read(people, ["target", "name"]):
        aliases[r["target"]].add(r["name"])

names = sorted({r["target"] for r in rows if is_name(r["target"])})
patterns = {}
for t in names:
    ps = [re.compile(r"(?<!\w)" + re.escape(a.lower()) + r"(?!\w)") for a in {t} | aliases[t]]
    ps += [re.compile(r"(?<!\w)" + re.escape(w.lower()[:5])) for w in t.split() if len(w) >= 5]
    patterns[t] = ps

judged = collections.Counter(r["target"] for r in rows if r["target"] in patterns and r["label"] != "none")
targets_of = collections.defaultdict(set)
for r in rows:
    targets_of[r["text"]].add(r["target"])

added = []
for text in sorted(targets_of):
    # A generator per sentence, seeded by it: adding or removing other sentences does not change this one's draw.
    rng = random.Random(f"{seed}\t{text}")
    low = text.lower()
    if IMPLYING.search(low):
        continue
    mentioned = {t for t in names if any(p.search(low) for p in patterns[t])}
    if not mentioned:
        continue
    candidates = [t for t in names if t not in mentioned and t not in targets_of[text]]
    if not candidates or rng.random() >= share:
        continue
    added.append((text, rng.choices(candidates, weights=[judged[c] + 1 for c in candidates])[0]))

out = os.path.join(stance, "train_absent.tsv")
if not added:
    # A file of a header alone fails retrain.sh ("has a header but no data rows"), and an earlier run's file would pair
    # sentences of an earlier train.tsv: without rows there is no file (a small folder, or one named target, gives none).
    removed = os.path.exists(out)
    if removed:
        os.remove(out)
    print(f"no rows from {len(targets_of)} sentences: {out} not written (retrain.sh trains without it)"
          + ("; the earlier one was removed" if removed else "")
          + (f"; {len(names)} named target(s) in train.tsv, and a sentence is paired only with another" if len(names) < 2 else ""),
          file=sys.stderr)
    sys.exit(0)
with open(out + ".tmp", "w", encoding="utf-8", newline="\n") as f:
    f.write("text\ttarget\tlabel\n")
    for text, target in added:
        f.write(f"{text}\t{target}\tnone\n")
os.replace(out + ".tmp", out)
print(f"wrote {out}: {len(added)} rows from {len(targets_of)} sentences", file=sys.stderr)
