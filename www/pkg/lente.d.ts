// Types of the `lente` module (lente.js): the JS API of the Lente core and the analysis it
// returns. The output types describe exactly the JSON of `src/schema.rs` (field by field in
// docs/schema.md): an `Option` the core always writes is `T | null`, one it leaves out when
// absent is an optional field. Offsets (`start`, `end`) are in the unit `options.offsets`
// chose (UTF-16 code units unless told otherwise, so `text.slice(start, end)` works).
// Hand-written; tests/ts checks them against a real analysis.

// ---------------------------------------------------------------------------------------
// Small enumerations

/** A language Lente knows: `it`, `en`, or `other` (read with the English rules, without names). */
export type Lang = 'it' | 'en' | 'other';

/** A language with trained models (sentence splitter, entity tagger). */
export type ModelLang = 'it' | 'en';

/** The unit of offsets: UTF-16 code units (JS `slice`), UTF-8 bytes (Rust slices) or code points (Python slices). */
export type OffsetUnit = 'utf16' | 'utf8' | 'char';

/** How a document is written. */
export type Format = 'text' | 'markdown' | 'html';

/** What a token is. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'ordinal'
  | 'date'
  | 'time'
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'domain'
  | 'hashtag'
  | 'mention'
  | 'emoji';

/** The type of a named entity: a person, a place, an organization. */
export type EntityKind = 'PER' | 'LOC' | 'ORG';

/** What a value mention is. */
export type ValueKind = 'date' | 'time' | 'number' | 'money' | 'percent' | 'quantity';

/** How serious a note is. */
export type NoteLevel = 'info' | 'warning' | 'error';

/** The stable codes of notes. */
export type NoteCode =
  /** The document is empty or only white space. */
  | 'empty'
  /** The text is surely in a language other than Italian or English. */
  | 'language-unknown'
  /** The bytes were read in a legacy encoding (named in the message). */
  | 'encoding'
  /** Some bytes could not be decoded and show as U+FFFD. */
  | 'undecodable'
  /** The file is not text (PDF, image, archive…) and was not read. */
  | 'not-text'
  /** The text is over `max_bytes` and was not analysed. */
  | 'too-large'
  /** More tokens than `token_limit`: `tokens` is left empty. */
  | 'tokens-not-listed'
  /** The language's model files are not loaded: sentences split by rules alone, or no names tagged. */
  | 'models-missing';

// ---------------------------------------------------------------------------------------
// Input

/** One input document. Give `text`, or `bytes` for the core to decode. */
export interface DocumentInput {
  /** A stable identifier; defaults to the position in the list (`"0"`, `"1"`, …). */
  id?: string;
  /** A file name or label shown to people; defaults to `Document N`. */
  name?: string;
  /** The content: plain text, Markdown or HTML. */
  text?: string;
  /** The file's bytes, when the text is still to be decoded (`text` is then ignored). */
  bytes?: Uint8Array;
  /** How the text is written; guessed from the name's extension and the content when absent. */
  format?: Format;
}

/** How to analyze. Wrong options throw an `Error` whose message starts with `lente:`. */
export interface AnalyzeOptions {
  /** Forces the rules and models of one language; detected per document when absent. */
  lang?: Lang;
  /** The unit of every offset in the result. Default `utf16`. */
  offsets?: OffsetUnit;
  /** Whether to list every token (counts are always given). Default `true`. */
  tokens?: boolean;
  /** Documents with more tokens than this do not list them (a note says so). Default 200000. */
  token_limit?: number;
  /** Documents with more bytes of text than this are not analysed (a note says so). Default 20000000. */
  max_bytes?: number;
  /** Sentences in each document's summary. Default 3. */
  summary_sentences?: number;
  /** Points in the brief of the whole set. Default 8. */
  brief_points?: number;
}

