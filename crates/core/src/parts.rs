//! The page's parts that never change once shown: figure cards, highlights, the classes places
//! are named in, the figures as a table, the panel's head and topic index, the summary under the
//! map and the credits, written as HTML (every text escaped) that the app sets into the page in
//! one piece. They hold no state: a passage opens as a native `<details>`, and a link names what
//! it chooses (`data-select`: a division, empty for the province; `data-topic`), which one click
//! handler reads. As Leptos components they cost the wasm several KiB of gzipped rendering code
//! each: the room the search needed within the first view's budget.

use crate::atlas::Atlas;
use crate::citation::{period, source_label};
use crate::data::Dataset;
use crate::explorer::{Baseline, Membership, PlaceView, Summary};
use crate::html::{escape, in_its_language};
use crate::lang::Lang;
use crate::measures::{LegendEntry, Measure, NO_DATA, SCALE};
use crate::messages;
use crate::model::{Figure, Highlight, Kind, PlaceKind, Source};
use crate::numbers::{group_thousands, tenths};
use crate::url_state::{UrlState, View};

/// `figures` as cards (`<article class="card">`), the one whose id is `mark` marked (the search
/// result the reader chose: focusable, its passage open).
pub fn figure_cards(data: &Dataset, figures: &[&Figure], lang: Lang, mark: Option<&str>) -> String {
    figures.iter().map(|f| card(data, f, lang, mark == Some(f.id.as_str()), &[])).collect()
}

/// One figure's card: its value (and as the source states it, if in other units), what it is,
/// the `extra` lines (the atlas's arithmetic on official statistics), its period and its source
/// folded; official statistics marked as such (`official`).
fn card(data: &Dataset, f: &Figure, lang: Lang, marked: bool, extra: &[String]) -> String {
    let m = messages::of(lang);
    let shown = f.shown.get(lang);
    let official = if data.is_official(f) { " official" } else { "" };
    let attrs = if marked { " marked\" tabindex=\"-1" } else { "" };
    let mut out = format!(
        "<article class=\"card{official}{attrs}\" data-figure=\"{}\"><p class=\"card-value\">{}</p>",
        escape(&f.id),
        escape(shown)
    );
    // A value in other units than the source's says what the source states.
    if let Some((words, its_lang)) = stated_beside(data, f, lang) {
        out += &format!("<p class=\"card-stated\">{}{}{}</p>", m.as_stated, m.colon, stated(words, its_lang));
    }
    out += &format!("<p class=\"card-label\">{}</p>", escape(f.indicator.get(lang)));
    for e in extra {
        out += &format!("<p class=\"card-computed\">{}</p>", escape(e));
    }
    // A share names its whole beside it: shares of different wholes are never compared.
    let note = f.note.get(lang);
    if f.kind == Kind::Share && !note.is_empty() {
        out += &format!("<p class=\"card-whole\">{}</p>", escape(note));
    }
    let subplace =
        if f.subplace.is_empty() { String::new() } else { format!("{} \u{b7} ", escape(f.subplace.get(lang))) };
    out += &format!("<p class=\"card-meta\">{subplace}{}</p>", escape(&period(&f.period, lang)));
    out + &source(data, f, lang, marked) + "</article>"
}

/// What the source states of `f`, where `lang` shows it in other units: the value in the
/// source's own words and language (English for the articles, Chinese for official statistics);
/// `None` where it is shown as stated.
pub fn stated_beside<'a>(data: &Dataset, f: &'a Figure, lang: Lang) -> Option<(&'a str, Lang)> {
    let its_lang = if data.is_official(f) { Lang::Zh } else { Lang::En };
    (f.shown.get(lang) != f.stated.get(lang)).then(|| (f.stated.get(its_lang), its_lang))
}

/// A value in the source's own words, marked with their language.
fn stated(words: &str, lang: Lang) -> String {
    format!("<span lang=\"{}\">{}</span>", lang.tag(), escape(words))
}

/// A figure's source, folded: its passage (`passage_of`), the article's title and site or the
/// official page's title, publisher and address, and the figure's note.
fn source(data: &Dataset, f: &Figure, lang: Lang, open: bool) -> String {
    let m = messages::of(lang);
    let mut body = passage_of(data, &f.id, lang);
    match data.source(&f.source) {
        Some(s) if s.official => body += &official_page(s, lang),
        Some(s) => {
            body += &format!(
                "<p class=\"source-title\">{} \u{b7} {}</p>",
                escape(s.title.get(lang)),
                in_its_language(s.site.get(lang), lang == Lang::Zh)
            );
        }
        None => {}
    }
    let note = f.note.get(lang);
    if !note.is_empty() {
        body += &format!("<p class=\"note\">{}{}{}</p>", m.note, m.colon, escape(note));
    }
    folded(&f.id, &format!("{}{}{}", m.source, m.colon, source_label(data, &f.source, lang)), &body, open)
}

