#!/usr/bin/env bash
# The Dask example (examples/dask/analyze.py) on 2,000 WikiNEuRal articles in 4 JSON Lines
# files, on a local cluster of 1 and 2 worker processes (WORKERS="1 2 4" to change, ARTICLES
# for another count): a Markdown section on stdout. Needs ./build.sh python (target/venv).
set -euo pipefail
cd "$(dirname "$0")/.."
python=target/venv/bin/python
articles=${ARTICLES:-2000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$python examples/dask/wikineural_articles.py "$tmp/in" --articles "$articles" --files 4

field() { sed -E "s/.*$1=([0-9.]+).*/\1/" <<<"$2"; }

echo "## Dask"
echo
echo "\`examples/dask/analyze.py\` on $articles articles of 10 WikiNEuRal sentences (Italian and English), 4 files, a \`LocalCluster\` of one-thread worker processes on $(nproc) cores; seconds from the first task sent to the last Parquet file written."
echo
echo "| workers | documents | seconds | docs/s |"
echo "|---|---|---|---|"
for workers in ${WORKERS:-1 2}; do
  rm -rf "$tmp/out"
  line=$($python examples/dask/analyze.py "$tmp/in" "$tmp/out" --workers "$workers" | tail -n 1)
  echo "| $workers | $(field documents "$line") | $(field seconds "$line") | $(field docs_per_second "$line") |"
done