/** Options of `tokenize`. */
export interface TokenizeOptions {
  /** The language's rules to use; `auto` (the default) detects it. */
  lang?: Lang | 'auto';
  /** The unit of the offsets. Default `utf16`. */
  offsets?: OffsetUnit;
  /** How the text is written: Markdown is read with its markup blanked, as `analyze` reads
   *  it, so the tokens are those of its analysis. Default `text`. */
  format?: 'text' | 'markdown';
}

// ---------------------------------------------------------------------------------------
// Output: shared pieces

/** A stretch of the document's text. */
export interface Span {
  /** Where it starts, in the unit of `offsets`. */
  start: number;
  /** Where it ends (exclusive), in the unit of `offsets`. */
  end: number;
}

/** One token; its text is `text.slice(start, end)` (not repeated in the output). */
export interface Token {
  /** Where the token starts. */
  start: number;
  /** Where the token ends (exclusive). */
  end: number;
  /** What the token is. */
  kind: TokenKind;
}

/** One sentence of `tokenize`. */
export interface TokenSentence {
  /** Where the sentence starts. */
  start: number;
  /** Where the sentence ends (exclusive). */
  end: number;
  /** Index of its first token. */
  first_token: number;
  /** Index past its last token. */
  end_token: number;
}

/** One sentence of a document. */
export interface Sentence {
  /** Where the sentence starts. */
  start: number;
  /** Where the sentence ends (exclusive). */
  end: number;
  /** Index of its first token (sentences cover every token once, in order). */
  first_token: number;
  /** Index past its last token. */
  end_token: number;
  /** Its summary score; `null` when it cannot be in a summary (the headline, web leftovers, a repeat). */
  score: number | null;
}

/** Counts of one document. */
export interface Counts {
  /** Unicode code points. */
  characters: number;
  /** Tokens, listed or not. */
  tokens: number;
  /** Tokens that are words, numbers, URLs and the like (not punctuation, symbols, emoji). */
  words: number;
  /** Sentences. */
  sentences: number;
  /** Runs of lines between blank lines. */
  paragraphs: number;
  /** Minutes at 200 words a minute, rounded up to the tenth. */
  reading_minutes: number;
}

/** A spelling of an entity and how often it is met. */
export interface Variant {
  /** The spelling, as written. */
  text: string;
  /** How many times it is met. */
  count: number;
}

/** A keyphrase of one document. */
export interface Keyphrase {
  /** The commonest surface form (`Corea del Nord`, `cooperazione strategica`); for a linked entity, its name. */
  text: string;
  /** The grouping key: light stems of the lowercased words (`corea del nord`), or `entity:N` for a linked entity. */
  key: string;
  /** Its score; the list is best first. */
  score: number;
  /** How many times it occurs in the document. */
  count: number;
}

/** A keyphrase of the whole set. */
export interface SetKeyphrase {
  /** The commonest surface form across the set. */
  text: string;
  /** The grouping key (as in `Keyphrase.key`). */
  key: string;
  /** Its score, favouring phrases many documents share. */
  score: number;
  /** Indexes in `Analysis.documents` of the documents that have it. */
  documents: number[];
}

// ---------------------------------------------------------------------------------------
// Output: one document

/** The normalized value of a date, time, number, amount, percentage or quantity; each field only when known. */
export interface Value {
  /** ISO 8601 date or partial date (`2024-06-19`, `2024-06`, `2024`, `--06-18`, decade `199X`), interval (`2020/2022`), or time (`11:50`). */
  iso?: string;
  /** The number, for numbers, money, percentages and quantities (`1,5 milioni` → 1500000). */
  number?: number;
  /** The unit: a currency code (`EUR`, `USD`), `%`, a counted noun (`container`) or a unit of measure (`km`, `°C`). */
  unit?: string;
}

/** A date, time, number, amount of money, percentage or quantity in the text. */
export interface ValueSpan {
  /** Where it starts. */
  start: number;
  /** Where it ends (exclusive). */
  end: number;
  /** What the value is. */
  kind: ValueKind;
  /** Its normalized value. */
  value: Value;
}

