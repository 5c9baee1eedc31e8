#!/usr/bin/env python3
"""Would a classifier over candidate person pairs add CRITICISED rows the sieves miss? An experiment, not a sieve.

    python3 tools/pair_classifier.py --dev-triples DEV.csv --sample-triples DIR [--features words|lexicons]
        [--samples NAME,...] [--train-share SHARE --seed N]

DEV.csv: `kg extract` of the development set (examples/articles/livingstone-quits-labour.txt and
../shared/corpus/dev); DIR/NAME.csv: `kg extract` of each blind bulk sample (tools/bulk_sample.py NAME ...), as
BulkSamplesIT extracts them. Every ordered pair of persons the extraction found in an article (any triple's person)
whose names (in full, or the surname) occur in one sentence is a candidate, with the features of that sentence;
a logistic regression is trained on the tuning part and the open samples (a required gold row is a positive, an
optional one is left out, any other pair a negative) and scored on all four: for each threshold, how many
required rows it adds beyond what the sieves found (min-confidence 0.5), and how many pairs it adds that no gold
row has (false rows). The checking part and the held-out samples are what it was not trained on. Feature sets:
`words`, the sentence's words, the words between the names and next to them; `lexicons`, only which of the
criticism lexicons (extractor/.../criticism: cues.tsv, insults.txt, ...) the sentence and the words between use.
Sentences are split and names found by plain patterns, not CoreNLP: a cheap proxy, which is the point of it.
Standard library only; figures only are printed, never the held-out rows.
"""
import argparse
import csv
import glob
import hashlib
import json
import math
import os
import random
import re
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
SHARED = os.path.join(ROOT, '..', 'shared')
LEXICONS = os.path.join(ROOT, 'extractor', 'src', 'main', 'resources', 'org', 'newskg', 'extractor', 'criticism')
SAYING = {'said', 'says', 'told', 'added', 'argued', 'claimed', 'suggested', 'wrote', 'tweeted', 'insisted',
          'warned', 'asked', 'declared', 'stated'}
SENTENCE = re.compile(r'(?<=[.!?"”])\s+(?=[A-Z"“‘])')
TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")


def norm(name):
    """A name as the scorer compares it (SCORING.md): NFKC, lower case, no possessive, no punctuation."""
    n = unicodedata.normalize('NFKC', name).lower()
    n = re.sub(r"['’]s\b", '', n)
    return ' '.join(re.sub(r'[^\w\s]', ' ', n).split())


def checking(article_id):
    """DevSplit: the checking part holds the ids whose SHA-256's first byte is divisible by 3."""
    return hashlib.sha256(article_id.encode('utf-8')).digest()[0] % 3 == 0


def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def stem(w):
    for suffix in ('ing', 'ed', 'es', 's'):
        if len(w) > 5 and w.endswith(suffix):
            return w[:-len(suffix)]
    return w


