use super::*;

/// A paragraph of article prose (long, with commas) about `topic`.
fn prose(topic: &str) -> String {
    format!(
        "The council met on Tuesday to discuss {topic}, and after a long debate, with many questions from residents, \
         it decided to fund the plan for another year, the mayor said in a statement."
    )
}

fn article_page(extra_head: &str, before: &str, after: &str) -> String {
    format!(
        "<!doctype html><html><head><meta charset=utf-8><title>Council funds the plan | The Daily Bugle</title>{extra_head}</head><body>\
         {before}<main><article><h1>Council funds the plan</h1><p class=byline>By Jane Doe</p>\
         <p>{}</p><h2>What comes next</h2><p>{}</p><ul><li>{}</li></ul><blockquote><p>{}</p></blockquote><p>{}</p></article></main>{after}</body></html>",
        prose("the bridge"),
        prose("the library"),
        prose("the school"),
        prose("the park"),
        prose("the budget")
    )
}

fn assert_body(article: &Article) {
    assert_eq!(article.title.as_deref(), Some("Council funds the plan"));
    for topic in ["the bridge", "the library", "the school", "the park", "the budget"] {
        assert!(article.paragraphs.contains(&prose(topic)), "missing {topic}: {:#?}", article.paragraphs);
    }
    assert!(article.paragraphs.contains(&"What comes next".to_string()));
}

#[test]
fn keeps_the_article_drops_menus_comments_and_footers() {
    let menu = "<header><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li><li><a href=/sport>Sport</a></li></ul></nav></header>\
        <div class=sidebar><h3>Most read</h3><ul><li><a href=/a>Mayor resigns after a long, strange week, in the city hall scandal</a></li></ul></div>";
    let comments = format!(
        "<section id=comments class=comments><h3>3 Comments</h3><div class=comment><p>{}</p></div><div class=comment><p>Reader: I disagree, strongly, with the council, and with the mayor, on this plan.</p></div></section>\
         <div class=related-articles><h3>Related</h3><ul><li><a href=/b>Council cuts the budget for the bridge, again, after a vote</a></li></ul></div>\
         <footer><p>© 2024 The Daily Bugle. All rights reserved.</p><a href=/privacy>Privacy</a></footer>",
        prose("comment spam")
    );
    let article = extract(&article_page("", menu, &comments));
    assert_body(&article);
    let text = article.text();
    for unwanted in ["Home", "Most read", "Mayor resigns", "Comments", "comment spam", "I disagree", "Related", "cuts the budget", "rights reserved", "Privacy", "By Jane Doe"] {
        assert!(!text.contains(unwanted), "{unwanted:?} in {text}");
    }
    assert!(text.starts_with("Council funds the plan\n\nThe council met on Tuesday to discuss the bridge"), "{text}");
}

#[test]
fn drops_cookie_banners_newsletter_boxes_and_share_bars() {
    let banner = "<div id=cookie-consent class=cmp-banner><p>We use cookies to improve your experience, to show ads, and to measure traffic. Accept all?</p><button>Accept</button></div>";
    let after = "<div class=newsletter-signup><h3>Get the morning briefing</h3><p>Sign up for our newsletter, delivered every day, free, to your inbox.</p><form><input type=email></form></div>\
        <div class=\"share-bar\"><a href=#>Share on Facebook</a><a href=#>Tweet</a></div>";
    let article = extract(&article_page("", banner, after));
    assert_body(&article);
    let text = article.text();
    for unwanted in ["cookies", "Accept", "morning briefing", "newsletter", "Share on Facebook", "Tweet"] {
        assert!(!text.contains(unwanted), "{unwanted:?} in {text}");
    }
}

#[test]
fn drops_captions_credits_and_read_more_lines() {
    let page = format!(
        "<html><head><title>Rome floods - Il Giornale</title></head><body><div class=\"article-body\">\
         <p>{}</p><figure><img src=a.jpg alt=flood><figcaption>The river at dawn. Photo: Reuters/Mario Rossi</figcaption></figure>\
         <div class=wp-caption><img src=b.jpg><p class=wp-caption-text>Volunteers, with sandbags, on the bank</p></div>\
         <p>{}</p><p><strong>Leggi anche:</strong> <a href=/x>Allerta meteo in Liguria</a></p><p>{}</p>\
         <p><em>Photo by Mario Rossi/Getty Images</em></p><p>© RIPRODUZIONE RISERVATA</p></div></body></html>",
        prose("the river"),
        prose("the dams"),
        prose("the insurance")
    );
    let article = extract(&page);
    assert_eq!(article.title.as_deref(), Some("Rome floods"));
    assert_eq!(article.paragraphs, [prose("the river"), prose("the dams"), prose("the insurance")]);
}