/** A mention of a person, place or organization in the text. */
export interface Mention {
  /** Where the name starts. */
  start: number;
  /** Where the name ends (exclusive). */
  end: number;
  /** The entity's type (one type for all its mentions). */
  kind: EntityKind;
  /** Index in `Analysis.entities`. */
  entity: number;
  /** How sure the tagger is of this mention, from 0 to 1. */
  confidence: number;
}

/** An entity's place in one document. */
export interface DocumentEntity {
  /** Index in `Analysis.entities`. */
  entity: number;
  /** Its mentions in this document. */
  count: number;
  /** Its salience in this document. */
  salience: number;
  /** The spellings met in this document, commonest first. */
  variants: Variant[];
}

/** A direct quotation. */
export interface Quote {
  /** Where the quotation starts, its opening mark included. */
  start: number;
  /** Where the quotation ends (exclusive), its closing mark included. */
  end: number;
  /** The words that name the speaker (or the earlier mention a pronoun stands for); `null` when unknown or unsure. */
  speaker: Span | null;
  /** The speaker's index in `Analysis.entities`, when linked; else `null`. */
  entity: number | null;
  /** Quoted words that are not speech: a word or two (`il “fermo sostegno”`), a title or a name. */
  scare: boolean;
}

/** A message about one document. */
export interface Note {
  /** How serious it is. */
  level: NoteLevel;
  /** A stable code for programs. */
  code: NoteCode;
  /** A sentence for people, starting with the document's name. */
  message: string;
}

/** The result for one document. */
/** The outlet a document comes from, as a reader cites it. */
export interface Outlet {
  /** `la Repubblica`, `TheSocialPost.it`, `ansa` (a file name without its hash-like suffix). */
  name: string;
  /** `page`: the web page names itself (`og:site_name`, the JSON-LD publisher, else its
   *  canonical domain); `text`: a site's domain in the text's first or last lines or its web
   *  leftovers; `file`: the file name; `reader`: renamed by the reader in `<lente-analyzer>`
   *  (never given by `analyze`). */
  from: 'page' | 'text' | 'file' | 'reader';
}

export interface DocumentAnalysis {
  /** As given, or defaulted to the position (`"0"`, …). */
  id: string;
  /** As given, or defaulted to `Document N`. */
  name: string;
  /** Who publishes it: from the web page's metadata, a site's domain in the text, or the file name. */
  outlet: Outlet;
  /** The format used. */
  format: Format;
  /** The encoding `bytes` were read in (`UTF-8`, `windows-1252`, …); only when bytes were given. */
  encoding?: string;
  /** The text offsets refer to, only when it differs from the input `text` (decoded from `bytes`, reduced from HTML, normalized to NFC). */
  text?: string;
  /** The first line, when it reads as a headline; else `null`. */
  title: Span | null;
  /** The document's language. */
  lang: Lang;
  /** Its counts (given even when tokens are not listed). */
  counts: Counts;
  /** Every token, when `options.tokens` is set (and under `token_limit`); else empty. */
  tokens: Token[];
  /** Every sentence, in order. */
  sentences: Sentence[];
  /** The summary: indexes into `sentences`, in text order. */
  summary: number[];
  /** Mentions of people, places and organizations, in text order. */
  mentions: Mention[];
  /** The entities of this document, most salient first. */
  entities: DocumentEntity[];
  /** Dates, times, numbers, money, percentages and quantities, in text order. */
  values: ValueSpan[];
  /** Keyphrases, best first. */
  keyphrases: Keyphrase[];
  /** Direct quotations, in order of their opening marks. */
  quotes: Quote[];
  /** Lines that are web leftovers (comment counters, "Leggi anche", a repeated headline). */
  boilerplate: Span[];
  /** What a reader should know about this document (empty, unreadable parts, …). */
  notes: Note[];
}

// ---------------------------------------------------------------------------------------
// Output: the set

/** Documents in one language. */
export interface LangCount {
  /** The language. */
  lang: Lang;
  /** How many documents are in it. */
  documents: number;
}

