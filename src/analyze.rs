//! `analyze`: from documents to an `Analysis`. Reads each document's format, detects its
//! language, tokenizes, splits sentences, finds the headline, counts, tags names and
//! values, then links the names of all documents into entities. Never fails on any text:
//! what cannot be analysed becomes a note on the document.

use crate::entities::aliases::acronym_after;
use crate::entities::link::{self, NameMention};
use crate::entities::values::find_values;
use crate::extract::keyphrases::{keyphrases, merge_names, set_keyphrases};
use crate::extract::quotes::find_quotes;
use crate::ner::{confidence, dateline, rules};
use crate::schema::*;
use crate::summary::{self, Budget};
use crate::text::boilerplate::boilerplate_lines;
use crate::text::detect::{detect, foreign};
use crate::text::lang::Lang;
use crate::text::offsets::{OffsetMap, OffsetUnit};
use crate::text::sentences::{split, SentenceSpan};
use crate::text::tokenize::{tokenize, Token};
use crate::{article, decode};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// Analyzes every document with the same options.
pub fn analyze(documents: &[Document], options: &Options) -> Analysis {
    analyze_with_progress(documents, options, &mut |_, _| {})
}

/// `analyze`, calling `progress(done, total)` after each document.
pub fn analyze_with_progress(documents: &[Document], options: &Options, progress: &mut dyn FnMut(usize, usize)) -> Analysis {
    let total = documents.len();
    let (documents, links): (Vec<DocumentAnalysis>, Vec<Links>) = documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let part = analyze_document(i, d, options);
            progress(i + 1, total);
            (part.document, part.links)
        })
        .unzip();
    combine(&links, options).apply(documents, options.offsets)
}

/// The set-wide steps over documents analysed one by one with `analyze_document`: links
/// their names into entities, groups quotations by speaker, and makes the brief, the set's
/// keyphrases and the totals. Removing a document from a set needs only this again.
pub fn combine(links: &[Links], options: &Options) -> SetAnalysis {
    // The two steps that take the most memory first, while the least else is in it.
    let passages = crate::compare::shared_passages(links, options.offsets);
    let (brief, groups) = make_brief(links, options.brief_points);
    let names: Vec<Vec<NameMention>> = links
        .iter()
        .enumerate()
        .map(|(d, l)| l.names.iter().map(|n| NameMention { document: d, kind: n.kind, text: n.text.clone(), position: n.position, in_title: n.in_title, acronym: n.acronym.clone() }).collect())
        .collect();
    let (entities, mut documents) = link_entities(links, &names);
    let mut phrases: Vec<Vec<Keyphrase>> = links.iter().map(|l| l.keyphrases.clone()).collect();
    name_keyphrases(&mut documents, &names, &mut phrases, &entities);
    let speakers = speakers(&mut documents, links, &entities);
    let comparison = crate::compare::compare(links, &groups, passages);
    let keyphrases = set_keyphrases(&phrases, 15);
    let corpus = summarize(links);
    SetAnalysis { corpus, entities, brief, keyphrases, speakers, comparison, documents }
}

/// Keyphrases shown per document.
const SHOWN_KEYPHRASES: usize = 12;

/// Makes each document's keyphrases that spell a linked entity that entity, under its name
/// (`Putin` and `Vladimir Putin` are one phrase), and fills the keyphrases each document shows.
fn name_keyphrases(documents: &mut [DocumentLinks], names: &[Vec<NameMention>], phrases: &mut [Vec<Keyphrase>], entities: &[Entity]) {
    for ((doc, names), phrases) in documents.iter_mut().zip(names).zip(phrases) {
        // Mentions were filled in the order of the names.
        let entity_of: HashMap<&str, usize> = names.iter().zip(&doc.mentions).map(|(n, m)| (n.text.as_str(), m.entity)).collect();
        let name = |text: &str| entity_of.get(text).map(|&e| (format!("entity:{e}"), entities[e].name.clone()));
        *phrases = merge_names(std::mem::take(phrases), name);
        doc.keyphrases = phrases.iter().take(SHOWN_KEYPHRASES).cloned().collect();
    }
}

