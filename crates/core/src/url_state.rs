//! The view as a query string and back: the only place the URL keys live. Parsing never fails:
//! anything unknown, hostile or malformed falls back to the default with a notice for the reader.
//! Only values that differ from the defaults are written. Notices are typed (`Notice`) and worded
//! in the reader's language by `Notice::message`, from the message tables (`messages`).

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
    /// The search in the sources, as typed (at most `MAX_QUERY` characters, never blank); `None`:
    /// no search.
    pub q: Option<String>,
    /// The figure or highlight chosen among a search's results: its card is marked and its
    /// passage open.
    pub mark: Option<String>,
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
    /// (old id, id) of measures renamed since links to them were shared (each measure's `legacy`).
    pub legacy_measures: Vec<(String, String)>,
    /// The ids of the figures and highlights, which `mark` may name.
    pub items: Vec<String>,
}

impl Vocabulary {
    /// What links to the atlas may name: its divisions and measures.
    pub fn of(atlas: &crate::atlas::Atlas) -> Vocabulary {
        Vocabulary {
            cities: atlas.divisions().iter().map(|p| p.id.clone()).collect(),
            measures: atlas.measures.iter().map(|m| m.id.clone()).collect(),
            topics: crate::model::Topic::ALL.iter().map(|t| t.code().to_string()).collect(),
            legacy_measures: atlas
                .measures
                .iter()
                .filter(|m| !m.legacy.is_empty())
                .map(|m| (m.legacy.clone(), m.id.clone()))
                .collect(),
            items: atlas
                .data
                .figures
                .iter()
                .map(|f| &f.id)
                .chain(atlas.data.highlights.iter().map(|h| &h.id))
                .cloned()
                .collect(),
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

pub const CITY: &str = "city";
const MEASURE: &str = "measure";
const TOPIC: &str = "topic";
const VIEW: &str = "view";
const EMBED: &str = "embed";
pub const LANG: &str = "lang";
const Q: &str = "q";
const MARK: &str = "mark";
/// The keys in the order `serialize` writes them.
pub const KEYS: [&str; 8] = [CITY, MEASURE, TOPIC, VIEW, EMBED, LANG, Q, MARK];
/// Longer values are not echoed or looked up.
pub const MAX_VALUE: usize = 64;
/// The longest search a link may hold (the field takes no more).
pub const MAX_QUERY: usize = 100;

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
    for key in KEYS {
        let values: Vec<&Option<String>> = pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v).collect();
        let longest = if key == Q { MAX_QUERY } else { MAX_VALUE };
        let value = match values.as_slice() {
            [] => continue,
            [Some(v)] if v.chars().count() <= longest => v.as_str(),
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
            Q if value.contains(MARKUP) => {
                notices.push(Notice::Markup { key });
                continue;
            }
            Q => {
                state.q = query(value);
                true
            }
            MARK if is(&vocab.items) => {
                state.mark = Some(value.to_string());
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
    if let Some(q) = &state.q {
        pairs.push(format!("{Q}={}", percent_encode(q)));
    }
    if let Some(mark) = &state.mark {
        pairs.push(format!("{MARK}={}", percent_encode(mark)));
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
    /// A search holds markup (`<`, `>`) or control characters, which no source text does.
    Markup {
        key: &'static str,
    },
    /// `value` is shortened and free of control characters, safe to show as text.
    Unknown {
        key: &'static str,
        value: String,
    },
}

impl Notice {
    /// The notice in words for the reader (`messages`).
    pub fn message(&self, lang: Lang) -> String {
        let m = crate::messages::of(lang);
        match self {
            Notice::TooLong { key } => (m.link_too_long)(key),
            Notice::BadlyEncoded { key } => (m.link_badly_encoded)(key),
            Notice::Repeated { key, times } => (m.link_repeated)(key, *times),
            Notice::Markup { key } => (m.link_markup)(key),
            Notice::Unknown { key, value } => (m.link_unknown)(key, value),
        }
    }
}

/// What a search may not hold: markup and control characters.
const MARKUP: fn(char) -> bool = |c| c == '<' || c == '>' || c.is_control();

/// A search as the view keeps it: the text typed, without markup, at most `MAX_QUERY`
/// characters; `None` if nothing is left but spaces.
pub fn query(typed: &str) -> Option<String> {
    let q: String = typed.chars().filter(|&c| !MARKUP(c)).take(MAX_QUERY).collect();
    (!q.trim().is_empty()).then_some(q)
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
                let hex = bytes.get(i + 1..i + 3).filter(|h| h.iter().all(u8::is_ascii_hexdigit))?;
                // Checked above: `from_str_radix` alone would take a sign, reading `%+A` as 0x0A.
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
    use proptest::prelude::*;

    fn vocab() -> Vocabulary {
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        Vocabulary {
            cities: strings(&["changsha", "zhuzhou"]),
            measures: strings(&["coverage", "output"]),
            topics: strings(&["parks", "towns"]),
            legacy_measures: vec![("industrial-output".into(), "output".into())],
            items: strings(&["zhuzhou-aero", "changsha-fireworks"]),
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
                                let state = UrlState { city, measure, topic, view, embed, lang, ..Default::default() };
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
        // 15 places (the province and 14 divisions) x (none + 4 measures: GDP and the secondary
        // industry of the official statistics, coverage and the class of 100-billion clusters; a
        // town's history colours no division) x (none + 10 topics) x 2 views x 2 layouts x (the
        // browser's, Chinese, English).
        assert_eq!(states, 15 * 5 * 11 * 2 * 2 * 3);
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
    fn a_search_is_read_as_text_and_refused_when_hostile() {
        assert_eq!(p("?q=aero").state.q.as_deref(), Some("aero"));
        assert_eq!(p("?q=100+billion").state.q.as_deref(), Some("100 billion"));
        assert_eq!(p("?q=%E6%A0%AA%E6%B4%B2").state.q.as_deref(), Some("株洲"));
        assert_eq!(p("?q=%20%20"), Parsed { state: UrlState::default(), notices: vec![], migrated: false });
        let hundred = format!("?q={}", "é".repeat(MAX_QUERY));
        assert_eq!(p(&hundred).state.q.map(|q| q.chars().count()), Some(MAX_QUERY));
        for (link, notice) in [
            ("?q=%3Cscript%3Ealert(1)%3C/script%3E", Notice::Markup { key: Q }),
            ("?q=<img src=x onerror=alert(1)>", Notice::Markup { key: Q }),
            ("?q=a%00b", Notice::Markup { key: Q }),
            ("?q=%E0%A4%A", Notice::BadlyEncoded { key: Q }),
            ("?q=%ZZ", Notice::BadlyEncoded { key: Q }),
            (&format!("?q={}", "a".repeat(10_000)), Notice::TooLong { key: Q }),
            (&format!("?q={}", "a".repeat(MAX_QUERY + 1)), Notice::TooLong { key: Q }),
            ("?q=a&q=b", Notice::Repeated { key: Q, times: 2 }),
        ] {
            let parsed = p(link);
            assert_eq!((parsed.state, parsed.notices), (UrlState::default(), vec![notice]), "{link}");
        }
        let state =
            UrlState { city: Some("zhuzhou".into()), q: Some("aero engine & 100%".into()), ..Default::default() };
        assert_eq!(serialize(&state), "?city=zhuzhou&q=aero%20engine%20%26%20100%25");
        assert_eq!(p(&serialize(&state)).state, state);
    }

    #[test]
    fn a_mark_names_a_figure_or_highlight() {
        assert_eq!(p("?city=zhuzhou&mark=zhuzhou-aero").state.mark.as_deref(), Some("zhuzhou-aero"));
        assert_eq!(p("?mark=nope").notices, vec![Notice::Unknown { key: MARK, value: "nope".into() }]);
    }

    #[test]
    fn a_typed_search_loses_markup_and_what_is_too_long() {
        assert_eq!(query("aero<b>").as_deref(), Some("aerob"));
        assert_eq!(query("   "), None);
        assert_eq!(query(&"x".repeat(500)).map(|q| q.len()), Some(MAX_QUERY));
        assert_eq!(query(" 100 billion ").as_deref(), Some(" 100 billion "));
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
        let both = |n: Notice| [n.message(Lang::En), n.message(Lang::Zh)];
        assert_eq!(
            both(Notice::TooLong { key: CITY }),
            ["The link\u{2019}s city is too long to be valid: it was ignored.", "链接中的 city 过长，无效，已忽略。"]
        );
        assert_eq!(
            both(Notice::BadlyEncoded { key: MEASURE }),
            [
                "The link\u{2019}s measure is not properly encoded: it was ignored.",
                "链接中的 measure 编码有误，已忽略。"
            ]
        );
        assert_eq!(
            both(Notice::Repeated { key: VIEW, times: 3 }),
            ["The link names view 3 times: it was ignored.", "链接中 view 出现了 3 次，已忽略。"]
        );
        assert_eq!(
            both(Notice::Markup { key: Q }),
            [
                "The link\u{2019}s q holds markup or control characters, which no source does: it was ignored.",
                "链接中的 q 含有标记或控制字符（资料中没有），已忽略。"
            ]
        );
        assert_eq!(
            both(Notice::Unknown { key: TOPIC, value: "dragons".into() }),
            [
                "The link\u{2019}s topic \u{201c}dragons\u{201d} is unknown: it was ignored.",
                "链接中的 topic“dragons”无法识别，已忽略。"
            ]
        );
    }

    #[test]
    fn percent_coding_round_trips() {
        for s in ["abc", "a b", "长沙", "<>&\"'", "100%"] {
            assert_eq!(percent_decode(&percent_encode(s)).as_deref(), Some(s));
        }
        assert_eq!(percent_decode("a+b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("%E9%95%BF").as_deref(), Some("长"));
        assert_eq!(percent_decode("%+A"), None, "a sign is no hex digit");
    }

    /// The real atlas's vocabulary (as `every_reachable_state_of_the_real_atlas_round_trips`
    /// builds it), built once for all the cases rather than once per case.
    fn real_vocab() -> &'static Vocabulary {
        static VOCAB: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
        VOCAB.get_or_init(|| Vocabulary::of(&crate::atlas::for_tests()))
    }

    const KEYS: [&str; 8] = [CITY, MEASURE, TOPIC, VIEW, EMBED, LANG, Q, MARK];

    /// Query strings made of the pieces a link is made of: the six keys, the values they take
    /// (and near misses), `=`, `&`, `+`, escapes whole, truncated or bogus, fully escaped words,
    /// over-long values and stray unicode. Mostly `key=value` pairs, the value often one the key
    /// takes, so keys are read, repeated or refused; sometimes a soup of the same pieces.
    fn link_like() -> impl Strategy<Value = String> {
        let v = real_vocab();
        let strings = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let legacy = v.legacy_measures.iter().map(|(old, _)| old.clone());
        let takes: Vec<(String, Vec<String>)> = vec![
            (CITY.into(), v.cities.clone()),
            (MEASURE.into(), v.measures.iter().cloned().chain(legacy).collect()),
            (TOPIC.into(), v.topics.clone()),
            (VIEW.into(), strings(&["table", "charts"])),
            (EMBED.into(), strings(&["1", "0"])),
            (LANG.into(), strings(&["zh", "en"])),
            (Q.into(), strings(&["aero", "100 billion", "株洲", "<b>", " ", "a\u{7}"])),
            (MARK.into(), v.items.iter().take(3).cloned().collect()),
            ("utm_source".into(), strings(&["x"])),
        ];
        let near_misses = strings(&["ZH", "atlantis", "Table", "yes", ""]);
        let any_value =
            prop::sample::select(takes.iter().flat_map(|(_, l)| l.clone()).chain(near_misses).collect::<Vec<_>>());
        // A word with every byte escaped (lowercase hex): `%63%69%74%79` is `city`.
        let escaped = |w: String| w.bytes().map(|b| format!("%{b:02x}")).collect::<String>();
        let escape_char = prop_oneof![any::<char>(), prop::sample::select(vec!['+', '-', ' ', 'a', 'F', '0', '9'])];
        let piece = prop_oneof![
            4 => any_value.clone(),
            1 => any_value.prop_map(escaped),
            3 => prop::sample::select(vec!["=", "&", "+", "%", "?", "%0A", "%7f", "%E9%95%BF"]).prop_map(String::from),
            1 => "[0-9A-Fa-f]{1,2}",
            // `%` and 0 to 2 characters, often hex digits or signs: whole, truncated or bogus escapes.
            2 => prop::collection::vec(escape_char, 0..=2).prop_map(|c| format!("%{}", String::from_iter(c))),
            1 => (MAX_VALUE - 2..MAX_VALUE * 4).prop_map(|n| "a".repeat(n)),
            1 => any::<String>(),
        ]
        .boxed();
        let pieces = move |n| prop::collection::vec(piece.clone(), n).prop_map(|p| p.concat());
        let soup = pieces.clone();
        let pair = (prop::sample::select(takes), prop::sample::select(vec!["=", "=", "=", "", "=="])).prop_flat_map(
            move |((key, own), eq)| {
                let key = prop_oneof![6 => Just(key.clone()), 1 => Just(escaped(key)), 1 => pieces(1..3)];
                let value = prop_oneof![
                    4 => prop::sample::select(own.clone()),
                    1 => prop::sample::select(own).prop_map(escaped),
                    3 => pieces(0..4),
                ];
                (key, value).prop_map(move |(k, v)| format!("{k}{eq}{v}"))
            },
        );
        let pairs = (any::<bool>(), prop::collection::vec(pair, 0..8), prop::sample::select(vec!["&", "&", "&&", ""]))
            .prop_map(|(q, pairs, sep)| format!("{}{}", if q { "?" } else { "" }, pairs.join(sep)));
        prop_oneof![4 => pairs, 1 => soup(0..24)]
    }

    /// Any query string: arbitrary unicode, arbitrary bytes read leniently, or link-like.
    fn any_query() -> impl Strategy<Value = String> {
        prop_oneof![
            1 => any::<String>(),
            1 => prop::collection::vec(any::<u8>(), 0..64).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
            4 => link_like(),
        ]
    }

    /// Any state a link can name in the real atlas.
    fn valid_state() -> impl Strategy<Value = UrlState> {
        let v = real_vocab();
        let pick = |list: &Vec<String>| prop::option::of(prop::sample::select(list.clone()));
        (
            pick(&v.cities),
            pick(&v.measures),
            pick(&v.topics),
            prop_oneof![Just(View::Charts), Just(View::Table)],
            any::<bool>(),
            prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
            prop::option::of("[^<>\\p{Cc}]{0,100}".prop_filter("blank", |q| !q.trim().is_empty())),
            pick(&v.items),
        )
            .prop_map(|(city, measure, topic, view, embed, lang, q, mark)| UrlState {
                city,
                measure,
                topic,
                view,
                embed,
                lang,
                q,
                mark,
            })
    }

    fn key_of(notice: &Notice) -> &'static str {
        match notice {
            Notice::TooLong { key } | Notice::BadlyEncoded { key } | Notice::Repeated { key, .. } => key,
            Notice::Markup { key } => key,
            Notice::Unknown { key, .. } => key,
        }
    }

    /// Whether `state` holds what `value` under `key` names (`None`: the key's default).
    fn holds(state: &UrlState, key: &str, value: Option<&str>, vocab: &Vocabulary) -> bool {
        let renamed = |v: &str| vocab.legacy_measures.iter().find(|(old, _)| old == v).map(|(_, id)| id.as_str());
        match (key, value) {
            (CITY, v) => state.city.as_deref() == v,
            (MEASURE, v) => {
                state.measure.as_deref() == v
                    || v.and_then(renamed).is_some_and(|id| state.measure.as_deref() == Some(id))
            }
            (TOPIC, v) => state.topic.as_deref() == v,
            (VIEW, None | Some("charts")) => state.view == View::Charts,
            (VIEW, Some(v)) => v == "table" && state.view == View::Table,
            (EMBED, None | Some("0")) => !state.embed,
            (EMBED, Some(v)) => v == "1" && state.embed,
            (LANG, v) => state.lang.map(Lang::code) == v,
            // A search of spaces only is no search.
            (Q, v) => state.q.as_deref() == v.filter(|v| !v.trim().is_empty()),
            (MARK, v) => state.mark.as_deref() == v,
            _ => unreachable!("{key}"),
        }
    }

    /// A query's key or value decoded as application/x-www-form-urlencoded says (WHATWG URL: `+`
    /// is a space, `%XX` a byte; the bytes UTF-8), a broken escape refused as the atlas refuses
    /// it: the property test's oracle, written apart from the parser's `percent_decode`.
    fn form_decoded(s: &str) -> Option<String> {
        let spaced = s.replace('+', " ");
        let mut pieces = spaced.split('%');
        let mut bytes = pieces.next()?.as_bytes().to_vec();
        for piece in pieces {
            let hex = piece.get(..2).filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()))?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            bytes.extend_from_slice(&piece.as_bytes()[2..]);
        }
        String::from_utf8(bytes).ok()
    }

    #[test]
    fn the_oracle_decodes_as_the_form_encoding_says() {
        assert_eq!(form_decoded("a+b%20c").as_deref(), Some("a b c"));
        assert_eq!(form_decoded("%E6%A0%AA%E6%B4%B2").as_deref(), Some("株洲"));
        assert_eq!((form_decoded("%+A"), form_decoded("%4"), form_decoded("%FF")), (None, None, None));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// No query string makes `parse` panic or name what the atlas does not have; and each of
        /// the six keys is either absent (default, no notice), read (its value shown, no notice)
        /// or ignored (default, exactly one notice naming it). Notices are safe to show.
        #[test]
        fn any_query_gives_a_valid_state_and_a_notice_for_each_ignored_key(query in any_query()) {
            let v = real_vocab();
            let parsed = parse(&query, v);
            let s = &parsed.state;
            prop_assert!(s.city.as_ref().is_none_or(|c| v.cities.contains(c)), "{s:?}");
            prop_assert!(s.measure.as_ref().is_none_or(|m| v.measures.contains(m)), "{s:?}");
            prop_assert!(s.topic.as_ref().is_none_or(|t| v.topics.contains(t)), "{s:?}");
            // The decoded values given for each key, as a reader of the query would see them.
            let pairs: Vec<(Option<String>, Option<String>)> = query
                .strip_prefix('?')
                .unwrap_or(&query)
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| p.split_once('=').unwrap_or((p, "")))
                .map(|(k, v)| (form_decoded(k), form_decoded(v)))
                .collect();
            // Whether the measure was read under an old name.
            let mut renamed = false;
            for key in KEYS {
                let given: Vec<Option<&str>> =
                    pairs.iter().filter(|(k, _)| k.as_deref() == Some(key)).map(|(_, v)| v.as_deref()).collect();
                let notices = parsed.notices.iter().filter(|n| key_of(n) == key).count();
                match (given.as_slice(), notices) {
                    ([], 0) => prop_assert!(holds(s, key, None, v), "{key} absent but set: {s:?}"),
                    ([Some(value)], 0) => {
                        prop_assert!(holds(s, key, Some(value), v), "{key}={value:?} but {s:?}");
                        renamed |= key == MEASURE && s.measure.as_deref() != Some(value);
                    }
                    ([_, ..], 1) => prop_assert!(holds(s, key, None, v), "{key} ignored but set: {s:?}"),
                    _ => prop_assert!(false, "{key} given {given:?}, {notices} notices: {:?}", parsed.notices),
                }
            }
            prop_assert_eq!(parsed.migrated, renamed);
            for notice in &parsed.notices {
                if let Notice::Unknown { value, .. } = notice {
                    prop_assert!(!value.chars().any(char::is_control) && value.chars().count() <= 25, "{value:?}");
                }
            }
        }

        /// Parsing is stable: the state a query gives, written back and read again, is the same
        /// state, with nothing to report.
        #[test]
        fn the_state_any_query_gives_reads_back_as_itself(query in any_query()) {
            let v = real_vocab();
            let state = parse(&query, v).state;
            let again = parse(&serialize(&state), v);
            prop_assert_eq!(&again.state, &state);
            prop_assert!(again.notices.is_empty() && !again.migrated, "{:?}", again);
        }

        /// Each valid state's link reads back as that state, with nothing to report. (The real
        /// atlas's states are also all checked, one by one, by
        /// `every_reachable_state_of_the_real_atlas_round_trips`.)
        #[test]
        fn any_valid_state_round_trips_through_its_link(state in valid_state()) {
            let parsed = parse(&serialize(&state), real_vocab());
            prop_assert_eq!(&parsed.state, &state);
            prop_assert!(parsed.notices.is_empty() && !parsed.migrated, "{:?}", parsed);
        }

        /// The same over a vocabulary of arbitrary ids (up to `MAX_VALUE` characters): the real
        /// ids are plain slugs, so only here are `&`, `=`, `+`, `%`, spaces and non-ASCII escaped.
        #[test]
        fn states_round_trip_whatever_their_ids_are_made_of(
            ids in prop::collection::vec(prop::collection::vec(any::<char>(), 0..=MAX_VALUE), 3),
            (view, embed) in (prop_oneof![Just(View::Charts), Just(View::Table)], any::<bool>()),
        ) {
            let ids: Vec<String> = ids.into_iter().map(String::from_iter).collect();
            let vocab = Vocabulary {
                cities: vec![ids[0].clone()],
                measures: vec![ids[1].clone()],
                topics: vec![ids[2].clone()],
                legacy_measures: vec![],
                items: vec![],
            };
            let (city, measure, topic) = (Some(ids[0].clone()), Some(ids[1].clone()), Some(ids[2].clone()));
            let state = UrlState { city, measure, topic, view, embed, ..Default::default() };
            let parsed = parse(&serialize(&state), &vocab);
            prop_assert_eq!(&parsed.state, &state);
            prop_assert!(parsed.notices.is_empty() && !parsed.migrated, "{:?}", parsed);
        }

        #[test]
        fn percent_decoding_undoes_percent_encoding(
            s in prop_oneof![any::<String>(), "[%+ &=?#a-zA-Z0-9~._-]{0,40}"]
        ) {
            prop_assert_eq!(percent_decode(&percent_encode(&s)), Some(s));
        }

        /// Only `%` and two hex digits is an escape: anything else after a `%` is refused.
        #[test]
        fn broken_escapes_are_refused(s in link_like()) {
            let b = s.as_bytes();
            let well_formed = (0..b.len())
                .filter(|&i| b[i] == b'%')
                .all(|i| b.get(i + 1..i + 3).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)));
            if !well_formed {
                prop_assert_eq!(percent_decode(&s), None);
            }
        }
    }
}
