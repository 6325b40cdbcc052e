#!/usr/bin/env python3
"""Builds target/names/world-it.names (packed into models/world-it.set by `lente pack-names`,
see scripts/train-ner.sh), the "names of the world" gazetteer of the Italian entity tagger
(`TYPE<TAB>name`, tokens separated by spaces), from ../shared/data:

- Italian: the KIND organization list (kind-gazetteers/it-ORG-wikipedia.txt, CC BY-NC 4.0),
  names that start with a capital, have at most 4 words, and whose other words are capitalized,
  numbers or connectives (this drops descriptions such as `Partito Pirata internazionalmente
  noto`); then the PER / LOC / ORG names of WikiNEuRal Italian (val + test, CC BY-NC-SA 4.0)
  not already listed, each with its most frequent type.

The same list of WikiNEuRal English names for the English tagger cost CoNLL-2003 dev 0.3 points
(models/README.md), so English has none.

  python3 scripts/build-world.py [../shared/data]
"""
import collections
import os
import sys

CONNECTIVES = {"di", "del", "della", "dei", "degli", "delle", "de", "da", "e", "&", "of", "the", "and", "per",
               "la", "il", "lo", "le", "gli", "d", "'", "dell", "for", "du", "des", "von", "van", "der", "y",
               "al", "el", "a", "in", "sul", "sulla", "-", "."}


def plausible_org(name):
    words = name.split()
    return (len(words) <= 4 and words[0][:1].isupper()
            and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTIVES for w in words))


def silver_names(path, kinds):
    """Each name of a BIO file with its most frequent type (ties: alphabetical)."""
    votes = collections.defaultdict(collections.Counter)
    words, labels = [], []
    with open(path, encoding="utf-8") as f:
        for line in list(f) + [""]:
            line = line.rstrip("\n")
            if line.strip():
                w, l = line.split("\t")[:2]
                words.append(w)
                labels.append(l)
                continue
            i = 0
            while i < len(labels):
                if labels[i].startswith("B-"):
                    kind, j = labels[i][2:], i + 1
                    while j < len(labels) and labels[j] == "I-" + kind:
                        j += 1
                    votes[" ".join(words[i:j])][kind] += 1
                    i = j
                else:
                    i += 1
            words, labels = [], []
    out = {}
    for name, counts in votes.items():
        kind = sorted(counts.items(), key=lambda kc: (-kc[1], kc[0]))[0][0]
        if kind in kinds and name[:1].isupper() and len(name.split()) <= 4:
            out[name] = kind
    return out


def merge(*parts):
    out = {}
    for part in parts:
        for name, kind in part.items():
            out.setdefault(name, kind)
    return out


def main(data):
    orgs = {}
    with open(os.path.join(data, "kind-gazetteers/it-ORG-wikipedia.txt"), encoding="utf-8") as f:
        for line in f:
            kind, _, name = line.rstrip("\n").partition(" ")
            if kind == "ORG" and name and plausible_org(name):
                orgs[name] = "ORG"
    it = [silver_names(os.path.join(data, f"wikineural-it/{s}.tsv"), {"PER", "LOC", "ORG"}) for s in ("val", "test")]
    for lang, names in (("it", merge(orgs, *it)),):
        folder = os.path.join(os.path.dirname(__file__), "..", "target", "names")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"world-{lang}.names")
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(f"{kind}\t{name}\n" for name, kind in sorted(names.items(), key=lambda nk: (nk[1], nk[0])))
        print(f"{path}: {len(names)} names", collections.Counter(names.values()))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