/** Totals over all documents. */
export interface CorpusSummary {
  /** Documents analysed. */
  documents: number;
  /** Unicode code points. */
  characters: number;
  /** Tokens. */
  tokens: number;
  /** Words (tokens that are not punctuation, symbols or emoji). */
  words: number;
  /** Sentences. */
  sentences: number;
  /** Minutes at 200 words a minute. */
  reading_minutes: number;
  /** Documents per language, in the order it, en, other (empty documents have none). */
  languages: LangCount[];
}

/** Where an entity is mentioned in one document. */
export interface DocumentCount {
  /** Index in `Analysis.documents`. */
  document: number;
  /** Its mentions there. */
  count: number;
  /** Its salience there. */
  salience: number;
  /** The spellings met in that document, commonest first. */
  variants: Variant[];
}

/** One person, place or organization, linked across spellings and documents. */
export interface Entity {
  /** Its index in `Analysis.entities`, which mentions refer to. */
  id: number;
  /** The name to show (`Vladimir Putin`, `Russia`). */
  name: string;
  /** Its type. */
  kind: EntityKind;
  /** Every spelling met, with how often, commonest first. */
  variants: Variant[];
  /** Where it is mentioned, in document order. */
  documents: DocumentCount[];
  /** Its mentions in all documents. */
  mentions: number;
  /** Mentions, an early first mention, presence in a headline, summed over documents, times `confidence`. */
  salience: number;
  /** The confidence of its surest mention, from 0 to 1. */
  confidence: number;
  /** `confidence` is below 0.90: shown only when a reader asks for uncertain names. */
  uncertain: boolean;
}

/** A document and a sentence in it. */
export interface SentenceRef {
  /** Index in `Analysis.documents`. */
  document: number;
  /** Index in that document's `sentences`. */
  sentence: number;
}

/** A point of the brief: one sentence standing for every sentence of the set that reports the same. */
export interface BriefPoint {
  /** The document of the sentence shown (index in `Analysis.documents`). */
  document: number;
  /** The sentence shown (index in that document's `sentences`). */
  sentence: number;
  /** Its score. */
  score: number;
  /** Every sentence of the set that says it, the shown one first. */
  sources: SentenceRef[];
}

/** A quotation of one document. */
export interface QuoteRef {
  /** Index in `Analysis.documents`. */
  document: number;
  /** Index in that document's `quotes`. */
  quote: number;
}

/** A speaker and their quotations across the set. */
export interface Speaker {
  /** The entity's name, or the speaker as written when no entity was linked. */
  name: string;
  /** Index in `Analysis.entities` when the speaker is a linked entity; else `null`. */
  entity: number | null;
  /** Their quotations. */
  quotes: QuoteRef[];
}

/** The result of `analyze` for a set of documents. */
export interface Analysis {
  /** The version of Lente that produced it. */
  version: string;
  /** The unit of every `start`/`end`. */
  offsets: OffsetUnit;
  /** One analysis per input document, in input order. */
  documents: DocumentAnalysis[];
  /** Totals over all documents. */
  corpus: CorpusSummary;
  /** People, places and organizations across all documents, most salient first. */
  entities: Entity[];
  /** The most important points of the whole set, in reading order, each with every document that carries it. */
  brief: BriefPoint[];
  /** Keyphrases of the whole set, favouring those many documents share. */
  keyphrases: SetKeyphrase[];
  /** Who said what: quotations grouped by speaker, speakers with most quotations first. */
  speakers: Speaker[];
  /** How the documents compare: shared points and passages, figures, quote variants. */
  comparison: Comparison;
}

/** How the documents of a set compare. */
export interface Comparison {
  /** Every point that two or more documents report. */
  points: AgreementPoint[];
  /** For each document, its sentences (indexes) that no other document reports. */
  unique: number[][];
  /** Passages shared word for word or nearly, the most widely shared first. */
  passages: SharedPassage[];
  /** Amounts grouped by what they count, those in most documents first. */
  figures: FigureGroup[];
  /** The dates the set names, in time order (dates without a year last). */
  timeline: TimelineDate[];
  /** Quotations that different documents render differently. */
  quote_variants: QuoteVariants[];
}

