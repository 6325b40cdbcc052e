// Types of the `lente/element` module (element.js): the `<lente-analyzer>` and
// `<lente-article>` web components. Importing the module defines both elements.

import type { Analysis, DocumentAnalysis, DocumentInput } from './lente.js';
import type { WorkerOptions } from './worker.js';

/**
 * `<lente-analyzer>`: analyses the documents given to `analyze` and shows the set's panels.
 * Attributes: `lang` (`it`, `en` or `other` forces a language; detected when absent) and
 * `panels` (which panels to show, space-separated). Fires `lente-result` (detail: the
 * `Analysis`) and `lente-error` (detail: `{message}`).
 */
export declare class LenteAnalyzerElement extends HTMLElement {
  /** The last analysis shown; `null` before the first. */
  readonly analysis: Analysis | null;
  /** Analyses these documents (in the components' worker) and shows the result. */
  analyze(documents: readonly DocumentInput[]): Promise<Analysis>;
}

/**
 * `<lente-article>`: analyses its own text and shows it, with its summary.
 * Attributes: `lang` (forces a language; detected when absent) and `summary` (the number of
 * summary sentences to show).
 */
export declare class LenteArticleElement extends HTMLElement {
  /** The analysis of its text; `null` until it is ready. */
  readonly analysis: DocumentAnalysis | null;
  /** The text analysed: the element's text content unless set. */
  text: string;
  /** Resolves with the analysis of the current text. */
  readonly ready: Promise<DocumentAnalysis>;
}

/** The detail of a `lente-result` event. */
export type LenteResultDetail = Analysis;

/** The detail of a `lente-error` event. */
export interface LenteErrorDetail {
  /** What went wrong, starting with `lente:`. */
  message: string;
}

/** Sets where the components' worker gets its wasm and models; call it before the first element is used. */
export function configure(options: WorkerOptions): void;

declare global {
  interface HTMLElementTagNameMap {
    'lente-analyzer': LenteAnalyzerElement;
    'lente-article': LenteArticleElement;
  }
  interface HTMLElementEventMap {
    'lente-result': CustomEvent<LenteResultDetail>;
    'lente-error': CustomEvent<LenteErrorDetail>;
  }
}
