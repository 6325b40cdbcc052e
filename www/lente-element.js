// <lente-article>: a web component for pages that embed Lente. Put it next to lente.js and
// lente_bg.wasm (dist/pkg/) and write
//
//   <script type="module" src="pkg/lente-element.js"></script>
//   <lente-article>Il presidente russo Vladimir Putin incontra Kim Jong-un…</lente-article>
//
// It analyses its own text and shows the language, the counts and the sentences in its shadow
// root. The text never leaves the page; it is set with textContent only.
import init, { analyze } from './lente.js';

const ready = init();
const LANGUAGES = { it: 'Italian', en: 'English', other: 'another language' };

class LenteArticle extends HTMLElement {
  async connectedCallback() {
    const text = this.textContent;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    await ready;
    const doc = analyze([{ name: this.getAttribute('name') ?? 'article', text }], { tokens: false }).documents[0];
    const meta = document.createElement('p');
    meta.part = 'meta';
    meta.textContent = `${LANGUAGES[doc.lang]} · ${doc.counts.words} words · ${doc.counts.sentences} sentences · ${doc.counts.reading_minutes} min`;
    const list = document.createElement('ol');
    list.part = 'sentences';
    for (const s of doc.sentences) {
      const item = document.createElement('li');
      item.textContent = text.slice(s.start, s.end);
      list.append(item);
    }
    root.replaceChildren(meta, list);
    this.analysis = doc;
    this.dispatchEvent(new CustomEvent('lente-analysed', { detail: doc }));
  }
}

customElements.define('lente-article', LenteArticle);