/// The verbatim passage of the figure or highlight `id`, as its source's `<details>` shows it
/// (`<div class="passage">`): an article's quote and, in Chinese, its translation; an official
/// page's line, as the page gives it (in Chinese). Empty inside until the passages have arrived
/// (the app builds the view again then: `PlaceView::passages`).
pub fn passage_of(data: &Dataset, id: &str, lang: Lang) -> String {
    let found = match data.figures.iter().find(|f| f.id == id) {
        Some(f) => data.passage(id, &f.quote, &f.quote_zh).map(|p| (p, data.is_official(f))),
        None => data
            .highlights
            .iter()
            .find(|h| h.id == id)
            .and_then(|h| data.passage(id, &h.quote, &h.quote_zh))
            .map(|p| (p, false)),
    };
    let inner = match found {
        Some(((line, _), true)) => format!("<blockquote lang=\"zh-CN\">\u{201c}{}\u{201d}</blockquote>", escape(line)),
        Some(((quote, translation), false)) => passage(quote, translation, lang),
        None => String::new(),
    };
    format!("<div class=\"passage\">{inner}</div>")
}

/// An official page: its title, publisher, the site that carried it, its note and a link to its
/// address.
fn official_page(s: &Source, lang: Lang) -> String {
    let m = messages::of(lang);
    let via = if s.site.en.is_empty() {
        String::new()
    } else {
        format!(" \u{b7} {}{}", m.via, in_its_language(s.site.get(lang), lang == Lang::Zh))
    };
    format!(
        "<p class=\"source-title\"><span lang=\"zh-CN\">{}</span> \u{b7} {}{via}</p>{}<p class=\"source-link\"><a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a></p>",
        escape(&s.title.zh),
        escape(s.publisher.get(lang)),
        if s.note.is_empty() {
            String::new()
        } else {
            format!("<p class=\"note\">{}{}{}</p>", m.note, m.colon, escape(s.note.get(lang)))
        },
        escape(&s.url),
        m.page,
    )
}

/// What the official statistics say of a place (`Baseline`): a card for its headline (GDP) with
/// its rank among the divisions and share of the province, a card for each other figure with
/// its share of the headline, each with its source folded; the rank and shares marked as the
/// atlas's arithmetic. Empty if the place has no official statistics.
pub fn baseline(data: &Dataset, b: &Baseline<'_>, lang: Lang) -> String {
    let m = messages::of(lang);
    let Some(h) = b.headline else { return String::new() };
    let headline_name = h.indicator.get(lang);
    let computed = b.headline_notes(data, lang);
    let mut cards = card(data, h, lang, false, &computed);
    let mut any_share = !computed.is_empty();
    for (f, share) in &b.parts {
        let extra: Vec<String> = share.iter().map(|pct| (m.share_of)(&tenths(*pct), headline_name)).collect();
        any_share |= !extra.is_empty();
        cards += &card(data, f, lang, false, &extra);
    }
    let missing =
        if b.parts.is_empty() { format!("<p class=\"baseline-missing\">{}</p>", m.no_parts) } else { String::new() };
    let computed_note =
        if any_share { format!("<p class=\"baseline-note\">{}</p>", m.computed) } else { String::new() };
    format!(
        "<section class=\"baseline\"><h3 class=\"official-mark\">{}</h3><div class=\"cards\">{cards}</div>{missing}{computed_note}</section>",
        escape(&(m.baseline_heading)(&h.period)),
    )
}

/// A `<details class="quote">` of the figure or highlight `id` (`data-passage`) with `summary`
/// (text) over `body` (HTML).
fn folded(id: &str, summary: &str, body: &str, open: bool) -> String {
    let open = if open { " open" } else { "" };
    format!(
        "<details class=\"quote\" data-passage=\"{}\"{open}><summary>{}</summary>{body}</details>",
        escape(id),
        escape(summary)
    )
}

