//! Article extraction from saved web pages: the headline and the body's paragraphs
//! (subheadings, list items and quotes included), without menus, banners, share bars,
//! captions, teasers, comments or footers.
//!
//! The method is Readability's, in a text-only form. The page is parsed (`dom`); hidden
//! elements, scripts, form controls, navigation and elements whose class, id or role names
//! boilerplate are set aside; every run of text becomes a paragraph whose score (length,
//! commas) goes to its ancestors; the best-scored, least link-dense element wins (more so
//! near the heading that matches the page's `og:title`/`<title>`/JSON-LD headline), with
//! its siblings that look like more of the article. Inside it, link-dense or widget-like
//! blocks, captions, bylines, dates, copyright and "read more" lines (in several languages)
//! are dropped. If that yields little text, the same is tried with fewer exclusions, then
//! the JSON-LD `articleBody`; a page without an article gives all its visible text.
//! Scripts are never run and never part of the text. Work is linear in the page: pages too
//! big for a tree (400 000 nodes) fall back to all their text.
//!
//! ```
//! let page = "<title>Rome wins - The Daily</title><nav><a href=/>Home</a></nav>\
//!     <article><h1>Rome wins</h1><p>Rome, a city of many hills, won the prize, the jury said today.</p></article>";
//! let article = lente::article::extract(page);
//! assert_eq!(article.text(), "Rome wins\n\nRome, a city of many hills, won the prize, the jury said today.");
//! ```

mod dom;
#[cfg(test)]
mod tests;

use dom::{collapse, Dom, Node, BLOCKS, HIDDEN};

/// What [`extract`] finds in a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The headline.
    pub title: Option<String>,
    /// The body, one entry per paragraph, heading or list item, in page order.
    pub paragraphs: Vec<String>,
    /// The outlet that publishes the page, as it names itself (`og:site_name`, the JSON-LD
    /// publisher) or, failing that, its canonical URL's domain (`repubblica.it`).
    pub site: Option<String>,
}

impl Article {
    /// The title on the first line (if any), a blank line, then the paragraphs separated by
    /// blank lines.
    pub fn text(&self) -> String {
        let mut parts: Vec<&str> = self.title.iter().map(String::as_str).collect();
        parts.extend(self.paragraphs.iter().map(String::as_str));
        parts.join("\n\n")
    }
}

/// Extracts the article of an HTML page. Never fails: a page without an article gives all
/// its text, an empty page an empty article.
pub fn extract(html: &str) -> Article {
    let Some(dom) = dom::parse(html) else {
        let (title, paragraphs) = dom::flat_text(html);
        return Article { title: title.map(|t| strip_site(&t, None)), paragraphs, site: None };
    };
    let page = Page::new(&dom);
    let site = page.site();
    let mut best: Option<Vec<Unit>> = None;
    for attempt in ATTEMPTS {
        let body = page.body(attempt);
        let chars: usize = body.iter().map(|u| u.chars).sum();
        if chars >= MIN_ARTICLE_CHARS {
            best = Some(body);
            break;
        }
        if best.as_ref().is_none_or(|b| b.iter().map(|u| u.chars).sum::<usize>() < chars) {
            best = Some(body);
        }
    }
    let mut units = best.unwrap_or_default();
    let chars: usize = units.iter().map(|u| u.chars).sum();
    let title = page.title(&units);
    if chars < MIN_ARTICLE_CHARS {
        // Pages drawn by scripts may hold the article only in their JSON-LD.
        let body = dom.json_ld.iter().filter_map(|j| json_ld(j).1).max_by_key(String::len).unwrap_or_default();
        let paragraphs = dom::flat_text(&body).1.iter().flat_map(|p| p.split('\n')).map(collapse).filter(|p| !p.is_empty()).collect::<Vec<_>>();
        if paragraphs.iter().map(|p| p.chars().count()).sum::<usize>() > 2 * chars.max(MIN_ARTICLE_CHARS / 2) {
            return Article { title, paragraphs, site };
        }
    }
    if chars < MIN_BODY_CHARS {
        units = page.units(&page.dead(ATTEMPTS[ATTEMPTS.len() - 1]));
    }
    let mut paragraphs: Vec<String> = Vec::with_capacity(units.len());
    let mut seen = std::collections::HashSet::new();
    for u in units {
        let text = u.text.trim().to_string();
        let repeat = u.chars >= 60 && !seen.insert(text.clone());
        let top = paragraphs.len() < 3;
        let is_title = top && title.as_deref().is_some_and(|t| same_text(t, &text));
        if !(repeat || is_title || (top && is_byline(&text))) {
            paragraphs.push(text);
        }
    }
    Article { title, paragraphs, site }
}

/// An article shorter than this (in characters) makes the next attempt run.
const MIN_ARTICLE_CHARS: usize = 500;
/// With less than this, the page has no article: all its text is kept.
const MIN_BODY_CHARS: usize = 140;

/// What an attempt sets aside: elements named like boilerplate, class weights, and the
/// cleaning of widget-like blocks inside the article.
#[derive(Clone, Copy)]
struct Attempt {
    prune_classes: bool,
    weigh_classes: bool,
    clean: bool,
}

const ATTEMPTS: [Attempt; 4] = [
    Attempt { prune_classes: true, weigh_classes: true, clean: true },
    Attempt { prune_classes: false, weigh_classes: true, clean: true },
    Attempt { prune_classes: false, weigh_classes: false, clean: true },
    Attempt { prune_classes: false, weigh_classes: false, clean: false },
];

