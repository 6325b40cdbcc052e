//! Keyphrases of a document and of a set of documents, Italian and English.
//!
//! Candidates are runs of one to four content words (not stop words, numbers, punctuation or
//! URLs) within a sentence and a line, joined only by spaces or by a preposition of the
//! `di` family (`Corea del Nord`, `patto di difesa reciproca`) or English `of` (`Department
//! of State`); every such run and sub-run counts. Occurrences are grouped by a key of light
//! stems of the lowercased words (`stem`: number and gender endings only), and each group is
//! scored by frequency, spread over the text, position of the first occurrence, length,
//! capitalization (names score higher, runs mixing names and common words lower, runs of the
//! shape name–word–name not at all) and a penalty for phrases of generic words only. A phrase
//! inside better-scored longer phrases is dropped when fewer than half of its occurrences are
//! outside them (`Corea` in `Corea del Nord`), and so are a nationality adjective, a heading
//! in capitals and an Italian phrase opened by the noun of a compound preposition (`causa
//! della calca`). Linear in the number of tokens.

pub mod junk;
mod stem;
pub mod words;

use super::stopwords;
use crate::text::lang::Lang;
use crate::text::sentences::SentenceSpan;
use crate::text::tokenize::{Token, TokenKind};
use rustc_hash::FxHashMap as HashMap;

/// A keyphrase of one document.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Keyphrase {
    /// The commonest surface form (`Corea del Nord`, `cooperazione strategica`).
    pub text: String,
    /// The grouping key: light stems of the lowercased words joined by spaces (`corea del nord`,
    /// `stato unito`), connectors kept as written.
    pub key: String,
    pub score: f64,
    pub count: usize,
    /// Byte spans of every occurrence.
    #[serde(skip)]
    pub spans: Vec<(u32, u32)>,
}

/// A keyphrase of a set of documents.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SetKeyphrase {
    pub text: String,
    pub key: String,
    pub score: f64,
    pub documents: Vec<usize>,
}

/// The most content words in a phrase.
const MAX_WORDS: usize = 4;

/// Score weights by the number of content words.
const LENGTH_WEIGHT: [f64; MAX_WORDS] = [1.0, 1.7, 1.85, 1.95];

/// What a token can be in a phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Ends any phrase: punctuation, numbers, URLs, stop words, skipped tokens.
    Break,
    /// A word of the phrase.
    Content,
    /// A preposition allowed between two content words.
    Connector,
}

/// A token as seen by the extractor.
#[derive(Clone, Copy, Debug)]
struct Word {
    role: Role,
    /// Index of its key piece (stem of a content word, normalized connector).
    piece: u32,
    /// Starts with an uppercase letter.
    upper: bool,
    /// A generic word (see `stopwords::is_generic`).
    generic: bool,
    /// First word of its sentence or right after an opening quote, colon or dash, where
    /// capitals say nothing.
    initial: bool,
    /// Whether `upper` is the word's own case: not initial, or initial but met elsewhere.
    known: bool,
    /// May be in a phrase but not end it (`words::is_no_last`).
    no_last: bool,
    /// Ends any phrase it is in: an English possessive (`India's`).
    possessive: bool,
    /// Capitalized and too generic to be a phrase alone (`City`).
    vague: bool,
}

const BREAK: Word = Word { role: Role::Break, piece: 0, upper: false, generic: false, initial: false, known: false, no_last: false, possessive: false, vague: false };

/// The capitalization of one occurrence, leaving out a capital forced by its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    /// Every content word capitalized: a name.
    Proper,
    Lower,
    /// Some capitalized, some not.
    Mixed,
    /// Nothing to tell: a word opening a sentence and met nowhere else.
    Unknown,
}

/// A phrase found in the text, grouped by its key: the pieces of its words joined by spaces,
/// which `key_text` makes of its first occurrence (`collect` groups by the pieces' atoms).
struct Candidate {
    words: usize,
    /// First and last token of every occurrence, in text order.
    occurrences: Vec<(u32, u32)>,
    proper: u32,
    lower: u32,
    mixed: u32,
    /// Occurrences of a one-word phrase as the modifier of the word before it (Italian) or
    /// after it (English), as adjectives stand: `sicurezza globale`, `nuclear weapons`.
    modifier: u32,
    generic: bool,
    score: f64,
}

/// The top `limit` keyphrases of one document. `skip[i]` marks tokens that must not be part of any phrase (boilerplate, headline duplicates…); it is empty or tokens.len() long.
/// `names` are the byte spans of the names the tagger found, in text order: a phrase that
/// breaks one (`India's Prime Minister Narendra` across `Narendra Modi`), lies inside longer
/// ones only, or runs two together (`Usa Obama`) is dropped.
///
/// Best first. Scores compare phrases of one document only; `set_keyphrases` normalizes them.
pub fn keyphrases(text: &str, tokens: &[Token], sentences: &[SentenceSpan], skip: &[bool], names: &[(u32, u32)], lang: Lang, limit: usize) -> Vec<Keyphrase> {
    if limit == 0 || tokens.is_empty() {
        return Vec::new();
    }
    let mut pieces = Pieces::new(lang);
    let words = classify(text, tokens, skip, sentences, lang, &mut pieces);
    let mut candidates = collect(text, tokens, sentences, &words, lang, &pieces);
    let total = tokens.len() as f64;
    for c in &mut candidates {
        c.score = score(c, total, &words);
    }
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&candidates[a], &candidates[b]);
        b.score.total_cmp(&a.score).then(a.occurrences[0].0.cmp(&b.occurrences[0].0)).then_with(|| key_bytes(&words, &a.occurrences[0], &pieces).cmp(key_bytes(&words, &b.occurrences[0], &pieces)))
    });
    // For each token, the longest occurrence of a chosen phrase that covers it.
    let mut cover: Vec<(u32, u32)> = vec![(u32::MAX, 0); tokens.len()];
    let mut out = Vec::with_capacity(limit.min(candidates.len()));
    for i in order {
        if out.len() >= limit {
            break;
        }
        let c = &candidates[i];
        let count = c.occurrences.len();
        let form = surface(text, tokens, &words, &c.occurrences);
        let inside = c.occurrences.iter().filter(|&&(a, b)| cover[a as usize].0 <= a && b <= cover[a as usize].1).count();
        // Seldom alone: fewer than half of its occurrences are outside better phrases.
        if (count - inside) * 2 < count || form.is_empty() || breaks_names(text, &spans(tokens, &c.occurrences), names) {
            continue;
        }
        for &(a, b) in &c.occurrences {
            for slot in &mut cover[a as usize..=b as usize] {
                if slot.0 > slot.1 || b - a > slot.1 - slot.0 {
                    *slot = (a, b);
                }
            }
        }
        if lone_junk(&form, lang) {
            continue;
        }
        out.push(Keyphrase { text: form, key: key_text(&words, &c.occurrences[0], &pieces), score: c.score, count, spans: spans(tokens, &c.occurrences) });
    }
    out
}

