//! Every view's own page. The build writes one static page for the province and for each
//! division in each language (`zhuzhou.en.html`, `hunan.zh.html`), with its own title, share card
//! and prerendered panel; the page's name pins the place and the language, the query holds the
//! rest of the view (`zhuzhou.en.html?view=table`). `index.html` stays the page of old links
//! (`?city=zhuzhou`) and of a reader whose browser chooses the language.

use crate::lang::Lang;
use crate::messages;
use crate::model::Place;
use crate::url_state::{CITY, KEYS, LANG, UrlState, serialize};

/// The name of the province's pages (`hunan.en.html`), which no division has.
pub const PROVINCE: &str = "hunan";

/// The page of `city` (`None`: the province) in `lang`.
pub fn file_name(city: Option<&str>, lang: Lang) -> String {
    [city.unwrap_or(PROVINCE), ".", lang.code(), ".html"].concat()
}

/// The title of the view of `place` (`None`: the province) in `lang`: its page's `<title>` and
/// share card's, and the tab's once the app shows that view.
pub fn title(place: Option<&Place>, lang: Lang) -> String {
    let m = messages::of(lang);
    match place {
        Some(p) => [p.name(lang), " ", p.name(lang.other()), " \u{b7} ", m.title].concat(),
        None => [m.title, " \u{b7} ", messages::of(lang.other()).title].concat(),
    }
}

/// The place (`None`: the province) and the language that the page at `path` (an address's
/// path, `/atlas/zhuzhou.en.html`) pins, or `None` for any other page (`index.html`, `/`).
pub fn pinned(path: &str) -> Option<(Option<&str>, Lang)> {
    // The name after the last `/`, found byte by byte (a `/` is never part of a longer UTF-8
    // character, so `get` always finds it): a search from the end for a `char`, or a slice by
    // `[..]` and its panic's message, would bring code of their own into the wasm.
    let name = path.bytes().rposition(|b| b == b'/').and_then(|i| path.get(i + 1..)).unwrap_or(path);
    let name = name.strip_suffix(".html")?;
    let (place, lang) =
        Lang::ALL.into_iter().find_map(|l| Some((name.strip_suffix(l.code())?.strip_suffix('.')?, l)))?;
    if place.is_empty() || !place.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return None;
    }
    Some(((place != PROVINCE).then_some(place), lang))
}

/// The query that the address `path` + `search` stands for: what its page pins, unless the
/// query names it itself, and the query's own keys, in the order `url_state::serialize` writes
/// them (so that the view's query and the address's compare equal). The app reads the view from
/// this.
pub fn query_of(path: &str, search: &str) -> String {
    let search = search.strip_prefix('?').unwrap_or(search);
    let Some((city, lang)) = pinned(path) else {
        return if search.is_empty() { String::new() } else { ["?", search].concat() };
    };
    let pairs = || search.split('&').filter(|p| !p.is_empty());
    let mut out = String::new();
    // Key by key in that order, then the keys the atlas does not know; a key's pairs in the
    // query's order. (What `pinned` lets through needs no percent-encoding.)
    for (at, key) in KEYS.iter().enumerate().chain([(KEYS.len(), &"")]) {
        let mut named = false;
        for pair in pairs().filter(|p| rank(key_of(p)) == at) {
            named = true;
            append(&mut out, 0, &[pair]);
        }
        let pin = match *key {
            CITY => city,
            LANG => Some(lang.code()),
            _ => None,
        };
        if let Some(value) = pin.filter(|_| !named) {
            append(&mut out, 0, &[key, "=", value]);
        }
    }
    out
}

/// Appends `parts` to `out` as one more pair of the query that starts at `start` of it.
fn append(out: &mut String, start: usize, parts: &[&str]) {
    out.push(if out.len() == start { '?' } else { '&' });
    for part in parts {
        out.push_str(part);
    }
}

fn key_of(pair: &str) -> &str {
    pair.split('=').next().unwrap_or(pair)
}

/// Where a key comes in a written query; keys the atlas does not know come last.
fn rank(key: &str) -> usize {
    KEYS.iter().position(|k| *k == key).unwrap_or(KEYS.len())
}

/// The page of `state` in `lang` and the rest of its query (`zhuzhou.en.html?view=table`),
/// relative to the folder of the pages: what share links and embeds point to.
pub fn page(state: &UrlState, lang: Lang) -> String {
    let mut out = file_name(state.city.as_deref(), lang);
    out.push_str(&serialize(&UrlState { city: None, lang: None, ..state.clone() }));
    out
}

