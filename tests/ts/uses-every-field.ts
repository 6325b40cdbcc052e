// Type-checked, never run (npx tsc -p tests/ts): uses every export of `lente`, `lente/worker`
// and `lente/element` as a program would, and reads every field of every output type.
// `is<T>()(x)` compiles only when x's type is exactly T (not merely assignable to it), and
// `fields<T>()(...)` only when it lists every field of T, so a field added, removed, renamed
// or retyped in the declarations fails here until this file says so too.

import init, {
  analyze,
  analyzeDocument,
  combine,
  detectLanguage,
  ensureModels,
  extract,
  loadModels,
  loadedModels,
  memoryBytes,
  modelFiles,
  report,
  tokenize,
  version,
} from 'lente';
import type {
  AgreementPoint,
  Analysis,
  AnalyzeOptions,
  Article,
  BriefPoint,
  Comparison,
  CorpusSummary,
  Counts,
  DocumentAnalysis,
  Outlet,
  DocumentCount,
  DocumentEntity,
  DocumentInput,
  DocumentLinks,
  DocumentPart,
  Entity,
  EntityKind,
  FigureGroup,
  FigureRef,
  Format,
  InitOptions,
  Keyphrase,
  Lang,
  LangCount,
  Mention,
  ModelLang,
  ModelSource,
  Note,
  NoteCode,
  NoteLevel,
  OffsetUnit,
  PassageSpan,
  Quote,
  QuoteRef,
  QuoteVariants,
  Sentence,
  SentenceRef,
  SetAnalysis,
  SetKeyphrase,
  SharedPassage,
  Span,
  Speaker,
  TimelineDate,
  Token,
  TokenizeOptions,
  Tokenization,
  TokenKind,
  TokenSentence,
  Value,
  ValueKind,
  ValueSpan,
  Variant,
  WasmSource,
} from 'lente';
import { createLenteWorker } from 'lente/worker';
import type { JobControl, LenteWorker, WorkerOptions } from 'lente/worker';
import { configure, LenteAnalyzerElement, LenteArticleElement } from 'lente/element';
import type { LenteErrorDetail, LenteResultDetail } from 'lente/element';

// ---------------------------------------------------------------------------------------
// Helpers

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/** `is<T>()(value)`: `value`, typed `T`; a compile error unless its type is exactly `T`. */
function is<T>() {
  return <U>(value: U, ..._sameType: Equal<T, U> extends true ? [] : [expected: T, got: U]): T => value as unknown as T;
}

/** `fields<T>()('a', 'b')`: a compile error unless the names are exactly the fields of `T`. */
function fields<T>() {
  return <const K extends readonly (keyof T)[]>(...keys: K & (Equal<K[number], keyof T> extends true ? unknown : never)): K => keys;
}

/** Every member of a string union, listed: a compile error unless the list is exactly the union. */
function members<T extends string>() {
  return <const K extends readonly T[]>(...values: K & (Equal<K[number], T> extends true ? unknown : never)): K => values;
}

// ---------------------------------------------------------------------------------------
// Enumerations: every spelling, exactly

members<Lang>()('it', 'en', 'other');
members<ModelLang>()('it', 'en');
members<OffsetUnit>()('utf16', 'utf8', 'char');
members<Format>()('text', 'markdown', 'html');
members<TokenKind>()('word', 'number', 'ordinal', 'date', 'time', 'punct', 'symbol', 'url', 'email', 'domain', 'hashtag', 'mention', 'emoji');
members<EntityKind>()('PER', 'LOC', 'ORG');
members<ValueKind>()('date', 'time', 'number', 'money', 'percent', 'quantity');
members<NoteLevel>()('info', 'warning', 'error');
members<NoteCode>()('empty', 'language-unknown', 'encoding', 'undecodable', 'not-text', 'too-large', 'tokens-not-listed', 'models-missing');

// ---------------------------------------------------------------------------------------
// Output types: every field read, with its exact type