/** A point two or more documents report. */
export interface AgreementPoint {
  /** The sentences saying it, in document and sentence order. */
  sources: SentenceRef[];
  /** The documents that report it, in order. */
  documents: number[];
}

/** A passage shared by two or more places. */
export interface SharedPassage {
  /** Where it stands in each document (a document repeating itself has two spans). */
  spans: PassageSpan[];
  /** Words in its longest span. */
  words: number;
  /** The share of words matched word for word, from 0 to 1 (1: an exact copy). */
  similarity: number;
}

/** A shared passage's place in one document. */
export interface PassageSpan {
  /** Index in `Analysis.documents`. */
  document: number;
  start: number;
  end: number;
}

/** Amounts that count the same thing, across documents. */
export interface FigureGroup {
  /** What is counted: `quantity:solda` (the counted noun's stem), `money:EUR`, `percent`. */
  label: string;
  items: FigureRef[];
  /** Whether every item gives the same number. */
  agree: boolean;
}

/** A value of one document, with its sentence. */
export interface FigureRef {
  /** Index in `Analysis.documents`. */
  document: number;
  /** Index in that document's `values`. */
  value: number;
  /** Index in that document's `sentences`. */
  sentence: number;
}

/** A date the set names. */
export interface TimelineDate {
  /** ISO 8601, as in `Value.iso`. */
  date: string;
  items: FigureRef[];
}

/** One quotation as different documents render it. */
export interface QuoteVariants {
  /** In document order. */
  quotes: QuoteRef[];
}

// ---------------------------------------------------------------------------------------
// One document at a time

/** One document analysed alone, by `analyzeDocument`. */
export interface DocumentPart {
  /** Its analysis; `mentions`, `entities`, `keyphrases` and quotations' `entity` stay empty until combined. */
  document: DocumentAnalysis;
  /** What `combine` needs of it: opaque bytes, to keep as they came. */
  links: Uint8Array;
}

/** What one document gets from the set. */
export interface DocumentLinks {
  /** Its mentions (`DocumentAnalysis.mentions`). */
  mentions: Mention[];
  /** Its entities (`DocumentAnalysis.entities`). */
  entities: DocumentEntity[];
  /** Its keyphrases (`DocumentAnalysis.keyphrases`). */
  keyphrases: Keyphrase[];
  /** The speaker's entity of each of its quotations (`Quote.entity`). */
  quote_entities: (number | null)[];
}

/** The set-wide part of an `Analysis`, from `combine`. */
export interface SetAnalysis {
  /** Totals over all documents. */
  corpus: CorpusSummary;
  /** People, places and organizations across all documents, most salient first. */
  entities: Entity[];
  /** The most important points of the set. */
  brief: BriefPoint[];
  /** Keyphrases of the whole set. */
  keyphrases: SetKeyphrase[];
  /** Who said what. */
  speakers: Speaker[];
  /** How the documents compare. */
  comparison: Comparison;
  /** What each document gets from the set, in the order of the links given. */
  documents: DocumentLinks[];
}

// ---------------------------------------------------------------------------------------
// Other results

/** The tokens and sentences of one text. */
export interface Tokenization {
  /** The language whose rules were used. */
  lang: Lang;
  /** The unit of every `start`/`end`. */
  offsets: OffsetUnit;
  /** Every token. */
  tokens: Token[];
  /** Every sentence. */
  sentences: TokenSentence[];
}

/** The article of a web page. */
export interface Article {
  /** The headline, when the page has one; else `null`. */
  title: string | null;
  /** The body, one entry per paragraph, heading or list item, in page order. */
  paragraphs: string[];
  /** The headline (if any) and the paragraphs, separated by blank lines. */
  text: string;
}