/// Names of people, places and organizations in each sentence, as byte spans with the
/// tagger's confidence, labelled consistently across the document. In English a name's
/// possessive is left out, for the tagger (trained on text that splits `Osborne 's`) and for
/// the span.
fn tag_names(text: &str, tokens: &[Token], sentences: &[SentenceSpan], lang: Lang) -> Vec<(u32, u32, EntityKind, f32)> {
    let Some(recognizer) = crate::models::recognizer(lang) else { return Vec::new() };
    let word = |t: &Token| {
        let w = &text[t.start as usize..t.end as usize];
        if lang == Lang::It {
            w
        } else {
            without_possessive(w)
        }
    };
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| tokens[s.first..s.end].iter().map(word).collect()).collect();
    let (tagged, margins) = recognizer.tag_document_kept(&words);
    let mut labels = tagged.clone();
    if lang != Lang::It {
        let possessive: Vec<Vec<bool>> = sentences.iter().map(|s| tokens[s.first..s.end].iter().map(|t| word(t).len() < (t.end - t.start) as usize).collect()).collect();
        rules::split_possessives(&words, &possessive, &mut labels, &|name| recognizer.type_of(name));
    }
    // A sentence opens a paragraph when only spaces stand between it and the last line break.
    let (mut seen, mut line) = (0, 0);
    let mut datelines = Vec::with_capacity(sentences.len());
    for ((s, ws), ls) in sentences.iter().zip(&words).zip(labels.iter_mut()) {
        let Some(first) = tokens.get(s.first) else {
            datelines.push(false);
            continue;
        };
        let start = first.start as usize;
        if let Some(i) = text[seen..start].rfind('\n') {
            line = seen + i + 1;
        }
        seen = start;
        datelines.push(text[line..start].trim().is_empty() && dateline::mark(ws, ls));
    }
    let mut names = recognizer.finish(&words, &mut labels, &tagged, &margins, lang);
    // A dateline is a place GeoNames knows, whatever the tagger thought.
    for (here, _) in names.iter_mut().zip(&datelines).filter(|(_, d)| **d) {
        if let Some(first) = here.first_mut().filter(|n| n.start == 0) {
            first.confidence = 1.0;
        }
    }
    let mut out = Vec::new();
    for ((s, ws), names) in sentences.iter().zip(&words).zip(names) {
        let toks = &tokens[s.first..s.end];
        for n in names {
            if let Some(kind) = EntityKind::from_label(&n.kind) {
                out.push((toks[n.start].start, toks[n.end - 1].start + ws[n.end - 1].len() as u32, kind, n.confidence));
            }
        }
    }
    out
}

/// A capitalized word without its English possessive: `Osborne’s` → `Osborne`.
fn without_possessive(w: &str) -> &str {
    match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
        Some(stem) if stem.starts_with(char::is_uppercase) => stem,
        _ => w,
    }
}