function readAnalysis(a: Analysis): void {
  fields<Analysis>()('version', 'offsets', 'documents', 'corpus', 'entities', 'brief', 'keyphrases', 'speakers', 'comparison');
  const version: string = is<string>()(a.version);
  const offsets: OffsetUnit = is<OffsetUnit>()(a.offsets);
  const documents: DocumentAnalysis[] = is<DocumentAnalysis[]>()(a.documents);
  const corpus: CorpusSummary = is<CorpusSummary>()(a.corpus);
  const entities: Entity[] = is<Entity[]>()(a.entities);
  const brief: BriefPoint[] = is<BriefPoint[]>()(a.brief);
  const keyphrases: SetKeyphrase[] = is<SetKeyphrase[]>()(a.keyphrases);
  const speakers: Speaker[] = is<Speaker[]>()(a.speakers);
  readComparison(is<Comparison>()(a.comparison));
  const md: string = report(a, ['text'], 'md');
  console.log(version, offsets, corpus, md);
  documents.forEach(readDocumentAnalysis);
  entities.forEach(readEntity);
  brief.forEach(readBriefPoint);
  keyphrases.forEach(readSetKeyphrase);
  speakers.forEach(readSpeaker);
  readCorpusSummary(corpus);
}

function readDocumentAnalysis(d: DocumentAnalysis): void {
  fields<DocumentAnalysis>()('id', 'name', 'outlet', 'format', 'encoding', 'text', 'title', 'lang', 'counts', 'tokens', 'sentences', 'summary', 'mentions', 'entities', 'values', 'keyphrases', 'quotes', 'boilerplate', 'notes');
  const id: string = is<string>()(d.id);
  const name: string = is<string>()(d.name);
  fields<Outlet>()('name', 'from');
  const outlet: string = is<string>()(d.outlet.name);
  const from: 'page' | 'text' | 'file' | 'reader' = is<'page' | 'text' | 'file' | 'reader'>()(d.outlet.from);
  members<Outlet['from']>()('page', 'text', 'file', 'reader');
  const format: Format = is<Format>()(d.format);
  const encoding: string | undefined = is<string | undefined>()(d.encoding);
  const text: string | undefined = is<string | undefined>()(d.text);
  const title: Span | null = is<Span | null>()(d.title);
  const lang: Lang = is<Lang>()(d.lang);
  const counts: Counts = is<Counts>()(d.counts);
  const tokens: Token[] = is<Token[]>()(d.tokens);
  const sentences: Sentence[] = is<Sentence[]>()(d.sentences);
  const summary: number[] = is<number[]>()(d.summary);
  const mentions: Mention[] = is<Mention[]>()(d.mentions);
  const entities: DocumentEntity[] = is<DocumentEntity[]>()(d.entities);
  const values: ValueSpan[] = is<ValueSpan[]>()(d.values);
  const keyphrases: Keyphrase[] = is<Keyphrase[]>()(d.keyphrases);
  const quotes: Quote[] = is<Quote[]>()(d.quotes);
  const boilerplate: Span[] = is<Span[]>()(d.boilerplate);
  const notes: Note[] = is<Note[]>()(d.notes);
  console.log(id, name, format, encoding, text, lang, summary);
  if (title !== null) readSpan(title);
  readCounts(counts);
  tokens.forEach(readToken);
  sentences.forEach(readSentence);
  mentions.forEach(readMention);
  entities.forEach(readDocumentEntity);
  values.forEach(readValueSpan);
  keyphrases.forEach(readKeyphrase);
  quotes.forEach(readQuote);
  boilerplate.forEach(readSpan);
  notes.forEach(readNote);
  // Offsets slice the text the analysis gives, or else the input.
  const source = d.text ?? '';
  for (const t of d.tokens) console.log(source.slice(t.start, t.end), t.kind);
}

function readSpan(s: Span): void {
  fields<Span>()('start', 'end');
  const start: number = is<number>()(s.start);
  const end: number = is<number>()(s.end);
  console.log(start, end);
}

