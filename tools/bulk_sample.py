#!/usr/bin/env python3
"""Write the articles of one bulk sample (evaluation/bulk-samples/samples.tsv) as DIR/ID.txt, for kg extract.

    python3 tools/bulk_sample.py NAME DIR [--gold FILE] [--bulk ../shared/corpus/bulk/news_bulk.jsonl]

The texts are read from the bulk corpus (not ours to publish, so not in the repository). The sample's gold file gives
each quote as its span in the article ("@begin-end", in characters), not as its text; --gold FILE writes the gold with
the quotes' text filled in from the articles, for kg evaluate. Standard library only.
"""
import argparse
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('name')
    ap.add_argument('dir')
    ap.add_argument('--gold', help='write the sample\'s gold here, with each quote\'s text read from its article')
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
    texts = {}
    for line in open(args.bulk, encoding='utf-8'):
        o = json.loads(line)
        if str(o['id']) in wanted:
            with open(os.path.join(args.dir, f"{o['id']}.txt"), 'w', encoding='utf-8') as f:
                f.write(o['text'])
            texts[str(o['id'])] = o['text']
            wanted.discard(str(o['id']))
    if wanted:
        sys.exit(f'bulk_sample.py: ids not in {args.bulk}: {", ".join(sorted(wanted))}')
    print(f'{len(ids)} articles of {args.name} written to {args.dir}', file=sys.stderr)
    if args.gold:
        write_gold(os.path.join(HERE, '..', 'evaluation', 'bulk-samples', f'{args.name}.gold.csv'), texts, args.gold)
        print(f'its gold written to {args.gold}', file=sys.stderr)


def write_gold(source, texts, target):
    """Copy a sample's gold, a SAID row's "@begin-end" replaced by that span of its article."""
    span = re.compile(r'@(\d+)-(\d+)')
    with open(source, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    with open(target, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['article_id', 'subject', 'predicate', 'object', 'status'], lineterminator='\n')
        w.writeheader()
        for r in rows:
            m = span.fullmatch(r['object'])
            if r['predicate'] == 'SAID' and m:
                r['object'] = texts[r['article_id']][int(m.group(1)):int(m.group(2))]
            w.writerow(r)


if __name__ == '__main__':
    main()
