#!/usr/bin/env python3
"""Draw bulk articles for a blind criticism sample (evaluation/bulk-samples/README.md).

    python3 tools/pick_bulk_sample.py TRIPLES SEED N [--exclude evaluation/bulk-samples/samples.tsv]

TRIPLES is `kg extract`'s output for the whole bulk corpus. Prints, one a line, the first N ids of the bulk articles in
the categories politics and news, of 800-6,500 characters, not copies of ../shared/corpus/dev articles, that TRIPLES
says name at least two persons, whose text has a party word and at least two stems of a broad criticism list (not the
extractor's cue list), shuffled with SEED; --exclude leaves out the ids of earlier samples. Standard library only.
"""
import argparse
import collections
import csv
import glob
import json
import random
import re
import sys

BULK = '../shared/corpus/bulk/news_bulk.jsonl'
DEV = '../shared/corpus/dev/*.txt'
PARTY = re.compile(r'\b(Labour|Tory|Tories|Conservative|Lib Dem|Liberal Democrat|Republican|Democrat|GOP|SNP|UKIP|'
                   r'Green|Plaid)', re.I)
STEMS = ['critici', 'attack', 'accus', 'blam', 'condemn', 'slam', 'mock', 'insult', 'denounc', 'lambast', 'rebuk',
         'assail', 'berat', 'ridicul', 'scorn', 'chastis', 'castigat', 'deride', 'derisi', 'jab', 'swipe', 'fire at',
         'hit out', 'lash', 'target', 'rival', 'challeng', 'dismiss', 'questioned', 'disparag', 'smear', 'denigrat']


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('triples')
    ap.add_argument('seed', type=int)
    ap.add_argument('n', type=int)
    ap.add_argument('--exclude', help='a samples.tsv whose article ids are left out')
    ap.add_argument('--bulk', default=BULK)
    args = ap.parse_args()
    dev = {re.sub(r'\s+', ' ', open(f, encoding='utf-8').read())[:150] for f in glob.glob(DEV)}
    excluded = set()
    if args.exclude:
        for row in csv.DictReader(open(args.exclude, encoding='utf-8'), delimiter='\t'):
            excluded.update(row['article_ids'].split(','))
    persons = collections.defaultdict(set)
    csv.field_size_limit(10 ** 9)
    for r in csv.DictReader(open(args.triples, encoding='utf-8')):
        if r['subject_type'] == 'PERSON':
            persons[r['article_id']].add(r['subject'])
        if r.get('object_type') == 'PERSON':
            persons[r['article_id']].add(r['object'])
    candidates = []
    for line in open(args.bulk, encoding='utf-8'):
        o = json.loads(line)
        t = o['text']
        if o.get('category') not in ('politics', 'news') or not 800 <= len(t) <= 6500:
            continue
        if re.sub(r'\s+', ' ', t)[:150] in dev or len(persons.get(str(o['id']), ())) < 2 or not PARTY.search(t):
            continue
        if sum(1 for s in STEMS if s in t.lower()) < 2:
            continue
        candidates.append(str(o['id']))
    random.Random(args.seed).shuffle(candidates)
    print(len(candidates), 'candidates', file=sys.stderr)
    for i in [c for c in candidates if c not in excluded][:args.n]:
        print(i)


if __name__ == '__main__':
    main()