function readCounts(c: Counts): void {
  fields<Counts>()('characters', 'tokens', 'words', 'sentences', 'paragraphs', 'reading_minutes');
  const characters: number = is<number>()(c.characters);
  const tokens: number = is<number>()(c.tokens);
  const words: number = is<number>()(c.words);
  const sentences: number = is<number>()(c.sentences);
  const paragraphs: number = is<number>()(c.paragraphs);
  const readingMinutes: number = is<number>()(c.reading_minutes);
  console.log(characters, tokens, words, sentences, paragraphs, readingMinutes);
}

function readToken(t: Token): void {
  fields<Token>()('start', 'end', 'kind');
  const start: number = is<number>()(t.start);
  const end: number = is<number>()(t.end);
  const kind: TokenKind = is<TokenKind>()(t.kind);
  console.log(start, end, kind);
}

function readSentence(s: Sentence): void {
  fields<Sentence>()('start', 'end', 'first_token', 'end_token', 'score');
  const start: number = is<number>()(s.start);
  const end: number = is<number>()(s.end);
  const firstToken: number = is<number>()(s.first_token);
  const endToken: number = is<number>()(s.end_token);
  const score: number | null = is<number | null>()(s.score);
  console.log(start, end, firstToken, endToken, score);
}

function readTokenSentence(s: TokenSentence): void {
  fields<TokenSentence>()('start', 'end', 'first_token', 'end_token');
  const start: number = is<number>()(s.start);
  const end: number = is<number>()(s.end);
  const firstToken: number = is<number>()(s.first_token);
  const endToken: number = is<number>()(s.end_token);
  console.log(start, end, firstToken, endToken);
}

function readMention(m: Mention): void {
  fields<Mention>()('start', 'end', 'kind', 'entity', 'confidence');
  const start: number = is<number>()(m.start);
  const end: number = is<number>()(m.end);
  const kind: EntityKind = is<EntityKind>()(m.kind);
  const entity: number = is<number>()(m.entity);
  const confidence: number = is<number>()(m.confidence);
  console.log(start, end, kind, entity, confidence);
}

function readVariant(v: Variant): void {
  fields<Variant>()('text', 'count');
  const text: string = is<string>()(v.text);
  const count: number = is<number>()(v.count);
  console.log(text, count);
}

function readDocumentEntity(e: DocumentEntity): void {
  fields<DocumentEntity>()('entity', 'count', 'salience', 'variants');
  const entity: number = is<number>()(e.entity);
  const count: number = is<number>()(e.count);
  const salience: number = is<number>()(e.salience);
  const variants: Variant[] = is<Variant[]>()(e.variants);
  console.log(entity, count, salience);
  variants.forEach(readVariant);
}

function readValue(v: Value): void {
  fields<Value>()('iso', 'number', 'unit');
  const iso: string | undefined = is<string | undefined>()(v.iso);
  const number: number | undefined = is<number | undefined>()(v.number);
  const unit: string | undefined = is<string | undefined>()(v.unit);
  console.log(iso, number, unit);
}

function readValueSpan(v: ValueSpan): void {
  fields<ValueSpan>()('start', 'end', 'kind', 'value');
  const start: number = is<number>()(v.start);
  const end: number = is<number>()(v.end);
  const kind: ValueKind = is<ValueKind>()(v.kind);
  const value: Value = is<Value>()(v.value);
  console.log(start, end, kind);
  readValue(value);
}

function readKeyphrase(k: Keyphrase): void {
  fields<Keyphrase>()('text', 'key', 'score', 'count');
  const text: string = is<string>()(k.text);
  const key: string = is<string>()(k.key);
  const score: number = is<number>()(k.score);
  const count: number = is<number>()(k.count);
  console.log(text, key, score, count);
}

function readQuote(q: Quote): void {
  fields<Quote>()('start', 'end', 'speaker', 'entity', 'scare');
  const start: number = is<number>()(q.start);
  const end: number = is<number>()(q.end);
  const speaker: Span | null = is<Span | null>()(q.speaker);
  const entity: number | null = is<number | null>()(q.entity);
  const scare: boolean = is<boolean>()(q.scare);
  console.log(start, end, entity, scare);
  if (speaker) readSpan(speaker);
}

function readNote(n: Note): void {
  fields<Note>()('level', 'code', 'message');
  const level: NoteLevel = is<NoteLevel>()(n.level);
  const code: NoteCode = is<NoteCode>()(n.code);
  const message: string = is<string>()(n.message);
  console.log(level, code, message);
}