/// A verbatim passage, in the source's language (English), and in Chinese its translation after
/// it, marked as one: it never replaces the quote.
pub fn passage(quote: &str, translation: &str, lang: Lang) -> String {
    let mut out = format!("<blockquote lang=\"en\">\u{201c}{}\u{201d}</blockquote>", escape(quote));
    if lang == Lang::Zh && !translation.is_empty() {
        out += &format!(
            "<p class=\"translation\"><span class=\"translation-mark\">{}</span> {}</p>",
            messages::of(lang).translation,
            escape(translation)
        );
    }
    out
}

/// A place's highlights (`<ul class="highlights">`), each with its period and source; the one
/// whose id is `mark` marked and open.
pub fn highlights(data: &Dataset, highlights: &[&Highlight], lang: Lang, mark: Option<&str>) -> String {
    let m = messages::of(lang);
    let mut out = String::from("<ul class=\"highlights\">");
    for h in highlights {
        let marked = mark == Some(h.id.as_str());
        let attrs = if marked { " class=\"marked\" tabindex=\"-1\"" } else { "" };
        out += &format!(
            "<li{attrs} data-highlight=\"{}\"><span class=\"hl-text\">{}</span>",
            escape(&h.id),
            escape(h.text.get(lang))
        );
        if !h.period.is_empty() {
            // A Chinese sentence ends in 。: no space after it.
            let gap = if lang == Lang::Zh { "" } else { " " };
            out += &format!(
                "{gap}<span class=\"hl-period\">{}{}{}</span>",
                m.parens.0,
                escape(&period(&h.period, lang)),
                m.parens.1
            );
        }
        let summary = format!("{}{}{}", m.source, m.colon, source_label(data, &h.source, lang));
        out += &folded(&h.id, &summary, &passage_of(data, &h.id, lang), marked);
        out += "</li>";
    }
    out + "</ul>"
}

/// A class the sources name places in: its members as a list, each division a link
/// (`data-select`) to its view, each with its source; never bars of equal length.
pub fn membership(data: &Dataset, membership: &Membership<'_>, lang: Lang) -> String {
    let m = messages::of(lang);
    let threshold = membership.members.first().map_or("", |f| f.shown.get(lang));
    let label = escape(membership.label);
    let mut out = format!(
        "<section class=\"membership\" aria-label=\"{label}\"><h3>{label} ({})</h3><p class=\"membership-note\">{}</p><ul class=\"members\">",
        escape(threshold),
        m.membership_note
    );
    for f in &membership.members {
        let place = data.place(&f.place);
        let name = escape(place.map_or(&f.place, |p| p.name(lang)));
        let who = if place.is_some_and(|p| p.kind != PlaceKind::Province) {
            format!("<button type=\"button\" class=\"link\" data-select=\"{}\">{name}</button>", escape(&f.place))
        } else {
            format!("<span>{name} ({})</span>", m.no_division)
        };
        let subplace = if f.subplace.is_empty() {
            String::new()
        } else {
            format!("{}{}", if lang == Lang::Zh { "\u{ff1a}" } else { ": " }, escape(f.subplace.get(lang)))
        };
        let (open, close) = m.parens;
        out += &format!(
            "<li data-place=\"{}\">{who}{subplace}{open}{}{close}",
            escape(&f.place),
            escape(&period(&f.period, lang))
        );
        out += &source(data, f, lang, false);
        out += "</li>";
    }
    out + "</ul></section>"
}

/// Figures as a table, one row a figure (its cells classed for the phone's two-line rows): the
/// place (and the town or park in it), what, the value, when, the topic and the source folded.
pub fn figure_table(data: &Dataset, figures: &[&Figure], lang: Lang) -> String {
    let m = messages::of(lang);
    let heads = [m.col_place, m.col_figure, m.col_value, m.col_period, m.col_topic, m.col_source];
    let mut out = String::from("<div class=\"table-wrap\"><table class=\"figures\"><thead><tr>");
    for h in heads {
        out += &format!("<th scope=\"col\">{h}</th>");
    }
    out += "</tr></thead><tbody>";
    for f in figures {
        let place = data.place(&f.place).map_or(f.place.as_str(), |p| p.name(lang));
        let subplace = if f.subplace.is_empty() {
            String::new()
        } else {
            format!("<br><span class=\"subplace\">{}</span>", escape(f.subplace.get(lang)))
        };
        let shown = f.shown.get(lang);
        // The value as the source states it stays beside one shown in other units.
        let shifted = match stated_beside(data, f, lang) {
            Some((words, its_lang)) => {
                format!(" <br><span class=\"stated\">{}{}{}</span>", m.as_stated, m.colon, stated(words, its_lang))
            }
            None => String::new(),
        };
        out += &format!(
            "<tr><td class=\"place\">{}{subplace}</td><td class=\"what\">{}</td><td class=\"num\">{}{shifted}</td><td class=\"period\">{}</td><td class=\"topic-name\">{}</td><td class=\"source\">{}</td></tr>",
            escape(place),
            escape(f.indicator.get(lang)),
            escape(shown),
            escape(&period(&f.period, lang)),
            escape(data.terms.topic(f.topic, lang)),
            folded(&f.id, &source_label(data, &f.source, lang), &passage_of(data, &f.id, lang), false),
        );
    }
    out + "</tbody></table></div>"
}