/// Links the names of all documents; returns the corpus entities, most salient first, and
/// each document's mentions and entities.
fn link_entities(links: &[Links], names: &[Vec<NameMention>]) -> (Vec<Entity>, Vec<DocumentLinks>) {
    let mentions: Vec<NameMention> = names.iter().flatten().cloned().collect();
    let sure_of: Vec<f32> = links.iter().flat_map(|l| l.names.iter().map(|n| n.confidence)).collect();
    let linked = link::link(&mentions);
    let mut entities: Vec<Entity> = linked
        .iter()
        .map(|e| {
            let variants = spellings(e.mentions.iter().map(|&i| &mentions[i]));
            let name = link::canonical(&variants, e.kind).to_string();
            // Its mentions by document, in document order.
            let mut by_document: BTreeMap<usize, Vec<&NameMention>> = BTreeMap::new();
            for &i in &e.mentions {
                by_document.entry(mentions[i].document).or_default().push(&mentions[i]);
            }
            let docs: Vec<DocumentCount> = by_document
                .into_iter()
                .map(|(d, in_doc)| DocumentCount { document: d, count: in_doc.len(), salience: round2(link::salience(&in_doc)), variants: as_variants(spellings(in_doc.into_iter())) })
                .collect();
            let sure = e.mentions.iter().map(|&i| sure_of[i]).fold(0f32, f32::max);
            let salience = round2((docs.iter().map(|c| c.salience).sum::<f64>() + 2.0 * (docs.len() as f64 - 1.0)) * f64::from(sure));
            // Countries and cities act as organizations in the news (KIND tags them so): an
            // entity tagged a place at least once, with a name GeoNames knows, is a place.
            let is_place = variants.iter().any(|(t, _)| crate::ner::places().contains(t)) && e.mentions.iter().any(|&i| mentions[i].kind == EntityKind::Location);
            let kind = if e.kind == EntityKind::Organization && is_place { EntityKind::Location } else { e.kind };
            Entity { id: 0, name, kind, variants: as_variants(variants), documents: docs, mentions: e.mentions.len(), salience, confidence: sure, uncertain: sure < confidence::SHOWN }
        })
        .collect();
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by(|&a, &b| entities[b].salience.total_cmp(&entities[a].salience).then(a.cmp(&b)));
    let mut rank = vec![0; entities.len()];
    for (r, &e) in order.iter().enumerate() {
        rank[e] = r;
    }
    let mut entity_of = vec![0usize; mentions.len()];
    for (e, l) in linked.iter().enumerate() {
        for &i in &l.mentions {
            entity_of[i] = rank[e];
        }
    }
    for (e, entity) in entities.iter_mut().enumerate() {
        entity.id = rank[e];
    }
    entities.sort_by_key(|e| e.id);
    // Each document's entities, most salient first.
    let mut here: Vec<Vec<DocumentEntity>> = vec![Vec::new(); links.len()];
    for e in &entities {
        for c in &e.documents {
            here[c.document].push(DocumentEntity { entity: e.id, count: c.count, salience: c.salience, variants: c.variants.clone() });
        }
    }
    let mut entity_of = entity_of.into_iter();
    let documents = links
        .iter()
        .zip(here)
        .map(|(l, mut here)| {
            let mentions = l.names.iter().zip(entity_of.by_ref()).map(|(n, entity)| Mention { start: n.start, end: n.end, kind: entities[entity].kind, entity, confidence: n.confidence }).collect();
            here.sort_by(|a, b| b.salience.total_cmp(&a.salience).then(a.entity.cmp(&b.entity)));
            DocumentLinks { mentions, entities: here, keyphrases: Vec::new(), quote_entities: Vec::new() }
        })
        .collect();
    (entities, documents)
}