/// What an element's class, id and attributes say about it.
#[derive(Clone, Copy, Default)]
struct Hints {
    /// Never article: comments, sharing, related links, ads, cookie and newsletter boxes.
    boilerplate: bool,
    /// Usually not article (footer, sidebar, tags…) unless the name also says article.
    unlikely: bool,
    /// Names an article body (article, content, story, body…).
    positive: bool,
    /// A caption or photo credit.
    caption: bool,
    /// A byline, author box or date line.
    byline: bool,
}

impl Hints {
    fn weight(self) -> f32 {
        let negative = self.boilerplate || self.unlikely || self.caption;
        match (self.positive, negative) {
            (true, false) => 25.0,
            (false, true) => -25.0,
            _ => 0.0,
        }
    }

    fn prune(self) -> bool {
        self.boilerplate || (self.unlikely && !self.positive)
    }
}

/// Words in class and id names: whole, starts (`stem*`) or parts (`*part*`).
const BOILERPLATE: &[&str] = &[
    "comment*",
    "kommentar*",
    "comentario*",
    "disqus*",
    "replies",
    "reply",
    "respond",
    "cookie*",
    "consent*",
    "gdpr",
    "cmp",
    "newsletter*",
    "subscri*",
    "signup",
    "abonn*",
    "share*",
    "sharing",
    "social*",
    "condivid*",
    "compartir",
    "partage*",
    "related*",
    "relacionad*",
    "correlat*",
    "recommend*",
    "recirc*",
    "trending*",
    "popular*",
    "mostread",
    "mostpopular",
    "outbrain*",
    "taboola*",
    "zergnet*",
    "promo*",
    "advert*",
    "ad",
    "ads",
    "adslot*",
    "adunit*",
    "advertisement",
    "sponsor*",
    "pubblicit*",
    "publicidad",
    "werbung",
    "reklam*",
    "breadcrumb*",
    "nav",
    "navbar*",
    "navigation",
    "menu*",
    "skip",
    "popup*",
    "modal*",
    "overlay",
    "leggi",
    "teaser*",
    "login",
    "signin",
    "register",
    "licen*",
    "email*",
];
const UNLIKELY: &[&str] = &[
    "footer*",
    "masthead",
    "sidebar*",
    "aside",
    "extra",
    "supplemental",
    "banner*",
    "combx",
    "community",
    "rss",
    "shoutbox",
    "skyscraper",
    "pagination",
    "pager",
    "tags",
    "tag",
    "topics",
    "keywords",
    "toolbar",
    "tools",
    "search*",
    "rail",
    "disclaimer",
    "disclosure",
    "legal",
    "print",
    "hidden",
    "agegate",
    "meta",
];
const POSITIVE: &[&str] = &[
    "article*",
    "body",
    "content*",
    "entry",
    "hentry",
    "main",
    "page",
    "post",
    "text",
    "blog",
    "story",
    "articolo",
    "testo",
    "corpo",
    "contenuto",
    "artikel",
    "inhalt",
    "cuerpo",
    "contenido",
    "texto",
    "noticia",
    "tresc",
    "tekst",
];
const CAPTION: &[&str] = &["*caption*", "*credit*", "copyright", "figcaption", "legende", "didascalia", "photo", "foto", "image", "img", "source"];
const BYLINE: &[&str] = &["byline*", "author*", "dateline", "writtenby", "timestamp", "date", "published", "autore", "autor", "firma"];

/// Class substrings of text meant only for screen readers.
const SCREEN_READER: &[&str] = &["sr-only", "screen-reader", "visually-hidden", "visuallyhidden", "a11y"];

/// Roles of elements that are never article text.
const ROLES: &[&str] = &["navigation", "menu", "menubar", "complementary", "contentinfo", "search", "dialog", "alertdialog", "banner", "tablist"];

/// Elements never part of an article.
const NEVER: &[&str] = &["nav", "aside", "footer", "dialog", "figcaption", "label", "option", "optgroup", "legend", "datalist", "menu"];

/// Lines that introduce links to other articles or are ad labels, in several languages.
const CUES: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "read next",
    "see also",
    "related:",
    "related article",
    "related stories",
    "related coverage",
    "more:",
    "watch:",
    "read:",
    "click here",
    "le puede interesar",
    "puede interesarte",
    "lea también",
    "leggi anche",
    "leggi tutto",
    "leggi l'articolo",
    "leggi la notizia",
    "potrebbe interessarti",
    "ti potrebbe interessare",
    "guarda anche",
    "guarda il video",
    "guarda la gallery",
    "vedi anche",
    "approfondisci",
    "per approfondire",
    "articoli correlati",
    "scopri di più",
    "lesen sie auch",
    "mehr zum thema",
    "auch interessant",
    "weiterlesen",
    "lire aussi",
    "à lire aussi",
    "voir aussi",
    "lee también",
    "leer más",
    "ver también",
    "te puede interesar",
    "czytaj więcej",
    "czytaj też",
    "czytaj także",
    "zobacz też",
    "zobacz także",
];
/// Starts of publication and update date lines.
const DATELINES: &[&str] = &[
    "published",
    "updated",
    "last updated",
    "posted",
    "pubblicato",
    "aggiornato",
    "ultimo aggiornamento",
    "veröffentlicht",
    "aktualisiert",
    "stand:",
    "publicado",
    "actualizado",
    "publié",
    "mis à jour",
    "opublikowano",
    "aktualizacja",
];
/// Words of a line that is only a date and time.
const DATE_WORDS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "gen",
    "mag",
    "giu",
    "lug",
    "ago",
    "set",
    "ott",
    "dic",
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "am",
    "pm",
    "at",
    "um",
    "uhr",
    "alle",
    "ore",
    "de",
    "del",
    "h",
    "utc",
    "gmt",
    "cet",
    "cest",
    "est",
    "edt",
    "pst",
    "pdt",
];
/// Starts of bylines ("By Jane Doe", "di Mario Rossi").
const BYLINES: &[&str] = &["by ", "di ", "von ", "por ", "par ", "door ", "autor: ", "author: ", "autore: "];

