#!/usr/bin/env bash
# Retrains the sentence splitter models in models/ from the UD treebanks in ../shared/data/ud.
# Deterministic: the same data and seed give the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
ud=../shared/data/ud
[ -d "$ud" ] || { echo "train-sentences: $ud not found" >&2; exit 1; }
cargo build --release --bin lente
./target/release/lente train-sentences --lang it --seed 7 --out models/sentences-it.bin \
  "$ud/UD_Italian-ISDT/it_isdt-ud-train.conllu" "$ud/UD_Italian-ParTUT/it_partut-ud-train.conllu"
./target/release/lente train-sentences --lang en --seed 7 --out models/sentences-en.bin \
  "$ud/UD_English-EWT/en_ewt-ud-train.conllu" "$ud/UD_English-GUM/en_gum-ud-train.conllu"
# The models are embedded at compile time: rebuild, then score on the dev files.
cargo build --release --bin lente
for f in "$ud"/*/*-dev.conllu; do
  echo "$(basename "$f") $(./target/release/lente eval-ud "$f" | grep f1 | tr '\n' ' ')"
done
