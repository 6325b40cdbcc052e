#!/usr/bin/env bash
# Builds Lente for the browser and prints the page to open.
#
#   ./build.sh          release wasm -> dist/index.html (one self-contained file), dist/pkg/
#                       (the npm package) and dist/examples/
#   ./build.sh test     builds, then runs every test (Rust, wasm in Node, browser end to end)
#   ./build.sh bench    builds, then measures speed and memory (native and wasm per stage;
#                       wasm in Node beside wink-nlp and compromise; the page in Chromium;
#                       the CLI on 1 and 2 cores; Dask) and the page weight, into
#                       bench/RESULTS.md (about 30 minutes)
#   ./build.sh python   the Python package: a virtual environment in target/venv with the
#                       pinned tools (python/requirements-dev.txt) and the `lente` wheel in it
#
# Installs what it needs on a fresh machine: the wasm32 Rust target, wasm-bindgen-cli pinned
# to the version in Cargo.lock, Node packages (binaryen's wasm-opt, playwright-core, typescript) and, for
# the tests, Debian's Chromium; for Python, Debian's python3-venv when `venv` is missing.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\033[1mbuild:\033[0m %s\n' "$*" >&2; }

ensure_target() {
  if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
}

# Wasm memory grows and never shrinks: the package (www/pkg/lente.js) gives it back by
# making a fresh instance of the compiled core after a call that left it large. The glue of
# wasm-bindgen keeps its instance in module variables and sets them only once, so this adds
# the one function that makes a new one; it fails loudly if a new wasm-bindgen names them
# otherwise.
add_fresh_instance() {
  local glue=$1
  grep -q '^let wasmModule, wasmInstance, wasm;$' "$glue" && grep -q '^function initSync(module) {$' "$glue" \
    || { echo "build: $glue does not declare the instance as expected; see add_fresh_instance in build.sh" >&2; exit 1; }
  cat >> "$glue" <<'JS'

/** Added by build.sh: a fresh instance of the compiled `module` in place of the current one,
 *  whose memory is then freed; the current one stays if the new one cannot be made. */
export function freshInstance(module) {
    const old = [wasm, wasmInstance, wasmModule];
    wasm = undefined;
    try {
        return initSync({ module });
    } catch (err) {
        [wasm, wasmInstance, wasmModule] = old;
        cachedDataViewMemory0 = null;
        cachedUint32ArrayMemory0 = null;
        cachedUint8ArrayMemory0 = null;
        throw err;
    }
}
JS
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

# The `lente` wheel (python/) built by maturin and installed in target/venv, with the pinned
# tools; the tools are installed again only when python/requirements-dev.txt changes.
python_package() {
  local venv=target/venv
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    say "installing Debian's python3-venv"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q python3-venv
  fi
  [ -x $venv/bin/python ] || { say "creating the virtual environment $venv"; python3 -m venv $venv; }
  if ! cmp -s python/requirements-dev.txt $venv/requirements-dev.txt; then
    say "installing maturin, dask, distributed, pyarrow and pandas into $venv"
    $venv/bin/pip install -q --disable-pip-version-check -r python/requirements-dev.txt
    cp python/requirements-dev.txt $venv/requirements-dev.txt
  fi
  say "building the Python wheel (maturin, release)"
  rm -rf target/wheels
  $venv/bin/maturin build --release --quiet -m python/Cargo.toml -i $venv/bin/python
  say "installing $(basename target/wheels/*.whl) into $venv"
  $venv/bin/pip install -q --disable-pip-version-check --no-deps --force-reinstall target/wheels/*.whl
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
  add_fresh_instance dist/pkg/core/lente.js
  # Debian's binaryen 108 breaks wasm-bindgen's externref table; binaryen from npm does not.
  # -O3 rather than -Oz: measured on the core, 761,496 against 761,000 bytes gzipped, and a
  # full analysis of 240 articles in Node 5-8% faster (2,091-2,236 against 2,278-2,354 ms).
  say "optimizing the wasm with wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}')"
  node_modules/.bin/wasm-opt -O3 dist/pkg/core/lente_bg.wasm -o dist/pkg/core/lente_bg.wasm
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
  say "formatting (cargo fmt --check, the core and python/)"
  cargo fmt --all --check
  say "lints (clippy, warnings are errors)"
  cargo clippy --release --all-targets -- -D warnings
  say "Rust tests (unit, integration, UD bars, seeds)"
  cargo test --release
  say "wasm tests of the JS API (Node)"
  cargo test --release --target wasm32-unknown-unknown --test wasm
  say "browser end-to-end tests (Chromium, headless)"
  node --test tests/e2e/
  python_package
  say "lints of the Python binding (clippy)"
  cargo clippy --release -p lente-python -- -D warnings
  say "Python tests (the package, and the Dask example)"
  target/venv/bin/python -m unittest discover -s python/tests -v
}

# Every benchmark, one after the other (never two at once on this 2-core machine), each
# writing a Markdown section into target/bench/; bench/RESULTS.md joins them.
run_benches() {
  local out=target/bench
  rm -rf "$out" && mkdir -p "$out"
  say "native, per stage"
  cargo build --release --bin bench --bin lente
  { echo "## Native, per stage (\`cargo run --release --bin bench\`)"; echo; echo '```'; target/release/bench; echo '```'; } | tee "$out/10-native.md"
  say "wasm per stage (the same program under WASI, in Node)"
  rustup target list --installed | grep -qx wasm32-wasip1 || rustup target add wasm32-wasip1
  cargo build --release --bin bench --target wasm32-wasip1
  { echo "## Wasm, per stage (\`benches/wasi-bench.mjs\`: the bench program built for wasm32-wasip1, in Node)"; echo; echo '```'; node --no-warnings benches/wasi-bench.mjs; echo '```'; } | tee "$out/20-wasi.md"
  say "wasm in Node beside wink-nlp and compromise"
  node benches/node-peers.mjs | tee "$out/30-node.md"
  say "the page in Chromium"
  ensure_chromium
  node benches/browser-bench.mjs | tee "$out/40-browser.md"
  say "the native CLI on 1 and 2 cores"
  benches/cli-bench.sh | tee "$out/50-cli.md"
  say "Dask"
  python_package
  benches/dask-bench.sh | tee "$out/60-dask.md"
  say "page weight"
  { echo "## Page weight (\`scripts/page-weight.mjs\`)"; echo; node scripts/page-weight.mjs; } | tee "$out/70-weight.md"
  node scripts/bench-results.mjs "$out"/*.md bench/why.md
  say "bench/RESULTS.md written"
}

case "${1:-build}" in
  build) build ;;
  python) python_package ;;
  test) build; run_tests ;;
  bench) build; run_benches ;;
  *) echo "usage: ./build.sh [build|test|bench|python]" >&2; exit 2 ;;
esac
