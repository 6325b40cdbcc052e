//! Who said a quotation: the attribution before, after or around it.

use super::*;

/// What a speech cue is: a verb (`ha detto`) or a source (`secondo`, `according to`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    Say,
    Source,
}

/// Who an attribution names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Who {
    /// A name as written: a byte span.
    Named((u32, u32)),
    /// A description (`a source`, `il ministro`, `the 75-year-old author`).
    Described((u32, u32)),
    /// A pronoun or an omitted subject (`he said`, `ha aggiunto`): someone named before.
    Anaphor,
    /// No one (`si legge`).
    Nobody,
}

impl Who {
    pub(super) fn span(self) -> Option<(u32, u32)> {
        match self {
            Who::Named(s) | Who::Described(s) => Some(s),
            _ => None,
        }
    }
}

/// A speaker search's outcome: `None` when nothing attributes the quote here.
pub(super) type Attribution = Option<Who>;

/// A named or described speaker, or no one.
fn named(span: Option<(u32, u32)>) -> Who {
    span.map_or(Who::Nobody, Who::Named)
}

impl Doc<'_> {
    /// A quotation inside another: no speaker of its own, and a scare quote when short.
    pub(super) fn inner(&self, q: &Span) -> Quote {
        let words = (q.a + 1..q.b).filter(|&i| self.tokens[i].kind.is_wordlike()).take(MAX_SCARE_WORDS + 1).count();
        Quote { start: self.tokens[q.a].start, end: self.tokens[q.b].end, speaker: None, scare: words <= MAX_SCARE_WORDS }
    }

    /// The quote of `q` and who its attribution names (the speaker is filled in when that
    /// is a name); `last_speech` is the last token of the previous quotation that was not
    /// a scare quote.
    pub(super) fn attribute(&self, q: &Span, last_speech: Option<usize>) -> (Quote, Attribution) {
        let (a, b) = (q.a, q.b);
        let bound = |first: usize| first.max(a.saturating_sub(CLAUSE_TOKENS)).max(last_speech.map_or(0, |e| e + 1));
        let (first, _) = self.sentence(a);
        let mut lo = bound(first);
        let starts_sentence = (lo..a).all(|i| self.tokens[i].kind == TokenKind::Punct);
        if starts_sentence && first > 0 && self.tok(first - 1) == ":" {
            lo = bound(self.sentence(first - 1).0);
        }
        let colon = a > lo && self.tok(a - 1) == ":";
        let verb_before = (lo.max(a.saturating_sub(6))..a)
            .any(|k| self.cue_at(k, a).is_some_and(|(w, cue)| cue == Cue::Say && (w == a || (w + 1 == a && matches!(key(self.tok(w)).as_ref(), "," | "che" | "that" | "—" | "–")))));
        let inner_end = if q.closed { b } else { b + 1 };
        let words = (a + 1..inner_end).filter(|&i| self.tokens[i].kind.is_wordlike()).take(MAX_SCARE_WORDS + 1).count();
        let after = if q.closed { self.after(b) } else { None };
        let lowercase_next = self.tokens.get(b + 1).is_some_and(|t| t.kind == TokenKind::Word && self.breaks[b + 1] == 0 && self.tok(b + 1).starts_with(char::is_lowercase));
        let short = words <= MAX_SCARE_WORDS && !colon && !verb_before && after.is_none() && (!starts_sentence || lowercase_next);
        // A short quotation is someone's words only when its sentence names who said them.
        let partial = short && self.clause(lo, a, false).is_some_and(|w| matches!(w, Who::Named(_) | Who::Described(_)));
        let scare = (short && !partial) || self.title(a, inner_end, colon || verb_before);
        let who = if scare {
            None
        } else {
            let first = if colon {
                self.clause(lo, a - 1, true)
            } else if verb_before {
                self.clause(lo, a, false)
            } else {
                None
            };
            // The first attribution that names someone, else the first found.
            let found = [first, after];
            let named = |w: &Attribution| w.is_some_and(|w| w != Who::Nobody);
            found.into_iter().find(named).flatten().or_else(|| self.inside(a, b)).or_else(|| first.or(after)).or_else(|| self.clause(lo, a, false)).or_else(|| self.lead(b))
        };
        let speaker = who.and_then(Who::span);
        (Quote { start: self.tokens[a].start, end: self.tokens[b].end, speaker, scare }, who)
    }

    /// Whether the quoted tokens `a+1..end` are the title of a work or a name, not speech:
    /// next to a word that announces one (`il film «…»`, `la trasmissione radiofonica «…»`,
    /// `the "…" campaign`), or, when no colon
    /// or speech verb introduces them, two or more words all capitalized but the small ones
    /// (`The Thrill Is Gone`), or, in an Italian article, English words.
    fn title(&self, a: usize, end: usize, introduced: bool) -> bool {
        let cue = |i: usize| self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && self.flags[i] & TITLE_CUE != 0;
        let adjective = |i: usize| self.tokens[i].kind == TokenKind::Word && self.tok(i).starts_with(char::is_lowercase) && self.flags[i] == 0;
        let before = (a > 0 && cue(a - 1)) || (a > 1 && adjective(a - 1) && cue(a - 2));
        let announced = before || (end < self.tokens.len() && self.breaks.get(end + 1) == Some(&0) && cue(end + 1));
        let words: Vec<&str> = (a + 1..end).filter(|&i| self.tokens[i].kind == TokenKind::Word).map(|i| self.tok(i)).collect();
        let small = |i: usize| self.flags[i] & (ARTICLE | DEFINITE | PARTICLE | PREPOSITION | COORD) != 0 || (self.tok(i).len() <= 3 && self.tok(i).chars().all(char::is_lowercase));
        let inner = a + 1..end;
        let stops = inner.clone().filter(|&i| matches!(self.tok(i), "." | "!" | "?")).count();
        let capitalized = words.len() >= 2
            && stops <= usize::from(end > a + 1 && matches!(self.tok(end - 1), "." | "!" | "?"))
            && inner.filter(|&i| self.tokens[i].kind == TokenKind::Word).all(|i| self.tok(i).starts_with(char::is_uppercase) || small(i))
            && words[0].starts_with(char::is_uppercase);
        // English in an Italian article: a title or slogan.
        let italian = (a + 1..end).filter(|&i| self.flags[i] & (DEFINITE | ARTICLE | PARTICLE | PREPOSITION | CONJ) != 0 && self.flags[i] & FOREIGN == 0).count();
        let english = words.len() >= 3 && (a + 1..end).filter(|&i| self.flags[i] & FOREIGN != 0).count() > italian;
        announced || (capitalized && !introduced) || english
    }

    /// A speech cue starting at token `i` and ending before `hi`: its end and kind.
    fn cue_at(&self, i: usize, hi: usize) -> Option<(usize, Cue)> {
        let f = self.flag(i, hi);
        if f & AUX != 0 {
            let mut j = i + 1;
            while j < i + 3 && self.flag(j, hi) & ADV != 0 {
                j += 1;
            }
            if self.flag(j, hi) & PART != 0 {
                return Some((j + 1, Cue::Say));
            }
        }
        if f & FIN != 0 {
            return Some((i + 1, Cue::Say));
        }
        if f & SOURCE == 0 {
            return None;
        }
        if self.lang != Lang::It {
            return (i + 1 < hi && key(self.tok(i + 1)) == "to").then_some((i + 2, Cue::Source));
        }
        if i > 0 && self.flags[i - 1] & ORDINAL_BEFORE != 0 {
            return None;
        }
        // `secondo X`, `secondo quanto riferisce X`, `secondo quanto riportato dalla X`.
        let mut j = i + 1;
        if j < hi && key(self.tok(j)) == "quanto" {
            j += 1;
            if let Some((e, Cue::Say)) = self.cue_at(j, hi) {
                j = e;
            } else {
                while j < i + 5 && self.flag(j, hi) & REPORTED != 0 {
                    j += 1;
                }
            }
            if self.flag(j, hi) & DA != 0 {
                j += 1;
            }
        }
        Some((j.min(hi), Cue::Source))
    }

    /// The speaker named around a cue at `k..w`, in a clause `lo..hi`.
    fn resolve(&self, lo: usize, k: usize, w: usize, hi: usize, cue: Cue) -> Attribution {
        match cue {
            Cue::Source => self.names_after(w, hi).or_else(|| self.capitals_after(w, hi)).map(Who::Named).or_else(|| self.description_after(w, hi).map(Who::Described)),
            Cue::Say => {
                let subject_end = self.subject_end(lo, k);
                // The subject right before the verb: a name, a pronoun or a description;
                // else a name earlier in the clause (`X, a senior in high school, said`).
                let start = self.clause_start(lo, subject_end);
                if let Some(p) = self.pick_subject(start, subject_end) {
                    return Some(Who::Named(self.person_first(p, lo, subject_end)));
                }
                if let Some(who) = self.subject(lo, subject_end) {
                    return Some(who);
                }
                if let Some(p) = self.pick_subject(lo, subject_end).or_else(|| self.pick(lo, subject_end, true)) {
                    return Some(Who::Named(self.person_first(p, lo, subject_end)));
                }
                if let Some(who) = self.apposed(lo, subject_end) {
                    return Some(who);
                }
                // `told X`, `ha detto a X`: X is who heard it.
                let listener = self.lang == Lang::En && matches!(key(self.tok(w - 1)).as_ref(), "told" | "tells" | "tell") || self.flag(w, hi) & TO != 0;
                let after = if listener { None } else { self.names_after(w, hi).map(|p| self.person_first(p, w, self.reach(w, hi))).or_else(|| self.capitals_after(w, hi)) };
                // After a quotation (`», ha detto il ministro.`) the subject may follow the
                // verb, described, or (in Italian) be dropped: `», ha aggiunto.`
                let inverted = lo == k;
                let described = if inverted { self.description_after(w, hi) } else { None };
                let found = after.or_else(|| self.capitals_before(subject_end, lo)).map(Who::Named).or_else(|| described.map(Who::Described));
                let dropped = self.lang == Lang::It && inverted;
                Some(found.unwrap_or(if dropped { Who::Anaphor } else { Who::Nobody }))
            }
        }
    }

    /// For an organization `p` picked as speaker in tokens `lo..hi`: the run of two or more
    /// capitalized words before it that the tagger did not name, if any, as the person who
    /// spoke for it (`Fadi Hakura, of Chatham House, said`); else `p`.
    fn person_first(&self, p: (u32, u32), lo: usize, hi: usize) -> (u32, u32) {
        if self.kind_of(p) != Some(EntityKind::Organization) {
            return p;
        }
        let org = self.token_at(p.0);
        let mut j = lo;
        while j < org.min(hi) {
            let mut e = j;
            while e < org && self.capital(e) && self.kind_at(e).is_none() && (e == j || self.breaks[e] == 0) {
                e += 1;
            }
            if e > j + 1 {
                return (self.tokens[j].start, self.tokens[e - 1].end);
            }
            j = e.max(j + 1);
        }
        p
    }

    /// The kind of the tagged name holding token `i`.
    fn kind_at(&self, i: usize) -> Option<EntityKind> {
        let at = self.tokens[i].start;
        let k = self.names.partition_point(|n| n.1 <= at);
        self.names.get(k).filter(|n| n.0 <= at).map(|n| n.2)
    }

    /// Where the clause holding token `k` starts, not before `lo`: after the last stop,
    /// comma, mark or conjunction before `k`.
    fn clause_start(&self, lo: usize, k: usize) -> usize {
        (lo..k)
            .rev()
            .find(|&j| self.is_mark(j) || self.in_quote(j) || self.flags[j] & CONJ != 0 || (self.tokens[j].kind == TokenKind::Punct && !self.tok(j).ends_with(['\'', '’'])))
            .map_or(lo, |j| j + 1)
    }

    /// Who the words right before a verb at `k` name when the tagger found no one there: a
    /// pronoun (`he said`), or a description (`a source told`, `l’azzurra ha dichiarato`).
    /// `None` for capitalized words, an empty or long stretch.
    fn subject(&self, lo: usize, k: usize) -> Option<Who> {
        let start = self.clause_start(lo, k);
        let (first, len) = (start, k.saturating_sub(start));
        if len == 0 || len > MAX_SUBJECT_TOKENS || (start..k).any(|j| self.tokens[j].kind != TokenKind::Word || self.flags[j] & (AUX | FIN | SOURCE) != 0) {
            return None;
        }
        if len == 1 {
            return (self.flags[first] & PRONOUN != 0).then_some(Who::Anaphor);
        }
        let opens = self.flags[first] & (ARTICLE | DEFINITE | DETERMINER) != 0 || (self.flags[first] & POSSESSIVE != 0 && len <= 3);
        opens.then(|| Who::Described((self.tokens[start].start, self.tokens[k - 1].end)))
    }

    /// A description set off before an apposition that ends at a verb at `k`: `Un uomo, che
    /// viaggiava sul bus, ha detto`.
    fn apposed(&self, lo: usize, k: usize) -> Option<Who> {
        let first_end = (lo..k).find(|&j| self.tok(j) == ",")?;
        let set_off = k > lo && self.tok(k - 1) == "," && first_end + 1 < k - 1;
        (set_off && self.flags[lo] & (ARTICLE | DEFINITE | DETERMINER) != 0).then(|| self.subject(lo, first_end)).flatten()
    }

    /// A description right after a verb ending at `w`: an article and the words after it
    /// (`said a spokesman for the club`, `ha detto il ministro`).
    fn description_after(&self, w: usize, hi: usize) -> Option<(u32, u32)> {
        let hi = self.reach(w, hi).min(w + MAX_SUBJECT_TOKENS);
        let mut j = w;
        while j < hi && self.flags[j] & ADV != 0 {
            j += 1;
        }
        if j + 1 >= hi || self.flags[j] & (ARTICLE | DEFINITE | DETERMINER) == 0 {
            return None;
        }
        let end = (j + 1..hi).find(|&e| self.tokens[e].kind != TokenKind::Word).unwrap_or(hi);
        // It ends its clause; one that runs into a quotation is its object (`Ha descritto il
        // legame come una “…”`).
        let closes = self.tokens.get(end).is_none_or(|t| t.kind == TokenKind::Punct && !self.is_mark(end));
        (end > j + 1 && closes).then(|| (self.tokens[j].start, self.tokens[end - 1].end))
    }

    /// The person a pronoun or dropped subject in the attribution of a quotation at `a`
    /// stands for: the first person named in the nearest sentence before it that names one,
    /// or the previous quotation's speaker (`last`: its span and last token) when that came
    /// after; a few paragraphs back at most. `None` when it is no person.
    pub(super) fn antecedent(&self, a: usize, last: Option<((u32, u32), usize)>) -> Option<(u32, u32)> {
        let s = self.sentence_of[a] as usize;
        for span in self.sentences[s.saturating_sub(CONTEXT_SENTENCES)..=s].iter().rev() {
            if self.paragraph[span.first] + ANAPHOR_PARAGRAPHS < self.paragraph[a] {
                break;
            }
            if let Some((speaker, _)) = last.filter(|l| l.1 >= span.first) {
                return (self.kind_of(speaker) == Some(EntityKind::Person)).then_some(speaker);
            }
            let (from, to) = (self.tokens[span.first].start, self.tokens[span.end.min(a + 1) - 1].end);
            let mut people = self.names[self.names.partition_point(|n| n.0 < from)..].iter().take_while(|n| n.0 < to);
            if let Some(p) = people.find(|n| n.2 == EntityKind::Person && !self.in_quote(self.token_at(n.0))) {
                return Some((p.0, p.1));
            }
        }
        None
    }

    /// Who a definite description (`the insider`, `il presule`) at `span`, in the
    /// attribution of a quotation at `a`, refers to: the previous quotation's speaker when
    /// that was described too (`a source` … `the insider`), else the one person named in the
    /// sentences just before (`Silvano Montevecchi` … `il presule`). `None` when it is
    /// indefinite (`a source`), long (`il ministro della difesa russo`) or two people are
    /// named: it is kept as written.
    pub(super) fn referent(&self, span: (u32, u32), a: usize, last: Option<((u32, u32), usize)>) -> Option<(u32, u32)> {
        let (first, end) = (self.token_at(span.0), self.token_at(span.1 - 1) + 1);
        if self.flags[first] & (DEFINITE | POSSESSIVE) == 0 || end - first > 1 + MAX_DESCRIPTION_WORDS || (first..end).any(|i| self.flags[i] & (PARTICLE | DA) != 0) {
            return None;
        }
        match last {
            Some((speaker, _)) if self.kind_of(speaker).is_none() => Some(speaker),
            _ => self.only_person(a),
        }
    }

    /// The one person named (outside quotations) in the sentences just before token `a`
    /// and in its own: the last mention, `None` when there are two or none.
    fn only_person(&self, a: usize) -> Option<(u32, u32)> {
        let s = self.sentence_of[a] as usize;
        let from = self.tokens[self.sentences[s.saturating_sub(DESCRIPTION_SENTENCES)].first].start;
        let to = self.tokens[a].start;
        let mut people = self.names.iter().skip(self.names.partition_point(|n| n.0 < from)).take_while(|n| n.0 < to).filter(|n| n.2 == EntityKind::Person && !self.in_quote(self.token_at(n.0)));
        let surname = |n: &(u32, u32, EntityKind)| self.text[n.0 as usize..n.1 as usize].rsplit(' ').next().unwrap_or("").to_lowercase();
        let first = people.next()?;
        let mut last = first;
        for p in people {
            if surname(p) != surname(first) {
                return None;
            }
            last = p;
        }
        Some((last.0, last.1))
    }

    /// For a quotation at `q` with no attribution that opens its paragraph or sentence right
    /// after the previous one (`last`: its speaker and last token), with no name between
    /// them: the same speaker (a quotation over paragraphs, or `"…," he said. "…"`).
    pub(super) fn continues(&self, q: &Span, last: Option<((u32, u32), usize)>) -> Option<(u32, u32)> {
        let (speaker, end) = last?;
        let opens = q.a == 0 || self.breaks[q.a] > 0 || self.sentence(q.a).0 == q.a;
        let near = q.a > end && q.a - end <= CONTINUATION_TOKENS && self.paragraph[q.a] <= self.paragraph[end] + 1;
        let (from, to) = (self.tokens[end].end, self.tokens[q.a].start);
        let named_between = self.names.iter().skip(self.names.partition_point(|n| n.0 < from)).take_while(|n| n.0 < to).next().is_some();
        (opens && near && !named_between).then_some(speaker)
    }

    /// The kind of the tagged name at exactly `span`.
    fn kind_of(&self, span: (u32, u32)) -> Option<EntityKind> {
        let i = self.names.partition_point(|n| n.0 < span.0);
        self.names.get(i).filter(|n| (n.0, n.1) == span).map(|n| n.2)
    }

    /// Where the subject of a verb at `k` ends: before an earlier verb when the two are
    /// joined (`Putin ha elogiato Kim e ha assicurato`), else at `k`.
    fn subject_end(&self, lo: usize, k: usize) -> usize {
        if k > lo && self.flags[k - 1] & COORD != 0 {
            if let Some(j) = (lo..k - 1).rev().find(|&j| self.flags[j] & (AUX | FIN) != 0 && !self.in_quote(j)) {
                return j;
            }
        }
        k
    }

    /// The attribution in the clause `lo..end` before a quote (`end` is the colon's index
    /// when `colon`): its last speech cue, else the name right before the colon.
    fn clause(&self, lo: usize, end: usize, colon: bool) -> Attribution {
        for k in (lo..end).rev() {
            if self.in_quote(k) {
                continue;
            }
            if let Some((w, cue)) = self.cue_at(k, end) {
                if let Some(found) = self.resolve(lo, k, w, end, cue) {
                    return Some(found);
                }
            }
        }
        if !colon {
            return None;
        }
        if end == lo {
            return Some(Who::Nobody);
        }
        // `Mancino ha espresso ammirazione per il Capo dello Stato: «…»`: the subject.
        if let Some(verb) = (lo..end).find(|&j| self.flags[j] & AUX != 0 && !self.in_quote(j)) {
            let start = self.clause_start(lo, verb);
            if let Some(p) = self.pick_subject(start, verb).or_else(|| self.pick_subject(lo, verb)) {
                return Some(Who::Named(p));
            }
        }
        let (from, to) = (self.tokens[lo].start, self.tokens[end - 1].end);
        let range = self.names.partition_point(|n| n.0 < from)..self.names.partition_point(|n| n.0 < to);
        let named = self.names[range].iter().rev().find(|n| n.1 == to).map(|n| self.written(n));
        // Else the one free person of the clause (`Gianni Riotta, direttore, è convinto: «…»`).
        Some(self::named(named.or_else(|| self.capitals_before(end, lo)).or_else(|| self.pick_subject(lo, end).filter(|p| self.kind_of(*p) == Some(EntityKind::Person)))))
    }

    /// The attribution right after a quote closing at `b`: `” ha detto Kim`, `,” Smith
    /// said`, `”, secondo la Tass`, `,” he said` (no one).
    fn after(&self, b: usize) -> Attribution {
        let n = self.tokens.len();
        let mut i = b + 1;
        while i < n && i < b + 3 && matches!(self.tok(i), "," | "—" | "–" | "-") {
            i += 1;
        }
        if i >= n || (b + 1..=i).any(|j| self.breaks[j] > 0) {
            return None;
        }
        let mut hi = i;
        while hi < n.min(i + AFTER_QUOTE_TOKENS) && (hi == i || self.breaks[hi] == 0) && !self.is_mark(hi) {
            hi += 1;
        }
        if let Some((w, cue)) = self.cue_at(i, hi) {
            return self.resolve(w, w, w, hi, cue);
        }
        for k in i..hi.min(i + 6) {
            if k > i {
                if let Some((_, Cue::Say)) = self.cue_at(k, hi) {
                    return Some(self.pick(i, k, false).map(Who::Named).or_else(|| self.subject(i, k)).unwrap_or_else(|| named(self.capitals_after(i, k))));
                }
            }
            let t = self.tok(k);
            if self.flags[k] & CONJ != 0 || (self.tokens[k].kind == TokenKind::Punct && t != ",") {
                break;
            }
        }
        None
    }

    /// The attribution set between dashes inside a quotation `a..=b`: `«Certo che torno –
    /// ha dichiarato – ma…»`, `«… - ha commentato uno dei passeggeri - …»`.
    fn inside(&self, a: usize, b: usize) -> Attribution {
        let dash = |i: usize| matches!(self.tok(i), "-" | "–" | "—");
        let i = (a + 1..b).find(|&i| dash(i) && self.cue_at(i + 1, b).is_some_and(|(_, cue)| cue == Cue::Say))?;
        let hi = (i + 1..b).find(|&j| dash(j)).unwrap_or(b);
        let (w, _) = self.cue_at(i + 1, hi)?;
        let (from, to) = (self.tokens[w.min(hi - 1)].start, self.tokens[hi - 1].end);
        let range = self.names.partition_point(|n| n.0 < from)..self.names.partition_point(|n| n.0 < to);
        let names = &self.names[range];
        let named = names.iter().find(|n| n.2 == EntityKind::Person).or_else(|| names.first()).map(|n| (n.0, n.1));
        Some(match named.or_else(|| self.capitals_after(w, hi)) {
            Some(span) => Who::Named(span),
            None => self.description_after(w, hi).map_or(if w == hi { Who::Anaphor } else { Who::Nobody }, Who::Described),
        })
    }

    /// The attribution in the sentence after the one ending at or after `b`: `Lo ha detto
    /// il presidente Vladimir Putin`, `A dirlo è stato Kim`.
    fn lead(&self, b: usize) -> Attribution {
        let i = self.sentence(b).1;
        if i >= self.tokens.len() {
            return None;
        }
        let hi = self.sentence(i).1;
        let w = if self.flag(i, hi) & LEAD != 0 {
            match self.cue_at(i + 1, hi) {
                Some((w, Cue::Say)) => w,
                _ => return None,
            }
        } else if matches!(key(self.tok(i)).as_ref(), "a" | "ad") && self.flag(i + 1, hi) & INF_LO != 0 {
            let mut j = i + 2;
            while self.flag(j, hi) & ESSERE != 0 {
                j += 1;
            }
            j
        } else {
            return None;
        };
        Some(named(self.names_after(w, hi).or_else(|| self.capitals_after(w, hi))))
    }

    /// For a quote opening its sentence at `a`: the last speech cue with a named speaker in
    /// the sentences before it, back to the previous paragraph.
    pub(super) fn context(&self, a: usize) -> Attribution {
        if self.sentence(a).0 != a && (self.sentence(a).0..a).any(|i| self.tokens[i].kind != TokenKind::Punct) {
            return None;
        }
        let s = self.sentence_of[a] as usize;
        let paragraph = self.paragraph[a];
        let mut budget = CONTEXT_TOKENS;
        for span in self.sentences[s.saturating_sub(CONTEXT_SENTENCES)..s].iter().rev() {
            if self.paragraph[span.first] + 1 < paragraph {
                break;
            }
            for k in (span.first..span.end).rev() {
                budget = budget.checked_sub(1)?;
                if self.in_quote(k) {
                    continue;
                }
                if let Some((w, cue)) = self.cue_at(k, span.end) {
                    if let Some(found @ (Who::Named(_) | Who::Described(_))) = self.resolve(span.first, k, w, span.end, cue) {
                        return Some(found);
                    }
                }
            }
        }
        None
    }

    /// The first token at or after `w` (and before `hi`, within reach of a verb) that ends
    /// the stretch where a speaker may stand: a stop, a mark, a conjunction.
    fn reach(&self, w: usize, hi: usize) -> usize {
        let hi = hi.min(w + AFTER_VERB_TOKENS).min(self.tokens.len());
        (w..hi)
            .find(|&j| {
                let t = self.tok(j);
                self.is_mark(j) || self.flags[j] & CONJ != 0 || (self.tokens[j].kind == TokenKind::Punct && !matches!(t, "," | "-" | "–" | "(" | ")"))
            })
            .unwrap_or(hi)
    }

    /// The first person (else organization) named after a verb ending at `w`.
    fn names_after(&self, w: usize, hi: usize) -> Option<(u32, u32)> {
        self.pick(w, self.reach(w, hi), false)
    }

    /// The person (else organization) the tagger named within tokens `lo..hi`, outside
    /// quotations: the last one when `last`, else the first.
    fn pick(&self, lo: usize, hi: usize, last: bool) -> Option<(u32, u32)> {
        self.pick_where(lo, hi, last, |_| true)
    }

    /// The last person (else organization) named within tokens `lo..hi`, outside quotations,
    /// that no preposition governs (`Fadi Hakura, analyst for Chatham House, said`).
    fn pick_subject(&self, lo: usize, hi: usize) -> Option<(u32, u32)> {
        self.pick_where(lo, hi, true, |i| i == 0 || self.flags[i - 1] & (PREPOSITION | PARTICLE) == 0)
    }

    /// `pick` among the names whose first token `keep` accepts.
    fn pick_where(&self, lo: usize, hi: usize, last: bool, keep: impl Fn(usize) -> bool) -> Option<(u32, u32)> {
        if lo >= hi {
            return None;
        }
        let (from, to) = (self.tokens[lo].start, self.tokens[hi - 1].end);
        let names = &self.names[self.names.partition_point(|n| n.0 < from)..self.names.partition_point(|n| n.0 < to)];
        let inside = || names.iter().filter(|n| n.1 <= to && !self.in_quote(self.token_at(n.0)) && keep(self.token_at(n.0)));
        let of_kind = |kind: EntityKind| {
            let mut it = inside().filter(move |n| n.2 == kind);
            if last {
                it.next_back()
            } else {
                it.next()
            }
        };
        of_kind(EntityKind::Person).or_else(|| of_kind(EntityKind::Organization)).map(|n| self.written(n))
    }

    /// A tagged name's span as a speaker: an organization with its article (`la Tass`).
    fn written(&self, n: &(u32, u32, EntityKind)) -> (u32, u32) {
        if n.2 == EntityKind::Organization {
            self.with_article(self.token_at(n.0), (n.0, n.1))
        } else {
            (n.0, n.1)
        }
    }

    /// The index of the token starting at or holding byte `at`.
    fn token_at(&self, at: u32) -> usize {
        self.tokens.partition_point(|t| t.end <= at).min(self.tokens.len() - 1)
    }

    /// `span` (starting at token `i`) with the definite article before it: `la Tass`.
    fn with_article(&self, i: usize, span: (u32, u32)) -> (u32, u32) {
        let next = self.token_at(span.1);
        let role_after = self.tokens[next].start >= span.1 && self.flags[next] & ROLE != 0;
        if i > 0 && self.flags[i - 1] & DEFINITE != 0 && self.breaks[i] == 0 && !role_after {
            (self.tokens[i - 1].start, span.1)
        } else {
            span
        }
    }

    /// A capitalized word that may be part of a name.
    fn capital(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word && self.flags[i] & (NOT_NAME | AUX | FIN | SOURCE | LEAD | ADV | CONJ) == 0 && self.tok(i).starts_with(char::is_uppercase)
    }

    /// The run of capitalized words (`Kim Jong-Un`, `Ursula von der Leyen`) ending right
    /// before token `k` or before a comma there, not before `lo`.
    fn capitals_before(&self, k: usize, lo: usize) -> Option<(u32, u32)> {
        let mut end = k;
        if end > lo && self.tok(end - 1) == "," {
            end -= 1;
        }
        let mut j = end;
        while j > lo && (self.capital(j - 1) || (j < end && self.flags[j - 1] & PARTICLE != 0 && self.breaks[j] == 0)) && (j == end || self.breaks[j] == 0) {
            j -= 1;
        }
        while j < end && !self.capital(j) {
            j += 1;
        }
        (j < end && self.plausible(j, end)).then(|| self.with_article(j, (self.tokens[j].start, self.tokens[end - 1].end)))
    }

    /// Whether capitalized tokens `a..b` the tagger did not name may be a name: two words or
    /// more, or one that neither opens its sentence (`Struggle: '…'` is a caption), follows
    /// a definite article or a preposition (`lo Stato`, `del Colonnello`), nor ends in
    /// `-ing` (`Adding`).
    fn plausible(&self, a: usize, b: usize) -> bool {
        b > a + 1 || (self.sentence(a).0 != a && (a == 0 || self.flags[a - 1] & (DEFINITE | PARTICLE) == 0) && !self.tok(a).ends_with("ing"))
    }

    /// The run of capitalized words right after a verb ending at `w`, past adverbs, an
    /// article and a role with its adjectives (`il leader nordcoreano Kim Jong-un`).
    fn capitals_after(&self, w: usize, hi: usize) -> Option<(u32, u32)> {
        let hi = self.reach(w, hi);
        let mut j = w;
        while j < hi && self.flags[j] & (ADV | ARTICLE | DEFINITE) != 0 {
            j += 1;
        }
        if j < hi && self.flags[j] & ROLE != 0 {
            j += 1;
            let mut adjectives = 0;
            while j < hi && adjectives < 2 && self.tokens[j].kind == TokenKind::Word && self.tok(j).starts_with(char::is_lowercase) {
                j += 1;
                adjectives += 1;
            }
        }
        let start = j;
        while j < hi && (self.capital(j) || (j > start && self.flags[j] & PARTICLE != 0)) && (j == start || self.breaks[j] == 0) {
            j += 1;
        }
        while j > start && !self.capital(j - 1) {
            j -= 1;
        }
        (j > start && self.plausible(start, j)).then(|| self.with_article(start, (self.tokens[start].start, self.tokens[j - 1].end)))
    }
}
