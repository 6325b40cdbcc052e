"""Analyses a folder of JSON Lines articles with Lente on Dask and writes Parquet.

    python examples/dask/analyze.py INPUT_DIR OUTPUT_DIR [--workers N | --scheduler ADDRESS]

Each line of INPUT_DIR/*.jsonl is one {id, name?, text | html, lang?} article. Each file is one
task: a worker analyses its articles one at a time (`lente.analyze`) and writes
OUTPUT_DIR/<file>.parquet, one row per line (SCHEMA: the title, summary sentences, entities,
quotations that are speech, not scare quotes, and key phrases as text, with the counts); a
line that cannot be analysed gets a row with its `error`. Without --scheduler, the tasks run on a local cluster of N worker
processes with one thread each. The last line printed is
`documents=D errors=E seconds=S docs_per_second=R`.
"""

import argparse
import json
import logging
import os
import sys
import time

import lente
import pyarrow as pa
import pyarrow.parquet as pq

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("name", pa.string()),
        ("lang", pa.string()),
        ("title", pa.string()),
        (
            "counts",
            pa.struct(
                [
                    ("characters", pa.int64()),
                    ("tokens", pa.int64()),
                    ("words", pa.int64()),
                    ("sentences", pa.int64()),
                    ("paragraphs", pa.int64()),
                    ("reading_minutes", pa.float64()),
                ]
            ),
        ),
        ("summary", pa.list_(pa.string())),
        ("entities", pa.list_(pa.struct([("name", pa.string()), ("kind", pa.string()), ("mentions", pa.int64())]))),
        ("quotes", pa.list_(pa.struct([("text", pa.string()), ("speaker", pa.string())]))),
        ("keyphrases", pa.list_(pa.string())),
        ("error", pa.string()),
    ]
)

DOCUMENT_KEYS = ("id", "name", "text", "html")


def row(source, number, line):
    """The row of input line `number` of file `source`."""
    try:
        article = json.loads(line)
    except ValueError as error:
        return {"id": f"{source}:{number}", "error": f"line {number} is not JSON: {error}"}
    if not isinstance(article, dict):
        return {"id": f"{source}:{number}", "error": f"line {number} is not a JSON object"}
    article_id = str(article["id"]) if article.get("id") is not None else f"{source}:{number}"
    document = {key: article[key] for key in DOCUMENT_KEYS if key in article}
    document["id"] = article_id
    try:
        analysis = lente.analyze([document], lang=article.get("lang"))
    except (ValueError, TypeError) as error:
        return {"id": article_id, "error": str(error)}
    doc = analysis["documents"][0]
    entities = analysis["entities"]
    # Offsets are code points of the analysed text: the input, or the text derived from HTML.
    text = doc.get("text") or document.get("text", "")

    def cut(span):
        return text[span["start"] : span["end"]]

    def speaker(quote):
        if quote["entity"] is not None:
            return entities[quote["entity"]]["name"]
        return cut(quote["speaker"]) if quote["speaker"] else None

    return {
        "id": doc["id"],
        "name": article.get("name"),  # as given: alone, every article would be "Document 1"
        "lang": doc["lang"],
        "title": cut(doc["title"]) if doc["title"] else None,
        "counts": doc["counts"],
        "summary": [cut(doc["sentences"][i]) for i in doc["summary"]],
        "entities": [{"name": entities[e["entity"]]["name"], "kind": entities[e["entity"]]["kind"], "mentions": e["count"]} for e in doc["entities"]],
        "quotes": [{"text": cut(q), "speaker": speaker(q)} for q in doc["quotes"] if not q["scare"]],
        "keyphrases": [k["text"] for k in doc["keyphrases"]],
        "error": None,
    }


def analyze_file(path, output):
    """Analyses one JSON Lines file into OUTPUT/<name>.parquet; returns (rows, errors)."""
    source = os.path.basename(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        rows = [row(source, number, line) for number, line in enumerate(f, 1) if line.strip()]
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    pq.write_table(table, os.path.join(output, os.path.splitext(source)[0] + ".parquet"))
    return len(rows), sum(r["error"] is not None for r in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", help="folder of *.jsonl files")
    parser.add_argument("output", help="folder for the Parquet files (created; must be empty)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    where.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    args = parser.parse_args()

    paths = sorted(os.path.join(args.input, n) for n in os.listdir(args.input) if n.endswith(".jsonl"))
    if not paths:
        sys.exit(f"lente: no *.jsonl file in {args.input}")
    os.makedirs(args.output, exist_ok=True)
    if os.listdir(args.output):
        sys.exit(f"lente: {args.output} is not empty")

    from distributed import Client, LocalCluster

    cluster = None
    if not args.scheduler:
        # A task's error reaches this process through gather(); the workers' own logs would add
        # only the noise of their heartbeats racing the shutdown.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.CRITICAL)
    with Client(args.scheduler or cluster) as client:
        start = time.perf_counter()
        futures = client.map(analyze_file, paths, output=os.path.abspath(args.output))
        results = client.gather(futures)
        seconds = time.perf_counter() - start
    if cluster:
        cluster.close()
    documents = sum(rows for rows, _ in results)
    errors = sum(errors for _, errors in results)
    print(f"documents={documents} errors={errors} seconds={seconds:.2f} docs_per_second={documents / seconds:.1f}")


if __name__ == "__main__":
    main()
