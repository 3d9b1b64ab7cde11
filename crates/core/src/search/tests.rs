use super::*;
use crate::html::tags;
use crate::lang::Lang;
use crate::url_state::UrlState;
use proptest::prelude::*;

/// The index of the real dataset, as the build writes it and the app reads it.
fn index() -> Index {
    Index::read(&crate::atlas::test_files().search).unwrap()
}

fn ids(query: &str) -> Vec<String> {
    index().find(&Query::new(query)).iter().map(|e| e.id.clone()).collect()
}

#[test]
fn aero_finds_the_zhuzhou_aero_engine_figures() {
    let index = index();
    let results = index.find(&Query::new("aero"));
    let found = |id: &str| results.iter().find(|e| e.id == id);
    let figure = found("zhuzhou-2020-aero-engine-market-share").expect("the aero-engine market share");
    assert_eq!((figure.kind, figure.place.as_str()), (Kind::Figure, "zhuzhou"));
    assert_eq!(found("zhuzhou-aero-engine-park").map(|e| e.kind), Some(Kind::Highlight));
    assert_eq!(counts(&results).first().map(|c| c.0), Some("zhuzhou"));
}

#[test]
fn fireworks_finds_liuyangs_dayao_town_under_changsha() {
    let index = index();
    let results = index.find(&Query::new("fireworks"));
    let dayao: Vec<&&Entry> = results.iter().filter(|e| e.id.starts_with("changsha-dayao-")).collect();
    // The three figures and the two highlights of data/figures.csv and data/highlights.csv.
    assert_eq!(dayao.len(), 5, "{results:?}");
    assert!(dayao.iter().all(|e| e.place == "changsha"));
    assert_eq!(counts(&results), vec![("changsha", results.len())]);
}

#[test]
fn a_hundred_billion_finds_the_members_of_the_cluster_class() {
    let found = ids("100 billion");
    for member in [
        "yueyang-petrochemical-100-billion-cluster",
        "zhuzhou-rail-transit-100-billion-cluster",
        "loudi-fine-steel-100-billion-cluster",
        "changsha-edz-automobile-100-billion-cluster",
        "hunan-construction-machinery-100-billion-cluster",
    ] {
        assert!(found.iter().any(|id| id == member), "{member} not in {found:?}");
    }
    // Both words must occur: "billion" alone finds more.
    assert!(ids("billion").len() > found.len());
}

#[test]
fn a_chinese_substring_finds_its_figure_without_word_splitting() {
    assert!(ids("航空发动机").contains(&"zhuzhou-2020-aero-engine-market-share".to_string()));
    // 花炮 is inside 特色花炮产业市场份额: no word boundary is needed.
    let fireworks = ids("花炮");
    assert!(fireworks.contains(&"changsha-dayao-fireworks-market-share".to_string()), "{fireworks:?}");
    assert!(ids("大瑶").iter().all(|id| id.starts_with("changsha-dayao-")));
    assert!(!ids("大瑶").is_empty());
}

#[test]
fn case_accents_and_full_width_letters_are_ignored() {
    let aero = ids("aero");
    for variant in ["AERO", "Aéro", "ÀÉRÔ", "ａｅｒｏ", "ＡＥＲＯ"] {
        assert_eq!(ids(variant), aero, "{variant}");
    }
    // Pinyin with its tone marks finds the plain spelling.
    assert_eq!(ids("Zhūzhōu"), ids("zhuzhou"));
    assert!(!ids("zhuzhou").is_empty());
    assert_eq!(fold("Ǚ Ǜ Ě ＢＣ “x” – ’"), "u u e bc \"x\" - '");
}

#[test]
fn nothing_matches_inside_markup() {
    // The sources are text: what the page would escape or wrap in elements is never searched.
    for query in ["<mark>", "&amp;", "amp;", "&lt;", "nbsp", "href", "<b>", "</", "class="] {
        assert!(ids(query).is_empty(), "{query} found {:?}", ids(query));
    }
    // Markup in a text is text: a mark falls on its characters, which the page shows as text.
    let query = Query::new("b");
    assert_eq!(segments("a<b>c", &query), vec![("a<", false), ("b", true), (">c", false)]);
}

#[test]
fn segments_mark_every_word_in_the_original_characters() {
    let query = Query::new("ZHU  engine");
    assert_eq!(
        segments("Zhūzhou aero-engines", &query),
        vec![("Zhū", true), ("zhou aero-", false), ("engine", true), ("s", false)]
    );
    assert_eq!(
        segments("株洲航空发动机", &Query::new("发动")),
        vec![("株洲航空", false), ("发动", true), ("机", false)]
    );
    assert_eq!(segments("aaa", &Query::new("aa")), vec![("aaa", true)]);
    assert_eq!(segments("", &Query::new("x")), Vec::<(&str, bool)>::new());
    assert!(marks("Power Valley", &Query::new("valley")) && !marks("Power", &Query::new("valley")));
}