function readLangCount(l: LangCount): void {
  fields<LangCount>()('lang', 'documents');
  const lang: Lang = is<Lang>()(l.lang);
  const documents: number = is<number>()(l.documents);
  console.log(lang, documents);
}

function readCorpusSummary(c: CorpusSummary): void {
  fields<CorpusSummary>()('documents', 'characters', 'tokens', 'words', 'sentences', 'reading_minutes', 'languages');
  const documents: number = is<number>()(c.documents);
  const characters: number = is<number>()(c.characters);
  const tokens: number = is<number>()(c.tokens);
  const words: number = is<number>()(c.words);
  const sentences: number = is<number>()(c.sentences);
  const readingMinutes: number = is<number>()(c.reading_minutes);
  const languages: LangCount[] = is<LangCount[]>()(c.languages);
  console.log(documents, characters, tokens, words, sentences, readingMinutes);
  languages.forEach(readLangCount);
}

function readDocumentCount(d: DocumentCount): void {
  fields<DocumentCount>()('document', 'count', 'salience', 'variants');
  const document: number = is<number>()(d.document);
  const count: number = is<number>()(d.count);
  const salience: number = is<number>()(d.salience);
  const variants: Variant[] = is<Variant[]>()(d.variants);
  console.log(document, count, salience);
  variants.forEach(readVariant);
}

function readEntity(e: Entity): void {
  fields<Entity>()('id', 'name', 'kind', 'variants', 'documents', 'mentions', 'salience', 'confidence', 'uncertain');
  const id: number = is<number>()(e.id);
  const name: string = is<string>()(e.name);
  const kind: EntityKind = is<EntityKind>()(e.kind);
  const variants: Variant[] = is<Variant[]>()(e.variants);
  const documents: DocumentCount[] = is<DocumentCount[]>()(e.documents);
  const mentions: number = is<number>()(e.mentions);
  const salience: number = is<number>()(e.salience);
  const confidence: number = is<number>()(e.confidence);
  const uncertain: boolean = is<boolean>()(e.uncertain);
  console.log(id, name, kind, mentions, salience, confidence, uncertain);
  variants.forEach(readVariant);
  documents.forEach(readDocumentCount);
}

function readSentenceRef(r: SentenceRef): void {
  fields<SentenceRef>()('document', 'sentence');
  const document: number = is<number>()(r.document);
  const sentence: number = is<number>()(r.sentence);
  console.log(document, sentence);
}

function readBriefPoint(b: BriefPoint): void {
  fields<BriefPoint>()('document', 'sentence', 'score', 'sources');
  const document: number = is<number>()(b.document);
  const sentence: number = is<number>()(b.sentence);
  const score: number = is<number>()(b.score);
  const sources: SentenceRef[] = is<SentenceRef[]>()(b.sources);
  console.log(document, sentence, score);
  sources.forEach(readSentenceRef);
}

function readComparison(c: Comparison): void {
  fields<Comparison>()('points', 'unique', 'passages', 'figures', 'timeline', 'quote_variants');
  is<AgreementPoint[]>()(c.points).forEach((p) => {
    fields<AgreementPoint>()('sources', 'documents');
    is<SentenceRef[]>()(p.sources).forEach(readSentenceRef);
    console.log(is<number[]>()(p.documents));
  });
  console.log(is<number[][]>()(c.unique));
  is<SharedPassage[]>()(c.passages).forEach((p) => {
    fields<SharedPassage>()('spans', 'words', 'similarity');
    is<PassageSpan[]>()(p.spans).forEach((s) => {
      fields<PassageSpan>()('document', 'start', 'end');
      console.log(is<number>()(s.document), is<number>()(s.start), is<number>()(s.end));
    });
    console.log(is<number>()(p.words), is<number>()(p.similarity));
  });
  is<FigureGroup[]>()(c.figures).forEach((g) => {
    fields<FigureGroup>()('label', 'items', 'agree');
    console.log(is<string>()(g.label), is<boolean>()(g.agree));
    is<FigureRef[]>()(g.items).forEach(readFigureRef);
  });
  is<TimelineDate[]>()(c.timeline).forEach((t) => {
    fields<TimelineDate>()('date', 'items');
    console.log(is<string>()(t.date));
    is<FigureRef[]>()(t.items).forEach(readFigureRef);
  });
  is<QuoteVariants[]>()(c.quote_variants).forEach((v) => {
    fields<QuoteVariants>()('quotes');
    is<QuoteRef[]>()(v.quotes).forEach((q) => console.log(q.document, q.quote));
  });
}