/// Starts of photo credits and calls to subscribe or follow.
const CREDITS: &[&str] = &[
    "featured image",
    "main image",
    "top image",
    "image:",
    "image credit",
    "image via",
    "images:",
    "photo:",
    "photos:",
    "photo by",
    "photo credit",
    "photograph:",
    "picture:",
    "foto:",
    "foto di",
    "bild:",
    "fotos:",
    "imagen:",
    "fotografía:",
    "zdjęcie:",
    "fot.",
    "credit:",
    "credits:",
    "subscribe to",
    "sign up for",
    "sign up to",
    "follow us",
    "iscriviti",
    "seguici",
    "abonnieren sie",
    "folgen sie uns",
    "folge uns",
    "suscríbete",
    "síguenos",
    "abonnez-vous",
    "suivez-nous",
    "zapisz się",
    "obserwuj nas",
];

/// "All rights reserved" and its kin: copyright and licence lines.
const RIGHTS: &[&str] =
    &["all rights reserved", "riproduzione riservata", "tutti i diritti riservati", "alle rechte vorbehalten", "todos los derechos reservados", "tous droits réservés", "wszelkie prawa zastrzeżone"];
/// Whole lines that label ads and widgets (after any count, as in "12 comments").
const LABELS: &[&str] = &[
    "advertisement",
    "story continues below advertisement",
    "scroll to continue with content",
    "anzeige",
    "pubblicità",
    "publicidad",
    "publicité",
    "reklama",
    "sponsored",
    "ad",
    "comments",
    "comment",
    "commenti",
    "kommentare",
    "comentarios",
    "commentaires",
    "komentarze",
    "disclaimer",
    "share",
    "share this",
    "share this article",
    "condividi",
    "teilen",
    "compartir",
    "partager",
    "udostępnij",
    "tags",
    "topics",
    "argomenti",
    "themen",
    "related",
    "related articles",
    "related stories",
    "more stories",
    "you may also like",
    "read more",
    "leggi anche",
    "continue reading",
    "continua a leggere",
    "weiterlesen",
];

fn word_matches(words: &[String], patterns: &[&str]) -> bool {
    words.iter().any(|w| {
        patterns.iter().any(|p| match (p.strip_prefix('*').and_then(|p| p.strip_suffix('*')), p.strip_suffix('*')) {
            (Some(part), _) => w.contains(part),
            (None, Some(stem)) => w.starts_with(stem) && !(stem == "comment" && w.starts_with("commentar")),
            (None, None) => w == p,
        })
    })
}

/// The words of class and id values: split at non-letters and camel-case humps, lowercase.
fn name_words(value: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if (!c.is_alphanumeric() || (c.is_uppercase() && prev_lower)) && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

fn hints(node: &Node) -> Hints {
    let mut names = String::new();
    for key in ["class", "id"] {
        if let Some(v) = node.attr(key) {
            names.push_str(v);
            names.push(' ');
        }
    }
    // schema.org microdata and ARIA roles that mark the article.
    let lower_attr = |key: &str| node.attr(key).unwrap_or("").to_ascii_lowercase();
    let marked = lower_attr("itemprop").contains("articlebody") || ["article", "main"].contains(&lower_attr("role").trim());
    if names.trim().is_empty() {
        return Hints { positive: marked, ..Hints::default() };
    }
    let words = name_words(&names);
    let lower = names.to_lowercase();
    Hints {
        boilerplate: word_matches(&words, BOILERPLATE) || SCREEN_READER.iter().any(|s| lower.contains(s)),
        unlikely: word_matches(&words, UNLIKELY),
        positive: marked || word_matches(&words, POSITIVE),
        caption: word_matches(&words, CAPTION),
        byline: word_matches(&words, BYLINE),
    }
}

/// Whether an element is never shown or never article, whatever its class.
fn never_text(node: &Node) -> bool {
    let tag = &*node.tag;
    if HIDDEN.contains(&tag) || NEVER.contains(&tag) || node.attr("hidden").is_some() {
        return true;
    }
    if node.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        return true;
    }
    if node.attr("role").is_some_and(|r| r.split_whitespace().any(|r| ROLES.contains(&r.to_ascii_lowercase().as_str()))) {
        return true;
    }
    node.attr("style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        let far = |key: &str| s.split(key).skip(1).any(|v| v.chars().take_while(char::is_ascii_digit).count() >= 4);
        s.contains("display:none") || s.contains("visibility:hidden") || far("left:-") || far("top:-")
    })
}

/// A run of text between block boundaries: one output paragraph.
struct Unit {
    /// The nearest block element around the run.
    owner: u32,
    /// The first and last text nodes of the run.
    start: u32,
    end: u32,
    text: String,
    chars: usize,
    link_chars: usize,
    heading: bool,
}

