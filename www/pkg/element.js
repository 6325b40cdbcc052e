// lente/element: Lente's web components. Importing this module defines
//   <lente-analyzer>  the whole analyzer of the page in one element: drop, pick or paste
//                     articles, or give them to analyze(); the set's brief, how the outlets
//                     compare, key phrases, who said what, entities, and one card per article;
//   <lente-article>   its own text, annotated in place: names, dates and numbers, quotations,
//                     and (attribute `summary`) its summary above the text.
// Both run the core in Web Workers (one per analyzer; one shared by every article of the
// page), draw in an open shadow root that the page's styles cannot break (theme them with
// the custom properties --ink, --muted, --line, --paper, --card, --accent, --accent-soft and
// with ::part()), set user text through textContent only, and fire `lente-result` and
// `lente-error`, which bubble and cross shadow roots. Types and documentation: element.d.ts.
import { modelBytes } from './lente.js';
import { compileCore, createLenteWorker } from './worker.js';

/** wasm-bindgen's classic glue and the worker's code; the analyzer's markup (www/analyzer.html)
 *  and style (www/style.css); set by scripts/assemble-package.mjs. */
const WORKER_SOURCE = '/*WORKER_SOURCE*/';
const MARKUP = '/*MARKUP*/';
const STYLE = '/*STYLE*/';

// www/app.js: lenteApp(root, source), the analyzer itself (shared with dist/index.html).
/*APP*/

const LANGS = new Set(['it', 'en', 'other']);
const PANELS = {
  brief: '.brief-panel', compare: '.compare-panel', keyphrases: '.keyphrase-panel', quotes: '.quote-panel', entities: '.entity-panel',
  documents: '#results', search: '#search', downloads: '#export',
};
const KIND_NAMES = { PER: 'person', LOC: 'place', ORG: 'organization' };

// ---------------------------------------------------------------- configuration

/** Where the elements created from now on get the core: {wasm, modelSource}. Each settings
 *  object keeps the articles' shared worker (compiled cores are shared by source: compileCore). */
let settings = Object.freeze({});
const articleWorkers = new WeakMap();

/** Sets where the elements created after this call get the wasm core and the model files
 *  (defaults: the package's core/lente_bg.wasm and models/, beside lente.js). */
export function configure(options = {}) {
  if (options === null || typeof options !== 'object') throw new TypeError('lente: configure() takes {wasm?, modelSource?}');
  const { wasm, modelSource } = options;
  settings = Object.freeze({ wasm, modelSource });
}

/** An error message as the elements give it: starting with `lente:`. */
function lenteMessage(err) {
  const text = String(err?.message ?? err);
  return text.startsWith('lente:') ? text : `lente: ${text}`;
}

function fire(target, type, detail) {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

function langOf(element) {
  const lang = element.getAttribute('lang')?.trim().toLowerCase();
  return LANGS.has(lang) ? lang : null;
}

// ---------------------------------------------------------------- <lente-analyzer>

let analyzerStyle = null;

/** The page's style for a shadow root: the custom properties of `:root` become fallbacks of
 *  every var() (so values set outside, on the element or inherited, win), the page's body
 *  rule styles the analyzer's <main>, and the host is a block. */
function shadowStyle(css) {
  const rootRule = /:root\s*\{([^}]*)\}/.exec(css);
  const defaults = new Map();
  const rest = [];
  for (const declaration of rootRule[1].split(';')) {
    const property = /^\s*(--[\w-]+)\s*:\s*([^]*?)\s*$/.exec(declaration);
    if (property) defaults.set(property[1], property[2]);
    else if (declaration.trim()) rest.push(declaration.trim());
  }
  const bodyRule = /(^|\n)body\s*\{([^}]*)\}/.exec(css);
  const body = bodyRule ? bodyRule[2].split(';').map((d) => d.trim()).filter((d) => d && !/^(margin|background)\b/.test(d)) : [];
  css = css.replace(rootRule[0], `:host { display: block; background: var(--paper); ${rest.map((d) => `${d}; `).join('')}}\n:host([hidden]) { display: none; }`);
  if (bodyRule) css = css.replace(bodyRule[0], `${bodyRule[1]}#app { ${body.map((d) => `${d}; `).join('')}}`);
  return css.replace(/var\((--[\w-]+)\)/g, (all, name) => (defaults.has(name) ? `var(${name}, ${defaults.get(name)})` : all));
}

