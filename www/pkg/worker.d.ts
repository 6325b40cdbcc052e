// Types of the `lente/worker` module (worker.js): Lente in a Web Worker, so that a long
// analysis does not block the page.

import type { Analysis, AnalyzeOptions, Article, DocumentInput, ModelSource, Tokenization, TokenizeOptions, WasmSource } from './lente.js';

/** Where the worker gets its wasm module and models (defaults as in `init`). */
export interface WorkerOptions {
  /** Where the wasm module comes from. */
  wasm?: WasmSource;
  /** Where model files come from. */
  modelSource?: ModelSource;
}

/** What a caller can do while a job runs. */
export interface JobControl {
  /** Called as the job advances: `done` of `total` documents. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it cancels the job: its promise rejects. */
  signal?: AbortSignal;
}

/** A Lente running in a Web Worker. Each method's promise rejects with an `Error` whose message starts with `lente:`. */
export interface LenteWorker {
  /** Resolves once the worker has loaded the core, with the core's version. */
  readonly ready: Promise<{ version: string }>;
  /** As `analyze` of `lente`, off the main thread. */
  analyze(documents: readonly DocumentInput[], options?: AnalyzeOptions, control?: JobControl): Promise<Analysis>;
  /** As `tokenize` of `lente`, off the main thread. */
  tokenize(text: string, options?: TokenizeOptions, control?: JobControl): Promise<Tokenization>;
  /** As `extract` of `lente`, off the main thread. */
  extract(html: string, control?: JobControl): Promise<Article>;
  /** Stops the worker; jobs still running reject. */
  terminate(): void;
}

/** Starts a worker running Lente. `analyze` of several documents runs on as many workers
 *  as the browser reports cores (at most 4, started when first needed), with the result one
 *  worker gives (but that a score may differ in its 17th digit). */
export function createLenteWorker(options?: WorkerOptions): LenteWorker;

/** The core compiled from `source` (default: the package's `core/lente_bg.wasm`; a
 *  `WebAssembly.Module` is used as it is), compiled once per source for the whole page. */
export function compileCore(source?: WasmSource): Promise<WebAssembly.Module>;