impl Unit {
    fn link_density(&self) -> f32 {
        self.link_chars as f32 / self.chars.max(1) as f32
    }
}

/// Per-element sums over the live subtree.
#[derive(Clone, Copy, Default)]
struct Sums {
    chars: u32,
    link_chars: u32,
    commas: u32,
    p: u32,
    img: u32,
    li: u32,
    embed: u32,
    heading_chars: u32,
    list_chars: u32,
}

/// A parsed page with what each element's names say.
struct Page<'a> {
    dom: &'a Dom,
    hints: Vec<Hints>,
    never: Vec<bool>,
    /// Characters of visible text in each subtree.
    visible: Vec<u32>,
    /// The page's titles from its metadata, without the site name.
    titles: Vec<String>,
    /// The `h1` (or `h2`) that agrees with those titles.
    headline: Option<u32>,
}

/// Elements whose text runs are paragraphs themselves (their score goes to the parent).
fn paragraph_like(tag: &str) -> bool {
    matches!(tag, "p" | "pre" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "dd" | "dt" | "blockquote" | "address" | "caption" | "summary" | "th")
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

fn commas(text: &str) -> usize {
    text.chars().filter(|c| matches!(c, ',' | '，' | '、' | '،')).count()
}

impl<'a> Page<'a> {
    fn new(dom: &'a Dom) -> Page<'a> {
        let hints = dom.nodes.iter().map(|n| if n.is_text() { Hints::default() } else { hints(n) }).collect();
        let never: Vec<bool> = dom.nodes.iter().map(|n| !n.is_text() && never_text(n)).collect();
        let mut visible = vec![0u32; dom.nodes.len()];
        for i in (1..dom.nodes.len()).rev() {
            let n = &dom.nodes[i];
            if !never[i] {
                let own = if n.is_text() { n.text.chars().filter(|c| !c.is_whitespace()).count() as u32 } else { 0 };
                visible[i] += own;
                visible[n.parent as usize] += visible[i];
            }
        }
        let mut page = Page { dom, hints, never, visible, titles: Vec::new(), headline: None };
        page.titles = page.meta_titles();
        page.headline = ["h1", "h2"].iter().find_map(|tag| {
            dom.nodes
                .iter()
                .enumerate()
                .find(|(i, n)| &*n.tag == *tag && !page.dead_ancestor(*i as u32) && page.titles.iter().any(|t| agree(&page.text_of(*i as u32, n.end), t)))
                .map(|(i, _)| i as u32)
        });
        page
    }

    fn node(&self, i: u32) -> &Node {
        &self.dom.nodes[i as usize]
    }

    fn parent(&self, i: u32) -> u32 {
        self.dom.nodes[i as usize].parent
    }

    /// Which nodes are set aside before scoring.
    fn dead(&self, attempt: Attempt) -> Vec<bool> {
        let nodes = &self.dom.nodes;
        let mut dead = vec![false; nodes.len()];
        for (i, n) in nodes.iter().enumerate().skip(1) {
            let tag = &*n.tag;
            // Never by class alone when the element holds half the page's text.
            let by_class = attempt.prune_classes && !matches!(tag, "body" | "html" | "main" | "a") && self.hints[i].prune() && self.visible[i] * 2 < self.visible[0];
            dead[i] = dead[n.parent as usize] || self.never[i] || by_class;
        }
        dead
    }

    /// The text runs of the live nodes, in page order.
    fn units(&self, dead: &[bool]) -> Vec<Unit> {
        let nodes = &self.dom.nodes;
        let mut units = Vec::new();
        // Open blocks (index, end) and open links (end).
        let mut blocks: Vec<(u32, u32)> = vec![(0, nodes.len() as u32)];
        let mut links: Vec<u32> = Vec::new();
        let mut current: Option<Unit> = None;
        let mut i = 1u32;
        while (i as usize) < nodes.len() {
            let n = &nodes[i as usize];
            while blocks.len() > 1 && blocks.last().is_some_and(|&(_, end)| end <= i) {
                blocks.pop();
                flush(&mut current, &mut units);
            }
            while links.last().is_some_and(|&end| end <= i) {
                links.pop();
            }
            if dead[i as usize] {
                if BLOCKS.contains(&&*n.tag) {
                    flush(&mut current, &mut units);
                }
                i = n.end;
                continue;
            }
            if n.is_text() && n.text.trim().is_empty() {
                if let Some(u) = current.as_mut() {
                    push_collapsed(&mut u.text, " ");
                }
            } else if n.is_text() {
                let owner = blocks.last().map_or(0, |b| b.0);
                let unit = current.get_or_insert_with(|| Unit { owner, start: i, end: i, text: String::new(), chars: 0, link_chars: 0, heading: is_heading(&nodes[owner as usize].tag) });
                unit.end = i;
                let before = unit.text.len();
                push_collapsed(&mut unit.text, &n.text);
                let added = unit.text[before..].chars().count();
                unit.chars += added;
                if !links.is_empty() {
                    unit.link_chars += added;
                }
            } else if &*n.tag == "br" {
                match current.as_mut() {
                    Some(u) if u.text.trim_end_matches(' ').ends_with('\n') => flush(&mut current, &mut units),
                    Some(u) => {
                        let kept = u.text.trim_end_matches(' ').len();
                        u.text.truncate(kept);
                        u.text.push('\n');
                    }
                    None => {}
                }
            } else if BLOCKS.contains(&&*n.tag) {
                flush(&mut current, &mut units);
                blocks.push((i, n.end));
            } else if &*n.tag == "a" {
                links.push(n.end);
            }
            i += 1;
        }
        flush(&mut current, &mut units);
        units
    }

    /// Sums of text, links and tags over each live subtree.
    fn sums(&self, dead: &[bool], units: &[Unit]) -> Vec<Sums> {
        let nodes = &self.dom.nodes;
        let mut sums = vec![Sums::default(); nodes.len()];
        for u in units {
            let s = &mut sums[u.start as usize];
            s.chars += u.chars as u32;
            s.link_chars += u.link_chars as u32;
            s.commas += commas(&u.text) as u32;
            if u.heading {
                s.heading_chars += u.chars as u32;
            }
        }
        for i in (1..nodes.len()).rev() {
            if dead[i] && !matches!(&*nodes[i].tag, "img" | "input" | "embed" | "iframe" | "object" | "video") {
                continue;
            }
            let tag = &*nodes[i].tag;
            let mut s = sums[i];
            match tag {
                "p" => s.p += 1,
                "img" => s.img += 1,
                "li" => s.li += 1,
                "embed" | "iframe" | "object" | "video" => s.embed += 1,
                "ul" | "ol" => s.list_chars = s.chars,
                _ => {}
            }
            sums[i] = s;
            let p = &mut sums[nodes[i].parent as usize];
            p.chars += s.chars;
            p.link_chars += s.link_chars;
            p.commas += s.commas;
            p.p += s.p;
            p.img += s.img;
            p.li += s.li;
            p.embed += s.embed;
            p.heading_chars += s.heading_chars;
            p.list_chars += s.list_chars;
        }
        sums
    }

    fn link_density(sums: &[Sums], i: u32) -> f32 {
        let s = sums[i as usize];
        s.link_chars as f32 / s.chars.max(1) as f32
    }

    /// The article's paragraphs according to one attempt.
    fn body(&self, attempt: Attempt) -> Vec<Unit> {
        let dead = self.dead(attempt);
        let units = self.units(&dead);
        let sums = self.sums(&dead, &units);
        let nodes = &self.dom.nodes;
        let weight = |i: u32| if attempt.weigh_classes { self.hints[i as usize].weight() } else { 0.0 };

        // Paragraph scores go to the ancestors, less with each level.
        let mut score: Vec<Option<f32>> = vec![None; nodes.len()];
        let mut candidates: Vec<u32> = Vec::new();
        for u in &units {
            if u.chars < 25 || u.link_density() > 0.5 {
                continue;
            }
            let value = 1.0 + commas(&u.text) as f32 + (u.chars as f32 / 100.0).min(3.0);
            let owner_tag = &*nodes[u.owner as usize].tag;
            let mut at = if paragraph_like(owner_tag) { self.parent(u.owner) } else { u.owner };
            for level in 0..5 {
                if at == 0 {
                    break;
                }
                let slot = &mut score[at as usize];
                if slot.is_none() {
                    *slot = Some(base_score(&nodes[at as usize].tag) + weight(at));
                    candidates.push(at);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f32 * 3.0,
                };
                *slot = slot.map(|s| s + value / divider);
                at = self.parent(at);
            }
        }
        if candidates.is_empty() {
            return units;
        }
        // Text before each run, to measure how far a candidate starts after the headline.
        let before: Vec<usize> = std::iter::once(0)
            .chain(units.iter().scan(0, |sum, u| {
                *sum += u.chars;
                Some(*sum)
            }))
            .collect();
        let text_before = |i: u32| before[units.partition_point(|u| u.start < i)];
        let near_headline = |i: u32| {
            self.headline.is_some_and(|h| {
                let h_end = nodes[h as usize].end;
                let up = std::iter::successors(Some(i), |&a| (a != 0).then(|| self.parent(a))).take(3);
                let contains = up.take_while(|&a| !matches!(&*nodes[a as usize].tag, "body" | "html" | "#root")).any(|a| a <= h && h < nodes[a as usize].end);
                let gap = NEAR_HEADLINE_CHARS.min(sums[i as usize].chars as usize / 2);
                contains || (h_end <= i && text_before(i) - text_before(h_end) < gap)
            })
        };
        let final_score = |i: u32| {
            let boost = if near_headline(i) { HEADLINE_BOOST } else { 1.0 };
            score[i as usize].unwrap_or(0.0) * (1.0 - Self::link_density(&sums, i)) * boost
        };
        candidates.sort_by(|&a, &b| final_score(b).total_cmp(&final_score(a)).then(a.cmp(&b)));
        let mut top = candidates[0];
        let top_score = final_score(top);

        // Several near-best candidates under one ancestor: the ancestor holds the article.
        let alternatives: Vec<u32> = candidates[1..candidates.len().min(5)].iter().copied().filter(|&c| final_score(c) >= 0.75 * top_score).collect();
        if alternatives.len() >= 3 {
            let mut parent = self.parent(top);
            while parent != 0 && !matches!(&*nodes[parent as usize].tag, "body" | "html") {
                let under = alternatives.iter().filter(|&&c| parent < c && c < nodes[parent as usize].end).count();
                if under >= 3 {
                    top = parent;
                    break;
                }
                parent = self.parent(parent);
            }
        }
        // Climb while the parent scores better.
        let mut last = final_score(top);
        let threshold = last / 3.0;
        let mut parent = self.parent(top);
        while parent != 0 && !matches!(&*nodes[parent as usize].tag, "body" | "html") {
            if score[parent as usize].is_some() {
                let s = final_score(parent);
                if s < threshold {
                    break;
                }
                if s > last {
                    top = parent;
                    break;
                }
                last = s;
            }
            parent = self.parent(parent);
        }
        // An only child stands for its parent.
        loop {
            let parent = self.parent(top);
            if parent == 0 || matches!(&*nodes[parent as usize].tag, "body" | "html") {
                break;
            }
            let element_children = self.children(parent, &dead).filter(|&c| !nodes[c as usize].is_text()).take(2).count();
            if element_children != 1 {
                break;
            }
            top = parent;
        }

        // The top element and the siblings that look like more of it.
        let parent = self.parent(top);
        let top_final = final_score(top);
        let sibling_floor = (top_final * 0.2).max(10.0);
        let top_class = self.node(top).attr("class").filter(|c| !c.trim().is_empty());
        let mut roots: Vec<u32> = Vec::new();
        for c in self.children(parent, &dead) {
            if c == top {
                roots.push(c);
                continue;
            }
            let n = self.node(c);
            let h = self.hints[c as usize];
            if n.is_text() || h.boilerplate || h.byline || h.caption || (h.unlikely && !h.positive) {
                continue;
            }
            let bonus = if top_class.is_some() && n.attr("class") == top_class { top_final * 0.2 } else { 0.0 };
            let scored = score[c as usize].is_some() && final_score(c) + bonus >= sibling_floor;
            let s = sums[c as usize];
            let ld = Self::link_density(&sums, c);
            let text_block = matches!(&*n.tag, "p" | "h2" | "h3" | "h4" | "blockquote" | "ul" | "ol") && s.chars > 0;
            let paragraph = text_block && ((s.chars > 80 && ld < 0.25) || (ld == 0.0 && self.ends_sentence(&units, c)));
            if scored || paragraph {
                roots.push(c);
            }
        }

        // Clean inside the chosen elements, then keep their text runs.
        let mut removed = vec![false; nodes.len()];
        let mut in_roots = vec![false; nodes.len()];
        for &root in &roots {
            in_roots[root as usize] = true;
            for i in root + 1..nodes[root as usize].end {
                let i = i as usize;
                in_roots[i] = true;
                removed[i] = removed[nodes[i].parent as usize] || (!dead[i] && !nodes[i].is_text() && self.drop_inside(i as u32, &sums, attempt, sums[root as usize].chars, &units));
            }
        }
        let loose = |u: &Unit| {
            u.owner == parent && !in_roots[u.start as usize] && {
                let ld = u.link_density();
                (u.chars > 80 && ld < 0.25) || (ld == 0.0 && ends_sentence(&u.text))
            }
        };
        let mut body: Vec<Unit> = units.into_iter().filter(|u| (in_roots[u.start as usize] && !removed[u.start as usize]) || loose(u)).filter(keep_unit).collect();
        // Headings and introductions ("More:") whose text was dropped.
        while body.last().is_some_and(|u| u.heading || (u.chars < 60 && u.text.trim_end().ends_with(':'))) {
            body.pop();
        }
        body
    }

    fn children(&self, parent: u32, dead: &'a [bool]) -> impl Iterator<Item = u32> + 'a {
        let nodes = &self.dom.nodes;
        let end = nodes[parent as usize].end;
        let mut i = parent + 1;
        std::iter::from_fn(move || {
            while i < end {
                let c = i;
                i = nodes[c as usize].end;
                if !dead[c as usize] {
                    return Some(c);
                }
            }
            None
        })
    }

    /// Whether the last text run inside element `i` ends a sentence.
    fn ends_sentence(&self, units: &[Unit], i: u32) -> bool {
        let last = units.partition_point(|u| u.start < self.node(i).end);
        last.checked_sub(1).map(|k| &units[k]).is_some_and(|u| u.start >= i && ends_sentence(&u.text))
    }

    /// Whether a block inside the article is a widget rather than article text: boilerplate
    /// names, captions and bylines, media figures, or (with few commas) link-dense,
    /// image-heavy or list-of-links blocks.
    fn drop_inside(&self, i: u32, sums: &[Sums], attempt: Attempt, root_chars: u32, units: &[Unit]) -> bool {
        let n = self.node(i);
        let tag = &*n.tag;
        let hints = self.hints[i as usize];
        let s = sums[i as usize];
        if !BLOCKS.contains(&tag) {
            // An inline element goes only with whole text runs: never words out of a sentence.
            let next = units.partition_point(|u| u.start < i);
            let mixed_before = next > 0 && units[next - 1].end > i;
            let whole = units.get(next).is_some_and(|u| u.end < n.end);
            if mixed_before || !whole {
                return false;
            }
        }
        if tag == "figure" && (s.img > 0 || s.embed > 0 || s.p == 0) {
            return true;
        }
        if (hints.caption && s.chars < 400 && !hints.positive) || (hints.byline && s.chars < 150) {
            return true;
        }
        if hints.boilerplate && s.chars * 2 < root_chars {
            return true;
        }
        let weight = if attempt.weigh_classes { hints.weight() } else { 0.0 };
        if is_heading(tag) && weight < 0.0 {
            return true;
        }
        if !attempt.clean || !matches!(tag, "div" | "section" | "table" | "ul" | "ol" | "form" | "fieldset" | "header" | "center") {
            return false;
        }
        if weight < 0.0 {
            return true;
        }
        if s.commas >= 10 {
            return false;
        }
        let ld = Self::link_density(sums, i);
        let is_list = matches!(tag, "ul" | "ol") || s.list_chars as f32 > 0.9 * s.chars as f32;
        let p = s.p as f32;
        let img = s.img as f32;
        let heading_density = s.heading_chars as f32 / s.chars.max(1) as f32;
        (img > 1.0 && p / img < 0.5 && s.chars < 200)
            || (!is_list && s.li > s.p + 100)
            || (!is_list && heading_density < 0.9 && s.chars < 25 && ld > 0.0)
            || (!is_list && weight < 25.0 && ld > 0.2)
            || (ld > 0.5)
            || ((s.embed == 1 && s.chars < 75) || s.embed > 1)
    }

    /// The page's titles from `og:title`, `twitter:title`, JSON-LD `headline` and `<title>`,
    /// without the site name.
    fn meta_titles(&self) -> Vec<String> {
        let nodes = &self.dom.nodes;
        let mut titles: Vec<String> = Vec::new();
        let mut site: Option<String> = None;
        for n in nodes.iter().filter(|n| &*n.tag == "meta") {
            let key = n.attr("property").or_else(|| n.attr("name")).unwrap_or("").to_ascii_lowercase();
            let content = collapse(n.attr("content").unwrap_or(""));
            match key.as_str() {
                "og:title" | "twitter:title" if !content.is_empty() => titles.push(content),
                "og:site_name" | "application-name" if !content.is_empty() => site = Some(content),
                _ => {}
            }
        }
        titles.extend(self.dom.json_ld.iter().filter_map(|j| json_ld(j).0));
        let page_title = nodes
            .iter()
            .enumerate()
            .find(|(i, n)| &*n.tag == "title" && !self.inside(*i as u32, "svg"))
            .and_then(|(i, _)| nodes.get(i + 1).filter(|t| t.is_text() && t.parent == i as u32))
            .map(|t| collapse(&t.text))
            .filter(|t| !t.is_empty());
        titles.extend(page_title);
        titles.iter().map(|t| strip_site(t, site.as_deref())).collect()
    }

    /// The outlet: `og:site_name` or `application-name`, the JSON-LD publisher's name, else the
    /// domain of `og:url` or the canonical link, without `www.`.
    fn site(&self) -> Option<String> {
        let (mut named, mut url) = (None, None);
        for n in &self.dom.nodes {
            let attr = |name: &str| n.attr(name).map(collapse).filter(|v| !v.is_empty());
            match &*n.tag {
                "meta" => match n.attr("property").or_else(|| n.attr("name")).unwrap_or("").to_ascii_lowercase().as_str() {
                    "og:site_name" | "application-name" => named = named.or_else(|| attr("content")),
                    "og:url" => url = url.or_else(|| attr("content")),
                    _ => {}
                },
                "link" if n.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => url = url.or_else(|| attr("href")),
                _ => {}
            }
        }
        named.or_else(|| self.dom.json_ld.iter().find_map(|j| json_ld(j).2)).or_else(|| url.as_deref().and_then(domain))
    }

    /// The headline: the heading that agrees with the page's title metadata, else that
    /// metadata, else the first `h1` or heading of the article.
    fn title(&self, body: &[Unit]) -> Option<String> {
        if let Some(h) = self.headline {
            return Some(collapse(&self.text_of(h, self.node(h).end)));
        }
        if let Some(t) = self.titles.first() {
            return Some(t.clone());
        }
        let h1 = self.dom.nodes.iter().enumerate().find(|(i, n)| &*n.tag == "h1" && !self.dead_ancestor(*i as u32));
        h1.map(|(i, n)| collapse(&self.text_of(i as u32, n.end))).filter(|t| !t.is_empty()).or_else(|| body.iter().find(|u| u.heading).map(|u| u.text.trim().to_string()))
    }

    fn inside(&self, mut i: u32, tag: &str) -> bool {
        while i != 0 {
            i = self.parent(i);
            if &*self.node(i).tag == tag {
                return true;
            }
        }
        false
    }

    /// Whether a node or an ancestor is hidden or never text.
    fn dead_ancestor(&self, mut i: u32) -> bool {
        loop {
            if self.never[i as usize] {
                return true;
            }
            if i == 0 {
                return false;
            }
            i = self.parent(i);
        }
    }

    fn text_of(&self, from: u32, to: u32) -> String {
        let mut out = String::new();
        let mut i = from;
        while i < to {
            let n = self.node(i);
            if self.never[i as usize] {
                i = n.end;
                continue;
            }
            if n.is_text() {
                out.push_str(&n.text);
            } else {
                out.push(' ');
            }
            i += 1;
        }
        out
    }
}

/// How much more a candidate near the headline counts.
const HEADLINE_BOOST: f32 = 1.5;
/// A candidate starting within this much text after the headline (and within half its own
/// length) is near it.
const NEAR_HEADLINE_CHARS: usize = 1000;

/// Whether a heading and a title say the same: most words shared.
fn agree(heading: &str, title: &str) -> bool {
    let words = |s: &str| -> Vec<String> { s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect() };
    let (h, t) = (words(heading), words(title));
    if h.is_empty() || t.is_empty() {
        return false;
    }
    let shared = h.iter().filter(|w| t.contains(w)).count() as f32;
    shared >= 0.8 * h.len().min(t.len()) as f32 && shared >= 0.5 * h.len().max(t.len()) as f32
}

/// Starting scores by tag, as in Readability.
fn base_score(tag: &str) -> f32 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(['.', '!', '?', '…', '"', '”', '»', ':']) || t.contains(". ")
}

/// Whether a text run of the article is kept: not empty, not an ad label, not a
/// "read more" line.
fn keep_unit(u: &Unit) -> bool {
    let text = u.text.trim();
    if text.is_empty() || !text.chars().any(char::is_alphanumeric) {
        return false;
    }
    let lower = text.to_lowercase();
    if LABELS.contains(&lower.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace()).trim_end_matches([':', '.'])) {
        return false;
    }
    if u.chars < 300 && (lower.starts_with('©') || lower.starts_with("copyright") || RIGHTS.iter().any(|r| lower.contains(r))) {
        return false;
    }
    if u.chars < 150 && CREDITS.iter().any(|c| lower.starts_with(c)) {
        return false;
    }
    if !text.contains(char::is_whitespace) && (lower.starts_with("http://") || lower.starts_with("https://")) {
        return false;
    }
    if u.chars < 100 && text.contains(|c: char| c.is_ascii_digit()) && (DATELINES.iter().any(|d| lower.starts_with(d)) || is_date(&lower)) {
        return false;
    }
    let cue = CUES.iter().any(|c| lower.starts_with(c));
    !(cue && (u.link_density() >= 0.3 || u.chars < 150))
}

/// Whether a (lowercase) line holds only a date and time.
fn is_date(lower: &str) -> bool {
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).all(|w| w.chars().all(|c| c.is_ascii_digit()) || DATE_WORDS.contains(&w))
}