function readFigureRef(f: FigureRef): void {
  fields<FigureRef>()('document', 'value', 'sentence');
  console.log(is<number>()(f.document), is<number>()(f.value), is<number>()(f.sentence));
}

function readSetKeyphrase(k: SetKeyphrase): void {
  fields<SetKeyphrase>()('text', 'key', 'score', 'documents');
  const text: string = is<string>()(k.text);
  const key: string = is<string>()(k.key);
  const score: number = is<number>()(k.score);
  const documents: number[] = is<number[]>()(k.documents);
  console.log(text, key, score, documents);
}

function readQuoteRef(q: QuoteRef): void {
  fields<QuoteRef>()('document', 'quote');
  const document: number = is<number>()(q.document);
  const quote: number = is<number>()(q.quote);
  console.log(document, quote);
}

function readSpeaker(s: Speaker): void {
  fields<Speaker>()('name', 'entity', 'quotes');
  const name: string = is<string>()(s.name);
  const entity: number | null = is<number | null>()(s.entity);
  const quotes: QuoteRef[] = is<QuoteRef[]>()(s.quotes);
  console.log(name, entity);
  quotes.forEach(readQuoteRef);
}

function readDocumentPart(p: DocumentPart): void {
  fields<DocumentPart>()('document', 'links');
  const document: DocumentAnalysis = is<DocumentAnalysis>()(p.document);
  const links: Uint8Array = is<Uint8Array>()(p.links);
  readDocumentAnalysis(document);
  console.log(links.byteLength);
}

function readDocumentLinks(l: DocumentLinks): void {
  fields<DocumentLinks>()('mentions', 'entities', 'keyphrases', 'quote_entities');
  const mentions: Mention[] = is<Mention[]>()(l.mentions);
  const entities: DocumentEntity[] = is<DocumentEntity[]>()(l.entities);
  const keyphrases: Keyphrase[] = is<Keyphrase[]>()(l.keyphrases);
  const quoteEntities: (number | null)[] = is<(number | null)[]>()(l.quote_entities);
  mentions.forEach(readMention);
  entities.forEach(readDocumentEntity);
  keyphrases.forEach(readKeyphrase);
  console.log(quoteEntities);
}

function readSetAnalysis(s: SetAnalysis): void {
  fields<SetAnalysis>()('corpus', 'entities', 'brief', 'keyphrases', 'speakers', 'comparison', 'documents');
  readComparison(is<Comparison>()(s.comparison));
  const corpus: CorpusSummary = is<CorpusSummary>()(s.corpus);
  const entities: Entity[] = is<Entity[]>()(s.entities);
  const brief: BriefPoint[] = is<BriefPoint[]>()(s.brief);
  const keyphrases: SetKeyphrase[] = is<SetKeyphrase[]>()(s.keyphrases);
  const speakers: Speaker[] = is<Speaker[]>()(s.speakers);
  const documents: DocumentLinks[] = is<DocumentLinks[]>()(s.documents);
  readCorpusSummary(corpus);
  entities.forEach(readEntity);
  brief.forEach(readBriefPoint);
  keyphrases.forEach(readSetKeyphrase);
  speakers.forEach(readSpeaker);
  documents.forEach(readDocumentLinks);
}

function readTokenization(t: Tokenization): void {
  fields<Tokenization>()('lang', 'offsets', 'tokens', 'sentences');
  const lang: Lang = is<Lang>()(t.lang);
  const offsets: OffsetUnit = is<OffsetUnit>()(t.offsets);
  const tokens: Token[] = is<Token[]>()(t.tokens);
  const sentences: TokenSentence[] = is<TokenSentence[]>()(t.sentences);
  console.log(lang, offsets);
  tokens.forEach(readToken);
  sentences.forEach(readTokenSentence);
}