/// A phrase that says nothing alone: a nationality adjective (`British`), a heading in
/// capitals (`VERDICT`), or, in Italian, the noun of a compound preposition (`causa della
/// calca` from `a causa della calca`).
fn lone_junk(form: &str, lang: Lang) -> bool {
    let mut parts = form.split(' ');
    let first = parts.next().unwrap_or("");
    let alone = !form.contains(' ');
    let demonym = alone && lang == Lang::En && first.starts_with(char::is_uppercase) && first.len() >= 5 && ["ish", "ian", "ean", "ese", "ern"].iter().any(|e| first.ends_with(e));
    let heading = alone && first.chars().count() >= 6 && first.chars().all(|c| c.is_uppercase());
    let locution = lang == Lang::It && words::IT_LOCUTION_NOUNS.contains(&first.to_lowercase().as_str()) && parts.next().is_some_and(|w| w.starts_with('d'));
    demonym || heading || locution
}

/// The top `limit` keyphrases over several documents' keyphrases (index = document), favouring phrases many documents share.
///
/// Each document's scores are divided by its best; a phrase scores the mean of those over all
/// documents times the square root of the share of documents that have it. Its text is the
/// form most often written across the documents.
pub fn set_keyphrases(per_document: &[Vec<Keyphrase>], limit: usize) -> Vec<SetKeyphrase> {
    struct Entry<'a> {
        sum: f64,
        documents: Vec<usize>,
        /// Surface forms with their total counts, in order of first sight.
        forms: Vec<(&'a str, usize)>,
    }
    let n = per_document.len();
    if n == 0 || limit == 0 {
        return Vec::new();
    }
    let mut index: HashMap<&str, usize> = HashMap::default();
    let mut entries: Vec<(&str, Entry)> = Vec::new();
    for (d, list) in per_document.iter().enumerate() {
        let best = list.iter().map(|k| k.score).filter(|s| s.is_finite()).fold(0.0, f64::max);
        for k in list {
            let norm = if best > 0.0 && k.score.is_finite() { (k.score / best).max(0.0) } else { 0.0 };
            let at = *index.entry(k.key.as_str()).or_insert_with(|| {
                entries.push((k.key.as_str(), Entry { sum: 0.0, documents: Vec::new(), forms: Vec::new() }));
                entries.len() - 1
            });
            let e = &mut entries[at].1;
            e.sum += norm;
            if e.documents.last() != Some(&d) {
                e.documents.push(d);
            }
            match e.forms.iter_mut().find(|(t, _)| *t == k.text) {
                Some(f) => f.1 += k.count.max(1),
                None => e.forms.push((k.text.as_str(), k.count.max(1))),
            }
        }
    }
    let mut out: Vec<SetKeyphrase> = entries
        .into_iter()
        .map(|(key, e)| {
            let share = e.documents.len() as f64 / n as f64;
            let text = e.forms.iter().fold(("", 0), |best, &f| if f.1 > best.1 { f } else { best }).0;
            SetKeyphrase { text: text.to_string(), key: key.to_string(), score: e.sum / n as f64 * share.sqrt(), documents: e.documents }
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(b.documents.len().cmp(&a.documents.len())).then(a.key.cmp(&b.key)));
    out.truncate(limit);
    out
}

/// Renames the keyphrases whose text `name` maps to a key and a name to show, then merges
/// those that share a key: `Putin` and `Vladimir Putin` become one phrase, `Vladimir Putin`,
/// with their counts summed and the better score. Best first.
pub fn merge_names(list: Vec<Keyphrase>, name: impl Fn(&str) -> Option<(String, String)>) -> Vec<Keyphrase> {
    let mut out: Vec<Keyphrase> = Vec::with_capacity(list.len());
    for mut k in list {
        if let Some((key, text)) = name(&k.text) {
            k.key = key;
            k.text = text;
        }
        match out.iter_mut().find(|o| o.key == k.key) {
            Some(o) => {
                o.score = o.score.max(k.score);
                o.count += k.count;
                o.spans.extend(k.spans);
            }
            None => out.push(k),
        }
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out
}

/// Key pieces: the light stem of each distinct content word (`stem`), connectors as
/// written (normalized). Words get an id as they come; `resolve` then gives the pieces,
/// which need every word of the document.
struct Pieces {
    lang: Lang,
    /// Normalized word → word id.
    ids: HashMap<String, u32>,
    /// Each word and whether it is a content word.
    words: Vec<(String, bool)>,
    /// The distinct pieces, once resolved.
    text: Vec<String>,
    /// Each piece's parts between spaces, as ids: two phrases have one key when their
    /// pieces' atoms are the same (`thyssen-krupp`, whose piece is `thyssen krupp`, and
    /// `Thyssen Krupp`).
    atoms: Vec<Vec<u32>>,
}

impl Pieces {
    fn new(lang: Lang) -> Pieces {
        Pieces { lang, ids: HashMap::default(), words: Vec::new(), text: Vec::new(), atoms: Vec::new() }
    }

    /// The word id of `norm` (a normalized word).
    fn id(&mut self, norm: &str, content: bool) -> u32 {
        if let Some(&id) = self.ids.get(norm) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(norm.to_string(), id);
        self.words.push((norm.to_string(), content));
        id
    }

    /// Fills `text` with the distinct pieces and maps each word id to its piece's index
    /// (words of one stem share it: `Putin`, `Putin's`).
    fn resolve(&mut self) -> Vec<u32> {
        let content: Vec<&str> = self.words.iter().filter(|w| w.1).map(|w| w.0.as_str()).collect();
        let mut stems = stem::pieces(&content, self.lang).into_iter();
        let mut by_text: HashMap<String, u32> = HashMap::default();
        let mut map = Vec::with_capacity(self.words.len());
        for (norm, content) in &self.words {
            let piece = if *content { stems.next().unwrap_or_default() } else { norm.clone() };
            let next = self.text.len() as u32;
            let id = *by_text.entry(piece.clone()).or_insert(next);
            if id == next {
                self.text.push(piece);
            }
            map.push(id);
        }
        let mut atom_ids: HashMap<&str, u32> = HashMap::default();
        for piece in &self.text {
            let atoms = piece.split(' ').map(|atom| {
                let next = atom_ids.len() as u32;
                *atom_ids.entry(atom).or_insert(next)
            });
            self.atoms.push(atoms.collect());
        }
        map
    }
}

/// The text of token `i`, if its offsets are sound.
fn token_text<'a>(text: &'a str, tokens: &[Token], i: usize) -> Option<&'a str> {
    let t = tokens.get(i)?;
    text.get(t.start as usize..t.end as usize)
}