/// Where the app writes the view whose query is `query` (as `url_state::serialize` writes it)
/// when it is shown at `path`: on a view's page, the page of that view with the rest of the
/// query (relative: pages share a folder); elsewhere, `path` with the query, as old links were.
pub fn address(path: &str, query: &str) -> String {
    let pairs = || query.strip_prefix('?').unwrap_or(query).split('&').filter(|p| !p.is_empty());
    let value = |key: &str| pairs().find(|p| key_of(p) == key).and_then(|p| p.strip_prefix(key)?.strip_prefix('='));
    match (pinned(path), value(LANG).and_then(Lang::from_code)) {
        (Some(_), Some(lang)) => {
            let mut out = file_name(value(CITY), lang);
            let start = out.len();
            for pair in pairs().filter(|p| ![CITY, LANG].contains(&key_of(p))) {
                append(&mut out, start, &[pair]);
            }
            out
        }
        _ => [path, query].concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PlaceKind;
    use crate::url_state::View;

    #[test]
    fn a_page_is_named_by_its_place_and_language() {
        assert_eq!(file_name(Some("zhuzhou"), Lang::En), "zhuzhou.en.html");
        assert_eq!(file_name(Some("xiangxi"), Lang::Zh), "xiangxi.zh.html");
        assert_eq!(file_name(None, Lang::Zh), "hunan.zh.html");
    }

    #[test]
    fn a_view_is_titled_by_its_place_in_both_languages_then_the_atlas() {
        let place = Place {
            id: "zhuzhou".into(),
            adcode: "430200".into(),
            kind: PlaceKind::City,
            name_en: "Zhuzhou".into(),
            name_zh: "株洲".into(),
            official_en: "Zhuzhou City".into(),
            official_zh: "株洲市".into(),
            neighbours: Vec::new(),
        };
        assert_eq!(title(Some(&place), Lang::En), "Zhuzhou 株洲 · Hunan Industry Atlas");
        assert_eq!(title(Some(&place), Lang::Zh), "株洲 Zhuzhou · 湖南产业地图");
        assert_eq!(title(None, Lang::En), "Hunan Industry Atlas · 湖南产业地图");
    }

    #[test]
    fn a_page_pins_its_place_and_language_and_nothing_else_does() {
        assert_eq!(pinned("/atlas/zhuzhou.en.html"), Some((Some("zhuzhou"), Lang::En)));
        assert_eq!(pinned("zhuzhou.zh.html"), Some((Some("zhuzhou"), Lang::Zh)));
        assert_eq!(pinned("/hunan.zh.html"), Some((None, Lang::Zh)));
        for other in
            ["/", "", "/index.html", "/atlas/", "/zhuzhou.fr.html", "/zhuzhou.html", "/.en.html", "/a/zhu<zhou.en.html"]
        {
            assert_eq!(pinned(other), None, "{other}");
        }
    }

    #[test]
    fn the_query_of_a_page_adds_what_it_pins_unless_the_query_names_it() {
        assert_eq!(query_of("/zhuzhou.en.html", ""), "?city=zhuzhou&lang=en");
        assert_eq!(query_of("/zhuzhou.zh.html", "?view=table"), "?city=zhuzhou&view=table&lang=zh");
        assert_eq!(query_of("/hunan.en.html", "?q=aero"), "?lang=en&q=aero");
        assert_eq!(query_of("/zhuzhou.en.html", "?lang=zh"), "?city=zhuzhou&lang=zh");
        assert_eq!(query_of("/zhuzhou.en.html", "?city=changsha"), "?city=changsha&lang=en");
        assert_eq!(query_of("/zhuzhou.en.html", "?mark=x&embed=1&zzz=1"), "?city=zhuzhou&embed=1&lang=en&mark=x&zzz=1");
        // Repeated and unknown keys keep their order among themselves (the view then says why
        // it ignores them).
        assert_eq!(
            query_of("/zhuzhou.en.html", "?zzz=1&q=a&view=table&aaa=2&view=charts&city=x"),
            "?city=x&view=table&view=charts&lang=en&q=a&zzz=1&aaa=2"
        );
        // Old links on index.html are read as they were.
        assert_eq!(query_of("/index.html", "?city=zhuzhou"), "?city=zhuzhou");
        assert_eq!(query_of("/", ""), "");
    }

    #[test]
    fn a_view_has_a_page_and_the_rest_stays_in_the_query() {
        let table = UrlState { city: Some("zhuzhou".into()), view: View::Table, ..Default::default() };
        assert_eq!(page(&table, Lang::Zh), "zhuzhou.zh.html?view=table");
        // The page names the language: a `lang` in the state is not repeated.
        assert_eq!(page(&UrlState { lang: Some(Lang::Zh), ..table }, Lang::En), "zhuzhou.en.html?view=table");
        assert_eq!(page(&UrlState::default(), Lang::En), "hunan.en.html");
    }

    #[test]
    fn the_app_writes_pages_on_pages_and_queries_on_index_html() {
        assert_eq!(address("/atlas/zhuzhou.en.html", "?city=changsha&lang=en"), "changsha.en.html");
        assert_eq!(
            address("/zhuzhou.en.html", "?city=changsha&view=table&lang=zh&q=steel"),
            "changsha.zh.html?view=table&q=steel"
        );
        assert_eq!(address("/zhuzhou.en.html", "?lang=en"), "hunan.en.html");
        assert_eq!(address("/atlas/index.html", "?city=changsha&lang=en"), "/atlas/index.html?city=changsha&lang=en");
        assert_eq!(address("/", "?city=changsha"), "/?city=changsha");
        // A page's view without a language (a hostile `lang` was dropped) stays where it is.
        assert_eq!(address("/zhuzhou.en.html", "?city=changsha"), "/zhuzhou.en.html?city=changsha");
    }

    #[test]
    fn what_the_app_writes_on_a_page_reads_back_as_the_same_query() {
        for query in [
            "?city=changsha&lang=en",
            "?measure=coverage&view=table&lang=zh",
            "?city=xiangxi&embed=1&lang=en&q=tea&mark=x",
        ] {
            let written = address("/atlas/zhuzhou.en.html", query);
            let (path, search) = written.split_once('?').map_or((written.as_str(), ""), |(p, s)| (p, s));
            assert_eq!(query_of(path, search), query, "{written}");
        }
    }
}
