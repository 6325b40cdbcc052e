#!/usr/bin/env bash
# Runs the cargo-fuzz targets, one after the other, SECONDS each, with a time limit per input so
# that slow inputs are reported like crashes. Starts each corpus from the seed articles and the
# saved pages in ../shared when they are there (the corpora and findings stay out of git).
#
#   scripts/fuzz.sh SECONDS [TARGET…]     (default: every target in fuzz/fuzz_targets)
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). A finding is left
# in fuzz/artifacts/TARGET/; turn it into a regression test in tests/robustness.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET…]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=($(ls fuzz/fuzz_targets | sed 's/\.rs$//'))
for target in "${targets[@]}"; do
  corpus=fuzz/corpus/$target
  if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    for f in ../shared/seeds/*.txt ../shared/data/html-dev/pages/*; do
      [ -f "$f" ] && head -c 16384 "$f" > "$corpus/$(basename "$f")"
    done
  fi
  echo "fuzz: $target for $seconds s"
  # -timeout: an input taking more than 60 s is a finding (an instrumented build, often run
  # niced on a busy machine, needs the slack: 10 s gave a false alarm on a page that takes
  # 0.07 s); -max_len: inputs up to 16 KB, so that time that grows faster than the input
  # shows while runs stay quick.
  cargo +nightly fuzz run "$target" "$corpus" -- -max_total_time="$seconds" -timeout=60 -max_len=16384 -rss_limit_mb=4096 -print_final_stats=1
done
