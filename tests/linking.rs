//! Entity linking (issue 14): lone first names and surnames, nicknames, acronyms in
//! parentheses, names one final vowel apart, and one type per entity.

use lente::entities::link::{link, NameMention};
use lente::schema::{Document, EntityKind, Options};
use EntityKind::*;

fn m(document: usize, kind: EntityKind, text: &str) -> NameMention {
    NameMention { document, kind, text: text.into(), position: 0.5, in_title: false, acronym: None }
}

/// The mentions' texts of each entity, with their documents (`Michela@1`).
fn linked(ms: &[NameMention]) -> Vec<Vec<String>> {
    link(ms).iter().map(|e| e.mentions.iter().map(|&i| format!("{}@{}", ms[i].text, ms[i].document)).collect()).collect()
}

/// The entities of some texts analysed as a set: each one's name and its variants.
fn entities(texts: &[&str]) -> Vec<(String, Vec<String>)> {
    let docs: Vec<Document> = texts.iter().map(|t| Document { text: t.to_string(), ..Document::default() }).collect();
    let analysis = lente::analyze(&docs, &Options::default());
    analysis.entities.iter().map(|e| (e.name.clone(), e.variants.iter().map(|v| v.text.clone()).collect())).collect()
}

#[test]
fn a_lone_first_name_does_not_join_a_full_name_of_another_document() {
    // The reported error: a 15-year-old Michela in a landslide story joined the snowboarder.
    let ms = vec![m(0, Person, "Michela Moioli"), m(0, Person, "Michela"), m(1, Person, "Michela"), m(1, Person, "Michela"), m(2, Person, "Moioli")];
    // In the snowboarder's article `Michela` is her; a surname unique in the set joins her anywhere.
    assert_eq!(linked(&ms), [vec!["Michela Moioli@0", "Michela@0", "Moioli@2"], vec!["Michela@1", "Michela@1"]]);
}

#[test]
fn a_lone_name_shared_by_two_full_names_of_the_set_stays_apart() {
    let ms = vec![m(0, Person, "Michela Moioli"), m(1, Person, "Michela Rossi"), m(2, Person, "Michela"), m(3, Person, "Mario Rossi"), m(4, Person, "Rossi")];
    assert_eq!(linked(&ms), [vec!["Michela Moioli@0"], vec!["Michela Rossi@1"], vec!["Michela@2"], vec!["Mario Rossi@3"], vec!["Rossi@4"]]);
    // A surname that only one full name of the set has joins it across documents.
    let ms = vec![m(0, Person, "Michela Moioli"), m(1, Person, "Moioli")];
    assert_eq!(linked(&ms), [vec!["Michela Moioli@0", "Moioli@1"]]);
}

#[test]
fn quoted_nicknames_tell_people_apart() {
    let text = "Three brothers in court\n\nThomas \"Tommy\" Thompson, John 'Jack' Thompson and Mary “Moll” Thompson appeared in court on Monday. \
                Thomas \"Tommy\" Thompson said he was innocent. Later, John 'Jack' Thompson spoke to reporters, and Mary “Moll” Thompson declined to comment.";
    let found = entities(&[text]);
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    for name in ["Thomas \"Tommy\" Thompson", "John 'Jack' Thompson", "Mary “Moll” Thompson"] {
        let (_, variants) = found.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("{name} in {names:?}"));
        assert_eq!(variants, &[name], "{found:?}");
    }
}

#[test]
fn an_acronym_in_parentheses_is_an_alias() {
    let text = "Airport security review\n\nThe Aviation Security Service (Avsec) said on Tuesday that screening would change. \
                Avsec staff will be trained again, the Aviation Security Service said.";
    let found = entities(&[text]);
    assert!(found.iter().any(|(_, v)| v.contains(&"Aviation Security Service".to_string()) && v.contains(&"Avsec".to_string())), "{found:?}");
    let text = "Elezioni in Alto Adige\n\nLa Südtiroler Volkspartei (SVP) ha vinto le elezioni. Il Partito Popolare Sudtirolese (SVP) governa la provincia da decenni. \
                Secondo la SVP il risultato è chiaro.";
    let found = entities(&[text]);
    let svp = found.iter().find(|(_, v)| v.contains(&"SVP".to_string())).expect("SVP");
    for name in ["Südtiroler Volkspartei", "Partito Popolare Sudtirolese"] {
        assert!(svp.1.contains(&name.to_string()), "{found:?}");
    }
}

#[test]
fn names_given_one_acronym_are_one_entity_across_documents() {
    let given = |document, text: &str, acronym: &str| NameMention { acronym: Some(acronym.into()), ..m(document, Organization, text) };
    // The acronym before the names that are given it, in another document.
    let ms = vec![m(0, Organization, "SVP"), given(1, "Südtiroler Volkspartei", "SVP"), given(2, "Partito Popolare Sudtirolese", "SVP"), m(2, Organization, "Volkspartei")];
    assert_eq!(linked(&ms), [vec!["SVP@0", "Südtiroler Volkspartei@1", "Partito Popolare Sudtirolese@2"], vec!["Volkspartei@2"]]);
}

#[test]
fn names_one_final_vowel_apart_are_different_entities() {
    let ms = vec![
        m(0, Location, "Tiburtino"),
        m(1, Location, "Tiburtina"),
        m(0, Person, "Mario Bianchi"),
        m(0, Person, "Maria Bianchi"),
        m(1, Person, "Giovanni"),
        m(1, Person, "Giovanna"),
        m(0, Person, "Kim Jong-un"),
        m(1, Person, "Kim Joung-un"),
    ];
    assert_eq!(
        linked(&ms),
        [vec!["Tiburtino@0"], vec!["Tiburtina@1"], vec!["Mario Bianchi@0"], vec!["Maria Bianchi@0"], vec!["Giovanni@1"], vec!["Giovanna@1"], vec!["Kim Jong-un@0", "Kim Joung-un@1"]]
    );
}

#[test]
fn a_one_word_name_joins_a_full_name_of_its_own_type() {
    // `Washington` the person in the actor's article, the city elsewhere.
    let ms = vec![m(0, Person, "Denzel Washington"), m(0, Person, "Washington"), m(1, Location, "Washington"), m(1, Location, "Washington")];
    assert_eq!(linked(&ms), [vec!["Denzel Washington@0", "Washington@0"], vec!["Washington@1", "Washington@1"]]);
    let kinds: Vec<EntityKind> = link(&ms).iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [Person, Location]);
}

#[test]
fn a_tie_in_the_type_vote_goes_to_person_then_organization() {
    let ms = vec![m(0, Location, "Paperopoli"), m(0, Person, "Paperopoli"), m(1, Location, "Topolinia"), m(1, Organization, "Topolinia")];
    let kinds: Vec<EntityKind> = link(&ms).iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [Person, Organization]);
}