/// The head of a place's view: its names in both languages, kind and area, how much the sources
/// say (`data-figures`), the way back to the province, and, for the province, the divisions the
/// sources give no figures for.
pub fn panel_head(atlas: &Atlas, v: &PlaceView<'_>, lang: Lang) -> String {
    let m = messages::of(lang);
    let p = v.place;
    let (other, tag) = (lang.other(), lang.other().tag());
    let name = p.name(lang);
    // Chinese sentences follow each other with no space.
    let join = if lang == Lang::Zh { "" } else { " " };
    let summary = match (v.figures.len(), v.highlights.len()) {
        (0, 0) => [(m.silent)(name), m.in_province_view.to_string()].join(join),
        (0, h) => [(m.only_highlights)(name, h), m.in_province_view.to_string()].join(join),
        (n, h) => (m.counts)(n, h),
    };
    // Where a reader of a division the articles say nothing of can look instead.
    // After a Chinese colon no space; names apart by 、 in Chinese.
    let (gap, separator) = if lang == Lang::Zh { ("", "\u{3001}") } else { (" ", ", ") };
    let elsewhere = if v.figures.is_empty() && !v.neighbours.is_empty() {
        let links: Vec<String> = v
            .neighbours
            .iter()
            .map(|n| {
                format!(
                    "<button type=\"button\" class=\"link\" data-select=\"{}\">{}</button>",
                    escape(&n.id),
                    escape(n.name(lang))
                )
            })
            .collect();
        let links = format!("{gap}{}", links.join(separator));
        format!("<p class=\"neighbours\">{}{links}</p>", m.neighbours)
    } else {
        String::new()
    };
    let area = match atlas.area_km2(&p.id).filter(|_| !v.is_province) {
        Some(a) => format!(" \u{b7} {}", (m.area)(&group_thousands(&(a.round() as i64).to_string()))),
        None => String::new(),
    };
    let mut out = format!(
        "<div class=\"panel-head\"><h2>{} <span lang=\"{tag}\">{}</span></h2><p class=\"kind\">{} \u{b7} <span lang=\"{tag}\">{}</span>{}</p><p class=\"summary\" data-figures=\"{}\">{}</p>",
        escape(name),
        escape(p.name(other)),
        escape(p.official(lang)),
        escape(p.official(other)),
        escape(&area),
        v.figures.len(),
        escape(&summary),
    );
    out += &elsewhere;
    if !v.is_province {
        out += &format!("<button type=\"button\" class=\"back\" data-select=\"\">{}</button>", m.whole_province);
    }
    out += "</div>";
    if !v.silent.is_empty() {
        let names: Vec<&str> = v.silent.iter().map(|p| p.name(lang)).collect();
        let stop = if lang == Lang::Zh { "\u{3002}" } else { "." };
        out += &format!("<p class=\"silent\">{}{gap}{}{stop}</p>", m.silent_divisions, escape(&names.join(separator)));
    }
    out
}

/// A division in a few words, under the map on a phone (where the panel is below it): its names,
/// how much the sources say, its first figures, and a link down to the panel. Empty for the
/// province.
pub fn map_summary(atlas: &Atlas, id: &str, lang: Lang) -> String {
    let Some(s) = Summary::of(atlas, id) else { return String::new() };
    let m = messages::of(lang);
    let first: String = s
        .first
        .iter()
        .map(|f| format!("<li><strong>{}</strong> {}</li>", escape(f.shown.get(lang)), escape(f.indicator.get(lang))))
        .collect();
    format!(
        "<div class=\"map-summary\" role=\"status\" data-place=\"{}\"><p><strong>{}</strong> <span lang=\"{}\">{}</span> \u{b7} {}</p><ul>{first}</ul><a href=\"#panel\">{}</a></div>",
        escape(id),
        escape(s.place.name(lang)),
        lang.other().tag(),
        escape(s.place.name(lang.other())),
        // Never "0 figures": a division the articles say nothing of says so.
        escape(&if s.figures + s.highlights == 0 {
            (m.silent)(s.place.name(lang))
        } else {
            (m.counts)(s.figures, s.highlights)
        }),
        escape(&(m.all_figures_of)(s.place.name(lang))),
    )
}