/// Whether a line break separates token `i` from the one before it (or the offsets are unsound).
fn breaks_line(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(a), Some(b)) = (tokens.get(i.wrapping_sub(1)), tokens.get(i)) else { return false };
    text.get(a.end as usize..b.start as usize).is_none_or(|gap| gap.contains(['\n', '\r', '\u{2028}', '\u{2029}']))
}

/// The role, key piece and shape of every token.
fn classify(text: &str, tokens: &[Token], skip: &[bool], sentences: &[SentenceSpan], lang: Lang, pieces: &mut Pieces) -> Vec<Word> {
    let mut words = vec![BREAK; tokens.len()];
    let mut starts = vec![false; tokens.len()];
    for s in sentences {
        if let Some(x) = starts.get_mut(s.first) {
            *x = true;
        }
    }
    // Each token's normalized form, the one before it and the one after it, in buffers reused.
    let (mut norm, mut prev_norm, mut next) = (String::new(), String::new(), String::new());
    let mut initial = true;
    for (i, t) in tokens.iter().enumerate() {
        initial |= starts[i] || breaks_line(text, tokens, i);
        let Some(tok) = token_text(text, tokens, i) else {
            prev_norm.clear();
            continue;
        };
        if t.kind != TokenKind::Word {
            // A capital is forced after an opening quote, a colon, a dash or a stop too.
            initial = t.kind == TokenKind::Punct && (initial || tok.starts_with([':', '“', '«', '"', '‘', '(', '[', '.', '!', '?', '—', '–', '-', '…', ';']));
            prev_norm.clear();
            continue;
        }
        stopwords::normalize_into(tok, &mut norm);
        let upper = tok.chars().next().is_some_and(char::is_uppercase);
        let mut word = Word { role: Role::Break, piece: 0, upper, generic: false, initial, known: !initial, no_last: false, possessive: false, vague: false };
        initial = false;
        let skipped = skip.get(i).copied().unwrap_or(false);
        let after_noun = i > 0 && words[i - 1].role == Role::Content;
        // A participle right after a noun is an adjective (`stati firmati` aside).
        let verb = !upper && words::is_verb_or_adverb(if after_noun { "" } else { &prev_norm }, &norm, lang);
        let noun = stopwords::is_ambiguous(&norm, lang) && (upper || stopwords::is_determiner(&prev_norm, lang));
        // A stop word in capitals among words that are not (`US troops`).
        let caps = |w: &str| w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() && !w.chars().any(char::is_lowercase);
        let acronym = caps(tok) && ![i.wrapping_sub(1), i + 1].iter().any(|&j| tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && token_text(text, tokens, j).is_some_and(caps));
        // A capitalized stop word ending a name (`Kim Jong Un`), not one inside a title-case
        // headline (`Kim In North Korea`).
        let name_end = upper
            && norm.chars().nth(1).is_some()
            && !word.initial
            && i > 0
            && words[i - 1].role == Role::Content
            && words[i - 1].upper
            && !token_text(text, tokens, i + 1).is_some_and(|n| n.starts_with(char::is_uppercase));
        if skipped {
            // Stays a break.
        } else if stopwords::is_connector(&norm, lang) {
            word.role = Role::Connector;
            word.piece = pieces.id(&norm, false);
        } else if noun || name_end || acronym || !stopwords::is_stop(&norm, lang) && !verb && norm.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() {
            word.role = Role::Content;
            word.piece = pieces.id(&norm, true);
            word.generic = stopwords::is_generic(&norm);
            let after = token_text(text, tokens, i + 1).filter(|_| tokens[i + 1].kind == TokenKind::Word);
            stopwords::normalize_into(after.unwrap_or(""), &mut next);
            word.no_last = !upper && words::is_no_last(&norm, &next, lang);
            word.possessive = words::without_possessive(&norm) != norm;
            word.vague = upper && words::is_vague_alone(&norm);
        }
        words[i] = word;
        std::mem::swap(&mut prev_norm, &mut norm);
    }
    let map = pieces.resolve();
    for w in words.iter_mut().filter(|w| w.role != Role::Break) {
        w.piece = map[w.piece as usize];
    }
    // A word that opens a sentence takes the case it has elsewhere (`Putin`, `cooperazione`).
    let mut seen = vec![(0u32, 0u32); pieces.text.len()];
    for w in words.iter().filter(|w| w.role == Role::Content && w.known) {
        let s = &mut seen[w.piece as usize];
        if w.upper {
            s.0 += 1;
        } else {
            s.1 += 1;
        }
    }
    for w in words.iter_mut().filter(|w| w.role == Role::Content && !w.known) {
        let (upper, lower) = seen[w.piece as usize];
        if upper + lower > 0 {
            w.upper = upper >= lower;
            w.known = true;
        }
    }
    words
}