/** `part` names of the analyzer's main blocks (element ids of www/analyzer.html). */
const ANALYZER_PARTS = {
  app: 'app', drop: 'drop-zone', 'paste-box': 'paste', status: 'status', working: 'progress',
  messages: 'messages', corpus: 'corpus', export: 'downloads', search: 'panel search-panel', overview: 'overview', results: 'results',
};

export class LenteAnalyzerElement extends HTMLElement {
  static observedAttributes = ['lang', 'panels'];

  #config = settings;
  #app = null;
  #analysis = null;
  /** Results sent so far, and the last error message. */
  #results = 0;
  #lastError = null;
  #panelStyle;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = analyzerStyle ??= shadowStyle(STYLE);
    this.#panelStyle = document.createElement('style');
    // MARKUP is the package's own markup, never user text.
    const template = document.createElement('template');
    template.innerHTML = MARKUP;
    root.append(style, this.#panelStyle, template.content);
    for (const [id, part] of Object.entries(ANALYZER_PARTS)) root.getElementById(id)?.setAttribute('part', part);
    for (const button of root.querySelectorAll('button, .button')) button.part.add('button');
    this.#showPanels();
  }

  connectedCallback() {
    this.#start();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'panels') this.#showPanels();
    else if (name === 'lang' && this.#app) this.#app.reanalyze();
  }

  /** The last analysis shown; null before the first. */
  get analysis() {
    return this.#analysis;
  }

  /** Adds `documents` ([{name?, text} | {name?, bytes}]) and resolves with the Analysis of the
   *  whole set once it is shown; rejects if none of them could be analysed. */
  async analyze(documents) {
    if (!Array.isArray(documents)) throw new TypeError('lente: analyze() takes a list of documents such as [{name, text}]');
    const list = documents.map((d, i) => {
      if (d === null || typeof d !== 'object' || (typeof d.text !== 'string' && !(d.bytes instanceof Uint8Array))) {
        throw new TypeError(`lente: document ${i} should have a text (a string) or bytes (a Uint8Array)`);
      }
      const { text, bytes, format, id } = d;
      const source = bytes instanceof Uint8Array ? { bytes } : { text };
      if (format != null) source.format = format;
      if (id != null) source.id = String(id);
      return { name: d.name == null ? `Document ${i + 1}` : String(d.name), ...source };
    });
    this.#lastError = null;
    const before = this.#results;
    await this.#start().add(list);
    if (this.#results === before) throw new Error(this.#lastError ?? 'lente: the documents could not be analysed');
    return this.#analysis;
  }

  #start() {
    const config = this.#config;
    this.#app ??= lenteApp(this.shadowRoot, {
      workerSource: WORKER_SOURCE,
      module: () => compileCore(config.wasm),
      model: (name) => modelBytes(name, config.modelSource),
      samples: [],
      options: () => {
        const lang = langOf(this);
        return lang ? { lang } : {};
      },
      onResult: (analysis) => {
        this.#analysis = analysis;
        this.#results++;
        fire(this, 'lente-result', analysis);
      },
      onError: (message) => {
        this.#lastError = lenteMessage(message);
        fire(this, 'lente-error', { message: this.#lastError });
      },
    });
    return this.#app;
  }

  /** Hides the panels not named in `panels` (all are shown when it is absent). */
  #showPanels() {
    const value = this.getAttribute('panels');
    const wanted = new Set(value == null ? Object.keys(PANELS) : value.split(/\s+/).filter(Boolean));
    const hidden = Object.entries(PANELS).filter(([name]) => !wanted.has(name)).map(([, selector]) => selector);
    this.#panelStyle.textContent = hidden.length ? `${hidden.join(', ')} { display: none !important; }` : '';
  }
}

// ---------------------------------------------------------------- <lente-article>

const ARTICLE_STYLE = `
:host { display: block; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.article { color: var(--ink, #1f2328); }
.summary { margin: 0 0 1em; padding: 0.5em 0.9em; border-left: 3px solid var(--accent, #1d5c8f); background: var(--accent-soft, #e8f0f7); border-radius: 0 6px 6px 0; }
.summary[hidden] { display: none; }
.summary h2 { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.06em; margin: 0 0 0.3em; color: var(--muted, #5b636d); font-weight: 600; }
.summary ul { margin: 0; padding-left: 1.2em; }
.summary li { margin: 0.2em 0; }
.text p { margin: 0 0 0.9em; white-space: pre-line; overflow-wrap: anywhere; }
/* A long text is drawn in blocks the browser lays out only when they come near the screen. */
.block { content-visibility: auto; }
mark { color: inherit; background: var(--kb); border-bottom: 2px solid var(--kc); border-radius: 2px; padding: 0 1px; }
mark.PER { --kc: #0072b2; --kb: #e3eef7; }
mark.LOC { --kc: #d55e00; --kb: #fbeadf; border-bottom-style: dashed; }
mark.ORG { --kc: #009e73; --kb: #e0f3ec; border-bottom-style: double; border-bottom-width: 3px; }
mark.value { --kc: #8a4f7d; --kb: #f4e8f1; border-bottom-style: dotted; }
mark.quote { background: none; border-bottom: none; padding: 0; font-style: italic; box-shadow: inset 2px 0 0 var(--accent, #1d5c8f); }
`;

