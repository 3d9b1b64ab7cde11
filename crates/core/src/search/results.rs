//! The results as the panel shows them: HTML written here, with every text escaped and the
//! query's words marked in text only, then set into the page in one piece. A list that changes
//! on every keystroke so costs the wasm one string builder, not a component per result.

use super::{Entry, Kind, Query, counts, segments};
use crate::atlas::Atlas;
use crate::citation::source_label;
use crate::html::escape;
use crate::lang::Lang;
use crate::messages;
use crate::url_state::{UrlState, Vocabulary, serialize};
use crate::view_state::{Event, chosen};

/// The most results the panel lists (the map and the counts hold them all): a query of one or two
/// letters matches most of the atlas, and a list of a hundred results would cost a keystroke
/// several frames to build and lay out, to show what the reader has not asked for yet.
pub const SHOWN: usize = 30;

/// What the reader is told about the results: how many, in how many places, how many of them
/// are listed when not all are, or that none match.
pub fn status(results: &[&Entry], q: &str, lang: Lang) -> String {
    let m = messages::of(lang);
    match results.len() {
        0 => (m.no_results)(q),
        n if n > SHOWN => format!("{}{}", (m.results)(n, counts(results).len()), (m.first_shown)(SHOWN)),
        n => (m.results)(n, counts(results).len()),
    }
}

/// The results grouped by place, most results first: each a link (`data-item`) to the view
/// that shows it, chosen `from` the view searched in, with its value, what it is, where and
/// when, its source, and the verbatim passage (and in Chinese its translation) when the query's
/// words are in it.
pub fn results_html(
    atlas: &Atlas,
    results: &[&Entry],
    query: &Query,
    from: &UrlState,
    vocab: &Vocabulary,
    lang: Lang,
) -> String {
    let data = &atlas.data;
    let m = messages::of(lang);
    let mut out = String::new();
    // Listed so far: at most `SHOWN`, taken place by place, most results first.
    let mut listed = 0;
    for (place, n) in counts(results) {
        if listed == SHOWN {
            break;
        }
        let name = data.place(place).map_or(place, |p| p.name(lang));
        let heading =
            if data.province().is_some_and(|p| p.id == place) { (m.province_results)(name) } else { name.into() };
        out += &format!(
            "<section class=\"result-group\" data-place=\"{}\"><h3>{} <span class=\"result-count\">{n}</span></h3><ul>",
            escape(place),
            escape(&heading)
        );
        for entry in results.iter().filter(|e| e.place == place).take(SHOWN - listed) {
            listed += 1;
            let Event::Choose { city, topic, item } = entry.choice() else { continue };
            let href = serialize(&chosen(from, city, topic, item, vocab));
            let (value, label, subplace, period, source, quote, translation) = match entry.kind {
                Kind::Figure => {
                    let Some(f) = data.figures.iter().find(|f| f.id == entry.id) else { continue };
                    let shown = format!("<span class=\"result-value\">{}</span> ", escape(f.shown.get(lang)));
                    (shown, f.indicator.get(lang), &f.subplace, &f.period, &f.source, &f.quote, &f.quote_zh)
                }
                Kind::Highlight => {
                    let Some(h) = data.highlights.iter().find(|h| h.id == entry.id) else { continue };
                    (String::new(), h.text.get(lang), &h.subplace, &h.period, &h.source, &h.quote, &h.quote_zh)
                }
            };
            let meta = [subplace.get(lang), period, &source_label(data, source, lang)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" \u{b7} ");
            let id = escape(&entry.id);
            out += &format!(
                "<li class=\"result\" data-item=\"{id}\"><a href=\"{}\" data-item=\"{id}\">{value}<span class=\"result-label\">{}</span></a><p class=\"result-meta\">{}</p>",
                escape(&href),
                marked_html(label, query),
                marked_html(&meta, query),
            );
            // The passage, once the passages have arrived (the search waits for them).
            let (quote, translation) = data.passage(&entry.id, quote, translation).unwrap_or_default();
            let in_quote = super::marks(quote, query);
            let in_translation = lang == Lang::Zh && super::marks(translation, query);
            if in_quote || in_translation {
                out += "<div class=\"quote\">";
                if in_quote {
                    // An article's quote is English; an official page's line Chinese.
                    let tag = if data.source(source).is_some_and(|s| s.official) { "zh-CN" } else { "en" };
                    out += &format!(
                        "<blockquote lang=\"{tag}\">\u{201c}{}\u{201d}</blockquote>",
                        marked_html(quote, query)
                    );
                }
                if in_translation {
                    out += &format!(
                        "<p class=\"translation\"><span class=\"translation-mark\">{}</span> {}</p>",
                        m.translation,
                        marked_html(translation, query)
                    );
                }
                out += "</div>";
            }
            out += "</li>";
        }
        out += "</ul></section>";
    }
    out
}

/// `text`, escaped, with the query's words in `<mark>`: marks fall on text only, never on markup.
pub fn marked_html(text: &str, query: &Query) -> String {
    segments(text, query)
        .into_iter()
        .map(|(part, hit)| if hit { format!("<mark>{}</mark>", escape(part)) } else { escape(part) })
        .collect()
}