/// Every candidate occurrence, grouped by key, in order of first occurrence.
fn collect(text: &str, tokens: &[Token], sentences: &[SentenceSpan], words: &[Word], lang: Lang, pieces: &Pieces) -> Vec<Candidate> {
    let mut by_key: HashMap<Vec<u32>, usize> = HashMap::default();
    let mut key = Vec::new();
    let mut candidates = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut pending: Option<usize> = None;
    let mut emit = |run: &mut Vec<usize>, pending: &mut Option<usize>| {
        add_run(run, words, lang, pieces, &mut key, &mut by_key, &mut candidates);
        run.clear();
        *pending = None;
    };
    for s in sentences {
        for (i, w) in words.iter().enumerate().take(s.end).skip(s.first) {
            if breaks_line(text, tokens, i) {
                emit(&mut run, &mut pending);
            }
            match w.role {
                Role::Content => {
                    run.extend(pending.take());
                    run.push(i);
                    if w.possessive {
                        emit(&mut run, &mut pending);
                    }
                }
                Role::Connector if !run.is_empty() && pending.is_none() => pending = Some(i),
                _ => emit(&mut run, &mut pending),
            }
        }
        emit(&mut run, &mut pending);
    }
    candidates
}

/// Adds every phrase of `run` (content words with connectors between them): each sub-run of
/// one to `MAX_WORDS` content words. Phrases are grouped by the atoms of their pieces
/// (`Pieces::atoms`), written into `key`.
fn add_run(run: &[usize], words: &[Word], lang: Lang, pieces: &Pieces, key: &mut Vec<u32>, by_key: &mut HashMap<Vec<u32>, usize>, candidates: &mut Vec<Candidate>) {
    let content: Vec<usize> = (0..run.len()).filter(|&k| words[run[k]].role == Role::Content).collect();
    for a in 0..content.len() {
        for b in a..content.len().min(a + MAX_WORDS) {
            let (first, last) = (run[content[a]], run[content[b]]);
            if words[last].no_last || a == b && words[first].vague {
                continue;
            }
            let phrase = &words[first..=last];
            let case = case_of(phrase);
            if case.is_none() {
                continue;
            }
            key.clear();
            for w in phrase.iter().filter(|w| w.role != Role::Break) {
                key.extend_from_slice(&pieces.atoms[w.piece as usize]);
            }
            let at = match by_key.get(key.as_slice()) {
                Some(&at) => at,
                None => {
                    by_key.insert(key.clone(), candidates.len());
                    let generic = phrase.iter().all(|w| w.role != Role::Content || w.generic);
                    candidates.push(Candidate { words: b - a + 1, occurrences: Vec::new(), proper: 0, lower: 0, mixed: 0, modifier: 0, generic, score: 0.0 });
                    candidates.len() - 1
                }
            };
            let c = &mut candidates[at];
            c.occurrences.push((first as u32, last as u32));
            let modifies = match lang {
                Lang::It => a > 0 && content[a - 1] + 1 == content[a],
                Lang::En | Lang::Other => b + 1 < content.len() && content[b] + 1 == content[b + 1],
            };
            c.modifier += u32::from(a == b && modifies);
            match case {
                Some(Case::Proper) => c.proper += 1,
                Some(Case::Lower) => c.lower += 1,
                Some(Case::Mixed) => c.mixed += 1,
                _ => {}
            }
        }
    }
}

/// The capitalization of a phrase, from the words whose case is known; `None` when, as
/// written, it goes from capitals to lowercase and back (or the reverse), as a verb between
/// two names does (`Putin incontra Kim`).
fn case_of(phrase: &[Word]) -> Option<Case> {
    let content = || phrase.iter().filter(|w| w.role == Role::Content);
    let changes = content().zip(content().skip(1)).filter(|(a, b)| a.upper != b.upper).count();
    let (mut upper, mut lower) = (false, false);
    for w in content().filter(|w| w.known) {
        upper |= w.upper;
        lower |= !w.upper;
    }
    match (changes, upper, lower) {
        (2.., _, _) => None,
        (_, true, true) => Some(Case::Mixed),
        (_, true, false) => Some(Case::Proper),
        (_, false, true) => Some(Case::Lower),
        (_, false, false) => Some(Case::Unknown),
    }
}

/// The key of the phrase from token `first` to token `last`: the pieces of its content
/// words and connectors, joined by spaces (`corea del nord`).
fn key_text(words: &[Word], occurrence: &(u32, u32), pieces: &Pieces) -> String {
    key_pieces(words, occurrence, pieces).collect::<Vec<_>>().join(" ")
}

/// The bytes of `key_text`, for comparing keys without making them.
fn key_bytes<'a>(words: &'a [Word], occurrence: &(u32, u32), pieces: &'a Pieces) -> impl Iterator<Item = u8> + 'a {
    key_pieces(words, occurrence, pieces).enumerate().flat_map(|(i, piece)| (i > 0).then_some(b' ').into_iter().chain(piece.bytes()))
}

/// The pieces of the content words and connectors from token `first` to token `last`.
fn key_pieces<'a>(words: &'a [Word], &(first, last): &(u32, u32), pieces: &'a Pieces) -> impl Iterator<Item = &'a str> + 'a {
    words[first as usize..=last as usize].iter().filter(|w| w.role != Role::Break).map(|w| pieces.text[w.piece as usize].as_str())
}

