// Lente's page: reads dropped, picked or pasted articles, sends them to the wasm core in a
// Web Worker, and renders the analysis. User text is only ever set through textContent.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const ACCEPTED = /\.(txt|text|md|markdown|html?|xhtml)$/i;
  const TOKEN_CHIPS = 5000; // tokens drawn per card; the rest are counted, not drawn
  const LIST_ITEMS = 5000; // sentences drawn per card
  const QUOTES_SHOWN = 12; // quotations shown per speaker
  const LANGUAGES = { it: 'Italian', en: 'English', other: 'another language' };
  const KINDS = { PER: 'people', LOC: 'places', ORG: 'organizations', VALUE: 'dates & numbers' };
  const OPEN_TEXT = 60000; // texts up to this length show their highlighted text at once
  const numberFormat = new Intl.NumberFormat('en');
  const n = (x) => numberFormat.format(x);

  /** Creates an element; strings among the children become text nodes, never HTML. */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'class') node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child != null) node.append(child);
    }
    return node;
  }

  // ---------------------------------------------------------------- the engine (worker)

  let worker = null;
  let ready = null;
  let compiled = null; // the wasm module, compiled once, instantiated in each new worker
  const pending = new Map();
  let nextId = 1;

  function base64ToBytes(b64) {
    const bin = atob(b64.trim());
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  /** Starts a worker with a fresh wasm instance; resolves with the core's version. */
  function startEngine() {
    const source = $('lente-worker').textContent;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(url);
    URL.revokeObjectURL(url);
    compiled ??= WebAssembly.compile(base64ToBytes($('lente-wasm').textContent));
    const current = worker;
    ready = compiled.then((module) => new Promise((resolve, reject) => {
      current.onmessage = (event) => {
        const msg = event.data;
        if (msg.type === 'ready') resolve(msg.version);
        else if (msg.type === 'progress') showProgress(msg.done, msg.total);
        else if (msg.type === 'result') settle(msg.id, (p) => p.resolve(msg.analysis));
        else if (msg.type === 'crash') restart(`the analyzer crashed (${msg.message}) and was restarted`);
        else if (msg.type === 'error') {
          if (msg.id == null) reject(new Error(msg.message));
          else settle(msg.id, (p) => p.reject(new Error(msg.message)));
        }
      };
      current.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || 'the analyzer stopped'));
        restart(`the analyzer stopped (${event.message || 'unknown error'}) and was restarted`);
      };
      current.postMessage({ type: 'init', module });
    }));
    return ready;
  }

  /** Replaces the worker with a fresh one; pending analyses fail with `reason`. */
  function restart(reason) {
    worker.terminate();
    const err = new Error(reason);
    for (const id of [...pending.keys()]) settle(id, (p) => p.reject(err));
    startEngine();
  }

  function settle(id, fn) {
    const p = pending.get(id);
    if (p) {
      pending.delete(id);
      fn(p);
    }
  }

  async function analyze(docs) {
    await ready;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'analyze', id, documents: docs, options: { offsets: 'utf16' } });
    });
  }

  function showProgress(done, total) {
    $('progress').max = total;
    $('progress').value = done;
    setStatus(`Analysing ${n(done)} of ${n(total)} document${total === 1 ? '' : 's'}…`);
  }

  function busy(on) {
    $('working').hidden = !on;
    if (on) $('progress').removeAttribute('value');
  }

  // ---------------------------------------------------------------- documents

  /** Documents loaded so far: {id, name, text, format?}. */
  let documents = [];
  let docCounter = 0;
  let runCounter = 0;

  function setStatus(text) {
    $('status').textContent = text;
  }

  function message(text, level = 'error') {
    $('messages').append(el('li', { class: level }, text));
  }

  /** The documents added last, which a cancel takes back. */
  let lastAdded = [];

  async function addDocuments(list) {
    lastAdded = list.map((doc) => ({ id: `d${++docCounter}`, ...doc }));
    documents.push(...lastAdded);
    await run();
  }

  /** Stops the analysis under way: the worker is replaced and the last added documents
   * are taken back; what was shown before stays. */
  function cancel() {
    const taken = new Set(lastAdded.map((d) => d.id));
    documents = documents.filter((d) => !taken.has(d.id));
    lastAdded = [];
    runCounter++;
    restart('cancelled');
    busy(false);
    $('clear').disabled = documents.length === 0;
    setStatus(`Cancelled. ${documents.length ? `${n(documents.length)} documents are still loaded.` : 'Ready.'}`);
  }

  async function run() {
    $('clear').disabled = documents.length === 0;
    if (documents.length === 0) {
      render(null);
      setStatus('Ready. Drop articles, choose files or paste a text.');
      return;
    }
    const ticket = ++runCounter;
    setStatus(`Analysing ${n(documents.length)} document${documents.length === 1 ? '' : 's'}…`);
    busy(true);
    try {
      let analysis = await analyze(documents);
      if (ticket !== runCounter) return; // a newer run superseded this one
      const unreadable = analysis.documents.filter((d) => d.notes.some((note) => note.level === 'error'));
      if (unreadable.length) {
        for (const d of unreadable) message(d.notes.find((note) => note.level === 'error').message);
        const gone = new Set(unreadable.map((d) => d.id));
        documents = documents.filter((d) => !gone.has(d.id));
        if (!documents.length) return run();
        analysis = await analyze(documents);
        if (ticket !== runCounter) return;
      }
      render(analysis);
      setStatus(`Analysed ${n(analysis.documents.length)} document${analysis.documents.length === 1 ? '' : 's'}.`);
    } catch (err) {
      if (ticket !== runCounter) return; // cancelled
      setStatus('The analysis failed; your documents are still loaded.');
      message(`Lente could not analyse these documents: ${err.message}.`);
    } finally {
      if (ticket === runCounter) busy(false);
    }
  }

  /** Reads files as bytes (the core decodes them); a file of the wrong type gets its own
   * message and the others go on. */
  async function readFiles(files) {
    const docs = [];
    for (const file of files) {
      if (!ACCEPTED.test(file.name)) {
        message(`${file.name}: not read — Lente reads .txt, .md and .html files.`);
        continue;
      }
      try {
        docs.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch (err) {
        message(`${file.name}: could not be read (${err.message}).`);
      }
    }
    if (docs.length) await addDocuments(docs);
  }

  // ---------------------------------------------------------------- rendering

  function render(analysis) {
    selected = null;
    const results = $('results');
    results.replaceChildren();
    const corpus = $('corpus');
    if (!analysis) {
      corpus.hidden = true;
      $('overview').replaceChildren();
      return;
    }
    const c = analysis.corpus;
    const langs = c.languages.map((l) => `${LANGUAGES[l.lang]} ${n(l.documents)}`).join(', ');
    corpus.textContent = `${n(c.documents)} document${c.documents === 1 ? '' : 's'} · ${n(c.words)} words · ${n(c.sentences)} sentences · about ${n(Math.max(1, Math.round(c.reading_minutes)))} min of reading · ${langs}`;
    corpus.hidden = false;
    $('overview').replaceChildren(...[briefPanel(analysis), keyphrasePanel(analysis), quotePanel(analysis), entityPanel(analysis)].filter(Boolean));
    analysis.documents.forEach((doc, i) => results.append(card(doc, documents[i], analysis)));
  }

  /** The brief of the whole set: each point with the documents that carry it. */
  function briefPanel(analysis) {
    if (!analysis.brief.length) return null;
    const sentenceText = (d, i) => {
      const doc = analysis.documents[d];
      const s = doc.sentences[i];
      return (doc.text ?? documents[d].text).slice(s.start, s.end);
    };
    const items = analysis.brief.map((p) => {
      const docs = [...new Set(p.sources.map((s) => s.document))];
      return el('li', {}, el('span', { class: 'point' }, sentenceText(p.document, p.sentence)), ' ',
        el('span', { class: 'sources' }, ...docs.map((d) => el('span', { class: 'source', title: analysis.documents[d].name }, shortName(analysis.documents[d])))));
    });
    return el('section', { class: 'panel brief-panel', 'aria-label': 'Brief of all documents' },
      el('h2', {}, 'The story in brief'), el('ol', { class: 'brief' }, ...items));
  }

  /** The keyphrases of the whole set, with how many documents share each. */
  function keyphrasePanel(analysis) {
    if (!analysis.keyphrases.length) return null;
    const total = analysis.documents.length;
    return el('section', { class: 'panel keyphrase-panel', 'aria-label': 'Keyphrases of all documents' },
      el('h2', {}, 'Key phrases'),
      el('ul', { class: 'phrases' }, ...analysis.keyphrases.map((k) => el('li', { title: `in ${k.documents.length} of ${total} documents` },
        k.text, ' ', el('span', { class: 'count' }, `${k.documents.length}/${total}`)))));
  }

  /** Who said what: quotations grouped by speaker across the set. */
  function quotePanel(analysis) {
    if (!analysis.speakers.length) return null;
    const quoteText = (r) => {
      const doc = analysis.documents[r.document];
      const q = doc.quotes[r.quote];
      return (doc.text ?? documents[r.document].text).slice(q.start, q.end);
    };
    const groups = analysis.speakers.map((sp) => {
      const head = sp.entity != null
        ? entityItem(analysis.entities[sp.entity], analysis, sp.quotes.length).firstChild
        : el('span', { class: 'speaker' }, sp.name);
      const more = sp.quotes.length > QUOTES_SHOWN ? el('p', { class: 'more' }, `and ${n(sp.quotes.length - QUOTES_SHOWN)} more`) : null;
      return el('li', {}, head, el('ul', { class: 'quotes' }, ...sp.quotes.slice(0, QUOTES_SHOWN).map((r) =>
        el('li', {}, el('q', {}, quoteText(r).replace(/^[“"«‘]|[”"»’“]$/g, '')), ' ', el('span', { class: 'source', title: analysis.documents[r.document].name }, shortName(analysis.documents[r.document]))))), more);
    });
    return el('section', { class: 'panel quote-panel', 'aria-label': 'Who said what' }, el('h2', {}, 'Who said what'), el('ul', { class: 'speakers' }, ...groups));
  }

  /** A short label for a document: its headline's first words, else its name. */
  function shortName(doc) {
    return doc.name.replace(/\.(txt|md|markdown|html?)$/i, '').slice(0, 24);
  }

  /** The legend with a toggle per type, and the entities of the whole set. */
  function entityPanel(analysis) {
    const legend = el('div', { class: 'legend', role: 'group', 'aria-label': 'Highlight' },
      ...Object.entries(KINDS).map(([kind, label]) => {
        const box = el('input', { type: 'checkbox', checked: '', 'data-kind': kind });
        box.addEventListener('change', () => document.body.classList.toggle(`hide-${kind}`, !box.checked));
        return el('label', { class: `swatch k-${kind}` }, box, ` ${label}`);
      }));
    const top = analysis.entities.slice(0, 40);
    const list = el('ul', { class: 'entities' }, ...top.map((e) => entityItem(e, analysis)));
    return el('section', { class: 'panel entity-panel', 'aria-label': 'Entities in all documents' },
      el('h2', {}, 'Who and what, across all documents'), legend,
      top.length ? list : el('p', { class: 'more' }, 'No people, places or organizations found.'),
      analysis.entities.length > top.length ? el('p', { class: 'more' }, `${n(analysis.entities.length - top.length)} more entities are listed in each document.`) : null);
  }

  /** A clickable entity: name, type, mentions, and its other spellings (`variants`: in the
   *  whole set, or in one document). */
  function entityItem(e, analysis, count = e.mentions, variants = e.variants) {
    const others = variants.filter((v) => v.text !== e.name).map((v) => `${v.text} ×${v.count}`);
    const docs = e.documents.length;
    const button = el('button', { type: 'button', class: `entity k-${e.kind}`, 'data-entity': String(e.id), 'aria-pressed': 'false' },
      el('span', { class: 'name' }, e.name), ' ', el('span', { class: 'count' }, `×${n(count)}`));
    button.addEventListener('click', () => selectEntity(e.id));
    return el('li', {}, button,
      el('span', { class: 'detail' }, [docs > 1 ? `in ${docs} of ${analysis.documents.length} documents` : null, others.length ? `also ${others.join(', ')}` : null].filter(Boolean).join(' · ')));
  }

  let selected = null;

  /** Highlights every mention of entity `id` in every document (a second click clears). */
  function selectEntity(id) {
    selected = selected === id ? null : id;
    showSelection();
    const first = document.querySelector('mark.selected');
    if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function showSelection() {
    for (const node of document.querySelectorAll('[data-entity]')) {
      const on = node.dataset.entity === String(selected);
      node.classList.toggle('selected', on);
      if (node.tagName === 'BUTTON') node.setAttribute('aria-pressed', String(on));
    }
  }

  /** The document's text with names and values highlighted, summary sentences marked and
   * web leftovers greyed, built from text nodes. */
  function highlighted(text, doc, inSummary) {
    const wrappers = [
      ...doc.sentences.filter((s, i) => inSummary.has(i)).map((s) => ({ ...s, cls: 'chosen', title: `in the summary (score ${s.score})` })),
      ...doc.boilerplate.map((b) => ({ ...b, cls: 'leftover', title: 'web leftover: not analysed' })),
    ].sort((a, b) => a.start - b.start);
    const box = el('div', { class: 'text' });
    let at = 0;
    for (const w of wrappers) {
      if (w.start < at) continue;
      box.append(...marks(text, doc, at, w.start), el('span', { class: w.cls, title: w.title }, ...marks(text, doc, w.start, w.end)));
      at = w.end;
    }
    box.append(...marks(text, doc, at, text.length));
    return box;
  }

  /** Nodes for text[from, to) with its names and values highlighted. */
  function marks(text, doc, from, to) {
    const spans = [
      ...doc.mentions.map((m) => ({ ...m, cls: `k-${m.kind}`, title: m.kind })),
      ...doc.values.map((v) => ({ ...v, cls: 'k-VALUE', title: valueTitle(v) })),
    ].filter((s) => s.start >= from && s.end <= to).sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    let at = from;
    for (const s of spans) {
      if (s.start < at) continue; // overlapping spans: the first wins
      if (s.start > at) out.push(text.slice(at, s.start));
      const attrs = { class: s.cls, title: s.title };
      if (s.entity != null) attrs['data-entity'] = String(s.entity);
      out.push(el('mark', attrs, text.slice(s.start, s.end)));
      at = s.end;
    }
    if (to > at) out.push(text.slice(at, to));
    return out;
  }

  /** A value's tooltip: its kind and normalized value, a decade (`199X`) as `1990s` and a
   *  range (`2020/2022`) as `2020 to 2022`. */
  function valueTitle(v) {
    const x = v.value;
    const iso = x.iso?.split('/').map((d) => d.replace(/^(\d{3})X$/, (_, decade) => `${decade}0s`)).join(' to ');
    return [v.kind, iso, x.number != null ? n(x.number) : null, x.unit].filter((p) => p != null).join(' ');
  }

  function card(doc, input, analysis) {
    const text = doc.text ?? input.text;
    const slice = (s) => text.slice(s.start, s.end);
    const heading = doc.title ? slice(doc.title) : doc.name;
    const k = doc.counts;
    const meta = [doc.name, LANGUAGES[doc.lang], `${n(k.words)} words`, `${n(k.sentences)} sentences`, `${n(k.paragraphs)} paragraphs`, `${k.reading_minutes.toFixed(1)} min`];
    const article = el('article', { class: 'card', 'data-name': doc.name, 'data-lang': doc.lang },
      el('header', {},
        el('h2', {}, heading),
        el('p', { class: 'meta' }, meta.join(' · ')),
        el('button', { type: 'button', class: 'quiet remove', 'aria-label': `Remove ${doc.name}` }, 'Remove')));
    if (doc.notes.length) {
      article.append(el('ul', { class: 'notes' }, ...doc.notes.map((note) => el('li', { class: note.level }, note.message))));
    }
    const inSummary = new Set(doc.summary);
    if (doc.summary.length) {
      article.append(el('section', { class: 'summary', 'aria-label': `Summary of ${doc.name}` },
        el('h3', {}, 'Summary'), el('ul', {}, ...doc.summary.map((i) => el('li', {}, slice(doc.sentences[i]))))));
    }
    const textBox = el('div', { class: 'text-box' });
    const textDetails = el('details', { class: 'text-view' }, el('summary', {}, 'Text with highlights'), textBox);
    textDetails.addEventListener('toggle', () => {
      if (textDetails.open && !textBox.childElementCount) {
        textBox.append(highlighted(text, doc, inSummary));
        showSelection();
      }
    });
    if (text.length <= OPEN_TEXT && documents.length <= 20) textDetails.open = true;
    const mine = doc.entities.slice(0, 25).map((d) => entityItem(analysis.entities[d.entity], analysis, d.count, d.variants));
    if (mine.length) {
      article.append(el('details', { class: 'doc-entities', open: '' }, el('summary', {}, `Entities (${n(doc.entities.length)})`), el('ul', { class: 'entities' }, ...mine)));
    }
    if (doc.keyphrases.length) {
      article.append(el('p', { class: 'doc-phrases' }, el('span', { class: 'label' }, 'Key phrases: '), doc.keyphrases.slice(0, 8).map((k) => k.text).join(' · ')));
    }
    article.append(textDetails);
    // Long lists are drawn when opened, and at most LIST_ITEMS of them.
    const sentenceList = el('ol', { class: 'sentences' });
    const sentenceDetails = el('details', { class: 'sentence-list' }, el('summary', {}, `Sentences (${n(doc.sentences.length)})`), sentenceList);
    sentenceDetails.addEventListener('toggle', () => {
      if (!sentenceDetails.open || sentenceList.childElementCount) return;
      const shown = doc.sentences.slice(0, LIST_ITEMS);
      sentenceList.append(...shown.map((s, i) => el('li', { class: inSummary.has(i) ? 'chosen' : '' },
        el('span', { class: 'sentence' }, slice(s)), ' ', el('span', { class: 'score', title: 'summary score' }, s.score == null ? 'not a candidate' : s.score.toFixed(2)))));
      if (doc.sentences.length > shown.length) sentenceList.after(el('p', { class: 'more' }, `First ${n(shown.length)} of ${n(doc.sentences.length)} sentences shown.`));
    });
    article.append(sentenceDetails);
    const tokenBox = el('div', { class: 'tokens' });
    const tokenDetails = el('details', { class: 'token-list' }, el('summary', {}, `Tokens (${n(doc.tokens.length)})`), tokenBox);
    tokenDetails.addEventListener('toggle', () => {
      if (!tokenDetails.open || tokenBox.childElementCount) return;
      const shown = doc.tokens.slice(0, TOKEN_CHIPS);
      tokenBox.append(...shown.map((t) => el('span', { class: `tok k-${t.kind}`, title: t.kind }, slice(t))));
      if (doc.tokens.length > shown.length) {
        tokenBox.append(el('p', { class: 'more' }, `First ${n(shown.length)} of ${n(doc.tokens.length)} tokens shown.`));
      }
    });
    article.append(tokenDetails);
    article.querySelector('.remove').addEventListener('click', () => {
      documents = documents.filter((d) => d !== input);
      run();
    });
    return article;
  }

  // ---------------------------------------------------------------- wiring

  function wire() {
    const drop = $('drop');
    // A file dropped anywhere else must not make the browser leave the page.
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', (e) => e.preventDefault());
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      readFiles([...e.dataTransfer.files]);
    });
    $('files').addEventListener('change', (e) => {
      readFiles([...e.target.files]);
      e.target.value = '';
    });
    $('paste-go').addEventListener('click', () => {
      const text = $('paste').value;
      if (!text.trim()) {
        message('Nothing to analyse: the text box is empty.', 'warning');
        return;
      }
      addDocuments([{ name: `Pasted text ${docCounter + 1}`, text }]);
      $('paste').value = '';
    });
    $('cancel').addEventListener('click', cancel);
    $('clear').addEventListener('click', () => {
      documents = [];
      $('messages').replaceChildren();
      run();
    });
    const samples = JSON.parse($('lente-samples').textContent);
    if (samples.length) {
      $('samples').hidden = false;
      $('samples').addEventListener('click', () => addDocuments(samples));
    }
  }

  wire();
  startEngine().then(
    () => setStatus('Ready. Drop articles, choose files or paste a text.'),
    (err) => setStatus(`The analyzer could not start: ${err.message}`),
  );
})();
