#!/usr/bin/env bash
# Builds Lente for the browser and prints the page to open.
#
#   ./build.sh          release wasm -> dist/index.html (one self-contained file), dist/pkg/
#                       (the npm package) and dist/examples/
#   ./build.sh test     builds, then runs every test (Rust, wasm in Node, browser end to end)
#   ./build.sh bench    builds, then measures speed natively and in wasm (JS API, and each
#                       stage through WASI), and the page weight
#
# Installs what it needs on a fresh machine: the wasm32 Rust target, wasm-bindgen-cli pinned
# to the version in Cargo.lock, Node packages (binaryen's wasm-opt, playwright-core, typescript) and, for
# the tests, Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\033[1mbuild:\033[0m %s\n' "$*" >&2; }

ensure_target() {
  if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
}

# wasm-bindgen-cli must match the wasm-bindgen crate exactly.
ensure_wasm_bindgen() {
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (about 2 minutes, once)"
    # --locked fails against this registry mirror: one of the CLI's locked dependencies is missing.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_node_packages() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/tsc ] ||
    [ ! -d node_modules/wink-nlp ] || [ ! -d node_modules/wink-eng-lite-web-model ] || [ ! -d node_modules/compromise ]; then
    say "installing Node packages (binaryen, playwright-core, typescript; wink-nlp, its model and compromise for the benchmarks)"
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Debian's chromium for the browser tests"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium
  fi
}

build() {
  ensure_target
  ensure_wasm_bindgen
  ensure_node_packages
  say "compiling the core to wasm (release)"
  cargo build --profile wasm --lib --target wasm32-unknown-unknown
  local wasm=target/wasm32-unknown-unknown/wasm/lente.wasm
  rm -rf dist target/page
  mkdir -p dist/pkg/core dist/pkg/models target/page
  # The npm package: the ES module core (wasm-bindgen --target web) wrapped by www/pkg/; a
  # classic-script core for the worker, which the page and the package inline.
  wasm-bindgen --target web --no-typescript --out-dir dist/pkg/core "$wasm"
  wasm-bindgen --target no-modules --no-typescript --out-dir target/page "$wasm"
  # Debian's binaryen 108 breaks wasm-bindgen's externref table; binaryen from npm does not.
  say "shrinking the wasm with wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}')"
  node_modules/.bin/wasm-opt -Oz dist/pkg/core/lente_bg.wasm -o dist/pkg/core/lente_bg.wasm
  cp dist/pkg/core/lente_bg.wasm target/page/lente_bg.wasm
  # Model files travel apart from the code, each under its own licence (models/LICENSES.md).
  cp models/*.bin models/*.names models/*.set dist/pkg/models/
  node scripts/assemble-package.mjs target/page dist/pkg
  node scripts/assemble-page.mjs target/page dist/pkg/models ../shared/seeds dist/index.html
  cp -r www/examples dist/examples
  say "page: file://$PWD/dist/index.html ($(wc -c <dist/index.html) bytes, $(gzip -9c dist/index.html | wc -c) gzipped)"
  echo "$PWD/dist/index.html"
}

run_tests() {
  ensure_chromium
  say "formatting (cargo fmt --check)"
  cargo fmt --check
  say "lints (clippy, warnings are errors)"
  cargo clippy --release --all-targets -- -D warnings
  say "Rust tests (unit, integration, UD bars, seeds)"
  cargo test --release
  say "wasm tests of the JS API (Node)"
  cargo test --release --target wasm32-unknown-unknown --test wasm
  say "browser end-to-end tests (Chromium, headless)"
  node --test tests/e2e/
}

case "${1:-build}" in
  build) build ;;
  test) build; run_tests ;;
  bench)
    build
    cargo run --release --bin bench
    node benches/wasm-bench.mjs
    rustup target list --installed | grep -qx wasm32-wasip1 || rustup target add wasm32-wasip1
    cargo build --release --bin bench --target wasm32-wasip1
    node --no-warnings benches/wasi-bench.mjs
    node scripts/page-weight.mjs ;;
  *) echo "usage: ./build.sh [build|test|bench]" >&2; exit 2 ;;
esac