/// The score of a candidate in a text of `total` tokens.
fn score(c: &Candidate, total: f64, words: &[Word]) -> f64 {
    let count = c.occurrences.len() as f64;
    let first = c.occurrences[0].0 as f64 / total;
    let last = c.occurrences[c.occurrences.len() - 1].0 as f64 / total;
    let position = 1.0 + 0.6 / (1.0 + 8.0 * first);
    let spread = 0.75 + 0.5 * (last - first);
    let case = if c.proper + c.lower + c.mixed == 0 {
        // Only ever at the start of a sentence: trust the capital.
        if words[c.occurrences[0].0 as usize].upper {
            Case::Proper
        } else {
            Case::Lower
        }
    } else if c.proper >= c.lower.max(c.mixed) {
        Case::Proper
    } else if c.lower >= c.mixed {
        Case::Lower
    } else {
        Case::Mixed
    };
    let shape = match case {
        Case::Proper if c.words > 1 => 1.15,
        Case::Proper => 1.0,
        Case::Mixed => 0.3,
        // A lone common word, weaker still when it mostly modifies another.
        Case::Lower if c.words == 1 && c.modifier * 2 > c.occurrences.len() as u32 => 0.4,
        Case::Lower if c.words == 1 => 0.7,
        _ => 1.0,
    };
    let generic = if c.generic { 0.35 } else { 1.0 };
    // A long phrase met once is more likely a chance run than a key one.
    let length = if c.occurrences.len() == 1 { (1.0 + LENGTH_WEIGHT[c.words - 1]) / 2.0 } else { LENGTH_WEIGHT[c.words - 1] };
    count.sqrt() * length * position * spread * shape * generic
}

/// Whether most occurrences (byte spans) cross the edge of a name or hold two names side by
/// side, or all lie inside longer names.
fn breaks_names(text: &str, occurrences: &[(u32, u32)], names: &[(u32, u32)]) -> bool {
    if names.is_empty() {
        return false;
    }
    let (mut crossing, mut inside) = (0, 0);
    for &(a, b) in occurrences {
        // The names that overlap the occurrence.
        let from = names.partition_point(|&(_, e)| e <= a);
        let near = names[from..].iter().take_while(|&&(s, _)| s < b);
        let (mut within, mut last_end, mut crosses, mut side_by_side, mut covered) = (0, None, false, false, false);
        for &(s, e) in near {
            crosses |= a < s && s < b && b < e || s < a && a < e && e < b;
            covered |= s <= a && b <= e && (s, e) != (a, b);
            if a <= s && e <= b {
                side_by_side |= last_end.is_some_and(|l: u32| text.get(l as usize..s as usize).is_some_and(|gap| gap.trim().is_empty()));
                last_end = Some(e);
                within += 1;
            }
        }
        crossing += usize::from(crosses || within > 1 && side_by_side);
        inside += usize::from(covered);
    }
    crossing * 2 > occurrences.len() || inside == occurrences.len()
}

/// Byte spans of the occurrences.
fn spans(tokens: &[Token], occurrences: &[(u32, u32)]) -> Vec<(u32, u32)> {
    occurrences.iter().map(|&(a, b)| (tokens[a as usize].start, tokens[b as usize].end)).collect()
}

/// The commonest written form of the occurrences, spaces collapsed; a form at the start of a
/// sentence counts half, so `Stati Uniti` beats `stati uniti` only by being commoner.
fn surface(text: &str, tokens: &[Token], words: &[Word], occurrences: &[(u32, u32)]) -> String {
    // Form → (weight, order of first sight).
    let mut forms: HashMap<&str, (u32, usize)> = HashMap::default();
    for &(a, b) in occurrences {
        let Some(form) = text.get(tokens[a as usize].start as usize..tokens[b as usize].end as usize) else { continue };
        let weight = if words[a as usize].initial { 1 } else { 2 };
        let order = forms.len();
        forms.entry(form).or_insert((0, order)).0 += weight;
    }
    let best = forms.iter().max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1))).map_or("", |f| *f.0);
    words::without_possessive(&best.split_whitespace().collect::<Vec<_>>().join(" ")).to_string()
}

#[cfg(test)]
mod tests {

    #[test]
    fn lone_words_that_say_nothing() {
        for (form, lang) in [("British", Lang::En), ("Turkish", Lang::En), ("VERDICT", Lang::En), ("causa della calca", Lang::It), ("occasione della festa", Lang::It)] {
            assert!(lone_junk(form, lang), "{form}");
        }
        for (form, lang) in [("Britain", Lang::En), ("NATO", Lang::En), ("British Museum", Lang::En), ("calca", Lang::It), ("parte civile", Lang::It)] {
            assert!(!lone_junk(form, lang), "{form}");
        }
    }

    use super::*;
    use crate::text::{sentences, tokenize};

    #[test]
    fn names_merge_into_their_entity() {
        let k = |text: &str, score: f64, count: usize| Keyphrase { text: text.into(), key: text.to_lowercase(), score, count, spans: Vec::new() };
        let list = vec![k("Putin", 0.9, 5), k("visita", 0.5, 3), k("Vladimir Putin", 0.7, 3)];
        let merged = merge_names(list, |t| t.ends_with("Putin").then(|| ("entity:0".to_string(), "Vladimir Putin".to_string())));
        let got: Vec<(&str, &str, f64, usize)> = merged.iter().map(|k| (k.text.as_str(), k.key.as_str(), k.score, k.count)).collect();
        assert_eq!(got, [("Vladimir Putin", "entity:0", 0.9, 8), ("visita", "visita", 0.5, 3)]);
    }

    fn run(text: &str, lang: Lang, limit: usize) -> Vec<Keyphrase> {
        let tokens = tokenize::tokenize(text, lang);
        let sentences = sentences::split(text, &tokens, lang);
        keyphrases(text, &tokens, &sentences, &[], &[], lang, limit)
    }