/// The credits under the page: the sources, and what the translations and boundaries are.
pub fn credits(data: &Dataset, lang: Lang) -> String {
    let m = messages::of(lang);
    let separator = if lang == Lang::Zh { "\u{ff0c}" } else { ", " };
    let (open, close) = m.parens;
    let items: String = data
        .sources
        .iter()
        .map(|s| {
            let title = match lang {
                Lang::En => format!("\u{201c}{}\u{201d}", s.title.en),
                Lang::Zh => format!("\u{300a}{}\u{300b}", s.title.zh),
            };
            // What the page names of itself: an official page may name no date, a page read at
            // its own address no other site.
            let date = if s.date.is_empty() { String::new() } else { format!("{separator}{}", period(&s.date, lang)) };
            let site = s.site.get(lang);
            let site = if site.is_empty() {
                String::new()
            } else {
                format!("{open}{}{close}", in_its_language(site, lang == Lang::Zh))
            };
            format!("<li>{}{site}</li>", escape(&format!("{}{separator}{title}{date}", s.publisher.get(lang))))
        })
        .collect();
    format!(
        "<h2>{}</h2><p>{}</p><ul>{items}</ul><p>{}</p><p>{}</p>",
        m.sources, m.sources_intro, m.translations_note, m.boundaries_note
    )
}

/// 中文 / English: real links to the view `shown` in each language, each in its own language
/// (`data-lang`), the page's marked current. The page writes them once, then changes their
/// addresses (`language_href`) and marks in place: see `LanguageSwitch`.
pub fn language_links(shown: &UrlState, lang: Lang) -> String {
    Lang::ALL
        .into_iter()
        .map(|l| {
            let current = if l == lang { " aria-current=\"true\"" } else { "" };
            let tag = l.tag();
            format!(
                "<a href=\"{}\" lang=\"{tag}\" hreflang=\"{tag}\" data-lang=\"{}\"{current}>{}</a>",
                escape(&language_href(shown, l)),
                l.code(),
                l.name()
            )
        })
        .collect()
}

/// The address of the view `shown` in `lang`: its page in that language.
pub fn language_href(shown: &UrlState, lang: Lang) -> String {
    crate::pages::page(shown, lang)
}

/// Charts or table: two buttons (`data-view`), the current one pressed.
pub fn view_tabs(view: View, lang: Lang) -> String {
    let m = messages::of(lang);
    let tab = |v: View, code: &str, label: &str| {
        format!(
            "<button type=\"button\" class=\"tab\" aria-pressed=\"{}\" data-view=\"{code}\">{label}</button>",
            v == view
        )
    };
    format!(
        "<div class=\"tabs\" role=\"group\" aria-label=\"{}\">{}{}</div>",
        m.show_as,
        tab(View::Charts, "charts", m.charts),
        tab(View::Table, "table", m.table)
    )
}

/// The measures a reader may colour the map by, as the `<option>`s of a `<select>`, the current
/// one selected.
pub fn measure_options(measures: &[Measure], current: &str, lang: Lang) -> String {
    measures
        .iter()
        .map(|m| {
            let selected = if m.id == current { " selected" } else { "" };
            format!("<option value=\"{}\"{selected}>{}</option>", escape(&m.id), escape(m.label.get(lang)))
        })
        .collect()
}

/// What the map's colours mean: a swatch a class (`c0`..`c4`, the classes of `measures::SCALE`
/// in style/main.css: a strict CSP refuses style attributes), then the unit, if any, and the
/// swatch of the divisions left blank, labelled `blank`.
pub fn legend_entries(entries: &[LegendEntry], unit: Option<&str>, blank: &str) -> String {
    let mut out: String = entries
        .iter()
        .map(|e| {
            let class = SCALE.iter().position(|c| *c == e.colour).unwrap_or_default();
            format!("<li><span class=\"swatch c{class}\"></span>{}</li>", escape(&e.label))
        })
        .collect();
    if let Some(unit) = unit {
        out += &format!("<li class=\"unit\">{}</li>", escape(unit));
    }
    out + &format!("<li><span class=\"swatch {NO_DATA}\"></span>{}</li>", escape(blank))
}