/** The paragraphs of `text`: [start, end) ranges between blank lines, their edges trimmed. */
function paragraphs(text) {
  const ranges = [];
  const blank = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  const add = (start, end) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) ranges.push({ start, end, node: null });
  };
  for (let m; (m = blank.exec(text));) {
    add(from, m.index);
    from = m.index + m[0].length;
  }
  add(from, text.length);
  return ranges;
}

/** The quotations to mark: speech only (not scare quotes), outermost only, in text order. */
function quotationsOf(doc, analysis, text) {
  const outer = [];
  let reach = 0;
  for (const q of doc.quotes) {
    if (q.scare || q.start < reach) continue;
    reach = q.end;
    outer.push(q);
  }
  return outer.map((q) => {
    const speaker = q.entity != null ? analysis.entities[q.entity]?.name : q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null;
    return { start: q.start, end: q.end, cls: 'quote', part: 'quote', title: speaker ? `quotation: ${speaker}` : 'quotation' };
  });
}

/** The names (not those the tagger is unsure of) and values to mark, merged in text order
 *  as they are asked for; of two that overlap, the first wins. `next(at)`: the first one
 *  starting at `at` or after, or null. */
function namesAndValues(doc, analysis) {
  const { mentions, values } = doc;
  let m = 0;
  let v = 0;
  let reach = 0;
  const name = (x) => {
    const entity = analysis.entities[x.entity];
    const kind = KIND_NAMES[x.kind];
    return { start: x.start, end: x.end, cls: x.kind, part: `name ${kind}`, title: `${entity.name} · ${kind}`, entity: x.entity };
  };
  const value = (x) => ({ start: x.start, end: x.end, cls: 'value', part: `value ${x.kind}`, title: valueTitle(x) });
  return function next(at) {
    const from = Math.max(at, reach);
    while (m < mentions.length && (mentions[m].start < from || analysis.entities[mentions[m].entity]?.uncertain !== false)) m++;
    while (v < values.length && values[v].start < from) v++;
    const a = mentions[m];
    const b = values[v];
    if (!a && !b) return null;
    const pick = !b || (a && (a.start < b.start || (a.start === b.start && a.end >= b.end))) ? name(mentions[m++]) : value(values[v++]);
    reach = pick.end;
    return pick;
  };
}

function markElement(span) {
  const mark = document.createElement('mark');
  mark.className = span.cls;
  mark.setAttribute('part', span.part);
  mark.title = span.title;
  if (span.entity != null) mark.dataset.entity = String(span.entity);
  return mark;
}

/** How long one slice of drawing may take before the page gets the thread back (ms). */
const SLICE_MS = 8;
/** Characters of text per block laid out as one (see #drawText). */
const BLOCK_CHARS = 8000;
/** Blocks of text drawn at once; the others come a slice at a time. */
const FIRST_BLOCKS = 3;
const nextSlice = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs an article analysis in the worker all <lente-article> elements share (one per
 *  settings), one job at a time: a job cancelled before its turn never reaches the worker, and
 *  one cancelled while it runs stops the worker (which the next job restarts). */
function runArticle(config, document, options, signal) {
  let shared = articleWorkers.get(config);
  if (!shared) articleWorkers.set(config, (shared = { worker: null, tail: Promise.resolve() }));
  const job = shared.tail.then(async () => {
    signal.throwIfAborted();
    shared.worker ??= compileCore(config.wasm).then((module) => createLenteWorker({ wasm: module, modelSource: config.modelSource }));
    let worker;
    try {
      worker = await shared.worker;
    } catch (err) {
      shared.worker = null;
      throw err;
    }
    return worker.analyze([document], options, { signal });
  });
  shared.tail = job.catch(() => {});
  return job;
}