/// The spellings of some mentions with their counts, commonest first.
fn spellings<'a>(mentions: impl Iterator<Item = &'a NameMention>) -> Vec<(&'a str, usize)> {
    let mut out: Vec<(&str, usize)> = Vec::new();
    for m in mentions {
        match out.iter_mut().find(|v| v.0 == m.text) {
            Some(v) => v.1 += 1,
            None => out.push((&m.text, 1)),
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    out
}

fn as_variants(spellings: Vec<(&str, usize)>) -> Vec<Variant> {
    spellings.into_iter().map(|(t, c)| Variant { text: t.to_string(), count: c }).collect()
}

/// Links each quotation's speaker to the entity mentioned there, and groups the quotations
/// of all documents by speaker (entity, else the name as written).
fn speakers(documents: &mut [DocumentLinks], links: &[Links], entities: &[Entity]) -> Vec<Speaker> {
    let mut out: Vec<Speaker> = Vec::new();
    // Each speaker's place in `out`: by entity, else by the name as written.
    let mut index: HashMap<(Option<usize>, String), usize> = HashMap::default();
    for (d, (doc, l)) in documents.iter_mut().zip(links).enumerate() {
        doc.quote_entities = vec![None; l.speakers.len()];
        for (q, written) in l.speakers.iter().enumerate() {
            let Some(sp) = written else { continue };
            // Mentions are in text order: the first that ends after the speaker starts.
            let first = doc.mentions.partition_point(|m| m.end <= sp.start);
            let entity = doc.mentions.get(first).filter(|m| m.start < sp.end).map(|m| m.entity);
            doc.quote_entities[q] = entity;
            let name = entity.map_or_else(|| sp.text.clone(), |e| entities[e].name.clone());
            let key = (entity, if entity.is_some() { String::new() } else { name.clone() });
            let r = QuoteRef { document: d, quote: q };
            let at = *index.entry(key).or_insert_with(|| {
                out.push(Speaker { name, entity, quotes: Vec::new() });
                out.len() - 1
            });
            out[at].quotes.push(r);
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.quotes.len()));
    out
}

/// The brief of the set, from each document's sentences (those that cannot be in a summary
/// are excluded), and the groups of sentences that report the same thing.
fn make_brief(links: &[Links], points: usize) -> (Vec<BriefPoint>, Vec<Vec<(usize, usize)>>) {
    if links.len() < 2 || points == 0 {
        return (Vec::new(), Vec::new());
    }
    let texts: Vec<Vec<&str>> = links.iter().map(|d| d.sentences.iter().map(String::as_str).collect()).collect();
    let excluded: Vec<Vec<bool>> = links.iter().map(|d| d.excluded.clone()).collect();
    let langs: Vec<Lang> = links.iter().map(|d| d.lang).collect();
    let brief = summary::brief(&texts, &excluded, &langs, Budget::Sentences(points));
    let points = brief
        .points
        .into_iter()
        .map(|p| BriefPoint {
            document: p.sentence.0,
            sentence: p.sentence.1,
            score: round2(p.score),
            sources: p.sources.iter().map(|&(document, sentence)| SentenceRef { document, sentence }).collect(),
        })
        .collect();
    (points, brief.groups)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Analyzes one document alone: everything but what depends on the other documents of the
/// set (entity links, speakers' entities, keyphrases merged with names), which `combine`
/// adds from the returned links. `index` names a document without `id` or `name`.
pub fn analyze_document(index: usize, doc: &Document, options: &Options) -> Part {
    let id = doc.id.clone().unwrap_or_else(|| index.to_string());
    let name = doc.name.clone().unwrap_or_else(|| format!("Document {}", index + 1));
    let mut notes = Vec::new();
    let (mut source, encoding) = read_source(doc, &name, &mut notes);
    if source.len() > options.max_bytes {
        // Sizes in MB, or in KB when the limit is under a megabyte.
        let size = |b: usize| if options.max_bytes >= 1_000_000 { format!("{:.1} MB", b as f64 / 1e6) } else { format!("{:.1} KB", b as f64 / 1e3) };
        notes.push(Note {
            level: "error",
            code: "too-large",
            message: format!("{name}: not analysed — its {} of text are more than the {} Lente analyses in one document; split it into smaller files.", size(source.len()), size(options.max_bytes)),
        });
        source = std::borrow::Cow::Borrowed("");
    }
    let format = doc.format.unwrap_or_else(|| guess_format(&name, &source));
    let page = (format == Format::Html).then(|| article::extract(&source));
    let normalized = decode::normalize(page.as_ref().map_or_else(|| source.to_string(), article::Article::text));
    // Offsets refer to the input text when it came as text and is unchanged.
    let derived = (doc.bytes.is_some() || normalized != doc.text).then_some(normalized);
    let text = derived.as_deref().unwrap_or(&doc.text);
    // Markdown is analysed with its markup blanked (`markdown::mask`: same bytes, same
    // places), while offsets and the text shown are the Markdown's own: `shown` is the text
    // offsets refer to, `text` the text analysed.
    let masked = (format == Format::Markdown).then(|| crate::text::markdown::mask(text));
    let (shown, text) = (text, masked.as_deref().unwrap_or(text));
    let lang = options.lang.unwrap_or_else(|| detect(text));
    let tokens = tokenize(text, lang);
    if tokens.is_empty() && !notes.iter().any(|n| n.level == "error") {
        notes.push(Note { level: "warning", code: "empty", message: format!("{name}: no text to analyse (the document is empty or only white space).") });
    }
    // A text surely in another language gets no names: English ones would be noise there
    // (German capitalizes every noun).
    let unknown = lang == Lang::Other && options.lang.is_none();
    let language = if unknown { foreign(text) } else { None };
    if unknown && !tokens.is_empty() {
        let message = match language {
            Some(language) => format!("{name}: the text is in {language}, and Lente reads Italian and English: names are not tagged, and English rules were used for the rest."),
            None => format!("{name}: the language is neither Italian nor English; English rules were used."),
        };
        notes.push(Note { level: "info", code: "language-unknown", message });
    }
    if !tokens.is_empty() {
        notes.extend(models_note(&name, lang));
    }
    let spans = split(text, &tokens, lang);
    let map = OffsetMap::new(shown, options.offsets);
    let at = |byte: u32| map.map(shown, byte as usize);
    let words = tokens.iter().filter(|t| t.kind.is_wordlike()).count();
    let counts =
        Counts { characters: shown.chars().count(), tokens: tokens.len(), words, sentences: spans.len(), paragraphs: paragraphs(text), reading_minutes: (words as f64 / 200.0 * 10.0).ceil() / 10.0 };
    let leftovers = boilerplate_lines(text);
    // The lines are in text order and apart: the first that ends after `start` decides.
    let in_leftovers = |start: u32, end: u32| {
        let i = leftovers.partition_point(|&(_, e)| e <= start as usize);
        leftovers.get(i).is_some_and(|&(s, _)| s < end as usize)
    };
    let title_bytes = headline(text, &tokens, &leftovers);
    let title = title_bytes.map(|(s, e)| Span { start: at(s), end: at(e) });
    let len = text.len().max(1) as f64;
    // Names with no letter or digit (a tagged `-`) cannot be linked: they are dropped.
    let names = if language.is_some() { Vec::new() } else { tag_names(text, &tokens, &spans, lang) };
    let (tagged, sure): (Vec<(u32, u32, EntityKind)>, Vec<f32>) =
        names.into_iter().filter(|&(s, e, _, _)| !in_leftovers(s, e) && !link::key(&text[s as usize..e as usize]).is_empty()).map(|(s, e, k, c)| ((s, e, k), c)).unzip();
    let starts: Vec<u32> = tagged.iter().map(|t| t.0).collect();
    let tagged = link::join_nicknames(text, tagged);
    // A name joined from parts is as sure as its least sure part.
    let confidences: Vec<f32> = tagged.iter().map(|&(s, e, _)| (starts.partition_point(|&x| x < s)..starts.partition_point(|&x| x < e)).map(|i| sure[i]).fold(1.0, f32::min)).collect();
    let found = find_quotes(text, &tokens, &spans, &tagged, lang);
    let speakers: Vec<Option<WrittenSpeaker>> = found.iter().map(|q| q.speaker.map(|(s, e)| WrittenSpeaker { start: at(s), end: at(e), text: as_written(&text[s as usize..e as usize]) })).collect();
    let quote_texts: Vec<QuoteText> = found.iter().map(|q| QuoteText { text: text[q.start as usize..q.end as usize].to_string(), scare: q.scare }).collect();
    let unattributed = unattributed_quotes(&found, &tokens, &spans);
    let quotes = found.into_iter().map(|q| QuoteOut { start: at(q.start), end: at(q.end), speaker: q.speaker.map(|(s, e)| Span { start: at(s), end: at(e) }), entity: None, scare: q.scare }).collect();
    let skip: Vec<bool> = tokens.iter().map(|t| in_leftovers(t.start, t.end)).collect();
    let name_spans: Vec<(u32, u32)> = tagged.iter().map(|&(s, e, _)| (s, e)).collect();
    let all_phrases = keyphrases(text, &tokens, &spans, &skip, &name_spans, lang, 30);
    let names: Vec<Name> = tagged
        .into_iter()
        .zip(confidences)
        .map(|((s, e, kind), confidence)| Name {
            start: at(s),
            end: at(e),
            kind,
            text: as_written(&text[s as usize..e as usize]),
            position: f64::from(s) / len,
            in_title: title_bytes.is_some_and(|(_, te)| e <= te),
            confidence: round2(f64::from(confidence)) as f32,
            acronym: acronym_after(&text[s as usize..e as usize], kind, &text[e as usize..]),
        })
        .collect();
    let found_values = find_values(text, &tokens, lang);
    let value_links = found_values
        .iter()
        .map(|v| ValueLink {
            kind: v.kind,
            value: v.value.clone(),
            text: text[tokens[v.first].start as usize..tokens[v.end - 1].end as usize].to_string(),
            sentence: spans.partition_point(|s| s.end <= v.first),
            leftover: in_leftovers(tokens[v.first].start, tokens[v.end - 1].end),
        })
        .collect();
    let values = found_values.into_iter().map(|v| ValueSpan { start: at(tokens[v.first].start), end: at(tokens[v.end - 1].end), kind: v.kind, value: v.value }).collect();
    let sentence_texts: Vec<String> = spans.iter().map(|s| text[tokens[s.first].start as usize..tokens[s.end - 1].end as usize].to_string()).collect();
    let texts: Vec<&str> = sentence_texts.iter().map(String::as_str).collect();
    // The headline and web leftovers are never summary material.
    let excluded: Vec<bool> =
        spans.iter().map(|s| title_bytes.is_some_and(|(ts, te)| tokens[s.first].start < te && tokens[s.end - 1].end > ts) || in_leftovers(tokens[s.first].start, tokens[s.end - 1].end)).collect();
    let mut scores: Vec<Option<f64>> = vec![None; spans.len()];
    let (ranked, summary) = summary::rank_and_summarize(&texts, &excluded, Budget::Sentences(options.summary_sentences));
    for s in ranked {
        scores[s.sentence] = Some(round2(s.score));
    }
    let summary = summary.into_iter().map(|s| s.sentence).collect();
    let sentences = spans
        .iter()
        .zip(&scores)
        .map(|(s, &score)| SentenceOut { start: at(tokens[s.first].start), end: at(tokens[s.end - 1].end), first_token: s.first as u32, end_token: s.end as u32, score })
        .collect();
    let listed = options.tokens && tokens.len() <= options.token_limit;
    if options.tokens && !listed {
        notes.push(Note {
            level: "info",
            code: "tokens-not-listed",
            message: format!("{name}: {} tokens, more than the {} that are listed one by one; counts, sentences and the rest are complete.", tokens.len(), options.token_limit),
        });
    }
    let outlet = crate::extract::outlet::outlet(&name, page.as_ref().and_then(|p| p.site.as_deref()), text, &tokens, &leftovers);
    let tokens = if listed { tokens.iter().map(|t| TokenOut { start: at(t.start), end: at(t.end), kind: t.kind }).collect() } else { Vec::new() };
    let boilerplate = leftovers.iter().map(|&(s, e)| Span { start: at(s as u32), end: at(e as u32) }).collect();
    let analysis = DocumentAnalysis {
        id,
        outlet,
        name,
        format,
        encoding,
        text: derived,
        title,
        lang,
        counts,
        tokens,
        sentences,
        summary,
        mentions: Vec::new(),
        entities: Vec::new(),
        values,
        keyphrases: Vec::new(),
        quotes,
        boilerplate,
        notes,
    };
    // A quotation whose sentence does not say who speaks is no point of a brief.
    let excluded = analysis.sentences.iter().zip(&unattributed).map(|(s, &u)| s.score.is_none() || u).collect();
    let starts = analysis.sentences.iter().map(|s| s.start).collect();
    let links = Links { names, keyphrases: all_phrases, speakers, sentences: sentence_texts, excluded, counts, lang, starts, quotes: quote_texts, values: value_links };
    Part { document: analysis, links }
}

/// For each sentence, whether it is mostly a quotation (half its length or more) whose
/// speaker it does not name.
fn unattributed_quotes(quotes: &[crate::extract::quotes::Quote], tokens: &[Token], spans: &[SentenceSpan]) -> Vec<bool> {
    let mut out = vec![false; spans.len()];
    for q in quotes.iter().filter(|q| !q.scare) {
        let first = spans.partition_point(|s| tokens[s.end - 1].end <= q.start);
        for (k, s) in spans.iter().enumerate().skip(first) {
            let (start, end) = (tokens[s.first].start, tokens[s.end - 1].end);
            if start >= q.end {
                break;
            }
            let covered = end.min(q.end).saturating_sub(start.max(q.start));
            let named = q.speaker.is_some_and(|(a, b)| a >= start && b <= end);
            if covered * 2 >= end - start && !named {
                out[k] = true;
            }
        }
    }
    out
}

/// The document's text: its `text`, or its `bytes` decoded (with a note when they are not
/// text, or not all of them could be read); and the encoding used for bytes.
fn read_source<'a>(doc: &'a Document, name: &str, notes: &mut Vec<Note>) -> (std::borrow::Cow<'a, str>, Option<&'static str>) {
    let Some(bytes) = &doc.bytes else { return (std::borrow::Cow::Borrowed(&doc.text), None) };
    let html = doc.format == Some(Format::Html) || guess_format(name, "") == Format::Html;
    match decode::decode(bytes, html) {
        Ok(d) => {
            if d.replaced > 0 {
                notes.push(Note {
                    level: "warning",
                    code: "undecodable",
                    message: format!("{name}: {} could not be read as {} and show{} as �.", plural(d.replaced, "byte sequence"), d.encoding, if d.replaced == 1 { "s" } else { "" }),
                });
            } else if d.encoding != "UTF-8" {
                notes.push(Note { level: "info", code: "encoding", message: format!("{name}: read as {}.", d.encoding) });
            }
            (std::borrow::Cow::Owned(d.text), Some(d.encoding))
        }
        Err(not_text) => {
            notes.push(Note { level: "error", code: "not-text", message: format!("{name}: not read — this looks like {}, not text.", not_text.kind) });
            (std::borrow::Cow::Borrowed(""), None)
        }
    }
}

/// A name with one space between its words: a name that spans a line break, or has Markdown
/// markup blanked inside it (`**Antony** Blinken`), reads as written.
fn as_written(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `1 byte sequence`, `2 byte sequences`.
fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// HTML by extension or by a leading tag; Markdown by extension; else plain text.
pub fn guess_format(name: &str, text: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return Format::Html;
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::Markdown;
    }
    let head = text.trim_start().get(..15).unwrap_or("").to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        Format::Html
    } else {
        Format::Text
    }
}

/// Non-empty runs of lines separated by blank lines.
fn paragraphs(text: &str) -> usize {
    let mut count = 0;
    let mut in_par = false;
    for line in text.lines() {
        let blank = line.trim().is_empty();
        if !blank && !in_par {
            count += 1;
        }
        in_par = !blank;
    }
    count
}

/// The first line that is not a web leftover, as a headline: followed by more text and at
/// most 30 tokens long.
fn headline(text: &str, tokens: &[Token], leftovers: &[(usize, usize)]) -> Option<(u32, u32)> {
    // The lines are in text order and apart: only the last that starts at or before a token
    // can hold it (a search, not a scan of every line per token).
    let inside = |t: &Token| {
        let i = leftovers.partition_point(|&(s, _)| s <= t.start as usize);
        i > 0 && (t.end as usize) <= leftovers[i - 1].1
    };
    let tokens = &tokens[tokens.iter().position(|t| !inside(t))?..];
    let first = tokens.first()?;
    let line_end = text[first.start as usize..].find('\n').map(|i| i + first.start as usize)?;
    let in_line: Vec<&Token> = tokens.iter().take_while(|t| (t.end as usize) <= line_end).collect();
    let last = in_line.last()?;
    let more = tokens.len() > in_line.len();
    (more && in_line.len() <= 30).then_some((first.start, last.end))
}

fn summarize(docs: &[Links]) -> CorpusSummary {
    let mut s = CorpusSummary { documents: docs.len(), ..CorpusSummary::default() };
    for d in docs {
        s.characters += d.counts.characters;
        s.tokens += d.counts.tokens;
        s.words += d.counts.words;
        s.sentences += d.counts.sentences;
        s.reading_minutes += d.counts.reading_minutes;
    }
    s.reading_minutes = (s.reading_minutes * 10.0).round() / 10.0;
    s.languages = [Lang::It, Lang::En, Lang::Other]
        .into_iter()
        .map(|lang| LangCount { lang, documents: docs.iter().filter(|d| d.lang == lang && d.counts.tokens > 0).count() })
        .filter(|c| c.documents > 0)
        .collect();
    s
}

/// Tokens and sentences of `text` as it is (no decoding or normalization), in `lang`
/// (detected when `None`): the fast path for callers that need no more. Markdown is read
/// with its markup blanked, as `analyze_document` reads it, so the tokens are the same.
pub fn tokenize_text(text: &str, lang: Option<Lang>, unit: OffsetUnit, format: Format) -> Tokenization {
    let masked = (format == Format::Markdown).then(|| crate::text::markdown::mask(text));
    let text = masked.as_deref().unwrap_or(text);
    let lang = lang.unwrap_or_else(|| detect(text));
    let tokens = tokenize(text, lang);
    let spans = split(text, &tokens, lang);
    let map = OffsetMap::new(text, unit);
    let at = |byte: u32| map.map(text, byte as usize);
    let sentences = spans
        .iter()
        .filter(|s| s.end > s.first)
        .map(|s| TokenSentence { start: at(tokens[s.first].start), end: at(tokens[s.end - 1].end), first_token: s.first as u32, end_token: s.end as u32 })
        .collect();
    Tokenization { lang, offsets: unit, tokens: tokens.iter().map(|t| TokenOut { start: at(t.start), end: at(t.end), kind: t.kind }).collect(), sentences }
}

/// The language `analyze` would find for `doc`: decoded, reduced from HTML and detected as
/// there (or `options.lang`). For callers that load a language's models before analysing.
pub fn document_language(doc: &Document, options: &Options) -> Lang {
    if let Some(lang) = options.lang {
        return lang;
    }
    let name = doc.name.clone().unwrap_or_default();
    let (source, _) = read_source(doc, &name, &mut Vec::new());
    let format = doc.format.unwrap_or_else(|| guess_format(&name, &source));
    match format {
        Format::Html => detect(&article::extract(&source).text()),
        Format::Markdown => detect(&crate::text::markdown::mask(&source)),
        Format::Text => detect(&source),
    }
}

/// A note naming what was skipped when the model files of `lang` are not installed.
fn models_note(name: &str, lang: Lang) -> Option<Note> {
    let missing = crate::models::missing(lang);
    if missing.is_empty() {
        return None;
    }
    let mut skipped = Vec::new();
    if missing.iter().any(|f| f.starts_with("sentences-")) {
        skipped.push("sentences were split by rules alone");
    }
    if missing.iter().any(|f| !f.starts_with("sentences-")) {
        skipped.push("people, places and organizations were not tagged");
    }
    let language = match lang {
        Lang::It => "Italian",
        _ => "English",
    };
    let message = format!("{name}: the {language} models are not loaded ({}): {}.", missing.join(", "), skipped.join(", and "));
    Some(Note { level: "warning", code: "models-missing", message })
}