    fn keys(k: &[Keyphrase]) -> Vec<&str> {
        k.iter().map(|k| k.key.as_str()).collect()
    }

    fn find<'a>(k: &'a [Keyphrase], text: &str) -> Option<&'a Keyphrase> {
        k.iter().find(|k| k.text == text)
    }

    #[test]
    fn phrases_stop_at_punctuation_numbers_and_sentences() {
        let text = "Il vertice di Roma, Milano e Torino. Milano ospita il vertice nel 2024 Torino.";
        let k = run(text, Lang::It, 20);
        assert!(!k.iter().any(|k| k.text.contains("Roma Milano") || k.text.contains("Torino Milano")), "{k:?}");
        assert!(!k.iter().any(|k| k.text.contains("vertice Torino")), "{k:?}");
        assert_eq!(find(&k, "Milano").map(|k| k.count), Some(2));
        for k in &k {
            for &(a, b) in &k.spans {
                let t = &text[a as usize..b as usize];
                assert!(!t.contains([',', '.']), "{t}");
            }
        }
    }

    /// A hyphenated name is one word whose piece has the parts' stems with a space between:
    /// it shares its key with the name written in two words.
    #[test]
    fn a_hyphenated_name_is_the_name_in_two_words() {
        let text = "Operai della Thyssen-Krupp in sciopero. Il dirigente della Thyssen Krupp ha parlato agli operai.";
        let k = run(text, Lang::It, 10);
        let thyssen: Vec<&Keyphrase> = k.iter().filter(|k| k.key == "thyssen krupp").collect();
        assert_eq!(thyssen.len(), 1, "{:?}", keys(&k));
        assert_eq!((thyssen[0].count, thyssen[0].spans.len()), (2, 2), "{thyssen:?}");
    }

    #[test]
    fn stop_words_inside_a_phrase() {
        let text = "La Corea del Nord ha firmato un patto di difesa reciproca con la Russia. \
                    Il patto di difesa reciproca lega la Corea del Nord a Mosca. Corea del Nord e Russia.";
        let k = run(text, Lang::It, 10);
        let corea = find(&k, "Corea del Nord").expect("Corea del Nord");
        assert_eq!((corea.key.as_str(), corea.count), ("corea del nord", 3));
        assert_eq!(corea.spans.len(), 3);
        assert_eq!(&text[corea.spans[0].0 as usize..corea.spans[0].1 as usize], "Corea del Nord");
        assert!(find(&k, "patto di difesa reciproca").is_some(), "{:?}", keys(&k));
        // Parts that never stand alone are dropped.
        assert!(!keys(&k).contains(&"corea") && !keys(&k).contains(&"nord"), "{:?}", keys(&k));
        // A phrase never starts or ends with a stop word, nor joins words with `e`.
        assert!(k.iter().all(|k| !k.text.starts_with("del") && !k.text.ends_with(" di") && !k.text.contains(" e ")), "{k:?}");
    }

    #[test]
    fn variants_group_under_one_key() {
        let text = "Gli Stati Uniti hanno risposto. La posizione degli Stati Uniti è chiara. \
                    Secondo gli stati uniti la crisi continua. Kim Jong-un e Kim Jong Un sono la stessa persona.";
        let k = run(text, Lang::It, 10);
        let usa = k.iter().find(|k| k.key == "stato unito").expect("stati uniti");
        assert_eq!((usa.text.as_str(), usa.count), ("Stati Uniti", 3));
        let kim = k.iter().find(|k| k.key == "kim jong un").expect("kim");
        assert_eq!(kim.count, 2);
        // `stati` after an auxiliary is a verb: `sono stati firmati` has no phrase `stati`.
        let k = run("Gli accordi sono stati firmati ieri a Mosca.", Lang::It, 10);
        assert!(!keys(&k).iter().any(|k| k.contains("stat")), "{:?}", keys(&k));
    }

    #[test]
    fn english_news() {
        let text = "Putin and Kim sign mutual defense pact as Russia and North Korea deepen ties\n\n\
        PYONGYANG, June 19 (Reuters) - Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defense pact on Wednesday, pledging to help each other if attacked. \
        Putin's visit to Pyongyang, his first in 24 years, drew concern from the US and South Korea. \
        The pact, described by Kim as an alliance, commits both countries to provide military assistance without delay. \
        US officials said the deepening military cooperation between Russia and North Korea was a worry for anyone interested in peace on the Korean Peninsula. \
        Analysts said the mutual defense pact could allow Moscow to supply missile technology to North Korea. \
        Putin thanked Kim for his support of Russia's war in Ukraine, while the United States and South Korea accused Pyongyang of supplying ammunition. \
        The State Department said it was monitoring the situation. Kim called Putin the dearest friend of the Korean people.\n\nRead more: Putin visits Vietnam";
        let k = run(text, Lang::En, 10);
        let top: Vec<&str> = k.iter().map(|k| k.text.as_str()).collect();
        for want in ["North Korea", "mutual defense pact", "Putin", "Kim", "South Korea", "Pyongyang"] {
            assert!(top.contains(&want), "{want} not in {top:?}");
        }
        // `US` is not the pronoun; `Putin's` groups with `Putin`; `Read more` is no phrase.
        let k = run(text, Lang::En, 40);
        assert_eq!(k.iter().find(|k| k.key == "us").map(|k| k.count), Some(2), "{k:?}");
        let putin = k.iter().find(|k| k.key == "putin").expect("Putin");
        assert_eq!((putin.text.as_str(), putin.count), ("Putin", 6));
        assert!(putin.spans.iter().any(|&(a, b)| &text[a as usize..b as usize] == "Putin's"));
        assert!(!k.iter().any(|k| k.text.contains("Read")), "{k:?}");
    }

    #[test]
    fn phrases_are_noun_phrases() {
        // No verb form or adverb at an edge, no possessive, no lone generic capital.
        let text = "La polizia accusa il medico di aver drogato la vittima. Il farmaco, meglio nota come droga, \
                    è stato trovato. La polizia di Roma indaga. La polizia di Stato. Il medico nega. City.";
        let k = run(text, Lang::It, 30);
        for bad in ["polizia di aver drogato", "meglio nota", "aver drogato", "drogato", "City"] {
            assert!(find(&k, bad).is_none(), "{bad}: {:?}", keys(&k));
        }
        let text = "NASA's rover landed. Researchers sequenced the genes of people living in the village. \
                    NASA's chief said NASA's budget is the world's biggest. The rover is potentially beneficial.";
        let k = run(text, Lang::En, 30);
        let nasa = k.iter().find(|k| k.key == "nasa").expect("NASA");
        assert_eq!((nasa.text.as_str(), nasa.count), ("NASA", 3));
        for bad in ["researchers sequenced", "people living", "world's biggest", "potentially beneficial", "potentially", "NASA's"] {
            assert!(find(&k, bad).is_none(), "{bad}: {:?}", keys(&k));
        }
        assert!(keys(&k).contains(&"researcher") && keys(&k).contains(&"village"), "{:?}", keys(&k));
    }

    #[test]
    fn parts_of_names_are_no_phrases() {
        let text = "India's Prime Minister Narendra Modi met the press. Prime Minister Narendra Modi spoke. Narendra Modi left.";
        let tokens = tokenize::tokenize(text, Lang::En);
        let sentences = sentences::split(text, &tokens, Lang::En);
        let names: Vec<(u32, u32)> = text.match_indices("Narendra Modi").map(|(i, m)| (i as u32, (i + m.len()) as u32)).collect();
        let k = keyphrases(text, &tokens, &sentences, &[], &names, Lang::En, 30);
        assert!(find(&k, "Narendra Modi").is_some(), "{:?}", keys(&k));
        for bad in ["Prime Minister Narendra", "Minister Narendra", "Narendra", "Modi"] {
            assert!(find(&k, bad).is_none(), "{bad}: {:?}", keys(&k));
        }
    }

    #[test]
    fn english_of_joins_a_phrase() {
        let text = "The Department of State said on Monday that talks would resume. \
                    A spokesman for the Department of State, Matthew Miller, was asked about the Bank of England. \
                    Miller said the Department of State has no comment.";
        let k = run(text, Lang::En, 10);
        let dos = find(&k, "Department of State").expect("Department of State");
        assert_eq!((dos.key.as_str(), dos.count), ("department of state", 3));
        assert_eq!(k[0].text, "Department of State", "{k:?}");
        assert!(find(&k, "Matthew Miller").is_some(), "{k:?}");
        assert!(!k.iter().any(|k| k.text.starts_with("the ") || k.text.starts_with("of ")), "{k:?}");
        // Italian does not join with `of`.
        let k = run("Department of State e Department of State.", Lang::It, 10);
        assert!(find(&k, "Department of State").is_none(), "{k:?}");
    }

    #[test]
    fn a_line_break_stops_a_phrase() {
        let text = "Putin incontra Kim in Corea del Nord: paura per la Sicurezza Globale\n\nAvantgardia\n\n\
                    La Sicurezza Globale è in gioco, dice Avantgardia.\nCorea del Nord\nRussia";
        let k = run(text, Lang::It, 30);
        assert!(!k.is_empty());
        for k in &k {
            assert!(!k.key.contains("global avantgard"), "{k:?}");
            assert!(!k.key.contains("nord russ"), "{k:?}");
            for &(a, b) in &k.spans {
                assert!(!text[a as usize..b as usize].contains('\n'), "{k:?}");
            }
        }
        // A verb between two names makes no phrase.
        assert!(!k.iter().any(|k| k.text == "Putin incontra Kim"), "{k:?}");
    }

    #[test]
    fn skipped_tokens_are_never_in_a_phrase() {
        let text = "Leggi anche: Cori pro Putin. Putin incontra Kim Jong-un a Pyongyang. Kim Jong-un accoglie Putin.";
        let tokens = tokenize::tokenize(text, Lang::It);
        let sentences = sentences::split(text, &tokens, Lang::It);
        let skip: Vec<bool> = tokens.iter().map(|t| t.end as usize <= text.find("Putin.").unwrap() + 6).collect();
        let k = keyphrases(text, &tokens, &sentences, &skip, &[], Lang::It, 10);
        let putin = find(&k, "Putin").expect("Putin");
        assert_eq!(putin.count, 2);
        assert!(k.iter().all(|k| k.spans.iter().all(|&(a, _)| a as usize > text.find("Putin.").unwrap())), "{k:?}");
    }

    #[test]
    fn empty_and_degenerate_input() {
        assert!(run("", Lang::It, 10).is_empty());
        assert!(run("  \n\n\t ", Lang::En, 10).is_empty());
        assert!(run(", . ; 12 34 … https://example.com", Lang::It, 10).is_empty());
        assert!(run("Corea del Nord e Russia.", Lang::It, 0).is_empty());
        assert!(set_keyphrases(&[], 10).is_empty());
        assert!(set_keyphrases(&[Vec::new(), Vec::new()], 10).is_empty());
        // Offsets, sentences and skip lists that do not fit the text.
        let text = "Corea del Nord è già";
        let bad = [
            Token { start: 0, end: 5, kind: TokenKind::Word },
            Token { start: 3, end: 1, kind: TokenKind::Word },
            Token { start: 15, end: 17, kind: TokenKind::Word },
            Token { start: 16, end: 90, kind: TokenKind::Word },
            Token { start: 6, end: 9, kind: TokenKind::Word },
        ];
        let spans = [SentenceSpan { first: 3, end: 1 }, SentenceSpan { first: 0, end: 40 }, SentenceSpan { first: 9, end: 12 }];
        for lang in [Lang::It, Lang::En, Lang::Other] {
            let k = keyphrases(text, &bad, &spans, &[true], &[], lang, 5);
            assert!(k.len() <= 5);
            let k = keyphrases(text, &bad, &[], &[], &[], lang, 5);
            assert!(k.is_empty());
        }
    }

    #[test]
    fn odd_text_never_panics() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let alphabet: Vec<char> = "aeiouàèéìòù’' -\n.,Kk日本語ßẞİıΣσ\u{301}\u{200B}🇮🇹xyzQRDel d’ of".chars().collect();
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..(seed % 120) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            for lang in [Lang::It, Lang::En] {
                let k = run(&text, lang, 8);
                for k in &k {
                    assert!(k.score.is_finite() && k.count == k.spans.len() && !k.text.is_empty());
                    assert!(k.spans.iter().all(|&(a, b)| text.get(a as usize..b as usize).is_some()));
                }
                let _ = set_keyphrases(&[k.clone(), k], 4);
            }
        }
    }

    #[test]
    fn a_megabyte_is_fast() {
        // Many distinct words, so that the candidates do not collapse into a few keys.
        let mut text = String::with_capacity(1 << 20);
        let mut n = 1u32;
        while text.len() < 1 << 20 {
            n = n.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let w = n >> 16;
            text.push_str(["La ", "il ", "Corea del Nord ", "cooperazione ", "della "][(w % 5) as usize]);
            text.push_str(&format!("parola{} termine{} ", w % 5000, (w / 7) % 3000));
            if w % 11 == 0 {
                text.push_str(".\n");
            }
        }
        let tokens = tokenize::tokenize(&text, Lang::It);
        let sentences = sentences::split(&text, &tokens, Lang::It);
        let t = std::time::Instant::now();
        let k = keyphrases(&text, &tokens, &sentences, &[], &[], Lang::It, 20);
        let elapsed = t.elapsed();
        assert_eq!(k.len(), 20);
        assert!(k.iter().any(|k| k.text == "Corea del Nord"), "{:?}", keys(&k));
        assert!(elapsed.as_secs_f64() < 3.0, "{elapsed:?} for {} tokens", tokens.len());
    }

    #[test]
    fn set_favours_shared_phrases() {
        let a = run("Corea del Nord e Russia firmano un patto. La Corea del Nord applaude. Vladimir Putin arriva.", Lang::It, 10);
        let b = run("La Corea del Nord accoglie Vladimir Putin. Vladimir Putin parla. La Corea del Nord ascolta.", Lang::It, 10);
        let c = run("Il Giappone osserva il Giappone. Tokyo protesta.", Lang::It, 10);
        let set = set_keyphrases(&[a, b, c], 5);
        assert_eq!(set[0].text, "Corea del Nord", "{set:?}");
        assert_eq!(set[0].documents, vec![0, 1]);
        assert!(set.iter().position(|k| k.text == "Vladimir Putin") < set.iter().position(|k| k.text == "Giappone"), "{set:?}");
        assert!(set.windows(2).all(|w| w[0].score >= w[1].score));
    }

    /// The five seed articles (Italian news about the Putin–Kim summit), if present.
    fn seeds() -> Option<Vec<(String, String)>> {
        let dir = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds")).ok()?;
        let mut paths: Vec<_> = dir.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        paths.sort();
        Some(paths.into_iter().filter_map(|p| Some((p.file_name()?.to_string_lossy().into_owned(), std::fs::read_to_string(&p).ok()?))).collect())
    }

    #[test]
    fn seed_articles() {
        let Some(seeds) = seeds().filter(|s| !s.is_empty()) else {
            eprintln!("seed_articles: ../shared/seeds/*.txt not found, skipped");
            return;
        };
        let mut all = Vec::new();
        for (name, text) in &seeds {
            let k = run(text, Lang::It, 30);
            println!("{name}:");
            for (i, x) in k.iter().take(10).enumerate() {
                println!("  {:2}. {:<35} {:5.2} ×{}", i + 1, x.text, x.score, x.count);
            }
            let top: Vec<&str> = k.iter().take(10).map(|k| k.text.as_str()).collect();
            assert!(top.contains(&"Corea del Nord"), "{name}: {top:?}");
            assert!(top.contains(&"Putin") || top.iter().any(|t| t.starts_with("Kim Jong")), "{name}: {top:?}");
            for k in &k {
                let t = k.text.to_lowercase();
                assert!(!["avantgardia", "comments", "leggi", "privacy", "email", "contenuto", "pubblicato"].iter().any(|j| t.contains(j)), "{name}: {k:?}");
                assert!(k.spans.iter().all(|&(a, b)| !text[a as usize..b as usize].contains('\n')), "{name}: {k:?}");
            }
            let wanted: &[&str] = match &name[..3] {
                "000" => &["sicurezza globale", "Kim Jong-un", "Stati Uniti"],
                "001" => &["Kim Jong-un", "Pyongyang"],
                "002" => &["patto di difesa", "Kim Jong-un"],
                "003" => &["Kim Jong Un", "presidente russo"],
                "004" => &["Kim Jong-un", "rafforzamento delle relazioni"],
                _ => &[],
            };
            for w in wanted {
                assert!(top.contains(w), "{name}: {w} not in {top:?}");
            }
            if name.starts_with("001") {
                assert!(k.iter().take(15).any(|k| k.text == "cooperazione strategica"), "{name}: {top:?}");
            }
            all.push(k);
        }
        let set = set_keyphrases(&all, 15);
        println!("set:");
        for (i, x) in set.iter().enumerate() {
            println!("  {:2}. {:<35} {:5.3} {:?}", i + 1, x.text, x.score, x.documents);
        }
        let top: Vec<&str> = set.iter().take(5).map(|k| k.text.as_str()).collect();
        assert_eq!(top[0], "Corea del Nord", "{top:?}");
        assert!(top.contains(&"Putin") && top.contains(&"Kim Jong-un"), "{top:?}");
    }
}
