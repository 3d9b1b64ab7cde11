//! The view as a query string and back: the only place the URL keys live. Parsing never fails:
//! anything unknown, hostile or malformed falls back to the default with a notice for the reader.
//! Only values that differ from the defaults are written. Notices are typed (`Notice`) and worded
//! in the reader's language by `Notice::message`.

use crate::lang::Lang;

/// Everything a shared link pins down.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    /// The selected division's place id; `None` is the province view.
    pub city: Option<String>,
    /// What colours the map: `None` is the default (how much the sources say).
    pub measure: Option<String>,
    /// The topic whose section is open (a `Topic` code); `None` opens none.
    pub topic: Option<String>,
    /// The panel's view of the figures.
    pub view: View,
    /// Compact layout for `<iframe>` embeds.
    pub embed: bool,
    /// The language; `None`: the reader's browser decides (`Lang::preferred`). Share links and
    /// embeds always name it.
    pub lang: Option<Lang>,
}

/// Charts (the default) or the same figures as a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Charts,
    Table,
}

/// The values a link may name, from the dataset.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Vocabulary {
    pub cities: Vec<String>,
    pub measures: Vec<String>,
    /// The codes of the topics.
    pub topics: Vec<String>,
    /// (old id, id) of measures renamed since links to them were shared.
    pub legacy_measures: Vec<(String, String)>,
}

impl Vocabulary {
    /// What links to the atlas may name: its divisions and measures.
    pub fn of(atlas: &crate::atlas::Atlas) -> Vocabulary {
        Vocabulary {
            cities: atlas.divisions().iter().map(|p| p.id.clone()).collect(),
            measures: atlas.measures.iter().map(|m| m.id.clone()).collect(),
            topics: crate::model::Topic::ALL.iter().map(|t| t.code().to_string()).collect(),
            legacy_measures: crate::measures::legacy_ids(&atlas.measures),
        }
    }
}

/// The state a query string gives, and what in it was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub state: UrlState,
    pub notices: Vec<Notice>,
    /// A value was read under an older name: the link works, but is better written anew.
    pub migrated: bool,
}

const CITY: &str = "city";
const MEASURE: &str = "measure";
const TOPIC: &str = "topic";
const VIEW: &str = "view";
const EMBED: &str = "embed";
const LANG: &str = "lang";
/// Longer values are not echoed or looked up.
pub const MAX_VALUE: usize = 64;

/// Parses `search` (with or without the leading `?`).
pub fn parse(search: &str, vocab: &Vocabulary) -> Parsed {
    let mut state = UrlState::default();
    let mut notices = Vec::new();
    let mut migrated = false;
    let search = search.strip_prefix('?').unwrap_or(search);
    let pairs: Vec<(String, Option<String>)> = search
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k).unwrap_or_default(), percent_decode(v))
        })
        .collect();
    for key in [CITY, MEASURE, TOPIC, VIEW, EMBED, LANG] {
        let values: Vec<&Option<String>> = pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v).collect();
        let value = match values.as_slice() {
            [] => continue,
            [Some(v)] if v.chars().count() <= MAX_VALUE => v.as_str(),
            [Some(_)] => {
                notices.push(Notice::TooLong { key });
                continue;
            }
            [None] => {
                notices.push(Notice::BadlyEncoded { key });
                continue;
            }
            _ => {
                notices.push(Notice::Repeated { key, times: values.len() });
                continue;
            }
        };
        let is = |list: &[String]| list.iter().any(|v| v == value);
        let legacy = vocab.legacy_measures.iter().find(|(old, _)| old == value).map(|(_, id)| id);
        let known = match key {
            CITY if is(&vocab.cities) => {
                state.city = Some(value.to_string());
                true
            }
            MEASURE if is(&vocab.measures) => {
                state.measure = Some(value.to_string());
                true
            }
            MEASURE if legacy.is_some() => {
                state.measure = legacy.cloned();
                migrated = true;
                true
            }
            TOPIC if is(&vocab.topics) => {
                state.topic = Some(value.to_string());
                true
            }
            VIEW if value == "table" || value == "charts" => {
                state.view = if value == "table" { View::Table } else { View::Charts };
                true
            }
            EMBED if value == "1" || value == "0" => {
                state.embed = value == "1";
                true
            }
            LANG if Lang::from_code(value).is_some() => {
                state.lang = Lang::from_code(value);
                true
            }
            _ => false,
        };
        if !known {
            notices.push(Notice::Unknown { key, value: shorten(value) });
        }
    }
    Parsed { state, notices, migrated }
}