def lexicons():
    out = {'cue': set()}
    for line in open(os.path.join(LEXICONS, 'cues.tsv'), encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(f) > 1 and f[1] == 'CRITICISED':
            out['cue'].add(f[0])
    for path in glob.glob(os.path.join(LEXICONS, '*.txt')):
        words = set()
        for line in open(path, encoding='utf-8'):
            line = line.split('#')[0].strip()
            if line:
                words.add(line.split()[0].lower())
        out[os.path.basename(path)[:-4]] = words
    return out


def lexicon_features(prefix, words, lex):
    out = set()
    for w in words:
        forms = {w, stem(w), w.rstrip('s'), w.rstrip('d'), w[:-2]}
        out.update(prefix + name for name, ws in lex.items() if forms & ws)
    return out


def candidates(text, persons, kind, lex):
    """(subject, object, features) for every ordered pair of persons named in one sentence."""
    keys = defaultdict(set)
    for p in sorted(persons):
        keys[p.lower()].add(p)
        parts = p.split()
        if len(parts) > 1:
            keys[parts[-1].lower()].add(p)
    for paragraph in re.split(r'\n', text):
        for s in SENTENCE.split(paragraph):
            low = [t.lower().strip('.') for t in TOKEN.findall(s)]
            at = {}
            for i, t in enumerate(low):
                for p in keys.get(re.sub(r"['’]s$", '', t), ()):
                    at.setdefault(p, i)
            for a in sorted(at):
                for b in sorted(at):
                    if norm(a) == norm(b):
                        continue
                    ia, ib = at[a], at[b]
                    lo, hi = sorted((ia, ib))
                    words = [w for w in low if w.isalpha()]
                    between = [w for w in low[lo + 1:hi] if w.isalpha()]
                    if kind == 'lexicons':
                        f = lexicon_features('s:', words, lex) | lexicon_features('b:', between, lex)
                    else:
                        f = {'w:' + stem(w) for w in words} | {'b:' + stem(w) for w in between}
                        if ia + 1 < len(low):
                            f.add('a+1:' + stem(low[ia + 1]))
                        if ib > 0:
                            f.add('b-1:' + stem(low[ib - 1]))
                    f.add('order:' + ('ab' if ia < ib else 'ba'))
                    if any(w in SAYING for w in low[ia + 1:ia + 4]):
                        f.add('a-says')
                    if any(w in SAYING for w in low[max(0, ia - 3):ia]):
                        f.add('says-a')
                    if re.search(r"['’]s$", low[ib]):
                        f.add('b-possessive')
                    if any(c in s for c in '"“”‘'):
                        f.add('quote')
                    f.add('distance:%d' % min(4, (hi - lo) // 5))
                    yield a, b, sorted(f)


def articles(args):
    """(part, id, text, gold {(subject, object): status}, triples) of every scored article."""
    dev = rows(args.dev_triples)
    for g in sorted(glob.glob(os.path.join(SHARED, 'gold', '*.gold.csv'))):
        aid = os.path.basename(g)[:-len('.gold.csv')]
        path = os.path.join(SHARED, 'corpus', 'dev', aid + '.txt')
        if not os.path.exists(path):
            path = os.path.join(ROOT, 'examples', 'articles', aid + '.txt')
        gold = {(norm(r['subject']), norm(r['object'])): r['status'] for r in rows(g) if r['predicate'] == 'CRITICISED'}
        yield ('checking' if checking(aid) else 'tuning'), aid, open(path, encoding='utf-8').read(), gold, \
            [t for t in dev if t['article_id'] == aid]
    samples = os.path.join(ROOT, 'evaluation', 'bulk-samples')
    wanted = {}
    for s in csv.DictReader(open(os.path.join(samples, 'samples.tsv'), encoding='utf-8'), delimiter='\t'):
        if args.samples and s['name'] not in args.samples.split(','):
            continue
        for aid in s['article_ids'].split(','):
            wanted[aid] = s
    texts = {}
    with open(args.bulk, encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            if str(a.get('id')) in wanted:
                texts[str(a['id'])] = a['text']
    for aid, s in wanted.items():
        gold = {(norm(r['subject']), norm(r['object'])): r['status']
                for r in rows(os.path.join(samples, s['name'] + '.gold.csv'))
                if r['article_id'] == aid and r['predicate'] == 'CRITICISED'}
        triples = [t for t in rows(os.path.join(args.sample_triples, s['name'] + '.csv')) if t['article_id'] == aid]
        yield ('open' if s['kind'] == 'open' else 'held-out'), aid, texts[aid], gold, triples


def train(examples, l2, epochs=30, rate=0.2):
    w = defaultdict(float)
    bias = 0.0
    rnd = random.Random(0)
    order = list(range(len(examples)))
    for _ in range(epochs):
        rnd.shuffle(order)
        for k in order:
            f, y = examples[k]
            z = max(-30.0, min(30.0, bias + sum(w[x] for x in f)))
            g = 1 / (1 + math.exp(-z)) - y
            for x in f:
                w[x] -= rate * (g + l2 * w[x])
            bias -= rate * g
    return w, bias


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--dev-triples', required=True)
    ap.add_argument('--sample-triples', required=True)
    ap.add_argument('--bulk', default=os.path.join(SHARED, 'corpus', 'bulk', 'news_bulk.jsonl'))
    ap.add_argument('--features', choices=['words', 'lexicons'], default='lexicons')
    ap.add_argument('--l2', type=float, default=0.01)
    ap.add_argument('--train-share', type=float, default=1.0,
                    help='train on this share of the training articles (a learning curve), drawn with --seed')
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--samples', help='comma-separated sample names to use (default: every sample of samples.tsv)')
    args = ap.parse_args()
    lex = lexicons()
    data = []  # (part, article, pair, gold status, found by the sieves, features)
    required = defaultdict(int)
    sieves = defaultdict(int)
    for part, aid, text, gold, triples in articles(args):
        kept = [t for t in triples if float(t['confidence']) >= 0.5]
        persons = {t['subject'] for t in kept if t['subject_type'] == 'PERSON'} \
            | {t['object'] for t in kept if t['object_type'] == 'PERSON'}
        found = {(norm(t['subject']), norm(t['object'])) for t in kept if t['predicate'] == 'CRITICISED'}
        required[part] += sum(1 for v in gold.values() if v == 'required')
        sieves[part] += sum(1 for k, v in gold.items() if v == 'required' and k in found)
        for a, b, f in candidates(text, persons, args.features, lex):
            pair = (norm(a), norm(b))
            data.append((part, aid, pair, gold.get(pair), pair in found, f))
    training = sorted({aid for part, aid, _, _, _, _ in data if part in ('tuning', 'open')})
    random.Random(args.seed).shuffle(training)
    training = set(training[:round(len(training) * args.train_share)])
    examples = [(f, 1.0 if st == 'required' else 0.0) for part, aid, _, st, _, f in data
                if aid in training and part in ('tuning', 'open') and st != 'optional']
    w, bias = train(examples, args.l2)
    print(f'features {args.features}, l2 {args.l2}: trained on {len(examples)} candidates '
          f'({int(sum(y for _, y in examples))} positive) of {len(training)} articles of the tuning part and the open '
          f'samples')
    thresholds = (0.0, 1.0, 2.0, 3.0)
    print('part        required  sieves  ' + '  '.join(f'added@{t:.0f} right/false' for t in thresholds))
    for part in ('tuning', 'open', 'checking', 'held-out'):
        best = {}
        for p, aid, pair, st, found, f in data:
            if p == part:
                z = bias + sum(w.get(x, 0.0) for x in f)
                if (aid, pair) not in best or z > best[(aid, pair)][0]:
                    best[(aid, pair)] = (z, st, found)
        cells = []
        for t in thresholds:
            added = [st for z, st, found in best.values() if z > t and not found]
            cells.append(f'{sum(1 for st in added if st == "required"):>9d}/{sum(1 for st in added if st is None):<5d}')
        print(f'{part:10s}  {required[part]:8d}  {sieves[part]:6d}  ' + '    '.join(cells))


if __name__ == '__main__':
    main()
