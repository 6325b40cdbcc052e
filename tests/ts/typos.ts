// Must NOT compile (npx tsc -p tests/ts/tsconfig.typos.json): each line whose comment starts
// with the word error is a mistake the declarations must catch, and tsc must report an error
// on exactly those lines.
// Every other line is correct, so an error elsewhere means the test itself is wrong.

import init, { analyze, analyzeDocument, combine, detectLanguage, extract, loadModels, modelFiles, tokenize } from 'lente';
import type { Analysis, AnalyzeOptions, DocumentAnalysis, DocumentInput, Lang } from 'lente';
import { createLenteWorker } from 'lente/worker';
import { configure } from 'lente/element';

declare const a: Analysis;
declare const d: DocumentAnalysis;

// Misspelt fields of the output.
const s1: number = d.entitties[0].salence; // error
const s2: number = d.entities[0]!.salence; // error
const s3 = a.documents[0]!.sentence; // error
const s4 = a.corpus.reading_minute; // error
const s5 = a.speakers[0]!.quotes[0]!.quotation; // error
const s6 = a.documents[0]!.tokens[0]!.text; // error
const s7 = a.brief[0]!.text; // error
const s8 = a.entities[0]!.type; // error
const s9 = d.counts.readingMinutes; // error

// Wrong types.
const n: string = a.documents[0].counts.words; // error
const t: string = d.title; // error
const e: number = d.quotes[0]!.entity; // error
const o: string = d.encoding; // error
const iso: string = d.values[0]!.value.iso; // error
const kind: 'person' = a.entities[0]!.kind; // error
const token: 'noun' = d.tokens[0]!.kind; // error
const lang: 'de' = d.lang; // error
const offsets: 'bytes' = a.offsets; // error
const level: 'fatal' = d.notes[0]!.level; // error
d.id = 42; // error

// Wrong calls.
analyze('not an array', 42); // error
analyze([], {tokenz: true}); // error
analyze([], {lang: 'fr'}); // error
analyze([], {offsets: 'utf32'}); // error
analyze([{text: 1}]); // error
analyze([{txt: 'Ciao'}]); // error
analyze([{text: 'Ciao', format: 'pdf'}]); // error
analyze([{bytes: [67, 105, 97, 111]}]); // error
analyze([], {}, (done: string) => done); // error
analyzeDocument([{text: 'Ciao'}]); // error
combine([analyzeDocument({text: 'Ciao'})]); // error
tokenize('Ciao', 'it'); // error
tokenize('Ciao', {lang: 'fr'}); // error
extract(42); // error
const guessed: 'it' | 'en' = detectLanguage('Ciao'); // error
init({models: ['fr']}); // error
init({modelSource: 42}); // error
loadModels(['other']); // error
modelFiles('other'); // error
createLenteWorker().analyze([{text: 1}]); // error
createLenteWorker({models: ['it']}); // error
createLenteWorker().analyze([], {}, {onProgress: (done: string) => done}); // error
configure({modelSource: 42}); // error

// The elements.
document.querySelector('lente-article')!.analysis!.entitiez; // error
document.querySelector('lente-analyzer')!.analysis!.documents[0]!.entitiez; // error
document.querySelector('lente-article')!.ready.then((r) => r.documents); // error
document.querySelector('lente-analyzer')!.addEventListener('lente-result', (e) => e.detail.entitiez); // error
document.querySelector('lente-analyzer')!.addEventListener('lente-error', (e) => e.detail.code); // error
const article: HTMLDivElement = document.createElement('lente-article'); // error

// Correct uses, which must stay free of errors.
const fine: AnalyzeOptions = {lang: 'it', offsets: 'char'};
const docs: DocumentInput[] = [{text: 'Ciao'}];
const l: Lang = detectLanguage('Ciao');
export { s1, s2, s3, s4, s5, s6, s7, s8, s9, n, t, e, o, iso, kind, token, lang, offsets, level, guessed, article, fine, docs, l };