function deferred() {
  const d = { settled: false };
  d.promise = new Promise((resolve, reject) => Object.assign(d, { resolve, reject }));
  d.promise.catch(() => {}); // a rejection nobody awaits is not an error of the page
  return d;
}

export class LenteArticleElement extends HTMLElement {
  static observedAttributes = ['lang', 'summary'];

  #config = settings;
  #textBox;
  #summaryBox;
  #observer;
  /** The text shown, its paragraphs, and `drawn`, which resolves once they are all in. */
  #shown = { text: null, paragraphs: [], drawn: Promise.resolve() };
  /** The job for the current text: {text, lang, controller, done}. */
  #job = null;
  #ready = deferred();
  #analysis = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ARTICLE_STYLE;
    const article = document.createElement('div');
    article.className = 'article';
    article.setAttribute('part', 'article');
    this.#summaryBox = document.createElement('section');
    this.#summaryBox.className = 'summary';
    this.#summaryBox.setAttribute('part', 'summary');
    this.#summaryBox.setAttribute('aria-label', 'Summary');
    this.#summaryBox.hidden = true;
    this.#textBox = document.createElement('div');
    this.#textBox.className = 'text';
    this.#textBox.setAttribute('part', 'text');
    article.append(this.#summaryBox, this.#textBox);
    root.append(style, article);
    this.#observer = new MutationObserver(() => this.#update());
  }

  connectedCallback() {
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#update();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
    if (this.#job && !this.#job.done) {
      this.#job.controller.abort();
      this.#job = null; // analysed again if it comes back
    }
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    if (name === 'lang') this.#update();
    else this.#drawSummary();
  }

  /** The analysis of the current text; null until it is drawn. */
  get analysis() {
    return this.#analysis;
  }

  /** The text analysed: the element's text content. Setting it replaces the text content. */
  get text() {
    return this.textContent;
  }

  set text(value) {
    this.textContent = String(value);
    this.#update();
  }

  /** Resolves with the analysis of the current text once it is drawn. */
  get ready() {
    if (this.isConnected) this.#update();
    return this.#ready.promise;
  }

