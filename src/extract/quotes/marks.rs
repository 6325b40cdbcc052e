//! Pairing quotation marks into quotations.
//!
//! Each mark gets a role from where it stands: leaning on the word after it, it opens;
//! on the word before, it closes (`«` always opens and `»` always closes). A straight or
//! single mark inside a number (`19"72`, `5'10"`) or an elision (`'90s`, `rock 'n' roll`)
//! is no mark. Double marks (“ ” „ « » ") pair with double ones, single (‘ ’ ') with single
//! ones, so a quotation may hold another of the other kind; both are kept, the inner one
//! with its depth. A mismatched closing mark of the same kind still closes (`“…"`).
//!
//! At a paragraph's end an open quotation goes on when the next paragraph reopens with a
//! mark of its kind (news convention for a quotation over several paragraphs), else it ends:
//! a double one with its paragraph or first sentence (`end_unclosed`), a single one not at
//! all (an apostrophe is likelier than a quotation left open).

use super::*;

/// Double marks pair with double ones, single with single.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Double,
    Single,
}

/// What a mark does where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    Open,
    Close,
    /// Spaced on both sides: closes an open quotation, else opens one.
    Either,
}

/// A quotation as tokens: marks at `a` and (when `closed`) `b`; `depth` 0 for one that is
/// inside no other.
#[derive(Clone, Copy, Debug)]
pub(super) struct Span {
    pub a: usize,
    pub b: usize,
    pub closed: bool,
    pub depth: usize,
}

/// A quotation being read.
#[derive(Clone, Copy)]
struct Open {
    kind: Kind,
    a: usize,
    paragraphs: u32,
    /// The last token of the last whole paragraph it spans.
    last_paragraph_end: Option<usize>,
}

impl Open {
    fn new(kind: Kind, a: usize) -> Open {
        Open { kind, a, paragraphs: 1, last_paragraph_end: None }
    }
}

/// How many quotations may stand one inside another.
const MAX_DEPTH: usize = 3;

/// Words an apostrophe stands for letters of: `rock 'n' roll`, `'em`.
const ELIDED: &[&str] = &["n", "em", "til", "cause", "tis", "twas"];

