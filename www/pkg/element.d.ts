// Types of the `lente/element` module (element.js): the `<lente-analyzer>` and
// `<lente-article>` web components. Importing the module defines both elements.
//
// Both draw in an open shadow root that the page's own styles do not reach. Theme them with
// the custom properties `--ink`, `--muted`, `--line`, `--paper`, `--card`, `--accent` and
// `--accent-soft` (set on the element or inherited: they win over the defaults) and with
// `::part()`. Text from documents is always set as text, never as HTML. Their events bubble
// and are composed (they cross shadow roots).

import type { Analysis, DocumentAnalysis, DocumentInput } from './lente.js';
import type { WorkerOptions } from './worker.js';

/**
 * `<lente-analyzer>`: the whole analyzer in one element. Readers drop, pick or paste articles
 * (or a program gives them to `analyze`); it shows the set's totals, brief, how the outlets
 * compare (shared passages, what only one outlet says, who is named and quoted where, figures,
 * a timeline, quotations told differently), key phrases, who said what, entities, and a card
 * per article; a search lists every occurrence of a word or a name in context; buttons
 * download the analysis (JSON) and its entities, quotes and figures (CSV). Runs the core in
 * a Web Worker of its own. It keeps nothing in the browser (the single-file page keeps the
 * reader's articles in IndexedDB; the element does not).
 *
 * Attributes:
 * - `lang`: `it`, `en` or `other` forces the language of every document (analysed again when
 *   it changes); detected per document when absent.
 * - `panels`: the panels to show, space-separated, among `brief`, `compare`, `keyphrases`,
 *   `quotes`, `entities`, `documents` (the cards), `search` and `downloads`; all when absent.
 *
 * Events: `lente-result` each time the set is shown (detail: its whole `Analysis`, every
 * document with its `text`), `lente-error` for every error shown (a file not read, the core
 * not loading; detail: `{message}`).
 *
 * Parts: `app`, `drop-zone`, `paste`, `button`, `status`, `progress`, `messages`, `corpus`,
 * `downloads`, `overview`, `panel` (with `brief-panel`, `compare-panel`, `keyphrase-panel`,
 * `quote-panel`, `entity-panel` or `search-panel`), `results`, `card`.
 */
export declare class LenteAnalyzerElement extends HTMLElement {
  /** The analysis of the set shown, as last sent with `lente-result`; `null` before the first. */
  readonly analysis: Analysis | null;
  /**
   * Adds these documents to the set (a missing `name` becomes `Document N`) and resolves with
   * the `Analysis` of the whole set once it is shown; rejects (an `Error` whose message starts
   * with `lente:`) when none of them could be analysed.
   */
  analyze(documents: readonly DocumentInput[]): Promise<Analysis>;
}

/**
 * `<lente-article>`: shows its own text content (paragraphs kept) at once, then marks in it
 * the names of people, places and organizations (not those the tagger is unsure of), dates
 * and numbers, and quotations. Every `<lente-article>` of the page shares one Web Worker; a
 * change of text or language cancels the analysis under way and starts a new one.
 *
 * Attributes:
 * - `lang`: `it`, `en` or `other` forces the language; detected when absent.
 * - `summary`: when present, the summary sentences are shown above the text; a number shows
 *   at most that many.
 *
 * Events: `lente-result` once the marks are drawn (detail: the `Analysis` of this one text,
 * without tokens: its `documents[0]` is `analysis`, and mentions index its `entities`),
 * `lente-error` when the text could not be analysed (detail: `{message}`).
 *
 * Parts: `article`, `summary`, `summary-sentence`, `text`, `paragraph`; marks: `name` with
 * `person`, `place` or `organization`; `value` with the value's kind (`date`, `time`,
 * `number`, `money`, `percent`, `quantity`); `quote`.
 */
export declare class LenteArticleElement extends HTMLElement {
  /** The analysis of its current text, once its marks are drawn; `null` before and while a new text is analysed. */
  readonly analysis: DocumentAnalysis | null;
  /** The text analysed: the element's text content. Setting it replaces the text content. */
  text: string;
  /** Resolves with the analysis of the current text once it is drawn (rejects, with a message starting `lente:`, if it fails). */
  readonly ready: Promise<DocumentAnalysis>;
}

/** The detail of a `lente-result` event. */
export type LenteResultDetail = Analysis;

/** The detail of a `lente-error` event. */
export interface LenteErrorDetail {
  /** What went wrong, starting with `lente:`. */
  message: string;
}

/**
 * Sets where the elements created after this call get the wasm core and the model files
 * (default: `core/lente_bg.wasm` and `models/` of the package, beside lente.js). Elements
 * created before keep their settings.
 */
export function configure(options?: WorkerOptions): void;

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
