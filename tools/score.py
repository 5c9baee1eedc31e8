#!/usr/bin/env python3
"""Independent scorer for kg triples against gold annotations (standard library only).

Implements the scoring rules of evaluation/SCORING.md ("Scoring") separately from the Java
`kg evaluate` (org.newskg.evaluate), so that the two can check each other. Decisions the README leaves
open are taken the same way as ACCURACY.md ("How scoring works") documents them.

    python3 tools/score.py --gold GOLD_FILE_OR_DIR... [--min-confidence 0.5] [--format table|json] TRIPLES...
"""
import argparse
import csv
import json
import os
import sys
import unicodedata
from collections import Counter

# Copies of the one source of each list, kept equal by OneSourceOfTruthTest: the honorifics marked "scored" in
# model/src/main/resources/org/newskg/model/honorifics.txt, and the relations marked scored in Relation.java.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "rev", "prof"}
PREDICATES = ("MEMBER_OF", "SAID", "CRITICISED")
DEFAULT_ALIASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "evaluation", "src", "main",
                               "resources", "org", "newskg", "evaluate", "party-aliases.tsv")


def is_word_char(ch):
    return unicodedata.category(ch)[0] in ("L", "N")


def name_words(name):
    s = unicodedata.normalize("NFKC", name).lower()
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch in ("'", "\u2019") and s[i + 1:i + 2] == "s" and (i + 2 >= len(s) or not is_word_char(s[i + 2])):
            i += 2  # possessive 's
            continue
        out.append(ch if is_word_char(ch) or ch == "-" else " ")
        i += 1
    return "".join(out).split()


def person_key(name):
    words = name_words(name)
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def party_key(name, aliases):
    words = person_key(name).split(" ")
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    key = " ".join(words)
    return aliases.get(key, key)


def tokens(text):
    s = unicodedata.normalize("NFKC", text).lower()
    bag = Counter()
    word = []
    for ch in s + " ":
        if is_word_char(ch):
            word.append(ch)
        elif word:
            bag["".join(word)] += 1
            word = []
    return bag


def sixty_percent(part, whole):
    return whole > 0 and 5 * part >= 3 * whole


def overlap(a, b):
    return sum((a & b).values())


def load_aliases(path):
    aliases = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            alias, key = line.split("\t")
            aliases[alias.strip()] = key.strip()
    return aliases