/// Whether a line near the top is a byline: short, "By Name", not a sentence.
fn is_byline(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.chars().count() < 60 && !text.ends_with(['.', '!', '?', '"', '”', '»']) && BYLINES.iter().any(|b| lower.starts_with(b) && text[b.len()..].starts_with(char::is_uppercase))
}

fn flush(current: &mut Option<Unit>, units: &mut Vec<Unit>) {
    if let Some(mut u) = current.take() {
        u.text = u.text.trim().to_string();
        if !u.text.is_empty() {
            units.push(u);
        }
    }
}

/// Appends text, collapsing whitespace to single spaces and dropping invisible characters.
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !(out.is_empty() || out.ends_with([' ', '\n'])) {
                out.push(' ');
            }
        } else if !matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}') {
            out.push(c);
        }
    }
}

/// The `headline` and `articleBody` of a JSON-LD article.
fn json_ld(json: &str) -> (Option<String>, Option<String>, Option<String>) {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(json.trim()) else { return (None, None, None) };
    let text = |map: &serde_json::Map<String, serde_json::Value>, key: &str| map.get(key).and_then(|v| v.as_str()).map(|v| dom::decode_entities(v, false)).filter(|v| !v.trim().is_empty());
    let (mut headline, mut body, mut publisher) = (None, None, None);
    let mut stack = vec![&value];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 1000 {
            break;
        }
        match v {
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            serde_json::Value::Object(map) => {
                headline = headline.or_else(|| text(map, "headline").map(|h| collapse(&h)));
                body = body.or_else(|| text(map, "articleBody"));
                publisher = publisher.or_else(|| map.get("publisher").and_then(|p| p.as_object()).and_then(|p| text(p, "name")).map(|n| collapse(&n)));
                if let Some(g) = map.get("@graph") {
                    stack.push(g);
                }
            }
            _ => {}
        }
    }
    (headline, body, publisher)
}