#[test]
fn a_page_without_an_article_gives_all_its_text() {
    let page = "<html><body><div>Opening hours</div><div>Monday to Friday: 9 to 17</div><table><tr><td>Phone<td>555 0100</table></body></html>";
    assert_eq!(extract(page).paragraphs, ["Opening hours", "Monday to Friday: 9 to 17", "Phone", "555 0100"]);
    assert_eq!(extract("just some text, no markup").paragraphs, ["just some text, no markup"]);
}

#[test]
fn malformed_markup_is_read_as_browsers_do() {
    let page = format!(
        "<html><head><title>Broken</title><body><div class=content><p>{}<p>{}<div><b><i>{}</b></i></span></div><p>{} <a href=/x title='a > b'>link",
        prose("unclosed paragraphs"),
        prose("implied ends"),
        prose("misnested tags"),
        prose("an unterminated link")
    );
    let article = extract(&page);
    assert_eq!(article.title.as_deref(), Some("Broken"));
    assert_eq!(article.paragraphs[..3], [prose("unclosed paragraphs"), prose("implied ends"), prose("misnested tags")]);
    assert_eq!(article.paragraphs[3], prose("an unterminated link") + " link");
    for junk in ["<p", "<div <p", "<<<>>>", "<!-- never closed", "</", "<a href=\"unterminated", "&#xFFFFFFFF; &#0; &", "\u{0}\u{1}\u{fffd}"] {
        extract(junk);
    }
}

#[test]
fn scripts_and_event_handlers_never_reach_the_text() {
    let page = format!(
        "<html><head><script>document.write('<p>injected, by script, into the page body</p>')</script><style>p {{ color: red }}</style></head><body><article>\
         <p>{}</p><img src=x onerror=\"alert('img handler')\"><p>{} <a href=\"javascript:alert('js link')\" onclick=\"steal()\">details</a>.</p>\
         <noscript><p>Please enable JavaScript, it is required, to view this page.</p></noscript><script type=module>import('evil.js')</script>\
         <template><p>hidden template text, not shown, to readers</p></template><svg><script>alert('svg')</script><text>svg text</text></svg>\
         <iframe srcdoc=\"<p>frame</p>\">frame text</iframe><p>{}</p></article></body></html>",
        prose("security"),
        prose("privacy"),
        prose("safety")
    );
    let text = extract(&page).text();
    for bad in ["injected", "document.write", "color: red", "alert", "javascript:", "steal", "onerror", "enable JavaScript", "evil", "template text", "svg text", "frame"] {
        assert!(!text.contains(bad), "{bad:?} in {text}");
    }
    assert!(text.contains(&prose("security")) && text.contains(&(prose("privacy") + " details.")) && text.contains(&prose("safety")));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let page = format!("{}<p>{}</p>{}", "<div>".repeat(depth), prose("depth"), "</div>".repeat(depth));
    assert_eq!(extract(&page).paragraphs, [prose("depth")]);
    let inline = format!("<p>{}deep", "<span><b>".repeat(depth));
    assert_eq!(extract(&inline).paragraphs, ["deep"]);
}

#[test]
fn empty_and_textless_pages_give_an_empty_article() {
    for page in ["", "   \n ", "<html><head></head><body></body></html>", "<!-- only a comment -->", "<script>var a = 1;</script>"] {
        let article = extract(page);
        assert_eq!(article, Article::default(), "{page:?}");
        assert_eq!(article.text(), "");
    }
}

#[test]
fn pages_too_big_for_a_tree_fall_back_to_their_text() {
    let page = format!("<title>Huge</title>{}", "<p>one line, of text.</p>".repeat(dom::MAX_NODES));
    let article = extract(&page);
    assert_eq!(article.title.as_deref(), Some("Huge"));
    assert_eq!(article.paragraphs.len(), dom::MAX_NODES);
    assert_eq!(article.paragraphs[0], "one line, of text.");
}