function readArticle(a: Article): void {
  fields<Article>()('title', 'paragraphs', 'text');
  const title: string | null = is<string | null>()(a.title);
  const paragraphs: string[] = is<string[]>()(a.paragraphs);
  const text: string = is<string>()(a.text);
  console.log(title, paragraphs, text);
}

// ---------------------------------------------------------------------------------------
// Input types: every field given

fields<DocumentInput>()('id', 'name', 'text', 'bytes', 'format');
fields<AnalyzeOptions>()('lang', 'offsets', 'tokens', 'token_limit', 'max_bytes', 'summary_sentences', 'brief_points');
fields<TokenizeOptions>()('lang', 'offsets', 'format');
fields<InitOptions>()('wasm', 'models', 'modelSource', 'warmUp');
fields<WorkerOptions>()('wasm', 'modelSource');
fields<JobControl>()('onProgress', 'signal');

const everyDocumentField: DocumentInput = { id: 'a', name: 'a.html', text: '<p>Ciao</p>', bytes: new Uint8Array([0x43, 0x69, 0x61, 0x6f]), format: 'html' };
const everyOption: AnalyzeOptions = { lang: 'it', offsets: 'utf16', tokens: true, token_limit: 200_000, max_bytes: 20_000_000, summary_sentences: 3, brief_points: 8 };
const documents: readonly DocumentInput[] = [
  everyDocumentField,
  { text: 'Il presidente russo Vladimir Putin incontra Kim Jong-un.' },
  { name: 'notes.md', text: '# Titolo\n\nTesto.', format: 'markdown' },
  { bytes: new Uint8Array(0) },
  {},
];

// ---------------------------------------------------------------------------------------
// The `lente` module

async function useLente(): Promise<void> {
  await init();
  await init({});
  await init({ wasm: 'pkg/lente_bg.wasm', models: ['it'], modelSource: 'pkg/models/' });
  await init({ wasm: new URL('https://example.org/lente_bg.wasm'), models: [], warmUp: false });
  await init({ wasm: await fetch('lente_bg.wasm') });
  await init({ wasm: new ArrayBuffer(8) });
  await init({ wasm: new Uint8Array(8) });
  const compiled: WebAssembly.Module = await WebAssembly.compile(new Uint8Array(8));
  const wasmSources: WasmSource[] = ['lente_bg.wasm', new URL('file:///lente_bg.wasm'), new Response(null), new ArrayBuffer(0), compiled];
  await init({ wasm: wasmSources[0]!, models: ['it', 'en'] as const });

  const fromFunction: ModelSource = async (file: string) => new Uint8Array(await (await fetch(`models/${file}`)).arrayBuffer());
  const fromSyncFunction: ModelSource = (file: string) => new TextEncoder().encode(file);
  const modelSources: ModelSource[] = ['models/', new URL('https://example.org/models/'), fromFunction, fromSyncFunction];
  await init({ modelSource: modelSources[2]! });

  const loaded: string[] = await loadModels(['en']);
  const loadedToo: string[] = await loadModels(['it', 'en'], fromFunction);
  const ensured: string[] = await ensureModels(documents);
  const ensuredToo: string[] = await ensureModels(documents, { lang: 'en' }, 'models/');
  const all: string[] = loadedModels();
  const files: string[] = [...modelFiles('it'), ...modelFiles('en')];
  console.log(loaded, loadedToo, ensured, ensuredToo, all, files);

  readAnalysis(analyze(documents));
  readAnalysis(analyze([{ text: 'Hello.' }], everyOption));
  readAnalysis(analyze(documents, { offsets: 'char', tokens: false }, (done: number, total: number) => console.log(done, total)));
  readAnalysis(analyze([], undefined, (done) => console.log(done)));

  const parts: DocumentPart[] = documents.map((d) => analyzeDocument(d, { lang: 'other' }));
  parts.forEach(readDocumentPart);
  const { document, links }: { document: DocumentAnalysis; links: Uint8Array } = analyzeDocument({ text: 'Ciao.' });
  readDocumentAnalysis(document);
  const set: SetAnalysis = combine(parts.map((p) => p.links));
  readSetAnalysis(set);
  readSetAnalysis(combine([links], everyOption));

  readTokenization(tokenize('Ciao, mondo.'));
  readTokenization(tokenize('Hello.', { lang: 'auto', offsets: 'utf8' }));
  readTokenization(tokenize('Hello.', { lang: 'en' }));
  readArticle(extract('<html><body><h1>Titolo</h1><p>Testo.</p></body></html>'));
  const lang: Lang = detectLanguage('Il presidente incontra il cancelliere.');
  const v: string = version();
  const bytes: number = memoryBytes();
  console.log(lang, v, bytes);
}