  /** Starts over if the text or the language changed: the text is shown at once, the job for
   *  the old one is cancelled, and the marks are drawn when the new analysis comes. */
  #update() {
    const text = this.textContent;
    const lang = langOf(this);
    if (this.#job && this.#job.text === text && this.#job.lang === lang) return;
    this.#job?.controller.abort();
    this.#analysis = null;
    if (this.#ready.settled) this.#ready = deferred();
    this.#drawText(text);
    this.#drawSummary();
    const job = { text, lang, controller: new AbortController(), done: false };
    this.#job = job;
    if (!text.trim()) return; // nothing to analyse yet
    this.#run(job);
  }

  async #run(job) {
    const current = () => this.#job === job && !job.controller.signal.aborted;
    const options = { offsets: 'utf16', tokens: false };
    if (job.lang) options.lang = job.lang;
    let analysis;
    try {
      analysis = await runArticle(this.#config, { name: this.id || 'article', text: job.text, format: 'text' }, options, job.controller.signal);
      await nextSlice(); // receiving a long analysis took a while: let the page breathe
      if (!current()) return;
      const doc = analysis.documents[0];
      const text = doc.text ?? job.text;
      if (text !== this.#shown.text) this.#drawText(text);
      await this.#shown.drawn;
      if (!current()) return;
      await this.#drawMarks(doc, analysis, text, current);
      if (!current()) return;
      job.done = true;
      this.#analysis = doc;
      this.#drawSummary();
      this.#ready.settled = true;
      this.#ready.resolve(doc);
    } catch (err) {
      if (!current()) return;
      job.done = true;
      const message = lenteMessage(err);
      this.#ready.settled = true;
      this.#ready.reject(new Error(message));
      fire(this, 'lente-error', { message });
      return;
    }
    fire(this, 'lente-result', analysis);
  }

  /** Shows `text` as text, one <p> per paragraph, in blocks of about BLOCK_CHARS characters
   *  that are laid out only near the screen (content-visibility), each with an estimate of its
   *  height until then. The first blocks are drawn at once, the others a slice at a time. */
  #drawText(text) {
    if (text === this.#shown.text) {
      // Same text (the language changed): take the marks off.
      for (const p of this.#shown.paragraphs) if (p.node?.firstElementChild) p.node.textContent = text.slice(p.start, p.end);
      return;
    }
    const list = paragraphs(text);
    const shown = { text, paragraphs: list, drawn: null };
    this.#shown = shown;
    this.#textBox.replaceChildren();
    let next = 0;
    /** Draws the blocks of the paragraphs from `next` on until `stop()`. */
    const draw = (stop) => {
      const fragment = document.createDocumentFragment();
      while (next < list.length && !stop()) {
        const block = document.createElement('div');
        block.className = 'block';
        let chars = 0;
        let lines = 0;
        while (next < list.length && chars < BLOCK_CHARS) {
          const p = list[next++];
          p.node = document.createElement('p');
          p.node.setAttribute('part', 'paragraph');
          p.node.textContent = text.slice(p.start, p.end);
          block.append(p.node);
          chars += p.end - p.start;
          lines += Math.ceil((p.end - p.start) / 70);
        }
        block.style.containIntrinsicSize = `auto ${(lines * 1.6 + block.childElementCount * 0.9).toFixed(1)}em`;
        fragment.append(block);
      }
      this.#textBox.append(fragment);
    };
    let blocks = 0;
    draw(() => blocks++ >= FIRST_BLOCKS);
    shown.drawn = (async () => {
      while (next < list.length) {
        await nextSlice();
        if (this.#shown !== shown) return;
        const until = performance.now() + SLICE_MS;
        draw(() => performance.now() > until);
      }
    })();
  }

  /** Draws the marks paragraph by paragraph, a slice of at most SLICE_MS at a time, so that a
   *  long text never holds the page's thread; stops when `current()` turns false. */
  async #drawMarks(doc, analysis, text, current) {
    const outer = quotationsOf(doc, analysis, text);
    const next = namesAndValues(doc, analysis);
    let o = 0;
    let inner = next(0); // the next name or value to draw
    /** Appends text[from, to) to `parent` with the names and values it holds. */
    const fill = (parent, from, to) => {
      let at = from;
      while (at < to) {
        while (inner && inner.start < at) inner = next(at);
        if (!inner || inner.start >= to) {
          parent.append(text.slice(at, to));
          return;
        }
        if (inner.end > to) { // runs across a quotation's or a paragraph's edge: left unmarked
          inner = next(inner.start + 1);
          continue;
        }
        if (inner.start > at) parent.append(text.slice(at, inner.start));
        const mark = markElement(inner);
        mark.textContent = text.slice(inner.start, inner.end);
        parent.append(mark);
        at = inner.end;
        inner = next(at);
      }
    };
    let started = performance.now();
    for (const p of this.#shown.paragraphs) {
      while (o < outer.length && outer[o].end <= p.start) o++;
      if (!(o < outer.length && outer[o].start < p.end) && !(inner && inner.start < p.end)) continue;
      const fragment = document.createDocumentFragment();
      let at = p.start;
      while (at < p.end) {
        while (o < outer.length && outer[o].end <= at) o++;
        const q = outer[o];
        if (q && q.start <= at) {
          const end = Math.min(p.end, q.end);
          const mark = markElement(q);
          fill(mark, at, end);
          fragment.append(mark);
          at = end;
        } else {
          const end = q ? Math.min(p.end, q.start) : p.end;
          fill(fragment, at, end);
          at = end;
        }
      }
      p.node.replaceChildren(fragment);
      if (performance.now() - started > SLICE_MS) {
        await nextSlice();
        if (!current()) return;
        started = performance.now();
      }
    }
  }

  /** The summary sentences above the text when `summary` is present (at most its number). */
  #drawSummary() {
    const doc = this.#analysis;
    const wanted = this.getAttribute('summary');
    if (wanted == null || !doc || !doc.summary.length) {
      this.#summaryBox.hidden = true;
      this.#summaryBox.replaceChildren();
      return;
    }
    const limit = /^\s*\d+\s*$/.test(wanted) ? Number(wanted) : Infinity;
    const text = doc.text ?? this.#job.text;
    const heading = document.createElement('h2');
    heading.textContent = 'Summary';
    const list = document.createElement('ul');
    for (const index of doc.summary.slice(0, limit)) {
      const s = doc.sentences[index];
      const item = document.createElement('li');
      item.setAttribute('part', 'summary-sentence');
      item.textContent = text.slice(s.start, s.end);
      list.append(item);
    }
    this.#summaryBox.replaceChildren(heading, list);
    this.#summaryBox.hidden = list.childElementCount === 0;
  }
}

if (!customElements.get('lente-analyzer')) customElements.define('lente-analyzer', LenteAnalyzerElement);
if (!customElements.get('lente-article')) customElements.define('lente-article', LenteArticleElement);