#[test]
fn an_empty_query_finds_nothing() {
    assert!(Query::new("   ").is_empty());
    assert!(index().find(&Query::new("")).is_empty());
}

#[test]
fn every_result_belongs_to_a_division_or_the_province() {
    let atlas = crate::atlas::for_tests();
    let (data, index) = (&atlas.data, index());
    assert_eq!(index.entries.len(), data.figures.len() + data.highlights.len());
    assert!(index.entries.iter().all(|e| data.place(&e.place).is_some()));
    // Where the panel shows it, as the explorer locates it.
    let aero = index.entries.iter().find(|e| e.id == "zhuzhou-aero-engine-park").unwrap();
    assert_eq!(aero.section, "parks");
    let card = index.entries.iter().find(|e| e.id == "zhuzhou-2020-aero-engine-market-share").unwrap();
    assert_eq!(card.section, "");
}

#[test]
fn the_file_is_refused_unless_it_is_the_index() {
    assert!(Index::read("").is_none());
    assert!(Index::read("atlas-search 2\n").is_none());
    assert!(Index::read("atlas-search 1\nx\u{1f}a\u{1f}b\u{1f}\u{1f}c\u{1e}").is_none());
    assert!(Index::read("atlas-search 1\nf\u{1f}a\u{1f}b\u{1f}c\u{1e}").is_none(), "a field short");
    assert_eq!(Index::read("atlas-search 1\n"), Some(Index::default()));
}

#[test]
fn counts_are_most_first_and_classes_are_fixed() {
    let entry = |place: &str| Entry {
        kind: Kind::Figure,
        id: String::new(),
        place: place.into(),
        section: String::new(),
        text: String::new(),
    };
    let (a, b) = (entry("a"), entry("b"));
    assert_eq!(counts(&[&a, &b, &b]), vec![("b", 2), ("a", 1)]);
    assert_eq!(
        [0, 1, 2, 3, 4, 7, 8, 15, 16, 90].map(colour),
        [NO_DATA, SCALE[0], SCALE[1], SCALE[1], SCALE[2], SCALE[2], SCALE[3], SCALE[3], SCALE[4], SCALE[4]]
    );
    let labels: Vec<String> = legend().into_iter().map(|e| e.label).collect();
    assert_eq!(labels, ["1", "2\u{2013}3", "4\u{2013}7", "8\u{2013}15", "16+"]);
}

proptest! {
    /// The pieces join back into the text, and each marked piece folds to text a word covers.
    #[test]
    fn segments_join_back_into_the_text(text in "\\PC{0,40}", query in "[a-zA-Zé株洲 ]{0,8}") {
        let q = Query::new(&query);
        let pieces = segments(&text, &q);
        prop_assert_eq!(pieces.iter().map(|p| p.0).collect::<String>(), text.clone());
        prop_assert!(pieces.iter().all(|p| !p.0.is_empty()));
        // Marked and unmarked pieces alternate, and no word is left whole in an unmarked one.
        prop_assert!(pieces.windows(2).all(|w| w[0].1 != w[1].1));
        prop_assert!(pieces.iter().all(|&(piece, marked)| marked || !marks(piece, &q)));
    }

    /// Folding keeps one character for one, so marks land on the original characters.
    #[test]
    fn folding_keeps_the_number_of_characters(text in "\\PC{0,60}") {
        prop_assert_eq!(fold(&text).chars().count(), text.chars().count());
    }
}

#[test]
fn choosing_a_result_opens_its_division_and_section() {
    use crate::url_state::Vocabulary;
    use crate::view_state::{Event, chosen};
    let atlas = crate::atlas::for_tests();
    let (index, vocab) = (index(), Vocabulary::of(&atlas));
    let open = |id: &str| {
        let entry = index.entries.iter().find(|e| e.id == id).unwrap();
        let from = UrlState { q: Some("x".into()), ..Default::default() };
        let Event::Choose { city, topic, item } = entry.choice() else { panic!() };
        chosen(&from, city, topic, item, &vocab)
    };
    let park = open("zhuzhou-aero-engine-park");
    assert_eq!((park.city.as_deref(), park.topic.as_deref(), park.q), (Some("zhuzhou"), Some("parks"), None));
    assert_eq!(park.mark.as_deref(), Some("zhuzhou-aero-engine-park"));
    // The province's results open the province view, not a division called "hunan".
    let conference = open("hunan-2019-manufacturing-conference");
    assert_eq!((conference.city, conference.topic.as_deref()), (None, Some("industry")));
}