// ---------------------------------------------------------------------------------------
// Loading

/** Where the wasm module comes from. Default: `lente_bg.wasm` beside lente.js. */
export type WasmSource = string | URL | Response | BufferSource | WebAssembly.Module;

/** Where model files come from: a function returning a file's bytes (the file names are those of modelFiles()). Default: the package's models/ folder beside lente.js (fetch in browsers, fs in Node). */
export type ModelSource = string | URL | ((file: string) => Promise<BufferSource> | BufferSource);

/** Options of `init`. */
export interface InitOptions {
  /** Where the wasm module comes from. */
  wasm?: WasmSource;
  /** The languages whose models to load now. Default `['it', 'en']`; `[]` loads none. */
  models?: readonly ModelLang[];
  /** Where model files come from. */
  modelSource?: ModelSource;
  /** Analyse a few short built-in articles at init, so that the engine has compiled the core
   *  before the first real analysis (which would otherwise take several times longer).
   *  Default `true`. */
  warmUp?: boolean;
}

/** Loads the wasm module and the models asked for. Call it, and wait, before anything else. */
export default function init(options?: InitOptions): Promise<void>;

/** Loads the models of these languages; resolves to the files newly loaded. */
export function loadModels(langs: readonly ModelLang[], source?: ModelSource): Promise<string[]>;

/** Loads the models of the languages these documents are in; resolves to the files newly loaded. */
export function ensureModels(documents: readonly DocumentInput[], options?: AnalyzeOptions, source?: ModelSource): Promise<string[]>;

/** The model files loaded so far. */
export function loadedModels(): string[];

/** The model files of one language, as a `ModelSource` function is asked for them. */
export function modelFiles(lang: ModelLang): string[];

// ---------------------------------------------------------------------------------------
// Analysis

/** Analyzes a set of documents. `progress(done, total)`, when given, is called after each document. */
export function analyze(documents: readonly DocumentInput[], options?: AnalyzeOptions, progress?: (done: number, total: number) => void): Analysis;

/** Analyzes one document alone; `combine` the `links` of a set's documents for the set-wide part. */
export function analyzeDocument(document: DocumentInput, options?: AnalyzeOptions): DocumentPart;

/** The set-wide part of the analysis from the `links` of documents analysed one by one. */
export function combine(links: readonly Uint8Array[], options?: AnalyzeOptions): SetAnalysis;

/** The tokens and sentences of one text. */
export function tokenize(text: string, options?: TokenizeOptions): Tokenization;

/** A self-contained report of an analysis (outlets, brief, who said what, shared passages,
 *  figures, timeline, quote variants, what only one outlet reports) as Markdown (`md`) or a
 *  printable HTML page (`html`); `texts[i]` is document i's text as given to `analyze`. */
export function report(analysis: Analysis, texts: readonly string[], format: 'md' | 'html'): string;

/** The article of a web page's HTML: its headline and body paragraphs. */
export function extract(html: string): Article;

/** The bytes of wasm memory the core holds. Wasm memory grows and never shrinks: after an
 *  `analyze`, `analyzeDocument`, `combine` or `tokenize` that left it over 64 MiB, a fresh
 *  instance of the core (with the models loaded) takes the place of the old one, whose
 *  memory is then freed. */
export function memoryBytes(): number;

/** The language a text is in (`other` when neither Italian nor English). */
export function detectLanguage(text: string): Lang;

/** The version of the core. */
export function version(): string;

/** The bytes of the wasm core: from `source` (a URL, bytes or a Response), else the package's
 *  `core/lente_bg.wasm`. Used by `lente/worker` and `lente/element`; needs no `init()`. */
export function wasmBytes(source?: string | URL | Response | BufferSource): Promise<BufferSource>;

/** The bytes of one model file (a name from `modelFiles`): from `source`, else the package's
 *  `models/` folder. Needs no `init()`. */
export function modelBytes(name: string, source?: ModelSource): Promise<Uint8Array>;
