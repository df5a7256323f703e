#!/usr/bin/env python3
"""Writes N synthetic labeled rows, for measuring training's time and memory at scale (never for training a model).

Each row is a row of FILE (a labeled TSV: text, then label, or text, target, label) drawn at random, with about a
fifth of its words replaced by made-up words ("kalomi", "rentas") drawn log-uniformly from 20 x N of them, so that the
vocabulary grows with the rows as a real corpus's does rather than repeating FILE's. Seeded (7): the same N gives the
same file. The labels are FILE's, so a model trained on these rows means nothing.

Usage: scripts/synthetic-rows.py FILE N > rows.tsv
  e.g. scripts/synthetic-rows.py data/sentiment/train.tsv 200000 > /tmp/sentiment-200k.tsv
       /usr/bin/time -v dotnet src/Classifier.Training/bin/Release/net10.0/Classifier.Training.dll train \\
         --task sentiment --data /tmp/sentiment-200k.tsv --config models/sentiment.config.json --out /tmp/200k.zip
"""
import random
import sys

if len(sys.argv) > 1 and sys.argv[1] in ('-h', '--help'):
    print(__doc__.strip())
    sys.exit(0)
if len(sys.argv) != 3:
    print('usage: scripts/synthetic-rows.py FILE N > rows.tsv', file=sys.stderr)
    sys.exit(2)

source, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
lines = open(source, encoding='utf-8').read().splitlines()
header, rows = lines[0], [line.split('\t') for line in lines[1:] if line.strip()]
syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'pi', 'qua', 'sen', 'tor', 'ul', 'zan', 'bri', 'cho', 'fex', 'gal',
             'hun', 'jor', 'mek']


def word(i):
    """The i-th made-up word: i + 1 written in base 20, one syllable a digit."""
    parts = []
    i += 1
    while i:
        parts.append(syllables[i % len(syllables)])
        i //= len(syllables)
    return ''.join(parts)


vocabulary = 20 * n
out = sys.stdout
out.write(header + '\n')
for _ in range(n):
    row = rows[rng.randrange(len(rows))]
    words = row[0].split(' ')
    for j in range(len(words)):
        if rng.random() < 0.2:
            words[j] = word(int(vocabulary ** rng.random()) - 1)
    out.write('\t'.join([' '.join(words)] + row[1:]) + '\n')