/// The real atlas's results for `q`, and their HTML as the panel gets it, searched from `from`.
fn listed(q: &str, from: &crate::url_state::UrlState, lang: Lang) -> (Vec<Entry>, String) {
    let atlas = crate::atlas::for_tests();
    let (index, vocab) = (index(), crate::url_state::Vocabulary::of(&atlas));
    let query = Query::new(q);
    let found = index.find(&query);
    let html = results_html(&atlas, &found, &query, from, &vocab, lang);
    (found.into_iter().cloned().collect(), html)
}

#[test]
fn results_are_written_as_escaped_text_with_marks_on_the_text_only() {
    let from = UrlState { q: Some("aero".into()), lang: Some(Lang::En), ..Default::default() };
    let (found, html) = listed("aero", &from, Lang::En);
    let found: Vec<&Entry> = found.iter().collect();
    // Ids and links hold "aero" too (zhuzhou-aero-engine-park): no mark lands in them.
    assert!(tags(&html).iter().any(|t| t.contains("data-item=\"zhuzhou-aero-engine-park\"")));
    let marks: Vec<&str> = html.split("<mark>").skip(1).map(|m| m.split("</mark>").next().unwrap()).collect();
    assert!(!marks.is_empty() && marks.iter().all(|m| m.eq_ignore_ascii_case("aero")), "{marks:?}");
    let item = "zhuzhou-2020-aero-engine-market-share";
    assert!(
        html.contains(&format!("<a href=\"?city=zhuzhou&amp;lang=en&amp;mark={item}\" data-item=\"{item}\">")),
        "{html}"
    );
    assert!(html.starts_with("<section class=\"result-group\" data-place=\"zhuzhou\">"));
    // Zhuzhou's aero-engines and the province's aerospace cluster.
    assert_eq!(status(&found, "aero", Lang::En), format!("{} results in 2 places", found.len()));
    assert_eq!(status(&[], "x<y", Lang::En), "Nothing in the sources matches \u{201c}x<y\u{201d}.");
}

#[test]
fn a_mark_never_splits_an_escape() {
    // data/figures.csv line 16: "Key national R&D projects led".
    let text = "Key national R&D projects led";
    assert_eq!(results::marked_html(text, &Query::new("r&d")), "Key national <mark>R&amp;D</mark> projects led");
    assert_eq!(results::marked_html(text, &Query::new("amp")), "Key national R&amp;D projects led");
    assert!(ids("&amp;").is_empty());
    assert!(ids("R&D").contains(&"hunan-2019-national-rd-projects".to_string()));
}

#[test]
fn chinese_results_show_the_translation_with_its_mark() {
    let (_, html) = listed("花炮", &UrlState::default(), Lang::Zh);
    assert!(html.contains("<h3>长沙 "), "{html}");
    assert!(html.contains("<p class=\"translation\"><span class=\"translation-mark\">译文</span>"), "{html}");
    assert!(html.contains("<mark>花炮</mark>"));
    tags(&html);
}

#[test]
fn a_query_matching_most_of_the_atlas_lists_the_first_results_and_counts_them_all() {
    let (found, html) = listed("a", &UrlState::default(), Lang::En);
    let found: Vec<&Entry> = found.iter().collect();
    assert!(found.len() > SHOWN, "{}", found.len());
    assert_eq!(html.matches("<li class=\"result\"").count(), SHOWN);
    // Results are listed by place, the province's first; it has more than 30 that hold an "a",
    // so the 30 listed are all its own, under one heading that counts all of them.
    let counts: Vec<usize> = html
        .split("<span class=\"result-count\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().parse::<usize>().unwrap())
        .collect();
    let of_hunan = found.iter().filter(|e| e.place == "hunan").count();
    assert!(of_hunan > SHOWN, "{of_hunan}");
    assert_eq!(counts, [of_hunan]);
    let said = status(&found, "a", Lang::En);
    assert!(
        said.starts_with(&format!("{} results in ", found.len())) && said.contains("the first 30 are listed"),
        "{said}"
    );
    // A narrower query lists all it finds.
    let (aero, _) = listed("aero", &UrlState::default(), Lang::En);
    assert!(!status(&aero.iter().collect::<Vec<_>>(), "aero", Lang::En).contains("listed"));
}
