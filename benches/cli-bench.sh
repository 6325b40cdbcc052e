#!/usr/bin/env bash
# The native CLI on every core: `lente analyze --jsonl` over about 10 MB of JSON Lines (the
# seed articles, one per line, repeated: 2,367 lines), on 1 thread and on 2 in turn, best of 3 each,
# with the peak resident memory (GNU time's maximum RSS) and the speed-up. Prints a Markdown
# section. Run from the crate root after `cargo build --release`:
#   benches/cli-bench.sh [LENTE]      LENTE defaults to target/release/lente
set -euo pipefail
lente=${1:-target/release/lente}
seeds=../shared/seeds
if ! ls "$seeds"/*.txt >/dev/null 2>&1; then
  echo "cli-bench: seeds not found at $seeds: skipping" >&2
  exit 0
fi
input=$(mktemp --suffix=.jsonl)
trap 'rm -f "$input"' EXIT
# One {"id", "text"} line per seed article, round and round, up to 10^7 bytes.
node -e '
  const fs = require("fs"), dir = process.argv[1];
  const seeds = fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort().map((n) => fs.readFileSync(dir + "/" + n, "utf8").trim());
  const lines = [];
  for (let size = 0, i = 0; size < 1e7; i++) {
    const line = JSON.stringify({ id: String(i), text: seeds[i % seeds.length] }) + "\n";
    lines.push(line);
    size += Buffer.byteLength(line);
  }
  fs.writeFileSync(process.argv[2], lines.join(""));
' "$seeds" "$input"
bytes=$(wc -c <"$input")
lines=$(wc -l <"$input")
ncpu=$(nproc)

# Seconds and peak KB of one run on $1 threads, as "SECONDS KB".
run() {
  local out
  out=$( { /usr/bin/time -f '%e %M' "$lente" analyze --jsonl "$input" --no-tokens --threads "$1" | wc -l >/dev/null; } 2>&1 | tail -1)
  echo "$out"
}

echo "## Native CLI: \`lente analyze --jsonl\` on $lines articles ($(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB), $ncpu cores"
echo
echo "Best of 3, runs on 1 and 2 threads in turn; tokens not listed; one output line per input line, in order."
echo
echo "| threads | seconds | MB/s | articles/s | peak memory (MiB) | speed-up |"
echo "|---|---|---|---|---|---|"
# Rounds of 1 thread then 2, so that a slow spell of the machine falls on both alike.
declare -A best peak
for _ in 1 2 3; do
  for threads in 1 2; do
    read -r secs kb < <(run "$threads")
    if [ -z "${best[$threads]:-}" ] || awk -v a="$secs" -v b="${best[$threads]}" 'BEGIN{exit !(a<b)}'; then best[$threads]=$secs; fi
    [ "$kb" -gt "${peak[$threads]:-0}" ] && peak[$threads]=$kb
  done
done
for threads in 1 2; do
  awk -v t="$threads" -v s="${best[$threads]}" -v b="$bytes" -v n="$lines" -v kb="${peak[$threads]}" -v one="${best[1]}" \
    'BEGIN{printf "| %d | %.2f | %.2f | %.0f | %.0f | %.2f× |\n", t, s, b/1e6/s, n/s, kb/1024, one/s}'
done
# Constant memory: the peak on a tenth of the lines against the peak on all of them.
tenth=$(mktemp --suffix=.jsonl)
head -n $((lines / 10)) "$input" >"$tenth"
read -r _ small < <( { /usr/bin/time -f '%e %M' "$lente" analyze --jsonl "$tenth" --no-tokens --threads 2 | wc -l >/dev/null; } 2>&1 | tail -1)
rm -f "$tenth"
echo
echo "Peak memory on 2 threads: $(awk -v k="$small" 'BEGIN{printf "%.0f", k/1024}') MiB for the first $((lines / 10)) lines, $(awk -v k="${peak[2]}" 'BEGIN{printf "%.0f", k/1024}') MiB for all $lines."
echo
echo "Bar: 2 cores ≥ 1.7× one core; memory constant as the input streams (the peak does not grow with the input: a batch of lines at a time)."