impl Doc<'_> {
    /// The quotation mark at token `i`, if it is one, and its role.
    pub(super) fn mark(&self, i: usize) -> Option<(Kind, Role)> {
        use {Kind::*, Role::*};
        let (opens, closes) = (self.opens(i), self.closes(i));
        match self.tok(i) {
            "«" | "„" => Some((Double, Open)),
            "»" => Some((Double, Close)),
            "“" => Some((Double, if closes { Close } else { Open })),
            "”" => Some((Double, if opens { Open } else { Close })),
            "\"" if self.prime(i) => None,
            "\"" => Some((
                Double,
                if opens {
                    Open
                } else if closes {
                    Close
                } else {
                    Either
                },
            )),
            "‘" | "‚" => Some((Single, if closes { Close } else { Open })),
            "’" | "'" if opens && self.elision(i) => None,
            "’" | "'" if opens => Some((Single, Open)),
            "’" | "'" if closes && !self.prime(i) => Some((Single, Close)),
            "’" => Some((Single, Close)),
            _ => None,
        }
    }

    /// A straight mark glued to a number: seconds or inches (`19"72`, `5'10"`).
    fn prime(&self, i: usize) -> bool {
        if i == 0 || self.space_before_raw(i) || !self.tok(i - 1).ends_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let digit_after = i + 1 < self.tokens.len() && self.tokens[i].end == self.tokens[i + 1].start && self.tok(i + 1).starts_with(|c: char| c.is_ascii_digit());
        digit_after || self.tok(i - 1).contains(['\'', '′', '’'])
    }

    /// An apostrophe opening a word it shortens: `'90s`, `'n'`, `'em`.
    fn elision(&self, i: usize) -> bool {
        self.tokens.get(i + 1).is_some_and(|_| {
            let next = self.tok(i + 1);
            next.starts_with(|c: char| c.is_ascii_digit()) || ELIDED.contains(&next.to_lowercase().as_str())
        })
    }

    /// Whether a space (or nothing) stands right before token `i`.
    fn space_before_raw(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].end < self.tokens[i].start
    }

    /// Pairs the quotation marks; the quotations in order of their opening marks.
    pub(super) fn pair(&self) -> Vec<Span> {
        let n = self.tokens.len();
        let mut out = Vec::new();
        let mut stack: Vec<Open> = Vec::new();
        // Where the spans found since the stack was last empty begin in `out`.
        let mut base = 0;
        let mut i = 0;
        loop {
            if let Some(&bottom) = stack.first() {
                let paragraph_ends = i >= n || (i > bottom.a && self.breaks[i] > 0 && !self.hard_wrap(i));
                if paragraph_ends {
                    stack.clear();
                    let reopens = i < n && self.mark(i).is_some_and(|(kind, role)| kind == bottom.kind && role != Role::Close);
                    if reopens && bottom.paragraphs < MAX_PARAGRAPHS && self.tokens[i].end - self.tokens[bottom.a].start <= MAX_BYTES {
                        stack.push(Open { paragraphs: bottom.paragraphs + 1, last_paragraph_end: Some(i - 1), ..bottom });
                        i += 1;
                        continue;
                    }
                    i = self.end_unclosed(&mut out, bottom, i, false);
                    // Quotations inside it past its new end are read again.
                    reread(&mut out, base, i);
                    continue;
                }
                if self.tokens[i].end - self.tokens[bottom.a].start > MAX_BYTES {
                    // Too long: end at the last whole paragraph or the first sentence.
                    let first_sentence_end = self.sentence(bottom.a).1 - 1;
                    let end = bottom.last_paragraph_end.or((bottom.kind == Kind::Double && first_sentence_end > bottom.a && first_sentence_end < i).then_some(first_sentence_end));
                    stack.clear();
                    // Read on after its end, or from here when it has none.
                    if let Some(e) = end {
                        self.emit(&mut out, bottom.a, e, false, 0);
                        i = e + 1;
                        reread(&mut out, base, i);
                    }
                    continue;
                }
            }
            if i >= n {
                break;
            }
            let Some((kind, role)) = self.mark(i) else {
                i += 1;
                continue;
            };
            let same = stack.iter().rposition(|o| o.kind == kind);
            match (role, same) {
                (Role::Close | Role::Either, Some(k)) => {
                    let o = stack[k];
                    stack.truncate(k);
                    self.emit(&mut out, o.a, i, true, k);
                }
                // The same opening mark again: the open quotation lacks its closing mark.
                (Role::Open, Some(k)) if k + 1 == stack.len() && self.tok(i) == self.tok(stack[k].a) => {
                    let o = stack.pop().unwrap_or(Open::new(kind, i));
                    if stack.is_empty() {
                        i = self.end_unclosed(&mut out, o, i, true);
                        reread(&mut out, base, i);
                        continue;
                    }
                    stack.push(Open::new(kind, i));
                }
                (Role::Open | Role::Either, _) if stack.len() < MAX_DEPTH => {
                    if stack.is_empty() {
                        base = out.len();
                    }
                    stack.push(Open::new(kind, i));
                }
                (Role::Open | Role::Either, _) => {}
                (Role::Close, None) => {}
            }
            i += 1;
        }
        out.sort_by_key(|s| (s.a, s.depth));
        out
    }

    /// Ends the open quotation `o` that has no closing mark before token `next`. A single
    /// one ends only when it spans paragraphs, with the last whole one. A double one that
    /// opens its paragraph, follows a colon or spans paragraphs ends with its paragraph (at
    /// `next - 1`), or, when `restart` (a new quotation opens at `next`), with its last
    /// sentence before `next`; any other ends with its first sentence. Returns the token to
    /// read on from.
    fn end_unclosed(&self, out: &mut Vec<Span>, o: Open, next: usize, restart: bool) -> usize {
        if o.kind == Kind::Single {
            return match o.last_paragraph_end {
                Some(e) => {
                    self.emit(out, o.a, e, false, 0);
                    e + 1
                }
                None => o.a + 1,
            };
        }
        let whole = o.paragraphs > 1 || o.a == 0 || self.breaks[o.a] > 0 || self.tok(o.a - 1) == ":";
        if whole {
            let stop = (o.a + 1..next).rev().find(|&j| self.tokens[j].kind == TokenKind::Punct && self.tok(j).starts_with(['.', '!', '?', '…']));
            match stop {
                Some(j) if restart => {
                    self.emit(out, o.a, j, false, 0);
                    return j + 1;
                }
                _ => {
                    self.emit(out, o.a, next - 1, false, 0);
                    return next;
                }
            }
        }
        let end = (self.sentence(o.a).1 - 1).min(next - 1);
        if end > o.a {
            self.emit(out, o.a, end, false, 0);
            end + 1
        } else {
            o.a + 1
        }
    }

    /// Records tokens `a..=b` as a quotation if it holds a word.
    fn emit(&self, out: &mut Vec<Span>, a: usize, b: usize, closed: bool, depth: usize) {
        let inner_end = if closed { b } else { b + 1 };
        if b > a && (a + 1..inner_end).any(|i| self.tokens[i].kind.is_wordlike()) {
            out.push(Span { a, b, closed, depth });
        }
    }

    /// Whether token `i` lies in a quotation.
    pub(super) fn in_quote(&self, i: usize) -> bool {
        let k = self.outer.partition_point(|s| s.a <= i);
        k > 0 && self.outer[k - 1].b >= i
    }
}

/// Drops the spans found since `base` that start at or after token `from`: they are read
/// again from there.
fn reread(out: &mut Vec<Span>, base: usize, from: usize) {
    let kept: Vec<Span> = out.drain(base.min(out.len())..).filter(|s| s.a < from).collect();
    out.extend(kept);
}