def gold_files(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, _, names in os.walk(p):
                found += [os.path.join(root, n) for n in names if n.lower().endswith(".csv")]
            files += sorted(found)
        else:
            files.append(p)
    return files


def read_gold(paths):
    rows = []
    for path in gold_files(paths):
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                predicate = r["predicate"].strip().upper()
                status = r["status"].strip().lower()
                if predicate not in PREDICATES or status not in ("required", "optional"):
                    continue
                rows.append({"article": r["article_id"].strip(), "subject": r["subject"], "predicate": predicate,
                             "object": r["object"], "required": status == "required"})
    return rows


def read_triples(paths):
    out = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            if path.lower().endswith((".jsonl", ".json")):
                records = (json.loads(line) for line in f if line.strip())
            else:
                records = csv.DictReader(f)
            for r in records:
                try:
                    conf = float(r["confidence"])
                except (TypeError, ValueError):
                    continue
                out.append({"article": str(r["article_id"]).strip(), "subject": r["subject"],
                            "predicate": str(r["predicate"]).strip().upper(), "object": r["object"],
                            "confidence": conf})
    return out


def new_counts():
    return {"correct": 0, "false_positives": 0, "neutral": 0, "found": 0, "required": 0}


def score_pairs(predicate, gold, predicted, aliases, counts):
    def key(subject, obj):
        return (person_key(subject), party_key(obj, aliases) if predicate == "MEMBER_OF" else person_key(obj))

    status = {}
    for g in gold:
        if g["subject"].strip() == "*":
            continue
        k = key(g["subject"], g["object"])
        status[k] = status.get(k, False) or g["required"]
    predicted_keys = {key(p["subject"], p["object"]) for p in predicted}
    for k in predicted_keys:
        if k not in status:
            counts["false_positives"] += 1
        elif status[k]:
            counts["correct"] += 1
        else:
            counts["neutral"] += 1
    for k, required in status.items():
        if required:
            counts["required"] += 1
            if k in predicted_keys:
                counts["found"] += 1


def frozen(bag):
    return tuple(sorted(bag.items()))


def score_quotes(gold, predicted, counts):
    anonymous = Counter()
    quotes = {}  # (speaker, frozen tokens) -> required?
    for g in gold:
        if g["subject"].strip() == "*":
            anonymous += tokens(g["object"])
            continue
        k = (person_key(g["subject"]), frozen(tokens(g["object"])))
        quotes[k] = quotes.get(k, False) or g["required"]
    required_text, all_text = {}, {}
    for (speaker, toks), required in quotes.items():
        bag = Counter(dict(toks))
        all_text[speaker] = all_text.get(speaker, Counter()) + bag
        if required:
            required_text[speaker] = required_text.get(speaker, Counter()) + bag
    predicted_quotes = {(person_key(p["subject"]), frozen(tokens(p["object"]))) for p in predicted}
    for speaker, toks in predicted_quotes:
        bag = Counter(dict(toks))
        n = sum(bag.values())
        if sixty_percent(overlap(bag, required_text.get(speaker, Counter())), n):
            counts["correct"] += 1
        elif sixty_percent(overlap(bag, all_text.get(speaker, Counter()) + anonymous), n):
            counts["neutral"] += 1
        else:
            counts["false_positives"] += 1
    for (speaker, toks), required in quotes.items():
        if not required:
            continue
        counts["required"] += 1
        gold_bag = Counter(dict(toks))
        n = sum(gold_bag.values())
        if any(s == speaker and sixty_percent(overlap(gold_bag, Counter(dict(t))), n) for s, t in predicted_quotes):
            counts["found"] += 1


def figures(c):
    p = c["correct"] / (c["correct"] + c["false_positives"]) if c["correct"] + c["false_positives"] else 0.0
    r = c["found"] / c["required"] if c["required"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return dict(c, precision=p, recall=r, f1=f)


def score(gold, predicted, min_confidence, aliases):
    articles = sorted({g["article"] for g in gold})
    kept = [p for p in predicted if p["predicate"] in PREDICATES and p["confidence"] >= min_confidence
            and p["article"] in articles]
    totals = {pred: new_counts() for pred in PREDICATES}
    for article in articles:
        for pred in PREDICATES:
            g = [x for x in gold if x["article"] == article and x["predicate"] == pred]
            p = [x for x in kept if x["article"] == article and x["predicate"] == pred]
            if pred == "SAID":
                score_quotes(g, p, totals[pred])
            else:
                score_pairs(pred, g, p, aliases, totals[pred])
    micro = new_counts()
    for pred in PREDICATES:
        for k in micro:
            micro[k] += totals[pred][k]
    result = {pred: figures(totals[pred]) for pred in PREDICATES}
    result["micro"] = figures(micro)
    return {"articles_scored": len(articles), "scores": result}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", nargs="+", required=True, help="gold .csv files or directories")
    ap.add_argument("--min-confidence", type=float, default=0.5)
    ap.add_argument("--format", choices=("table", "json"), default="table")
    ap.add_argument("--aliases", default=DEFAULT_ALIASES, help="party alias file (alias<TAB>key)")
    ap.add_argument("triples", nargs="*")
    args = ap.parse_args(argv)
    triples = args.triples
    gold_paths = args.gold
    if not triples and len(gold_paths) > 1:
        gold_paths, triples = gold_paths[:-1], gold_paths[-1:]
    if not triples:
        ap.error("no triples file given")
    result = score(read_gold(gold_paths), read_triples(triples), args.min_confidence, load_aliases(args.aliases))
    if args.format == "json":
        json.dump(result, sys.stdout, indent=2)
        print()
    else:
        print("%-11s %8s %8s %8s %8s %9s %10s %7s %7s" % ("predicate", "correct", "false+", "neutral", "found",
                                                          "required", "precision", "recall", "F1"))
        for label, s in result["scores"].items():
            print("%-11s %8d %8d %8d %8d %9d %10.3f %7.3f %7.3f" % (label, s["correct"], s["false_positives"],
                  s["neutral"], s["found"], s["required"], s["precision"], s["recall"], s["f1"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
