// Lente's analyzer: reads dropped, picked or pasted articles, sends them to the wasm core in
// a Web Worker, and renders the analysis. User text is only ever set through textContent.
// The page (dist/index.html) and the <lente-analyzer> element both run it, in a document or a
// shadow root holding www/analyzer.html's markup. `source` says where the core comes from:
//   {workerSource: string (wasm-bindgen's classic glue + www/worker.js),
//    module(): Promise<WebAssembly.Module>, model(name): Promise<Uint8Array> (a model file),
//    samples: [{name, text}], options?(): extra analysis options (e.g. {lang}),
//    onResult?(analysis): the whole Analysis (schema.md) each time the set is shown,
//    onError?(message): each error message shown,
//    persist?: the IndexedDB database that keeps the reader's documents across reloads
//      (the page's; an element keeps nothing)}
// Returns {add(documents): Promise settled when the work it started is done (true if the set
// was shown), clear(), reanalyze(): every document again (after options() changed)}.
/* exported lenteApp, valueTitle, formatNumber */
function lenteApp(root, source) {
  'use strict';
  const $ = (id) => root.getElementById(id);
  const ACCEPTED = /\.(txt|text|md|markdown|html?|xhtml)$/i;
  const TOKEN_CHIPS = 5000; // tokens drawn per card; the rest are counted, not drawn
  const TOKEN_LIMIT = 200_000; // tokens listed per document in the whole analysis, as the core's token_limit
  const LIST_ITEMS = 5000; // sentences drawn per card
  const QUOTES_SHOWN = 12; // quotations shown per speaker
  const LANGUAGES = { it: 'Italian', en: 'English', other: 'another language' };
  const KINDS = { PER: 'people', LOC: 'places', ORG: 'organizations', VALUE: 'dates & numbers' };
  const OPEN_TEXT = 60000; // texts up to this length show their highlighted text at once
  const TEXT_SLICE = 50000; // characters of highlighted text drawn at once
  const EAGER_CARDS = 50; // cards drawn at once; the others when they come near the screen
  const n = formatNumber;

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

  // ---------------------------------------------------------------- the engines (workers)

  /** Workers running the core, one job at a time each: one per core the browser reports (at
   *  most MAX_ENGINES; each holds the models, tens of MB), started when jobs overlap and
   *  stopped, but the first, once the documents are analysed. Each is replaced when it
   *  crashes, when a cancel stops it, after Clear all, and when a job left its wasm memory
   *  over RECYCLE_MEMORY: wasm memory only grows, a fresh one gives it back. */
  const MAX_ENGINES = 4;
  const RECYCLE_MEMORY = 64 * 2 ** 20;
  const engines = Array.from({ length: Math.max(1, Math.min(MAX_ENGINES, navigator.hardwareConcurrency || 1)) },
    () => ({ worker: null, ready: null, abort: null, job: null, busy: false }));
  /** The compiled core and the unpacked model files (promises), shared by the engines;
   *  callers waiting for an engine to be free. */
  const pool = { compiled: null, models: new Map(), nextId: 1, version: null, waiting: [] };

  /** Starts engine `e`'s worker with a fresh wasm instance; resolves with the core's version. */
  function startEngine(e) {
    const url = URL.createObjectURL(new Blob([source.workerSource], { type: 'text/javascript' }));
    const worker = new Worker(url);
    URL.revokeObjectURL(url);
    e.worker = worker;
    pool.compiled ??= source.module();
    e.ready = pool.compiled.then((module) => new Promise((resolve, reject) => {
      e.abort = reject; // a worker replaced before it is ready never will be
      worker.onmessage = (event) => {
        const msg = event.data;
        if (msg.type === 'ready') resolve(pool.version = msg.version);
        else if (msg.type === 'need') supplyModels(worker, msg.files);
        else if (msg.type === 'part' && e.job?.id === msg.id) (e.job.parts[msg.field] ??= []).push(...msg.items);
        else if (msg.id != null) finishJob(e, msg.id, msg.type === 'result' ? null : Object.assign(new Error(msg.message), { crash: msg.type === 'crash' }), msg);
        else reject(new Error(msg.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        const err = Object.assign(new Error(event.message || 'the analyzer stopped'), { crash: true });
        reject(err);
        if (e.job) finishJob(e, e.job.id, err);
      };
      worker.postMessage({ type: 'init', module });
    }));
    return e.ready;
  }

  /** Sends a worker the model files it asked for (those of a language a text is in). */
  async function supplyModels(worker, names) {
    const files = [];
    const unavailable = [];
    for (const name of names) {
      if (!pool.models.has(name)) pool.models.set(name, source.model(name));
      try {
        files.push([name, await pool.models.get(name)]);
      } catch (err) {
        pool.models.delete(name);
        unavailable.push(name);
        message(`The model file ${name} could not be loaded (${err.message}); the analysis goes on without it.`, 'warning');
      }
    }
    worker.postMessage({ type: 'models', files, unavailable });
  }

  /** Ends engine `e`'s current job; a result sent in pieces ('part' messages: a list field's
   *  items at a time, so that no one message holds the page for long) gets its lists back. */
  function finishJob(e, id, err, msg) {
    const job = e.job;
    if (!job || job.id !== id) return;
    e.job = null;
    if (err) job.reject(err);
    else job.resolve({ value: Object.assign(msg.value, job.parts), memory: msg.memory });
  }

  /** Stops engine `e`: its job fails with `reason`. The first starts again at once (the
   *  page is ready only with it), the others when next needed. */
  function stopEngine(e, reason) {
    e.worker?.terminate();
    e.worker = null;
    e.abort?.(Object.assign(new Error(reason), { stopped: true }));
    if (e.job) finishJob(e, e.job.id, Object.assign(new Error(reason), { stopped: true }));
    if (e === engines[0]) startEngine(e).catch(() => {});
  }

  /** Stops every engine and starts the first again (Cancel, Clear all). */
  function restartEngines(reason) {
    for (const e of engines) stopEngine(e, reason);
  }

  /** An engine free for a job, a started one first; waits for one when all are busy. */
  function claim() {
    const e = engines.find((x) => !x.busy && x.worker) ?? engines.find((x) => !x.busy);
    if (!e) return new Promise((resolve) => pool.waiting.push(resolve));
    e.busy = true;
    return Promise.resolve(e);
  }

  function release(e) {
    const next = pool.waiting.shift();
    if (next) next(e);
    else e.busy = false;
  }

  /** Runs one job on a free engine: {type: 'analyze' | 'combine' | 'report', …}, moving the
   *  buffers of `transfer`. An engine that crashed on it, or was left with too much memory,
   *  is replaced. */
  async function call(message, transfer = []) {
    const e = await claim();
    try {
      if (!e.worker) startEngine(e).catch(() => {});
      // The worker may be replaced while this waits: wait for the one in place to be ready.
      for (let ready = null; ready !== e.ready;) {
        ready = e.ready;
        await ready;
      }
      const { value, memory } = await new Promise((resolve, reject) => {
        const id = pool.nextId++;
        e.job = { id, resolve, reject, parts: {} };
        e.worker.postMessage({ ...message, id }, transfer);
      });
      if (memory > RECYCLE_MEMORY) stopEngine(e, 'recycled');
      return value;
    } catch (err) {
      if (err.crash) stopEngine(e, 'crashed');
      throw err;
    } finally {
      release(e);
    }
  }

  // ---------------------------------------------------------------- the reader's documents

  const OPTIONS = { offsets: 'utf16' };
  const options = () => ({ ...source.options?.(), ...OPTIONS });
  const MAX_BYTES = 20_000_000; // as the core's limit: larger files are refused before reading
  const LINKS_SLICE = 500; // documents whose links are packed for linking in one frame
  // Files read at once: one at a time, 5,000 files took 6.5 s to read before the first was
  // analysed; all at once, starting the reads held the page's thread for tens of ms.
  const READS = 8;

  /** The reader's documents, the one source of truth, in the order added:
   *  {id, name, batch, source?: {text | bytes}, text?, part?: {document, links},
   *  outlet?: the reader's name for it, key?: its record in the browser (keeper)}.
   *  A document is analysed alone once (`part`); the set-wide part is remade from the
   *  parts whenever the set changes. */
  let docs = [];
  /** Bumped by every action on the set: a set-wide result made for an older one is dropped. */
  let generation = 0;
  /** The set on screen: its document ids. */
  let shownKey = '';
  let batchCounter = 0;
  let docCounter = 0;
  let working = false;
  /** Resolvers of add()'s promises, settled when the work loop ends; `shown`: the set was shown. */
  let waiting = [];
  let shown = false;

  const keyOf = (list) => list.map((d) => d.id).join('\n');

  function setStatus(text) {
    $('status').textContent = text;
  }

  function message(text, level = 'error') {
    $('messages').append(el('li', { class: level }, text));
    if (level === 'error') source.onError?.(text);
  }

  function addDocuments(list) {
    return addEntries(list.map((source) => ({ source })));
  }

  /** Adds documents {source, key?, outlet?} as one batch; those without a `key` (not restored
   *  from the browser) are kept there. */
  function addEntries(entries) {
    const batch = ++batchCounter;
    const added = entries.map((entry) => ({ ...entry, id: `d${++docCounter}`, name: entry.source.name, batch }));
    docs.push(...added);
    for (const doc of added) if (doc.key == null) keepDocument(doc);
    generation++;
    const settled = new Promise((resolve) => waiting.push(resolve));
    work();
    return settled;
  }

  /** Analyses every document again, keeping the current analyses until the new ones are in. */
  function reanalyze() {
    for (const d of docs) d.redo = Boolean(d.part);
    shownKey = '';
    generation++;
    work();
  }

  function removeDocument(doc) {
    takeOut([doc]);
    work();
  }

  /** Takes documents out of the set, and out of the browser's keeping. */
  function takeOut(list) {
    const out = new Set(list);
    docs = docs.filter((d) => !out.has(d));
    forgetDocuments(list);
    generation++;
  }

  /** Stops what runs and restores the set as it was before the additions still under way:
   *  every document of an unfinished batch is taken back; the others stay. */
  function cancel() {
    const open = new Set(docs.filter((d) => !d.part).map((d) => d.batch));
    if (!open.size) return;
    takeOut(docs.filter((d) => open.has(d.batch)));
    restartEngines('cancelled');
    setStatus(`Cancelled. ${docs.length ? `${n(docs.length)} document${docs.length === 1 ? ' is' : 's are'} still loaded.` : 'Ready.'}`);
    work();
  }

  /** Forgets every document and starts a fresh analyzer, which frees its memory. */
  function clearAll() {
    docs = [];
    forgetAllDocuments();
    generation++;
    $('messages').replaceChildren();
    restartEngines('cleared');
    render(null);
    // The engine keeps the subject of the last regular expression run (RegExp.lastMatch): a
    // piece of a text would hold the whole text in memory until the next one.
    /^/.exec('');
    shownKey = '';
    setStatus('Ready. Drop articles, choose files or paste a text.');
    work();
  }

  /** Brings the screen to the current set: analyses the documents not yet analysed, one per
   *  engine at a time, then makes the set-wide part. One loop runs at a time; it restarts
   *  whenever an action changed the set under it. */
  async function work() {
    if (working) return updateControls();
    working = true;
    updateControls();
    const running = new Map(); // document → its analysis under way
    try {
      for (;;) {
        const next = running.size < engines.length && docs.find((d) => (!d.part || d.redo) && !running.has(d));
        if (next) {
          showProgress();
          running.set(next, analyseOne(next).finally(() => running.delete(next)));
          continue;
        }
        if (running.size) {
          await Promise.race(running.values());
          continue;
        }
        // The extra engines' memory back before the set is linked (the page's peak).
        for (const e of engines.slice(1)) if (e.worker && !e.busy) stopEngine(e, 'idle');
        if (keyOf(docs) === shownKey) break;
        const made = generation;
        const set = docs.length ? await combineAll() : null;
        if (made !== generation) continue; // the set changed meanwhile
        await render(set);
        if (made !== generation) continue;
        shownKey = keyOf(docs);
        shown = true;
        if (set && source.onResult) {
          let tokens = null;
          try {
            tokens = await tokenLists();
          } catch (err) {
            if (!err.stopped) message(`The tokens could not be listed (${err.message}); the analysis is given without them.`, 'warning');
          }
          if (made !== generation) continue;
          source.onResult(wholeAnalysis(set, tokens));
        }
        const cancelled = $('status').textContent.startsWith('Cancelled');
        if (!cancelled) setStatus(docs.length ? `Analysed ${n(docs.length)} document${docs.length === 1 ? '' : 's'}.` : 'Ready. Drop articles, choose files or paste a text.');
        break;
      }
    } finally {
      working = false;
      updateControls();
      for (const resolve of waiting.splice(0)) resolve(shown);
      shown = false;
    }
  }

  /** Analyses one document; a document that cannot be read, or makes the analyzer crash,
   *  is taken out of the set with a message naming it, and the others go on. */
  async function analyseOne(doc) {
    let value;
    try {
      const again = doc.redo && { text: doc.text, format: doc.part.document.format === 'html' ? 'text' : doc.part.document.format };
      // Without tokens: the page keeps none (the peak of 5,000 articles is 50–85 MiB lower
      // so), and asks for a document's when they are shown or downloaded (tokensOf).
      value = await call({ type: 'analyze', document: { id: doc.id, name: doc.name, ...(again || doc.source) }, options: { ...options(), tokens: false } });
    } catch (err) {
      if (err.stopped || !docs.includes(doc)) return;
      message(`${doc.name}: not analysed — ${err.crash ? 'the analyzer crashed on it' : 'the analyzer failed on it'} (${err.message}). Your other documents are kept.`);
      takeOut([doc]);
      return;
    }
    if (!docs.includes(doc)) return; // removed meanwhile
    const error = value.document.notes.find((note) => note.level === 'error');
    if (error) {
      message(error.message);
      takeOut([doc]);
      return;
    }
    doc.text = value.document.text ?? doc.source?.text ?? doc.text;
    if (progress?.generation === generation) progress.done++;
    doc.redo = false;
    doc.source = null; // the decoded text is kept instead of the bytes
    doc.part = value;
  }

  /** The set-wide part for the current documents, or null (with a message) if it failed. */
  async function combineAll() {
    setStatus(`Linking ${n(docs.length)} document${docs.length === 1 ? '' : 's'}…`);
    try {
      // The links go as one buffer, moved to the worker, and filled a slice a frame: cloning
      // thousands of small ones, or copying 70 MB of them at once, held the page for tens of
      // milliseconds. A set changed meanwhile is linked all the same, and its result dropped.
      const list = docs.slice();
      const ends = new Uint32Array(list.length);
      let size = 0;
      list.forEach((d, i) => { ends[i] = size += d.part.links.length; });
      const bytes = new Uint8Array(size);
      for (let i = 0; i < list.length; i++) {
        if (i && i % LINKS_SLICE === 0) await nextFrame();
        bytes.set(list[i].part.links, i ? ends[i - 1] : 0);
      }
      return await call({ type: 'combine', bytes, ends, options: options() }, [bytes.buffer, ends.buffer]);
    } catch (err) {
      if (err.stopped) return null;
      message(`Lente could not link the documents to each other (${err.message}); each is shown alone.`);
      return null;
    }
  }

  /** The batches under way and how many of their documents are done, counted again only when
   *  the set changed (`generation`): counting at each document made 5,000 documents take
   *  seconds of the page's time. */
  let progress = null;

  function showProgress() {
    if (progress?.generation !== generation) {
      const open = new Set(docs.filter((d) => !d.part || d.redo).map((d) => d.batch));
      const batch = docs.filter((d) => open.has(d.batch));
      progress = { generation, total: batch.length, done: batch.filter((d) => d.part && !d.redo).length };
    }
    $('progress').max = progress.total;
    $('progress').value = progress.done;
    setStatus(`Analysing ${n(progress.done + 1)} of ${n(progress.total)} document${progress.total === 1 ? '' : 's'}…`);
  }

  function updateControls() {
    $('working').hidden = !working;
    $('cancel').disabled = !docs.some((d) => !d.part);
    $('clear').disabled = docs.length === 0;
    for (const button of $('export').querySelectorAll('button')) button.disabled = working;
  }

  /** Reads files as bytes (the core decodes them), READS at a time; a file of the wrong
   *  type or over the size limit gets its own message, unread, and the others go on. */
  async function readFiles(files) {
    const wanted = [];
    for (const file of files) {
      if (ACCEPTED.test(file.name)) wanted.push(file);
      else message(`${file.name}: not read — Lente reads .txt, .md and .html files.`);
    }
    const before = $('status').textContent;
    if (wanted.length > READS) setStatus(`Reading ${n(wanted.length)} files…`);
    const read = new Array(wanted.length);
    let next = 0;
    // A file's size is asked here, between reads, not for every file first: for a file on
    // the disk the browser asks the system, and 5,000 of them held the page for 2 s.
    const reader = async () => {
      while (next < wanted.length) {
        const i = next++;
        const file = wanted[i];
        try {
          if (file.size > MAX_BYTES) {
            read[i] = { error: `${file.name}: not read — it has ${(file.size / 1e6).toFixed(1)} MB, more than the ${MAX_BYTES / 1e6} MB Lente analyses in one document; split it into smaller files.` };
          } else {
            read[i] = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
          }
        } catch (err) {
          read[i] = { error: `${file.name}: could not be read (${err.message}).` };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READS, wanted.length) }, reader));
    for (const r of read) if (r.error) message(r.error);
    const list = read.filter((r) => !r.error);
    if (list.length) addDocuments(list);
    else if (wanted.length > READS) setStatus(before);
  }

  // ---------------------------------------------------------------- keeping documents (IndexedDB)

  /** The reader's documents kept in the browser, in the IndexedDB database `source.persist`,
   *  so that a reload or a crash loses nothing: one record per document as it came (`name`,
   *  `text` or `bytes`, `format`?) with the reader's edits (`outlet`?), keyed in the order
   *  added. The analyses are not kept: they are made again (the same) on restoring.
   *  Operations run one after another; a failure is said, and the page goes on without it. */
  const keeper = { db: null, queue: Promise.resolve(), off: !source.persist };

  /** Runs `op(db)` after the keeper's earlier operations; if it fails, shows `failure` with
   *  the reason. Without IndexedDB the keeper says so once and stops. */
  function keeping(op, failure) {
    if (keeper.off) return;
    keeper.queue = keeper.queue.then(async () => {
      if (keeper.off) return;
      try {
        keeper.db ??= await openKept();
      } catch (err) {
        keeper.off = true;
        $('forget').hidden = true;
        message(`Your articles cannot be kept in this browser (${reason(err)}): they will be gone after a reload. Everything else works.`, 'warning');
        return;
      }
      try {
        await op(keeper.db);
      } catch (err) {
        message(`${failure} (${reason(err)}).`, 'warning');
      }
    });
  }

  const reason = (err) => (err?.name === 'QuotaExceededError' ? 'the browser’s storage is full' : err?.message || String(err));

  function openKept() {
    return new Promise((resolve, reject) => {
      if (!globalThis.indexedDB) throw new Error('this browser offers no IndexedDB');
      const request = indexedDB.open(source.persist, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('documents', { keyPath: 'key', autoIncrement: true });
      request.onsuccess = () => {
        const db = request.result;
        // Another tab forgetting everything deletes the database: let it, reopen when needed.
        db.onversionchange = db.onclose = () => {
          db.close();
          if (keeper.db === db) keeper.db = null;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error);
    });
  }

  /** Runs `work(store)` in one transaction on the kept documents; resolves, once it is
   *  written, with the result of the request `work` returns. */
  function transact(db, mode, work) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction('documents', mode);
      const request = work(tx.objectStore('documents'));
      tx.oncomplete = () => resolve(request?.result);
      tx.onabort = () => reject(tx.error ?? new Error('the browser refused to write'));
    });
  }

  /** Keeps a document just added, as it came. */
  function keepDocument(doc) {
    const record = { ...doc.source };
    keeping(async (db) => {
      doc.key = await transact(db, 'readwrite', (store) => store.add(record));
    }, `${doc.name}: not kept in this browser, so a reload will lose it`);
  }

  /** Keeps the reader's name for a document's outlet. */
  function keepOutlet(doc) {
    keeping((db) => transact(db, 'readwrite', (store) => {
      if (doc.key == null) return;
      const request = store.get(doc.key);
      request.onsuccess = () => request.result && store.put({ ...request.result, outlet: doc.outlet });
    }), `The new outlet name of ${doc.name} was not kept in this browser`);
  }

  function forgetDocuments(list) {
    keeping((db) => transact(db, 'readwrite', (store) => {
      for (const doc of list) if (doc.key != null) store.delete(doc.key);
    }), 'A removed article could not be deleted from this browser and may come back after a reload');
  }

  function forgetAllDocuments() {
    keeping((db) => transact(db, 'readwrite', (store) => store.clear()), 'The articles kept in this browser could not be deleted');
  }

  /** Shows the documents kept in this browser again, as the reader left them. */
  function restoreKept() {
    keeping(async (db) => {
      const records = await transact(db, 'readonly', (store) => store.getAll());
      if (!records.length) return;
      message(`Restored ${n(records.length)} article${records.length === 1 ? '' : 's'} saved in this browser.`, 'info');
      addEntries(records.map(({ key, outlet, ...input }) => ({ source: input, key, outlet })));
    }, 'The articles saved in this browser could not be read');
  }

  /** Forget everything: clears the view and deletes the database. */
  function forgetEverything() {
    clearAll();
    keeping(async (db) => {
      db.close();
      keeper.db = null;
      await new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase(source.persist);
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      });
      message('Forgotten: no article is saved in this browser any more.', 'info');
    }, 'The articles saved in this browser could not be deleted');
  }

  /** The Forget everything button: a first click asks, a second one within 5 s forgets. */
  function wireForget() {
    const button = $('forget');
    const label = button.textContent;
    let timer = 0;
    const disarm = () => {
      clearTimeout(timer);
      button.classList.remove('armed');
      button.textContent = label;
    };
    button.hidden = keeper.off;
    button.addEventListener('click', () => {
      if (button.classList.contains('armed')) {
        disarm();
        forgetEverything();
      } else {
        button.classList.add('armed');
        button.textContent = 'Click again to delete every saved article';
        timer = setTimeout(disarm, 5000);
      }
    });
  }

  // ---------------------------------------------------------------- rendering

  /** The set-wide part on screen, kept to redraw after the reader renames an outlet. */
  let shownSet = null;
  /** What the cards and panels show: the analysis as render builds it (its `ids`: each
   *  card's document id), or null. */
  let onScreen = null;

  /** A set's work on screen comes a piece a frame: making the views, the panels and the
   *  cards of thousands of documents at once held the page for hundreds of milliseconds.
   *  Documents made into views in one piece: */
  const VIEW_SLICE = 500;
  /** Cards added in one piece: drawn ones (the first EAGER_CARDS), and waiting ones. */
  const DRAWN_SLICE = 10;
  const CARD_SLICE = 500;
  /** A set this large is shown a piece a frame; a smaller one at once. */
  const PIECEMEAL = 50;
  /** The cards of the set on screen still to add: {add(from, to), from, to}. */
  let cardsLeft = null;
  /** The render under way: a newer one stops it at its next piece. */
  let rendering = null;

  /** Resolves in a task after the page's next frame, so that it draws and answers between
   *  two pieces of work (at once in a hidden page, which draws no frames). */
  const nextFrame = () => new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    if (document.hidden) port2.postMessage(null);
    else requestAnimationFrame(() => port2.postMessage(null));
  });

  /** Shows the set: each document's part completed with what the set gives it. `set` is
   *  null when the set-wide step failed: the documents are then shown alone. The views are
   *  made first, with the set before on screen; then the panels and the cards are put on
   *  screen, a large set a piece a frame. Resolves when every card is in, or a newer render
   *  took over. */
  async function render(set) {
    const run = (rendering = {});
    const shownDocs = docs;
    const piecemeal = shownDocs.length > PIECEMEAL;
    /** Waits for the next frame in a large set; false if a newer render took over. */
    const pause = async () => {
      if (piecemeal) await nextFrame();
      return run === rendering;
    };
    const documents = [];
    for (let i = 0; i < shownDocs.length; i += VIEW_SLICE) {
      if (i && !(await pause())) return;
      for (let k = i; k < Math.min(i + VIEW_SLICE, shownDocs.length); k++) documents.push(view(shownDocs[k], set?.documents[k]));
    }
    const analysis = {
      documents,
      entities: set?.entities ?? [],
      brief: set?.brief ?? [],
      keyphrases: set?.keyphrases ?? [],
      speakers: set?.speakers ?? [],
      comparison: set?.comparison,
      ids: shownDocs.map((d) => d.id),
    };
    shownSet = set;
    selected = null;
    onScreen = shownDocs.length ? analysis : null;
    $('results').replaceChildren();
    $('overview').replaceChildren();
    $('search').hidden = !shownDocs.length;
    $('export').hidden = !set;
    const corpus = $('corpus');
    corpus.hidden = !set || !shownDocs.length;
    if (set) {
      const c = set.corpus;
      const langs = c.languages.map((l) => `${LANGUAGES[l.lang]} ${n(l.documents)}`).join(', ');
      corpus.textContent = [`${n(c.documents)} document${c.documents === 1 ? '' : 's'}`, `${n(c.words)} words`, `${n(c.sentences)} sentences`, `about ${n(Math.max(1, Math.round(c.reading_minutes)))} min of reading`, langs].filter(Boolean).join(' · ');
    }
    const add = (from, to) => {
      const fragment = document.createDocumentFragment();
      for (let i = from; i < to; i++) fragment.append(i < EAGER_CARDS ? card(documents[i], shownDocs[i], analysis) : laterCard(documents[i], shownDocs[i], analysis));
      $('results').append(fragment);
    };
    // A place shown from a panel before its card is in adds the cards at once (showOccurrence).
    const left = (cardsLeft = { add, from: 0, to: shownDocs.length });
    showSearch();
    const show = (panel) => panel && $('overview').append(panel);
    const makers = shownDocs.length ? [briefPanel, comparePanel, keyphrasePanel, quotePanel, set && entityPanel] : [];
    for (const make of makers.filter(Boolean)) {
      if (!(await pause())) return;
      show(await make(analysis, pause, show));
      if (run !== rendering) return;
    }
    while (left.from < left.to) {
      if (!(await pause())) return;
      addCards(left, !piecemeal ? Infinity : left.from < EAGER_CARDS ? Math.min(DRAWN_SLICE, EAGER_CARDS - left.from) : CARD_SLICE);
    }
  }

  /** Adds `count` more of `left`'s cards. */
  function addCards(left, count) {
    const to = Math.min(left.to, left.from + count);
    left.add(left.from, to);
    left.from = to;
  }

  /** What makes each card that is not drawn yet. */
  const cardMakers = new WeakMap();
  /** Draws a waiting card when it comes near the screen. */
  const cardWatcher = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting && cardMakers.has(entry.target)) drawCard(entry.target);
    }
  }, { rootMargin: '1500px 0px' });

  /** Draws a waiting card now; returns the card drawn. */
  function drawCard(stub) {
    const make = cardMakers.get(stub);
    cardWatcher.unobserve(stub);
    cardMakers.delete(stub);
    const drawn = make();
    stub.replaceWith(drawn);
    showSelection(drawn);
    return drawn;
  }

  /** A card past the first EAGER_CARDS: its name and headline now, the rest when it comes
   *  near the screen, so that a set of thousands is shown (and re-shown after a change) at once. */
  function laterCard(doc, input, analysis) {
    const heading = doc.title ? doc.text.slice(doc.title.start, doc.title.end) : doc.name;
    const stub = el('article', { class: 'card waiting', part: 'card', 'data-id': input.id, 'data-name': doc.name, 'data-lang': doc.lang }, el('header', {}, el('h2', {}, heading), el('p', { class: 'meta' }, doc.name)));
    cardMakers.set(stub, () => card(doc, input, analysis));
    cardWatcher.observe(stub);
    return stub;
  }

  /** One document as shown: its part, its text, and what the set gives it. */
  function view(doc, links) {
    const shown = { ...doc.part.document, text: doc.text };
    if (doc.outlet) shown.outlet = { name: doc.outlet, from: 'reader' };
    if (links) {
      shown.mentions = links.mentions;
      shown.entities = links.entities;
      shown.keyphrases = links.keyphrases;
      shown.quotes = shown.quotes.map((q, i) => ({ ...q, entity: links.quote_entities[i] }));
    }
    return shown;
  }

  /** The whole Analysis of the set as docs/schema.md gives it (for onResult and the
   *  downloads): each document as shown (with its text and the reader's outlet name), its
   *  tokens from `tokens` (`tokenLists`), or none when it is not given. */
  function wholeAnalysis(set, tokens = null) {
    const documents = docs.map((d, i) => {
      const doc = view(d, set.documents[i]);
      doc.tokens = tokens?.[i] ?? [];
      delete doc.token_kinds;
      if (tokens && d.part.document.counts.tokens > TOKEN_LIMIT) {
        const message = `${d.name}: ${d.part.document.counts.tokens} tokens, more than the ${TOKEN_LIMIT} that are listed one by one; counts, sentences and the rest are complete.`;
        doc.notes = [...doc.notes, { level: 'info', code: 'tokens-not-listed', message }];
      }
      return doc;
    });
    const setWide = { ...set }; // corpus, entities, brief, keyphrases, speakers, and any field the core adds
    delete setWide.documents; // what each document gets from the set: merged above
    return { version: pool.version, offsets: OPTIONS.offsets, documents, ...setWide };
  }

  /** The tokens of document `d` as its analysis found them, from a worker (the page keeps
   *  none): `{tokens, token_kinds}`, the tokens a Uint32Array of (start, end, kind) triples. */
  function tokensOf(d) {
    const { lang, format } = d.part.document;
    return call({ type: 'tokenize', text: d.text, options: { lang, offsets: OPTIONS.offsets, format: format === 'markdown' ? 'markdown' : 'text' } });
  }

  /** Each document's tokens as {start, end, kind} objects, one document at a time on one
   *  worker; none for a document over TOKEN_LIMIT. */
  async function tokenLists() {
    const lists = [];
    for (const d of docs.slice()) {
      if (d.part.document.counts.tokens > TOKEN_LIMIT) {
        lists.push([]);
        continue;
      }
      const { tokens: packed, token_kinds: kinds } = await tokensOf(d);
      const tokens = new Array(packed.length / 3);
      for (let t = 0; t < tokens.length; t++) tokens[t] = { start: packed[t * 3], end: packed[t * 3 + 1], kind: kinds[packed[t * 3 + 2]] };
      lists.push(tokens);
    }
    return lists;
  }

  /** The brief of the whole set: each point with the documents that carry it. */
  function briefPanel(analysis) {
    if (!analysis.brief.length) return null;
    const sentenceText = (d, i) => {
      const doc = analysis.documents[d];
      const s = doc.sentences[i];
      return doc.text.slice(s.start, s.end);
    };
    const items = analysis.brief.map((p) => {
      const docs = [...new Set(p.sources.map((s) => s.document))];
      return el('li', {}, el('span', { class: 'point' }, sentenceText(p.document, p.sentence)), ' ',
        el('span', { class: 'sources' }, ...docs.map((d) => sourceTag(analysis.documents[d]))));
    });
    return el('section', { class: 'panel brief-panel', part: 'panel brief-panel', 'aria-label': 'Brief of all documents' },
      el('h2', {}, 'The story in brief'), el('ol', { class: 'brief' }, ...items));
  }

  /** The keyphrases of the whole set, with how many documents share each. */
  function keyphrasePanel(analysis) {
    if (!analysis.keyphrases.length) return null;
    const total = analysis.documents.length;
    return el('section', { class: 'panel keyphrase-panel', part: 'panel keyphrase-panel', 'aria-label': 'Keyphrases of all documents' },
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
      return doc.text.slice(q.start, q.end);
    };
    const groups = analysis.speakers.map((sp) => {
      const head = sp.entity != null
        ? entityItem(analysis.entities[sp.entity], analysis, sp.quotes.length).firstChild
        : el('span', { class: 'speaker' }, sp.name);
      const more = sp.quotes.length > QUOTES_SHOWN ? el('p', { class: 'more' }, `and ${n(sp.quotes.length - QUOTES_SHOWN)} more`) : null;
      return el('li', {}, head, el('ul', { class: 'quotes' }, ...sp.quotes.slice(0, QUOTES_SHOWN).map((r) =>
        el('li', {}, el('q', {}, quoteText(r).replace(/^[“"«‘]|[”"»’“]$/g, '')), ' ', sourceTag(analysis.documents[r.document])))), more);
    });
    return el('section', { class: 'panel quote-panel', part: 'panel quote-panel', 'aria-label': 'Who said what' }, el('h2', {}, 'Who said what'), el('ul', { class: 'speakers' }, ...groups));
  }

  /** The outlet's name on a card: a button that turns into a text field, where the reader
   *  can rename it; every citation of the document follows. */
  function outletControl(doc, input) {
    const button = el('button', { type: 'button', class: 'quiet outlet', title: `Outlet (${doc.outlet.from === 'reader' ? 'renamed by you' : `from the ${doc.outlet.from === 'file' ? 'file name' : doc.outlet.from}`}): click to rename` }, doc.outlet.name);
    button.addEventListener('click', () => {
      const field = el('input', { type: 'text', class: 'outlet-name', 'aria-label': 'Outlet name' });
      field.value = doc.outlet.name;
      const done = (keep) => {
        const name = field.value.trim();
        if (keep && name && name !== doc.outlet.name) {
          input.outlet = name;
          keepOutlet(input);
          render(shownSet);
        } else {
          field.replaceWith(button);
        }
      };
      field.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') done(true);
        if (e.key === 'Escape') done(false);
      });
      field.addEventListener('blur', () => done(true));
      button.replaceWith(field);
      field.focus();
      field.select();
    });
    return button;
  }

  /** How a document is cited: its outlet (from the page, the text, the file name or the reader). */
  function shortName(doc) {
    return doc.outlet.name.slice(0, 24);
  }

  /** A document cited in a list: its outlet, its name as a tooltip. */
  const sourceTag = (doc) => el('span', { class: 'source', title: doc.name }, shortName(doc));

  /** Who says quotation `q` of `doc`: its entity's name when linked, else the words naming them, else null. */
  const speakerName = (analysis, doc, q) => (q.entity != null ? analysis.entities[q.entity].name : q.speaker && doc.text.slice(q.speaker.start, q.speaker.end));

  /** The legend with a toggle per type, and the entities of the whole set. */
  function entityPanel(analysis) {
    const legend = el('div', { class: 'legend', role: 'group', 'aria-label': 'Highlight' },
      ...Object.entries(KINDS).map(([kind, label]) => {
        const box = el('input', { type: 'checkbox', checked: '', 'data-kind': kind });
        box.addEventListener('change', () => $('app').classList.toggle(`hide-${kind}`, !box.checked));
        return el('label', { class: `swatch k-${kind}` }, box, ` ${label}`);
      }),
      uncertainToggle());
    const top = analysis.entities.slice(0, 40);
    const list = el('ul', { class: 'entities' }, ...top.map((e) => entityItem(e, analysis)));
    return el('section', { class: 'panel entity-panel', part: 'panel entity-panel', 'aria-label': 'Entities in all documents' },
      el('h2', {}, 'Who and what, across all documents'), legend,
      top.length ? list : el('p', { class: 'more' }, 'No people, places or organizations found.'),
      analysis.entities.length > top.length ? el('p', { class: 'more' }, `${n(analysis.entities.length - top.length)} more entities are listed in each document.`) : null);
  }

  /** "Show uncertain names": names the tagger is unsure of are hidden until asked for, then
   *  shown dimmed. One setting for the whole page (a class on the body). */
  function uncertainToggle() {
    const box = el('input', { type: 'checkbox', 'data-uncertain': '' });
    box.checked = !$('app').classList.contains('hide-uncertain');
    box.addEventListener('change', () => {
      $('app').classList.toggle('hide-uncertain', !box.checked);
      for (const other of root.querySelectorAll('input[data-uncertain]')) other.checked = box.checked;
    });
    return el('label', { class: 'swatch uncertain-toggle', title: 'Names the tagger is not sure of, shown dimmed' }, box, ' Show uncertain names');
  }

  /** A clickable entity: name, type, mentions, and its other spellings (`variants`: in the
   *  whole set, or in one document). */
  function entityItem(e, analysis, count = e.mentions, variants = e.variants) {
    const others = variants.filter((v) => v.text !== e.name).map((v) => `${v.text} ×${v.count}`);
    const docs = e.documents.length;
    const sure = e.uncertain ? ' uncertain' : '';
    const button = el('button', { type: 'button', class: `entity k-${e.kind}${sure}`, 'data-entity': String(e.id), 'aria-pressed': 'false', title: `${e.kind}, confidence ${e.confidence.toFixed(2)}${e.uncertain ? ' (uncertain)' : ''}` },
      el('span', { class: 'name' }, e.name), ' ', el('span', { class: 'count' }, `×${n(count)}`));
    button.addEventListener('click', () => selectEntity(e.id));
    return el('li', { class: sure.trim() }, button,
      el('span', { class: 'detail' }, [docs > 1 ? `in ${docs} of ${analysis.documents.length} documents` : null, others.length ? `also ${others.join(', ')}` : null].filter(Boolean).join(' · ')));
  }

  let selected = null;

  /** Highlights every mention of entity `id` in every document (a second click clears). */
  function selectEntity(id) {
    selected = selected === id ? null : id;
    showSelection();
    const first = root.querySelector('mark.selected');
    if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function showSelection(scope = root) {
    for (const node of scope.querySelectorAll('[data-entity]')) {
      const on = node.dataset.entity === String(selected);
      node.classList.toggle('selected', on);
      if (node.tagName === 'BUTTON') node.setAttribute('aria-pressed', String(on));
    }
  }

  /** The document's text with names and values highlighted, summary sentences marked and
   *  web leftovers greyed (names of uncertain `entities` marked so), built from text nodes. The first TEXT_SLICE characters are drawn
   *  at once, the rest a slice per frame, so a long text neither freezes the page nor
   *  builds one huge list of nodes. Returns {box, draw(until): draws at least text[0, until)}. */
  function highlighted(text, doc, inSummary, entities) {
    const byStart = (a, b) => a.start - b.start || b.end - a.end;
    const wrappers = [
      ...doc.sentences.filter((s, i) => inSummary.has(i)).map((s) => ({ ...s, cls: 'chosen', title: `in the summary (score ${s.score})` })),
      ...doc.boilerplate.map((b) => ({ ...b, cls: 'leftover', title: 'web leftover: not analysed' })),
    ].sort(byStart);
    const spans = [
      ...doc.mentions.map((m) => ({ ...m, cls: `k-${m.kind}${entities[m.entity]?.uncertain ? ' uncertain' : ''}`, title: `${m.kind}, confidence ${m.confidence.toFixed(2)}` })),
      ...doc.values.map((v) => ({ ...v, cls: 'k-VALUE', title: valueTitle(v) })),
    ].sort(byStart);
    const box = el('div', { class: 'text' });
    let at = 0; // text drawn so far
    let w = 0; // the first wrapper that may still hold text past `at`
    let m = 0; // the first mark not yet drawn
    /** Draws text[at, stop) or a little more (a mark is never cut). */
    function draw(until) {
      const stop = Math.min(until, text.length);
      const fragment = document.createDocumentFragment();
      while (at < stop) {
        while (w < wrappers.length && wrappers[w].end <= at) w++;
        const wrapper = wrappers[w];
        let parent = fragment;
        let end = Math.min(stop, wrapper ? wrapper.start : text.length);
        if (wrapper && wrapper.start <= at) {
          parent = el('span', { class: wrapper.cls, title: wrapper.title });
          fragment.append(parent);
          end = Math.min(stop, wrapper.end);
        }
        while (at < end) {
          while (m < spans.length && spans[m].start < at) m++; // overlapping marks: the first wins
          const s = spans[m];
          if (!s || s.start >= end) {
            parent.append(text.slice(at, end));
            at = end;
          } else {
            if (s.start > at) parent.append(text.slice(at, s.start));
            const attrs = { class: s.cls, title: s.title };
            if (s.entity != null) attrs['data-entity'] = String(s.entity);
            parent.append(el('mark', attrs, text.slice(s.start, s.end)));
            at = s.end;
            m++;
          }
        }
      }
      box.append(fragment);
    }
    draw(TEXT_SLICE);
    const more = () => {
      if (at >= text.length || !box.isConnected) return;
      draw(at + TEXT_SLICE);
      showSelection(box);
      requestAnimationFrame(more);
    };
    requestAnimationFrame(more);
    return { box, draw };
  }

  /** What opens a card's highlighted text drawn up to an offset, and returns its box. */
  const textOpeners = new WeakMap();

  function card(doc, input, analysis) {
    const text = doc.text;
    const slice = (s) => text.slice(s.start, s.end);
    const heading = doc.title ? slice(doc.title) : doc.name;
    const k = doc.counts;
    const meta = [doc.name, k.words ? LANGUAGES[doc.lang] : 'empty', `${n(k.words)} words`, `${n(k.sentences)} sentences`, `${n(k.paragraphs)} paragraphs`, `${k.reading_minutes.toFixed(1)} min`];
    const article = el('article', { class: 'card', part: 'card', 'data-id': input.id, 'data-name': doc.name, 'data-lang': doc.lang },
      el('header', {},
        el('h2', {}, heading),
        el('p', { class: 'meta' }, outletControl(doc, input), ' · ', meta.join(' · ')),
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
    let drawn = null;
    const drawText = () => {
      if (!drawn) {
        drawn = highlighted(text, doc, inSummary, analysis.entities);
        textBox.append(drawn.box);
        showSelection();
      }
      return drawn;
    };
    textDetails.addEventListener('toggle', () => textDetails.open && drawText());
    textOpeners.set(article, (until) => {
      textDetails.open = true;
      drawText().draw(until);
      showSelection(drawn.box);
      return drawn.box;
    });
    if (text.length <= OPEN_TEXT && docs.length <= 20) textDetails.open = true;
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
      const d = analysis.documents.indexOf(doc);
      const echoes = echoesOf(analysis, d);
      const only = new Set(analysis.documents.length > 1 ? analysis.comparison?.unique[d] : []);
      sentenceList.append(...shown.map((s, i) => el('li', { class: inSummary.has(i) ? 'chosen' : '' },
        el('span', { class: 'sentence' }, slice(s)), ' ', el('span', { class: 'score', title: 'summary score' }, s.score == null ? 'not a candidate' : s.score.toFixed(2)),
        ' ', echoBadge(analysis, echoes.get(i), only.has(i)))));
      if (doc.sentences.length > shown.length) sentenceList.after(el('p', { class: 'more' }, `First ${n(shown.length)} of ${n(doc.sentences.length)} sentences shown.`));
    });
    article.append(sentenceDetails);
    const tokenBox = el('div', { class: 'tokens' });
    const tokenDetails = el('details', { class: 'token-list' }, el('summary', {}, `Tokens (${n(k.tokens)})`), tokenBox);
    let asked = false; // asked again when opened after a failure
    tokenDetails.addEventListener('toggle', async () => {
      if (!tokenDetails.open || asked) return;
      asked = true;
      let found;
      try {
        found = await tokensOf(input);
      } catch (err) {
        tokenBox.replaceChildren(el('p', { class: 'more' }, `The tokens could not be listed (${err.message}).`));
        asked = false;
        return;
      }
      tokenBox.replaceChildren();
      const listed = found.tokens.length / 3;
      const shown = Math.min(listed, TOKEN_CHIPS);
      for (let i = 0; i < shown; i++) {
        const [start, end, kind] = found.tokens.subarray(i * 3, i * 3 + 3);
        const name = found.token_kinds[kind];
        tokenBox.append(el('span', { class: `tok k-${name}`, title: name }, text.slice(start, end)));
      }
      if (listed > shown) tokenBox.append(el('p', { class: 'more' }, `First ${n(shown)} of ${n(listed)} tokens shown.`));
    });
    article.append(tokenDetails);
    article.querySelector('.remove').addEventListener('click', () => {
      article.remove();
      removeDocument(input);
    });
    return article;
  }

  // ---------------------------------------------------------------- search in context

  const HITS_SHOWN = 300; // occurrences listed; the others are counted
  const CONTEXT = 70; // characters of context shown on each side, within the sentence
  const FORM_LETTERS = 5; // a word this long also finds the words that begin as it does
  const folds = new Map();
  /** The folded text of each document view (search). */
  const foldedTexts = new WeakMap();

  /** One UTF-16 unit as search compares it: lowercased, without accents, white space and
   *  hyphens as a space, every apostrophe as '. */
  function foldUnit(c) {
    let f = folds.get(c);
    if (f === undefined) {
      f = /[\s\-‐‑]/.test(c) ? ' ' : /[’‘ʼ`´]/.test(c) ? "'" : c.normalize('NFD')[0].toLowerCase();
      if (f.length !== 1) f = c;
      folds.set(c, f);
    }
    return f;
  }

  /** `text` folded unit by unit: an offset in it is the same offset in `text`. */
  const fold = (text) => text.replace(/[^a-z0-9 ]/g, foldUnit);
  const wordsOf = (text) => fold(text).split(' ').filter(Boolean);
  const escapeRegExp = (text) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

  /** A regular expression over folded text for the query's `words`; with `forms`, a word of
   *  FORM_LETTERS letters or more finds every word that begins with its first FORM_LETTERS. */
  function queryPattern(words, forms) {
    const parts = words.map((w) => {
      const letters = [...w];
      if (!forms || letters.length < FORM_LETTERS || !/^\p{L}+$/u.test(w)) return escapeRegExp(w);
      return `${escapeRegExp(letters.slice(0, FORM_LETTERS).join(''))}[\\p{L}\\p{N}]*`;
    });
    const open = /^[\p{L}\p{N}]/u.test(words[0]) ? '(?<![\\p{L}\\p{N}])' : '';
    const close = /[\p{L}\p{N}]$/u.test(words.at(-1)) ? '(?![\\p{L}\\p{N}])' : '';
    return new RegExp(open + parts.join(' +') + close, 'gu');
  }

  /** Every occurrence of `query` in the documents shown, by document then place: the words
   *  (and their forms), and every mention of the entities the query names (by their name or
   *  one of their spellings). Returns {hits: [{doc, start, end}], named: [entity]}. */
  function findHits(analysis, query, forms) {
    const words = wordsOf(query);
    if (!words.length) return { hits: [], named: [] };
    const phrase = words.join(' ');
    const named = analysis.entities.filter((e) => [e.name, ...e.variants.map((v) => v.text)].some((t) => wordsOf(t).join(' ') === phrase));
    const ids = new Set(named.map((e) => e.id));
    const pattern = queryPattern(words, forms);
    const hits = [];
    analysis.documents.forEach((doc, d) => {
      if (!foldedTexts.has(doc)) foldedTexts.set(doc, fold(doc.text));
      const found = [...foldedTexts.get(doc).matchAll(pattern)].map((m) => ({ doc: d, start: m.index, end: m.index + m[0].length }));
      for (const m of doc.mentions) if (ids.has(m.entity)) found.push({ doc: d, start: m.start, end: m.end });
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      let reached = 0;
      for (const hit of found) {
        if (hit.start < reached) continue; // overlaps the one before
        hits.push(hit);
        reached = hit.end;
      }
    });
    return { hits, named };
  }

  /** Lists the occurrences of the query typed in the documents shown. */
  function showSearch() {
    const query = $('search-field').value;
    const list = $('search-hits');
    const summary = $('search-summary');
    if (!onScreen || !query.trim()) {
      list.replaceChildren();
      summary.textContent = '';
      return;
    }
    const analysis = onScreen;
    const { hits, named } = findHits(analysis, query, $('search-forms').checked);
    list.replaceChildren(...hits.slice(0, HITS_SHOWN).map((hit) => hitItem(analysis, hit)));
    if (hits.length > HITS_SHOWN) list.append(el('li', { class: 'more' }, `${n(hits.length - HITS_SHOWN)} more not listed: narrow the search.`));
    const total = analysis.documents.length;
    const inDocs = new Set(hits.map((h) => h.doc)).size;
    summary.textContent = !hits.length ? `No match for “${query.trim()}”.`
      : [`“${query.trim()}”: ${n(hits.length)} match${hits.length === 1 ? '' : 'es'} in ${n(inDocs)} of ${n(total)} article${total === 1 ? '' : 's'}`,
        ...named.map((e) => `every mention of ${e.name}, as ${e.variants.map((v) => v.text).join(', ')}`)].join(' · ');
  }

  /** The sentence of `sentences` (sorted) that holds `offset`, or the last one before it. */
  function sentenceAt(sentences, offset) {
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sentences[mid].start <= offset) low = mid + 1;
      else high = mid;
    }
    return sentences[low - 1];
  }

  /** One occurrence: its outlet, then its sentence around it with the match marked; a click
   *  shows it in its card. */
  const hitItem = (analysis, hit) => el('li', {}, contextLine(analysis, hit.doc, hit));

  /** A line of keyword in context: the outlet of document `d`, then the sentence around `hit`
   *  with `hit` marked; a click shows `place` (the hit itself by default) in its card. */
  function contextLine(analysis, d, hit, place = hit) {
    const doc = analysis.documents[d];
    const text = doc.text;
    const s = sentenceAt(doc.sentences, hit.start) ?? hit;
    const from = Math.max(s.start, hit.start - CONTEXT);
    const to = Math.min(Math.max(s.end, hit.end), hit.end + CONTEXT);
    const flat = (t) => t.replace(/\s+/g, ' ');
    // A context cut short loses its partial word and says so.
    const before = from > s.start ? `…${flat(text.slice(from, hit.start)).replace(/^\S*\s/, '')}` : flat(text.slice(from, hit.start));
    const after = to < s.end ? `${flat(text.slice(hit.end, to)).replace(/\s\S*$/, '')}…` : flat(text.slice(hit.end, to));
    return placeButton(analysis, d, place, { class: 'hit', title: doc.name },
      el('span', { class: 'source' }, shortName(doc)), el('span', { class: 'before' }, before),
      el('mark', {}, flat(text.slice(hit.start, hit.end))), el('span', { class: 'after' }, after));
  }

  /** A button that shows `place` ({start, end}) of document `d` of `analysis` in its card
   *  (the card of `d` when the button is made: the set may change before the click). */
  function placeButton(analysis, d, place, attrs, ...children) {
    const button = el('button', { type: 'button', ...attrs }, ...children);
    const id = analysis.ids[d];
    button.addEventListener('click', () => showOccurrence(id, place));
    return button;
  }

  /** Shows an occurrence in its card (document `id`): draws the card and its text as far as
   *  needed, scrolls the occurrence into view and highlights it. */
  function showOccurrence(id, hit) {
    if (cardsLeft) addCards(cardsLeft, Infinity);
    let article = root.querySelector(`.card[data-id="${id}"]`);
    if (!article) return; // removed meanwhile
    if (cardMakers.has(article)) article = drawCard(article);
    const range = rangeIn(textOpeners.get(article)(hit.end), hit.start, hit.end);
    if (!range) return;
    const anchor = el('span');
    range.insertNode(anchor); // a text node cannot scroll into view; an element there can
    anchor.scrollIntoView({ block: 'center' });
    anchor.remove();
    globalThis.CSS?.highlights?.set('lente-hit', new Highlight(range));
  }

  /** A Range over text[start, end) in `box`, whose text nodes hold the text in order. */
  function rangeIn(box, start, end) {
    const range = document.createRange();
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const next = at + node.length;
      if (start >= at && start < next) range.setStart(node, start - at);
      if (end > at && end <= next) {
        range.setEnd(node, end - at);
        return range;
      }
      at = next;
    }
    return null;
  }

  // ---------------------------------------------------------------- compare the outlets

  const STEP = 10; // items of a Compare list drawn at a time: "Show more" draws the next ones
  const COLUMNS = 6; // places of one text shown side by side; the others are counted
  const VERSION_WORDS = 80; // words of each version shown; the others are counted
  const MATRIX_ENTITIES = 15; // columns of the outlet × name table: the most salient names
  const MATRIX_SPEAKERS = 10; // columns of the outlet × speaker table: those quoted most
  const DIFF_CELLS = 250_000; // a longer middle of two texts (past their common ends) differs whole
  const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

  /** How the outlets tell the story, for 2+ documents: shared passages, what only one outlet
   *  says, who is named and quoted where, figures, the timeline, quotations told differently
   *  (analysis.comparison; schema.md). The panel is put on screen at once by `show(panel)`,
   *  and each part added after `pause()` (which says false if the render is no longer
   *  wanted). */
  async function comparePanel(analysis, pause, show) {
    const c = analysis.comparison;
    if (!c || analysis.documents.length < 2) return;
    const outlets = outletsOf(analysis);
    const panel = el('section', { class: 'panel compare-panel', part: 'panel compare-panel', 'aria-label': 'Compare the outlets' },
      el('h2', {}, 'Compare the outlets'),
      el('p', { class: 'more' }, `${n(outlets.length)} outlets · ${n(c.points.length)} points told by two articles or more (their sentences are marked in each article’s list of sentences)`));
    show(panel);
    const parts = [
      ['Shared passages', () => capped(c.passages, (p) => passageItem(analysis, p), 'No passage of 8 words or more is shared.')],
      ['What only one outlet says', () => capped(outlets, (ds) => el('li', {}, onlyIn(analysis, ds)), '')],
      ['Who is named where', () => entityMatrix(analysis, outlets)],
      ['Who is quoted where', () => speakerMatrix(analysis, outlets)],
      ['Figures side by side', () => capped(c.figures, (g) => figureItem(analysis, g), 'No figure is given.')],
      ['Timeline', () => capped(c.timeline, (t) => dateItem(analysis, t), 'No date is named.')],
      ['Quotations told differently', () => capped(c.quote_variants, (g) => variantItem(analysis, g), 'No quotation is rendered differently.')],
    ];
    for (const [title, make] of parts) {
      if (!(await pause())) return;
      panel.append(el('section', { class: 'compare-part' }, el('h3', {}, title), ...make()));
    }
  }

  /** A list of `items` drawn STEP at a time by `make` ([list, its "Show more" button]), or the
   *  line `empty`. `list` may be given (a table body). */
  function capped(items, make, empty, list = el('ol', { class: 'compare' })) {
    if (!items.length) return [el('p', { class: 'more' }, empty)];
    let shown = 0;
    const more = el('button', { type: 'button', class: 'quiet' });
    const next = () => {
      list.append(...items.slice(shown, shown += STEP).map(make));
      more.textContent = `Show ${n(Math.min(STEP, items.length - shown))} more of ${n(items.length - shown)}`;
      more.hidden = shown >= items.length;
    };
    more.addEventListener('click', next);
    next();
    return [list, more];
  }

  /** The outlets of the set, in order of first appearance: each the indexes of its documents. */
  function outletsOf(analysis) {
    const outlets = new Map();
    analysis.documents.forEach((doc, d) => {
      if (!outlets.has(doc.outlet.name)) outlets.set(doc.outlet.name, []);
      outlets.get(doc.outlet.name).push(d);
    });
    return [...outlets.values()];
  }

  /** The sentences of document `d` that other documents also report: sentence → those documents. */
  function echoesOf(analysis, d) {
    const echoes = new Map();
    for (const p of analysis.comparison?.points ?? []) {
      for (const s of p.sources) if (s.document === d) echoes.set(s.sentence, p.documents.filter((x) => x !== d));
    }
    return echoes;
  }

  /** A sentence's badge on its card: the outlets that also report it (`others`), or `only here`. */
  function echoBadge(analysis, others, only) {
    if (!others) return only ? el('span', { class: 'badge only', title: 'no other article reports it' }, 'only here') : null;
    const names = [...new Set(others.map((x) => shortName(analysis.documents[x])))];
    const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${n(names.length - 3)} more` : names.join(', ');
    return el('span', { class: 'badge also', title: names.join(', ') }, `also in: ${listed}`);
  }

  /** A button naming sentence `i` of document `d`, which it shows in its card. */
  function sentenceButton(analysis, d, i) {
    const doc = analysis.documents[d];
    const s = doc.sentences[i];
    return placeButton(analysis, d, s, { class: 'place' }, doc.text.slice(s.start, s.end));
  }

  /** "Only in <outlet>": the sentences of its documents (`ds`) that no other document reports,
   *  listed when opened. */
  function onlyIn(analysis, ds) {
    const refs = ds.flatMap((d) => analysis.comparison.unique[d].map((i) => [d, i]));
    const details = el('details', { class: 'only-in' }, el('summary', {}, `Only in ${shortName(analysis.documents[ds[0]])} (${n(refs.length)})`));
    details.addEventListener('toggle', () => {
      if (details.open && details.childElementCount === 1) details.append(...capped(refs, ([d, i]) => el('li', {}, sentenceButton(analysis, d, i)), 'Nothing: every sentence is told elsewhere too.'));
    });
    return details;
  }

  /** Mentions of the most salient entities (sure ones), an outlet per row. */
  function entityMatrix(analysis, outlets) {
    const top = analysis.entities.filter((e) => !e.uncertain).slice(0, MATRIX_ENTITIES);
    const counts = top.map((e) => new Map(e.documents.map((x) => [x.document, x.count])));
    return matrix(analysis, outlets, 'Mentions of the most salient names in each outlet', top.map((e) => e.name), counts);
  }

  /** Quotations of the speakers quoted most, an outlet per row. */
  function speakerMatrix(analysis, outlets) {
    const top = analysis.speakers.slice(0, MATRIX_SPEAKERS);
    const counts = top.map((sp) => {
      const count = new Map();
      for (const q of sp.quotes) count.set(q.document, (count.get(q.document) ?? 0) + 1);
      return count;
    });
    return matrix(analysis, outlets, 'Quotations of each speaker in each outlet', top.map((sp) => sp.name), counts);
  }

  /** A table of counts, a row per outlet (`outlets`: each its documents) and a column per
   *  heading (`counts`: for each column, document → count); 0 is left empty. */
  function matrix(analysis, outlets, caption, headings, counts) {
    if (!headings.length) return [el('p', { class: 'more' }, 'None.')];
    const row = (ds) => el('tr', {}, el('th', { scope: 'row' }, shortName(analysis.documents[ds[0]])), ...counts.map((count) => {
      const sum = ds.reduce((total, d) => total + (count.get(d) ?? 0), 0);
      return el('td', {}, sum ? n(sum) : '');
    }));
    const [body, more] = capped(outlets, row, '', el('tbody'));
    const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Outlet'), ...headings.map((h) => el('th', { scope: 'col' }, el('span', {}, h)))));
    return [el('div', { class: 'matrix' }, el('table', {}, el('caption', {}, caption), head, body)), more];
  }

  /** A shared passage: its words and likeness, then its places side by side. */
  const passageItem = (analysis, p) => el('li', {},
    el('p', { class: 'more' }, `${n(p.words)} words, ${Math.round(p.similarity * 100)}% word for word`), versions(analysis, p.spans));

  /** One quotation as outlets render it, side by side with each speaker. */
  const variantItem = (analysis, group) => el('li', {}, versions(analysis, group.quotes.map(({ document: d, quote }) => {
    const doc = analysis.documents[d];
    const q = doc.quotes[quote];
    return { document: d, start: q.start, end: q.end, speaker: speakerName(analysis, doc, q) };
  })));

  /** Versions of one text side by side, each a button to its place ({document, start, end,
   *  speaker?}); the words that differ between them are marked. */
  function versions(analysis, places) {
    const shown = places.slice(0, COLUMNS);
    const texts = shown.map((p) => analysis.documents[p.document].text.slice(p.start, p.end));
    const words = texts.map(wordsIn);
    const marks = groupDiff(words.map((w) => w.map((x) => x.key)));
    return el('div', { class: 'versions' }, ...shown.map((p, i) => placeButton(analysis, p.document, p, { class: 'version' },
      sourceTag(analysis.documents[p.document]), p.speaker ? el('span', { class: 'speaker' }, p.speaker) : null, ...diffText(texts[i], words[i], marks[i]))),
    places.length > shown.length ? el('p', { class: 'more' }, `and ${n(places.length - shown.length)} more places`) : null);
  }

  /** The words of `text` (runs of non-space) as {start, end, key}: `key` folded, without the
   *  punctuation at its edges, so that `Putin,` matches `Putin` and `«un` matches `“un`. */
  const wordsIn = (text) => [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index, end: m.index + m[0].length, key: fold(m[0]).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
  }));

  /** Marks of the words of `a` and of `b` (keys) against the other: 0 the same, 1 extra (the
   *  other has nothing there), 2 changed (the other has other words there). The words between
   *  the common beginning and end are aligned by their longest common subsequence. */
  function wordDiff(a, b) {
    const marks = [new Uint8Array(a.length), new Uint8Array(b.length)];
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < Math.min(a.length, b.length) - head && a.at(-1 - tail) === b.at(-1 - tail)) tail++;
    const rows = a.length - head - tail;
    const width = b.length - head - tail + 1;
    const pairs = []; // the words matched, in order
    if (rows * width <= DIFF_CELLS) {
      const lcs = new Uint16Array((rows + 1) * width); // lcs[i * width + j]: of a[head + i..] and b[head + j..]
      for (let i = rows - 1; i >= 0; i--) {
        for (let j = width - 2; j >= 0; j--) {
          lcs[i * width + j] = a[head + i] === b[head + j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
        }
      }
      for (let i = 0, j = 0; i < rows && j < width - 1;) {
        if (a[head + i] === b[head + j]) pairs.push([head + i++, head + j++]);
        else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) i++;
        else j++;
      }
    }
    pairs.push([a.length - tail, b.length - tail]); // the common end
    let [i, j] = [head, head];
    for (const [x, y] of pairs) {
      const mark = x > i && y > j ? 2 : 1;
      marks[0].fill(mark, i, x);
      marks[1].fill(mark, j, y);
      [i, j] = [x + 1, y + 1];
    }
    return marks;
  }

  /** The marks of each text's words (`keys`) against the first; the first's own are the
   *  strongest against any other. */
  function groupDiff(keys) {
    const first = new Uint8Array(keys[0].length);
    return keys.map((k, t) => {
      if (!t) return first;
      const [a, b] = wordDiff(keys[0], k);
      a.forEach((mark, w) => { first[w] = Math.max(first[w], mark); });
      return b;
    });
  }

  /** `text` with its marked words (`marks` by word of `words`) in a <mark class="diff"> per run,
   *  its first VERSION_WORDS words only: the rest are counted in a note after it (a version's
   *  button shows it whole in its article). Two near-identical articles share passages of
   *  hundreds of words, whose layout alone held the page for tens of milliseconds. */
  function diffText(text, words, marks) {
    const shown = Math.min(words.length, VERSION_WORDS);
    const box = el('span', { class: 'words' });
    let at = 0;
    for (let i = 0; i < shown; i++) {
      if (!marks[i]) continue;
      let j = i;
      while (j + 1 < shown && marks[j + 1] === marks[i]) j++;
      const [cls, title] = marks[i] === 2 ? ['changed', 'worded differently in another version'] : ['extra', 'missing in another version'];
      box.append(text.slice(at, words[i].start), el('mark', { class: `diff ${cls}`, title }, text.slice(words[i].start, words[j].end)));
      at = words[j].end;
      i = j;
    }
    if (shown === words.length) {
      box.append(text.slice(at));
      return [box];
    }
    box.append(text.slice(at, words[shown - 1].end));
    const hidden = marks.slice(shown).filter(Boolean).length;
    return [box, el('span', { class: 'more' }, `… ${n(words.length - shown)} more words${hidden ? `, ${n(hidden)} of them marked` : ''}`)];
  }

  /** One figure group: what it counts, whether the outlets agree, each value in its sentence. */
  function figureItem(analysis, g) {
    const valueOf = (item) => analysis.documents[item.document].values[item.value];
    const what = g.label.startsWith('quantity:') ? valueOf(g.items[0]).value.unit ?? g.label.slice('quantity:'.length) : g.label.replace(':', ' ');
    const [cls, label] = new Set(g.items.map((item) => item.document)).size < 2 ? ['single', 'one article'] : g.agree ? ['agree', 'agree'] : ['differ', 'differ'];
    return el('li', {}, el('h4', {}, what, ' ', el('span', { class: `badge ${cls}` }, label)), ...placeLines(analysis, g.items, valueOf));
  }

  /** A date of the timeline and where it is named. */
  const dateItem = (analysis, t) => el('li', {}, el('h4', {}, readableDate(t.date)),
    ...placeLines(analysis, t.items, (item) => analysis.documents[item.document].values[item.value]));

  /** Figures or dates ({document, value, sentence}) in context, each going to its sentence. */
  function placeLines(analysis, items, valueOf) {
    return capped(items, (item) => el('li', {}, contextLine(analysis, item.document, valueOf(item), analysis.documents[item.document].sentences[item.sentence])), '');
  }

  /** An ISO date as read: `1961`, `Feb 2022`, `19 Jun 2024`, `18 Jun (no year)`, `1990s`; a
   *  range as `from – to`; anything else as it is. */
  function readableDate(iso) {
    return iso.split('/').map((part) => {
      if (!/^(\d{4}|\d{3}X|-)(-\d\d){0,2}$/.test(part)) return part;
      const [year, month, day] = part.startsWith('--') ? [null, ...part.slice(2).split('-')] : part.split('-');
      return [day && Number(day), month && MONTHS[month - 1], year ? year.replace(/X$/, '0s') : '(no year)'].filter(Boolean).join(' ');
    }).join(' – ');
  }

  // ---------------------------------------------------------------- downloads

  /** The files offered once a set is shown, by the name a button's data-file gives (markup in
   *  analyzer.html): [MIME type, make(analysis) → the file's text, or a promise of it], where
   *  `analysis` is the whole Analysis of schema.md. A report the core writes (Markdown, HTML)
   *  joins with one more button and entry, whose maker asks the worker (call({type: …})). */
  const DOWNLOADS = {
    'lente-analysis.json': ['application/json', (analysis) => `${JSON.stringify(analysis)}\n`],
    'lente-entities.csv': ['text/csv', entityCsv],
    'lente-quotes.csv': ['text/csv', quoteCsv],
    'lente-figures.csv': ['text/csv', figureCsv],
    'lente-report.md': ['text/markdown', (analysis) => report(analysis, 'md')],
    'lente-report.html': ['text/html', (analysis) => report(analysis, 'html')],
  };

  /** The core's report of the analysis (`md` or `html`), from the worker. */
  function report(analysis, format) {
    if (engines.some((e) => e.busy)) throw new Error('the analysis is still running: try again when it is done');
    const texts = docs.map((d) => d.text);
    return call({ type: 'report', analysis, texts, format });
  }

  async function downloadFile(name) {
    const [type, make] = DOWNLOADS[name];
    try {
      // Only the JSON lists the tokens: the others do not show them.
      const tokens = name.endsWith('.json') ? await tokenLists() : null;
      download(name, type, await make(wholeAnalysis(shownSet, tokens)));
    } catch (err) {
      message(`${name} could not be made (${err.message}).`);
    }
  }

  /** Saves `text` as a file `name` of MIME `type`, from a Blob: nothing leaves the browser. */
  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = el('a', { href: url, download: name, hidden: '' });
    $('app').append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** One field of CSV (RFC 4180): quoted when it holds a comma, a quote or a line break. A
   *  text a spreadsheet would take for a formula (= + - @, a tab or CR first) gets a ' first. */
  function csvField(value) {
    let text = value == null ? '' : String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  /** A CSV file: the header, then the rows, each line ended by CRLF. */
  const csv = (header, rows) => [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');

  function entityCsv(a) {
    const outlets = (e) => [...new Set(e.documents.map((d) => a.documents[d.document].outlet.name))].join('; ');
    return csv(['name', 'kind', 'mentions', 'documents', 'outlets', 'salience'],
      a.entities.map((e) => [e.name, e.kind, e.mentions, e.documents.length, outlets(e), e.salience]));
  }

  /** Quotations; the speaker is its entity's name when linked, else the words naming them. */
  function quoteCsv(a) {
    return csv(['outlet', 'document', 'speaker', 'quote', 'start', 'end', 'scare'], a.documents.flatMap((d) => d.quotes.map((q) =>
      [d.outlet.name, d.name, speakerName(a, d, q), d.text.slice(q.start, q.end), q.start, q.end, q.scare])));
  }

  /** Figures: the groups of the set's comparison when the core gives one, else every value of
   *  every document. */
  /** Every value of every document, with the comparison's group of figures it is in. */
  function figureCsv(a) {
    const groups = new Map();
    for (const g of a.comparison?.figures ?? []) for (const f of g.items) groups.set(`${f.document}:${f.value}`, g);
    return csv(['outlet', 'document', 'kind', 'text', 'value', 'start', 'end', 'group', 'agree'], a.documents.flatMap((d, i) => d.values.map((v, k) => {
      const g = groups.get(`${i}:${k}`);
      return [d.outlet.name, d.name, v.kind, d.text.slice(v.start, v.end), JSON.stringify(v.value), v.start, v.end, g?.label ?? '', g ? g.agree : ''];
    })));
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
    $('clear').addEventListener('click', clearAll);
    wireForget();
    let typing = 0;
    $('search-field').addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(showSearch, 150);
    });
    $('search-forms').addEventListener('change', showSearch);
    for (const button of root.querySelectorAll('[data-file]')) button.addEventListener('click', () => downloadFile(button.dataset.file));
    const samples = source.samples ?? [];
    if (samples.length) {
      $('samples').hidden = false;
      $('samples').addEventListener('click', () => addDocuments(samples));
    }
  }

  wire();
  restoreKept();
  startEngine(engines[0]).then(
    () => working || setStatus('Ready. Drop articles, choose files or paste a text.'),
    (err) => {
      if (err.stopped) return;
      setStatus(`The analyzer could not start: ${err.message}`);
      source.onError?.(err.message);
    },
  );
  return { add: addDocuments, clear: clearAll, reanalyze };
}

/** A value's tooltip: its kind and normalized value, a decade (`199X`) as `1990s` and a
 *  range (`2020/2022`) as `2020 to 2022`. Shared with <lente-article> (www/pkg/element.js). */
function valueTitle(v) {
  const x = v.value;
  const iso = x.iso?.split('/').map((d) => d.replace(/^(\d{3})X$/, (_, decade) => `${decade}0s`)).join(' to ');
  return [v.kind, iso, x.number != null ? formatNumber(x.number) : null, x.unit].filter((p) => p != null).join(' ');
}

/** `x` as `toLocaleString('en')` writes it (`12,345.678`: thousands grouped, at most three
 *  decimals) without the browser's locale data, whose first use held the page's thread for
 *  40–110 ms while it loaded. */
function formatNumber(x) {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return String(x);
  const [whole, fraction] = Math.abs(x).toFixed(3).replace(/\.?0+$/, '').split('.');
  const sign = x < 0 && (whole !== '0' || fraction) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