/// Where the colours come from, the legend's last item (`<li class="legend-source">`): official
/// statistics (each value's page is in its division's view); empty for the articles' measures
/// (their figures name their articles).
pub fn legend_source(m: &Measure, lang: Lang) -> String {
    if !m.official {
        return String::new();
    }
    format!("<li class=\"legend-source\">{}</li>", messages::of(lang).legend_source)
}

/// The download menu: the figures of the view `shown` and of the whole atlas, as CSV or JSON (the
/// files the build wrote: crates/build/src/downloads.rs), each link named by `data-download`.
pub fn download_menu(data: &Dataset, shown: &UrlState, lang: Lang) -> String {
    let m = messages::of(lang);
    let view = shown.city.clone().or_else(|| data.province().map(|p| p.id.clone())).unwrap_or_default();
    let link = |name: &str, file: &str, label: &str| {
        format!("<a data-download=\"{name}\" href=\"downloads/hunan-atlas-{}\" download>{label}</a>", escape(file))
    };
    format!(
        "<details class=\"menu\"><summary>{}</summary><div class=\"menu-items\">{}{}{}{}</div></details>",
        m.download,
        link("view-csv", &format!("{view}.csv"), m.view_csv),
        link("view-json", &format!("{view}.json"), m.view_json),
        link("all-csv", "all.csv", m.all_csv),
        link("all-json", "all.json", m.all_json),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::tags;

    fn atlas() -> crate::atlas::Atlas {
        crate::atlas::for_tests()
    }

    #[test]
    fn a_card_shows_the_value_its_words_and_its_source_folded() {
        let atlas = atlas();
        let data = &atlas.data;
        let f = data.figures.iter().find(|f| f.id == "zhuzhou-2020-aero-engine-market-share").unwrap();
        let html = figure_cards(data, &[f], Lang::En, None);
        assert!(html.starts_with("<article class=\"card\" data-figure=\"zhuzhou-2020-aero-engine-market-share\">"));
        assert!(html.contains(&format!("<p class=\"card-label\">{}</p>", f.indicator.en)));
        // Its passage (data/figures.csv), which the passages file brought.
        assert!(html.contains(
            "<blockquote lang=\"en\">\u{201c}Small and medium-sized aero-engines and industrial gas turbines occupy \
             90% and 50% of the domestic market share respectively\u{201d}</blockquote>"
        ));
        // Closed until asked for, and named, so that the app can fill in its passage once the
        // passages have arrived.
        assert!(
            html.contains("<details class=\"quote\" data-passage=\"zhuzhou-2020-aero-engine-market-share\"><summary>")
        );
        let marked = figure_cards(data, &[f], Lang::Zh, Some(&f.id));
        assert!(marked.starts_with("<article class=\"card marked\" tabindex=\"-1\" data-figure="), "{marked}");
        assert!(
            marked.contains("data-passage=\"zhuzhou-2020-aero-engine-market-share\" open>") && marked.contains("译文")
        );
        tags(&html);
    }

    #[test]
    fn a_passage_waits_for_the_passages_as_the_app_reads_the_dataset() {
        let atlas = atlas();
        let mut data = atlas.data.clone();
        // As the app reads the dataset: no quote in the figure, no passages yet.
        data.passages = Default::default();
        let quote =
            "Small and medium-sized aero-engines and industrial gas turbines occupy 90% and 50% of the domestic \
                     market share respectively"
                .to_string();
        assert_eq!(
            passage_of(&data, "zhuzhou-2020-aero-engine-market-share", Lang::En),
            "<div class=\"passage\"></div>"
        );
        let passages =
            crate::data::Passages(vec![("zhuzhou-2020-aero-engine-market-share".into(), quote.clone(), String::new())]);
        data.passages.set(passages).unwrap();
        assert_eq!(
            passage_of(&data, "zhuzhou-2020-aero-engine-market-share", Lang::En),
            "<div class=\"passage\"><blockquote lang=\"en\">\u{201c}Small and medium-sized aero-engines and \
             industrial gas turbines occupy 90% and 50% of the domestic market share respectively\u{201d}</blockquote></div>"
        );
    }

    #[test]
    fn a_value_in_chinese_units_keeps_the_sources_words_beside_it() {
        let atlas = atlas();
        let data = &atlas.data;
        // Money figures (data/figures.csv): shown in 亿元 by an exact shift or, in the scale of
        // their topic where that takes more than two decimals, rounded and said to be "about";
        // with the English as stated.
        for (id, zh, en) in [
            ("hunan-2018-major-equipment-insurance-fund", "1.25亿元", "125 million CNY"),
            ("hunan-2019-town-tax-revenue", "约11.74亿元", "1,173.51 million CNY"),
        ] {
            let f = data.figures.iter().find(|f| f.id == id).unwrap();
            let html = figure_cards(data, &[f], Lang::Zh, None);
            assert!(html.contains(&format!("<p class=\"card-value\">{zh}</p>")), "{html}");
            assert!(
                html.contains(&format!("<p class=\"card-stated\">原文所述：<span lang=\"en\">{en}</span>")),
                "{html}"
            );
            // In English a value shown in its own unit says it once; one in its topic's scale
            // says what the source states too.
            let english = figure_cards(data, &[f], Lang::En, None);
            assert_eq!(english.contains("card-stated"), zh.starts_with('约'), "{english}");
        }
    }

    #[test]
    fn every_view_writes_well_formed_escaped_parts() {
        let atlas = atlas();
        let data = &atlas.data;
        for selected in crate::explorer::views(&atlas) {
            for lang in Lang::ALL {
                let v = PlaceView::new(&atlas, selected, lang).unwrap();
                let cards = figure_cards(data, &v.cards, lang, None);
                assert_eq!(cards.matches("<article class=\"card\"").count(), v.cards.len());
                assert_eq!(tags(&cards).iter().filter(|t| **t == "/article").count(), v.cards.len());
                let table = figure_table(data, &v.figures, lang);
                assert_eq!(table.matches("<tr><td class=\"place\">").count(), v.figures.len());
                tags(&table);
                // A unit's pattern (data/terms.csv: "{th}", "up {} places") never shows as such;
                // no value says "N rank", and none has more than two decimals in 亿.
                for html in [&cards, &table] {
                    assert!(!html.contains('{') && !html.contains(" rank<"), "{html}");
                    let yi = html.split("亿").map(|before| before.rsplit('.').next().unwrap_or(""));
                    assert!(yi.clone().all(|d| d.len() <= 2 || !d.chars().all(|c| c.is_ascii_digit())), "{html}");
                }
                let hl = highlights(data, &v.highlights, lang, None);
                assert_eq!(hl.matches("<li data-highlight=").count(), v.highlights.len());
                tags(&hl);
                for s in &v.sections {
                    for mship in &s.memberships {
                        let html = membership(data, mship, lang);
                        assert_eq!(html.matches("<li data-place=").count(), mship.members.len());
                        tags(&html);
                    }
                }
            }
        }
        // data/figures.csv line 16: "Key national R&D projects led", escaped.
        let rd = data.figures.iter().find(|f| f.id == "hunan-2019-national-rd-projects").unwrap();
        assert!(figure_table(data, &[rd], Lang::En).contains("Key national R&amp;D projects led"));
    }

    #[test]
    fn a_member_division_is_a_link_to_its_view_and_the_province_is_not() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, None, Lang::En).unwrap();
        let clusters = v.sections.iter().flat_map(|s| &s.memberships).next().unwrap();
        let html = membership(&atlas.data, clusters, Lang::En);
        // data/figures.csv: the five 100-billion clusters, four divisions and the province's.
        assert_eq!(html.matches("data-select=").count(), 4, "{html}");
        assert!(html.contains("<button type=\"button\" class=\"link\" data-select=\"zhuzhou\">Zhuzhou</button>"));
        assert!(html.contains("<span>Hunan (no division named)</span>"), "{html}");
    }

    #[test]
    fn the_head_names_the_place_in_both_languages_and_leads_back_to_the_province() {
        let atlas = atlas();
        let zhuzhou = PlaceView::new(&atlas, Some("zhuzhou"), Lang::En).unwrap();
        let html = panel_head(&atlas, &zhuzhou, Lang::En);
        // data/places.csv: zhuzhou, Zhuzhou, 株洲, Zhuzhou City, 株洲市.
        assert!(html.contains("<h2>Zhuzhou <span lang=\"zh-CN\">株洲</span></h2>"), "{html}");
        assert!(html.contains("Zhuzhou City \u{b7} <span lang=\"zh-CN\">株洲市</span>"));
        assert!(html.contains(&format!("data-figures=\"{}\"", zhuzhou.figures.len())));
        assert!(html.contains("<button type=\"button\" class=\"back\" data-select=\"\">"));
        let province = PlaceView::new(&atlas, None, Lang::Zh).unwrap();
        let html = panel_head(&atlas, &province, Lang::Zh);
        assert!(!html.contains("class=\"back\""));
        assert_eq!(html.contains("<p class=\"silent\">"), !province.silent.is_empty());
        tags(&html);
    }

    #[test]
    fn the_summary_under_the_map_and_the_credits() {
        let atlas = atlas();
        assert_eq!(map_summary(&atlas, "hunan", Lang::En), "");
        let html = map_summary(&atlas, "zhuzhou", Lang::En);
        assert!(html.starts_with(
            "<div class=\"map-summary\" role=\"status\" data-place=\"zhuzhou\"><p><strong>Zhuzhou</strong>"
        ));
        assert_eq!(html.matches("<li>").count(), 2);
        let credits = credits(&atlas.data, Lang::En);
        // data/sources.csv: five articles, and data/baseline-sources.csv: seven official pages; a
        // title with quotes is escaped.
        assert_eq!(credits.matches("<li>").count(), 5 + 7);
        assert!(credits.contains("&quot;Industrial Agglomeration&quot;"));
        tags(&credits);
    }

    #[test]
    fn the_language_links_and_the_view_tabs() {
        let shown = UrlState { city: Some("zhuzhou".into()), ..Default::default() };
        let links = language_links(&shown, Lang::En);
        assert_eq!(
            links,
            "<a href=\"zhuzhou.zh.html\" lang=\"zh-CN\" hreflang=\"zh-CN\" data-lang=\"zh\">中文</a>\
             <a href=\"zhuzhou.en.html\" lang=\"en\" hreflang=\"en\" data-lang=\"en\" aria-current=\"true\">English</a>"
        );
        // The view's page in that language; the rest of the view stays in the query.
        assert_eq!(language_href(&shown, Lang::Zh), "zhuzhou.zh.html");
        let chinese_table = UrlState { lang: Some(Lang::Zh), view: View::Table, ..shown.clone() };
        assert_eq!(language_href(&chinese_table, Lang::En), "zhuzhou.en.html?view=table");
        let tabs = view_tabs(View::Table, Lang::En);
        assert!(tabs.contains("aria-pressed=\"false\" data-view=\"charts\">Charts</button>"), "{tabs}");
        assert!(tabs.contains("aria-pressed=\"true\" data-view=\"table\">Table</button>"));
    }

    #[test]
    fn the_legend_names_each_class_by_its_colour_class_and_the_blank_divisions() {
        let entries = [
            LegendEntry { colour: SCALE[4], label: "8+".into() },
            LegendEntry { colour: SCALE[0], label: "<1".into() },
        ];
        assert_eq!(
            legend_entries(&entries, Some("%"), "no figures"),
            "<li><span class=\"swatch c4\"></span>8+</li><li><span class=\"swatch c0\"></span>&lt;1</li>\
             <li class=\"unit\">%</li><li><span class=\"swatch none\"></span>no figures</li>"
        );
        let atlas = atlas();
        let options = measure_options(&atlas.measures, "cluster-100bn", Lang::En);
        assert_eq!(options.matches("<option").count(), atlas.measures.len());
        assert_eq!(options.matches(" selected").count(), 1);
        assert!(options.contains("<option value=\"cluster-100bn\" selected>"));
    }

    /// The swatches' classes have the scale's colours (the map's fills are the scale's own).
    #[test]
    fn the_stylesheet_colours_each_class_of_the_scale() {
        let css = include_str!("../../../style/main.css");
        for (i, colour) in SCALE.iter().enumerate() {
            assert!(css.contains(&format!(".c{i} {{ background: {colour}; }}")), "style/main.css lacks .c{i} {colour}");
        }
    }

    #[test]
    fn the_download_menu_links_the_files_of_the_view_and_of_the_atlas() {
        let atlas = atlas();
        let province = download_menu(&atlas.data, &UrlState::default(), Lang::En);
        assert!(
            province.contains("<a data-download=\"view-csv\" href=\"downloads/hunan-atlas-hunan.csv\" download>"),
            "{province}"
        );
        let zhuzhou =
            download_menu(&atlas.data, &UrlState { city: Some("zhuzhou".into()), ..Default::default() }, Lang::Zh);
        assert!(zhuzhou.contains("href=\"downloads/hunan-atlas-zhuzhou.json\""));
        assert!(zhuzhou.contains("href=\"downloads/hunan-atlas-all.csv\""));
        assert_eq!(zhuzhou.matches("<a ").count(), 4);
    }
}