// ---------------------------------------------------------------------------------------
// The `lente/worker` module

async function useWorker(): Promise<void> {
  const worker: LenteWorker = createLenteWorker();
  const configured: LenteWorker = createLenteWorker({ wasm: new URL('https://example.org/lente_bg.wasm'), modelSource: (file) => new Uint8Array(file.length) });
  const { version: workerVersion }: { version: string } = await worker.ready;
  console.log(workerVersion);
  const controller = new AbortController();
  const control: JobControl = { onProgress: (done: number, total: number) => console.log(done, total), signal: controller.signal };
  readAnalysis(await worker.analyze(documents));
  readAnalysis(await worker.analyze(documents, { lang: 'it' }));
  readAnalysis(await worker.analyze(documents, undefined, control));
  readAnalysis(await configured.analyze([{ text: 'x' }], everyOption, { signal: AbortSignal.timeout(1000) }));
  readTokenization(await worker.tokenize('Ciao.'));
  readTokenization(await worker.tokenize('Ciao.', { lang: 'it', offsets: 'char' }, control));
  readArticle(await worker.extract('<p>Ciao</p>'));
  readArticle(await worker.extract('<p>Ciao</p>', { onProgress: () => {} }));
  controller.abort();
  worker.terminate();
  configured.terminate();
}

// ---------------------------------------------------------------------------------------
// The `lente/element` module

async function useElements(): Promise<void> {
  configure({ wasm: 'pkg/lente_bg.wasm', modelSource: 'pkg/models/' });
  configure({});

  const article: LenteArticleElement | null = document.querySelector('lente-article');
  if (article) {
    const text: string = article.text;
    article.text = `${text} Più testo.`;
    const ready: DocumentAnalysis = await article.ready;
    readDocumentAnalysis(ready);
    const current: DocumentAnalysis | null = is<DocumentAnalysis | null>()(article.analysis);
    if (current) readDocumentAnalysis(current);
    article.setAttribute('lang', 'it');
    article.setAttribute('summary', '3');
  }

  const analyzer: LenteAnalyzerElement = document.createElement('lente-analyzer');
  analyzer.setAttribute('lang', 'en');
  analyzer.setAttribute('panels', 'brief entities');
  document.body.append(analyzer);
  analyzer.addEventListener('lente-result', (e) => {
    const detail: LenteResultDetail = is<Analysis>()(e.detail);
    const fromEvent: DocumentAnalysis[] = e.detail.documents;
    console.log(detail.version, fromEvent.length);
  });
  analyzer.addEventListener('lente-error', (e: CustomEvent<LenteErrorDetail>) => {
    const message: string = is<string>()(e.detail.message);
    console.error(message);
  });
  document.querySelector('lente-analyzer')?.addEventListener('lente-result', (e) => e.detail.documents);
  readAnalysis(await analyzer.analyze(documents));
  const shown: Analysis | null = is<Analysis | null>()(analyzer.analysis);
  if (shown) readAnalysis(shown);

  const made: LenteArticleElement = document.createElement('lente-article');
  const elements: HTMLElement[] = [made, analyzer, new LenteArticleElement(), new LenteAnalyzerElement()];
  console.log(elements.length);
}

export { useElements, useLente, useWorker };