/// The query string (with `?`, or empty for the default view) of a state.
pub fn serialize(state: &UrlState) -> String {
    let mut pairs = Vec::new();
    if let Some(city) = &state.city {
        pairs.push(format!("{CITY}={}", percent_encode(city)));
    }
    if let Some(measure) = &state.measure {
        pairs.push(format!("{MEASURE}={}", percent_encode(measure)));
    }
    if let Some(topic) = &state.topic {
        pairs.push(format!("{TOPIC}={}", percent_encode(topic)));
    }
    if state.view == View::Table {
        pairs.push(format!("{VIEW}=table"));
    }
    if state.embed {
        pairs.push(format!("{EMBED}=1"));
    }
    if let Some(lang) = state.lang {
        pairs.push(format!("{LANG}={}", lang.code()));
    }
    if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
}

/// Why part of a link was ignored (the view falls back to the default for that key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    TooLong {
        key: &'static str,
    },
    BadlyEncoded {
        key: &'static str,
    },
    Repeated {
        key: &'static str,
        times: usize,
    },
    /// `value` is shortened and free of control characters, safe to show as text.
    Unknown {
        key: &'static str,
        value: String,
    },
}

impl Notice {
    /// The notice in words for the reader.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Notice::TooLong { key }, Lang::En) => {
                format!("The link\u{2019}s {key} is too long to be valid: it was ignored.")
            }
            (Notice::TooLong { key }, Lang::Zh) => format!("链接中的 {key} 过长，无效，已忽略。"),
            (Notice::BadlyEncoded { key }, Lang::En) => {
                format!("The link\u{2019}s {key} is not properly encoded: it was ignored.")
            }
            (Notice::BadlyEncoded { key }, Lang::Zh) => format!("链接中的 {key} 编码有误，已忽略。"),
            (Notice::Repeated { key, times }, Lang::En) => {
                format!("The link names {key} {times} times: it was ignored.")
            }
            (Notice::Repeated { key, times }, Lang::Zh) => format!("链接中 {key} 出现了 {times} 次，已忽略。"),
            (Notice::Unknown { key, value }, Lang::En) => {
                format!("The link\u{2019}s {key} \u{201c}{value}\u{201d} is unknown: it was ignored.")
            }
            (Notice::Unknown { key, value }, Lang::Zh) => format!("链接中的 {key}“{value}”无法识别，已忽略。"),
        }
    }
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(24).collect();
    if s.chars().count() > 24 {
        out.push('\u{2026}');
    }
    out
}

