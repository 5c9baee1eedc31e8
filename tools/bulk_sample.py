#!/usr/bin/env python3
"""Write the articles of one bulk sample (evaluation/bulk-samples/samples.tsv) as DIR/ID.txt, for kg extract.

    python3 tools/bulk_sample.py NAME DIR [--bulk ../shared/corpus/bulk/news_bulk.jsonl]

The texts are read from the bulk corpus (not ours to publish, so not in the repository). Standard library only.
"""
import argparse
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('name')
    ap.add_argument('dir')
    ap.add_argument('--bulk', default=os.path.join(HERE, '..', '..', 'shared', 'corpus', 'bulk', 'news_bulk.jsonl'))
    args = ap.parse_args()
    samples = os.path.join(HERE, '..', 'evaluation', 'bulk-samples', 'samples.tsv')
    ids = None
    for row in csv.DictReader(open(samples, encoding='utf-8'), delimiter='\t'):
        if row['name'] == args.name:
            ids = row['article_ids'].split(',')
    if ids is None:
        sys.exit(f'bulk_sample.py: no sample {args.name} in {samples}')
    if not os.path.exists(args.bulk):
        sys.exit(f'bulk_sample.py: {args.bulk} not found (the bulk corpus lives in ../shared)')
    os.makedirs(args.dir, exist_ok=True)
    wanted = set(ids)
    for line in open(args.bulk, encoding='utf-8'):
        o = json.loads(line)
        if str(o['id']) in wanted:
            with open(os.path.join(args.dir, f"{o['id']}.txt"), 'w', encoding='utf-8') as f:
                f.write(o['text'])
            wanted.discard(str(o['id']))
    if wanted:
        sys.exit(f'bulk_sample.py: ids not in {args.bulk}: {", ".join(sorted(wanted))}')
    print(f'{len(ids)} articles of {args.name} written to {args.dir}', file=sys.stderr)


if __name__ == '__main__':
    main()
