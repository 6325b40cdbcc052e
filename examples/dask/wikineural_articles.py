"""Test articles for the Dask example: runs of 10 consecutive WikiNEuRal sentences.

    python examples/dask/wikineural_articles.py OUTPUT_DIR [--articles 2000] [--files 4]

Reads ../shared/data/wikineural-{it,en}/val.tsv (token<TAB>BIO label, a blank line between
sentences), joins each sentence's tokens as running text, and writes the articles, Italian and
English in turn, as {id, text} lines spread over FILES JSON Lines files.
"""

import argparse
import json
import os

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data"))
SENTENCES_PER_ARTICLE = 10

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "»", "...", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "«"}


def sources():
    """The WikiNEuRal files read, Italian then English."""
    return [os.path.join(DATA, f"wikineural-{lang}", "val.tsv") for lang in ("it", "en")]


def detokenize(tokens):
    """Running text from tokens: no space before closing punctuation, after an opening bracket
    or an Italian elision (`l'`), nor inside straight double quotes (paired in turn)."""
    out, glue, quote_open = [], True, False
    for token in tokens:
        if token == '"':
            space = not glue and not quote_open
            quote_open = not quote_open
            out.append((" " if space else "") + token)
            glue = quote_open
            continue
        space = not glue and token not in NO_SPACE_BEFORE
        out.append((" " if space else "") + token)
        glue = token in NO_SPACE_AFTER or (len(token) > 1 and token.endswith("'"))
    return "".join(out)


def sentences(path):
    """The sentences of a token<TAB>label file, as text."""
    tokens = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                tokens.append(line.split("\t")[0])
            elif tokens:
                yield detokenize(tokens)
                tokens = []
    if tokens:
        yield detokenize(tokens)


def articles(count):
    """`count` articles as {id, text}, Italian and English in turn."""
    per_lang = [list(sentences(path)) for path in sources()]
    for n in range(count):
        lang = n % 2
        start = (n // 2) * SENTENCES_PER_ARTICLE
        run = per_lang[lang][start : start + SENTENCES_PER_ARTICLE]
        if len(run) < SENTENCES_PER_ARTICLE:
            raise ValueError(f"{sources()[lang]} has too few sentences for {count} articles")
        yield {"id": f"{'it' if lang == 0 else 'en'}-{n // 2:05}", "text": " ".join(run)}


def write(folder, count, files):
    """Writes `count` articles into `files` JSON Lines files in `folder`; returns their ids."""
    os.makedirs(folder, exist_ok=True)
    outs = [open(os.path.join(folder, f"articles-{i}.jsonl"), "w", encoding="utf-8") for i in range(files)]
    ids = []
    try:
        for n, article in enumerate(articles(count)):
            outs[n % files].write(json.dumps(article, ensure_ascii=False) + "\n")
            ids.append(article["id"])
    finally:
        for out in outs:
            out.close()
    return ids


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output", help="folder for the JSON Lines files")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--files", type=int, default=4)
    args = parser.parse_args()
    write(args.output, args.articles, args.files)


if __name__ == "__main__":
    main()