/// Decodes `%XX` and `+`; `None` for broken escapes or bytes that are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Encodes everything but unreserved characters.
pub fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        Vocabulary {
            cities: strings(&["changsha", "zhuzhou"]),
            measures: strings(&["coverage", "output"]),
            topics: strings(&["parks", "towns"]),
            legacy_measures: vec![("industrial-output".into(), "output".into())],
        }
    }

    fn p(s: &str) -> Parsed {
        parse(s, &vocab())
    }

    #[test]
    fn default_view_is_the_empty_query() {
        assert_eq!(serialize(&UrlState::default()), "");
        assert_eq!(p(""), Parsed { state: UrlState::default(), notices: vec![], migrated: false });
        assert_eq!(p("?"), Parsed { state: UrlState::default(), notices: vec![], migrated: false });
    }

    #[test]
    fn reads_every_key() {
        let s = p("?city=zhuzhou&measure=output&topic=parks&view=table&embed=1").state;
        assert_eq!(s.topic.as_deref(), Some("parks"));
        assert_eq!(s.city.as_deref(), Some("zhuzhou"));
        assert_eq!(s.measure.as_deref(), Some("output"));
        assert_eq!(s.view, View::Table);
        assert!(s.embed);
    }

    #[test]
    fn a_measure_under_its_old_name_is_read_as_its_new_one() {
        let parsed = p("?measure=industrial-output");
        assert_eq!(parsed.state.measure.as_deref(), Some("output"));
        assert!(parsed.migrated && parsed.notices.is_empty());
        assert_eq!(serialize(&parsed.state), "?measure=output");
    }

    /// Every state a reader can reach in the real atlas (each division or none, each measure or
    /// none, charts or table, page or embed) is written to a link that reads back as itself.
    /// Measures were once named by slugs of their labels, which reached 93 characters: over
    /// `MAX_VALUE`, such a link was refused on the way back and the choice silently undone.
    #[test]
    fn every_reachable_state_of_the_real_atlas_round_trips() {
        let atlas = crate::atlas::for_tests();
        let vocab = Vocabulary::of(&atlas);
        let cities = std::iter::once(None).chain(vocab.cities.iter().map(Some));
        let mut states = 0;
        for city in cities {
            for measure in std::iter::once(None).chain(vocab.measures.iter().map(Some)) {
                for topic in std::iter::once(None).chain(vocab.topics.iter().map(Some)) {
                    for view in [View::Charts, View::Table] {
                        for embed in [false, true] {
                            for lang in [None, Some(Lang::Zh), Some(Lang::En)] {
                                let (city, measure, topic) = (city.cloned(), measure.cloned(), topic.cloned());
                                let state = UrlState { city, measure, topic, view, embed, lang };
                                let parsed = parse(&serialize(&state), &vocab);
                                assert_eq!(parsed.state, state);
                                assert!(parsed.notices.is_empty() && !parsed.migrated, "{state:?}");
                                states += 1;
                            }
                        }
                    }
                }
            }
        }
        // 15 places (the province and 14 divisions) x (none + 3 measures) x (none + 9 topics)
        // x 2 views x 2 layouts x (the browser's, Chinese, English).
        assert_eq!(states, 15 * 4 * 10 * 2 * 2 * 3);
    }

    #[test]
    fn the_measure_with_the_longest_label_round_trips() {
        let atlas = crate::atlas::for_tests();
        let vocab = Vocabulary::of(&atlas);
        let longest = atlas.measures.iter().max_by_key(|m| m.label.en.len()).unwrap();
        assert!(longest.label.en.len() > 40, "{}", longest.label.en);
        let state = UrlState { measure: Some(longest.id.clone()), ..Default::default() };
        assert_eq!(parse(&serialize(&state), &vocab).state, state);
    }

    #[test]
    fn unknown_and_hostile_values_fall_back_with_a_notice() {
        for q in [
            "?city=atlantis",
            "?city=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "?city=<script>alert(1)</script>",
            "?city=zhuzhou&city=changsha",
            "?city=%E0%A4%A",
            "?city=%ZZ",
            "?city=%FF",
            "?measure=nope",
            "?view=3d",
            "?topic=weather",
            "?topic=parks&topic=towns",
            "?embed=yes",
            "?lang=fr",
            "?lang=ZH",
            "?lang=zh&lang=en",
            "?lang=%E4%B8%AD",
        ] {
            let parsed = p(q);
            assert_eq!(parsed.state, UrlState::default(), "{q}");
            assert_eq!(parsed.notices.len(), 1, "{q}: {:?}", parsed.notices);
        }
        let long = format!("?city={}", "a".repeat(10_000));
        let parsed = p(&long);
        assert_eq!(parsed.state, UrlState::default());
        assert!(parsed.notices[0].message(Lang::En).len() < 100);
    }

    #[test]
    fn a_bad_key_does_not_spoil_the_good_ones() {
        let parsed = p("?city=zhuzhou&measure=nope&utm_source=x");
        assert_eq!(parsed.state.city.as_deref(), Some("zhuzhou"));
        assert_eq!(parsed.notices.len(), 1);
    }

    #[test]
    fn notices_never_echo_long_values() {
        let parsed = p(&format!("?city={}", "b".repeat(60)));
        for lang in Lang::ALL {
            let message = parsed.notices[0].message(lang);
            assert!(message.contains('\u{2026}'), "{message}");
            assert!(!message.contains(&"b".repeat(25)), "{message}");
        }
    }

    #[test]
    fn the_language_is_read_and_written_with_the_other_keys() {
        let s = p("?city=zhuzhou&lang=zh&topic=parks").state;
        assert_eq!(s.lang, Some(Lang::Zh));
        assert_eq!(s.city.as_deref(), Some("zhuzhou"));
        assert_eq!(serialize(&s), "?city=zhuzhou&topic=parks&lang=zh");
        assert_eq!(p("?lang=en").state.lang, Some(Lang::En));
        assert_eq!(p("").state.lang, None, "no key: the browser decides");
    }

    #[test]
    fn notices_are_worded_in_both_languages() {
        let notice = &p("?city=atlantis").notices[0];
        assert_eq!(
            notice.message(Lang::En),
            "The link\u{2019}s city \u{201c}atlantis\u{201d} is unknown: it was ignored."
        );
        assert_eq!(notice.message(Lang::Zh), "链接中的 city“atlantis”无法识别，已忽略。");
        assert_eq!(p("?lang=zh&lang=en").notices[0].message(Lang::Zh), "链接中 lang 出现了 2 次，已忽略。");
    }

    #[test]
    fn percent_coding_round_trips() {
        for s in ["abc", "a b", "长沙", "<>&\"'", "100%"] {
            assert_eq!(percent_decode(&percent_encode(s)).as_deref(), Some(s));
        }
        assert_eq!(percent_decode("a+b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("%E9%95%BF").as_deref(), Some("长"));
    }
}