/// The host of a URL without `www.` (`https://www.ansa.it/x` → `ansa.it`).
fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (host.contains('.') && !host.starts_with('.')).then(|| host.to_string())
}

/// Separators between a headline and a site name in `<title>`.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " • "];

/// A page title without the site name: the named site if known, else a short first or last
/// segment.
fn strip_site(title: &str, site: Option<&str>) -> String {
    if let Some(site) = site.filter(|s| !s.is_empty() && s.len() < title.len()) {
        for sep in SEPARATORS {
            if let Some(rest) = title.strip_suffix(site).and_then(|r| r.strip_suffix(sep)) {
                return rest.trim().to_string();
            }
            if let Some(rest) = title.strip_prefix(site).and_then(|r| r.strip_prefix(sep)) {
                return rest.trim().to_string();
            }
        }
    }
    let words = |s: &str| s.split_whitespace().count();
    let cut = SEPARATORS.iter().filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len()))).max();
    if let Some((at, len)) = cut {
        let (head, tail) = (&title[..at], &title[at + len..]);
        if words(tail) <= 4 && words(head) >= 2 {
            return head.trim().to_string();
        }
    }
    let first = SEPARATORS.iter().filter_map(|sep| title.find(sep).map(|i| (i, sep.len()))).min();
    if let Some((at, len)) = first {
        let (head, tail) = (&title[..at], &title[at + len..]);
        if words(head) <= 4 && words(tail) >= 3 {
            return tail.trim().to_string();
        }
    }
    title.to_string()
}

/// Equal after collapsing whitespace, ignoring case.
fn same_text(a: &str, b: &str) -> bool {
    collapse(a).to_lowercase() == collapse(b).to_lowercase()
}