#[test]
fn titles_come_from_the_headline_or_the_cleaned_page_title() {
    let body = format!("<article><p>{}</p><p>{}</p></article>", prose("titles"), prose("headlines"));
    let title = |head: &str, top: &str| extract(&format!("<html><head>{head}</head><body>{top}{body}</body></html>")).title;
    assert_eq!(title("<title>Plan approved | Bugle</title>", "").as_deref(), Some("Plan approved"));
    assert_eq!(title("<title>Bugle - Plan approved after long debate</title>", "").as_deref(), Some("Plan approved after long debate"));
    assert_eq!(title("<title>Plan approved :: Daily Bugle</title><meta property=og:site_name content='Daily Bugle'>", "").as_deref(), Some("Plan approved"));
    let og = "<meta property=og:title content='Council approves the plan'><title>Council approves the plan - Bugle</title>";
    assert_eq!(title(og, "<h1>Daily Bugle</h1><h1>Council approves the plan, finally</h1>").as_deref(), Some("Council approves the plan, finally"));
    assert_eq!(title("", "<h1>Only a heading</h1>").as_deref(), Some("Only a heading"));
    let ld = r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"From JSON-LD"}]}</script>"#;
    assert_eq!(title(ld, "").as_deref(), Some("From JSON-LD"));
}

#[test]
fn the_article_with_the_headline_wins_over_a_longer_one() {
    let story = |topic: &str, n: usize| (0..n).map(|i| format!("<p>{}</p>", prose(&format!("{topic} {i}")))).collect::<String>();
    let page = format!(
        "<html><head><meta property=og:title content='The library plan'></head><body>\
         <article><h2>The library plan</h2><div class=body>{}</div></article><article><h2>The bridge plan</h2><div class=body>{}</div></article></body></html>",
        story("the library", 4),
        story("the bridge", 5)
    );
    let article = extract(&page);
    assert_eq!(article.title.as_deref(), Some("The library plan"));
    assert_eq!(article.paragraphs.len(), 4);
    assert!(article.paragraphs.iter().all(|p| p.contains("the library")), "{:#?}", article.paragraphs);
}

#[test]
fn line_breaks_split_paragraphs_and_entities_decode() {
    let page = format!("<div class=story>{}<br><br>Second part, with more words, after two breaks, to count.<br>Same paragraph &amp; caf&eacute; &#8217;&#x2014;&nbsp;end.</div>", prose("breaks"));
    assert_eq!(extract(&page).paragraphs, [prose("breaks"), "Second part, with more words, after two breaks, to count.\nSame paragraph & café ’— end.".to_string()]);
}

mod dev_set {
    //! The html-dev sample (`../shared/data/html-dev`), scored as
    //! `../shared/tools/score_html_extraction.py --title-line` scores it.

    use super::super::extract;
    use std::collections::HashMap;
    use unicode_normalization::UnicodeNormalization;

    /// NFC, without soft hyphens and zero-width characters, whitespace collapsed, trimmed.
    fn norm(s: &str) -> String {
        let nfc: String = s.nfc().filter(|c| !matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}')).collect();
        nfc.split(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
    }

    /// Python's `\w+` runs over the NFC text.
    fn tokens(s: &str) -> Vec<String> {
        let nfc: String = s.nfc().collect();
        nfc.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).map(str::to_string).collect()
    }

    /// Bag-of-words precision, recall and F1.
    fn bag_prf(truth: &str, predicted: &str) -> (f64, f64, f64) {
        let count = |s: &str| {
            let mut m: HashMap<String, usize> = HashMap::new();
            for t in tokens(s) {
                *m.entry(t).or_default() += 1;
            }
            m
        };
        let (t, p) = (count(truth), count(predicted));
        let tp: usize = t.iter().map(|(w, n)| (*n).min(p.get(w).copied().unwrap_or(0))).sum();
        let (np, nt) = (p.values().sum::<usize>(), t.values().sum::<usize>());
        let precision = if np > 0 {
            tp as f64 / np as f64
        } else if nt == 0 {
            1.0
        } else {
            0.0
        };
        let recall = if nt > 0 { tp as f64 / nt as f64 } else { 1.0 };
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        (precision, recall, f1)
    }

    /// The first non-empty line (the title) and the rest.
    fn split_title(text: &str) -> (&str, String) {
        let lines: Vec<&str> = text.split('\n').collect();
        match lines.iter().position(|l| !l.trim().is_empty()) {
            Some(i) => (lines[i].trim(), lines[i + 1..].join("\n")),
            None => ("", text.to_string()),
        }
    }

    struct Page {
        source: String,
        pass: bool,
        body: Option<(f64, f64, f64)>,
        problems: Vec<String>,
    }

    fn score(exp: &serde_json::Value, text: &str) -> Page {
        let strings = |key: &str| exp[key].as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect::<Vec<_>>()).unwrap_or_default();
        let full = norm(text);
        let mut problems: Vec<String> = strings("with").iter().filter(|w| !full.contains(&norm(w))).map(|w| format!("missing {w:?}")).collect();
        problems.extend(strings("without").iter().filter(|w| full.contains(&norm(w))).map(|w| format!("unwanted {w:?}")));
        let (_, body_text) = split_title(text);
        let body = exp["body"].as_str().filter(|b| !b.is_empty()).map(|b| bag_prf(b, &body_text));
        let pass = problems.is_empty() && body.is_none_or(|(_, _, f)| f >= 0.8);
        Page { source: exp["source_set"].as_str().unwrap_or("").to_string(), pass, body, problems }
    }

    /// Pass rate and body P/R/F1 (means over pages, F1 of the means), printed as the scorer does.
    fn aggregate(label: &str, pages: &[&Page]) -> (f64, f64) {
        let pass = pages.iter().filter(|p| p.pass).count() as f64 / pages.len() as f64;
        let bodies: Vec<(f64, f64, f64)> = pages.iter().filter_map(|p| p.body).collect();
        let mut line = format!("{label:<32} pages {:>4}  pass {pass:.3}", pages.len());
        let mut f1 = f64::NAN;
        if !bodies.is_empty() {
            let p = bodies.iter().map(|b| b.0).sum::<f64>() / bodies.len() as f64;
            let r = bodies.iter().map(|b| b.1).sum::<f64>() / bodies.len() as f64;
            f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
            line.push_str(&format!("  body P/R/F1 {p:.3}/{r:.3}/{f1:.3} ({})", bodies.len()));
        }
        eprintln!("{line}");
        (pass, f1)
    }

    #[test]
    fn dev_pages_pass_the_bar() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/html-dev");
        let Ok(json) = std::fs::read_to_string(dir.join("expectations.json")) else {
            eprintln!("skipped: {} is absent", dir.display());
            return;
        };
        let expectations: Vec<serde_json::Value> = serde_json::from_str(&json).expect("expectations.json");
        let pages: Vec<Page> = expectations
            .iter()
            .map(|exp| {
                let id = exp["id"].as_str().unwrap_or("");
                let bytes = std::fs::read(dir.join("pages").join(format!("{id}.html"))).expect("page");
                let html = crate::decode::decode(&bytes, true).expect("a web page").text;
                let page = score(exp, &extract(&html).text());
                if !page.pass {
                    eprintln!("FAIL {id}: {} {:?}", page.problems.join("; "), page.body.map(|b| b.2));
                }
                page
            })
            .collect();
        let all: Vec<&Page> = pages.iter().collect();
        let (pass, f1) = aggregate("OVERALL", &all);
        let mut sources: Vec<&str> = pages.iter().map(|p| p.source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        for source in sources {
            aggregate(&format!("source {source}"), &pages.iter().filter(|p| p.source == source).collect::<Vec<_>>());
        }
        assert!(pass >= 0.85, "pass rate {pass:.3} < 0.85");
        assert!(f1 >= 0.97, "body F1 {f1:.3} < 0.97");
    }
}

#[test]
fn the_site_names_itself_in_its_metadata() {
    let body = "<article><h1>Rome wins</h1><p>Rome, a city of many hills, won the prize, the jury said today, to the joy of all.</p></article>";
    let site = |head: &str| extract(&format!("<html><head>{head}</head><body>{body}</body></html>")).site;
    assert_eq!(site("<meta property=og:site_name content='The Daily'>").as_deref(), Some("The Daily"));
    let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Il Post"}}</script>"#;
    assert_eq!(site(ld).as_deref(), Some("Il Post"));
    assert_eq!(site("<link rel=canonical href='https://www.ansa.it/sito/notizie/x.html'>").as_deref(), Some("ansa.it"));
    assert_eq!(site("<meta property=og:url content='http://corriere.it:80/a'>").as_deref(), Some("corriere.it"));
    assert_eq!(site("<link rel=canonical href='/relative/path'>"), None);
    assert_eq!(site(""), None);
}
