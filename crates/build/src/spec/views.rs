//! Which charts each view has, and the chart of the official statistics every view opens with:
//! the views' charts as the build draws them (`charts`) and lists them for the app (`index`).

use super::options::{self, RankedRow, Slot, compare, series};
use super::words;
use super::{ChartSpec, Plot};
use crate::grammar::{self, Form};
use atlas_core::atlas::Atlas;
use atlas_core::explorer::place_of;
use atlas_core::lang::Lang;
use atlas_core::measures::{COVERAGE, Measure, MeasureValue};
use atlas_core::model::{Figure, PlaceKind, Topic};
use std::sync::Arc;

/// The charts of the view of `selected` (as in `PlaceView::new`), in `lang`, each with the topic
/// whose section shows it (`None`: about every topic): the official statistics of all the
/// divisions (the default measure, the selected one marked), the comparisons across divisions
/// (that include the place, for a division) and the place's series over time. (How much the
/// articles say colours the map on request; it is no chart; the editor's comparisons are the
/// build's, `crates/build/src/comparisons.rs`.) Native only: the build writes them (the chart
/// files) and indexes them (`charts::index`); the app never builds one.
pub fn chart_specs(atlas: &Atlas, selected: Option<&str>, lang: Lang) -> Vec<(Option<Topic>, Arc<ChartSpec>)> {
    let data = &atlas.data;
    let Some((place, is_province)) = place_of(atlas, selected) else { return Vec::new() };
    let figures: Vec<&Figure> = data.articles_of(&place.id).collect();
    // Every division's figures in the articles, for the comparisons across divisions.
    let of_divisions: Vec<&Figure> = data
        .figures
        .iter()
        .filter(|f| !data.is_official(f) && data.place(&f.place).is_some_and(|p| p.kind != PlaceKind::Province))
        .collect();
    let key = |prefix: &str, f: &Figure| {
        format!("{prefix}-{}", if f.indicator_id.is_empty() { &f.id } else { &f.indicator_id })
    };
    let mut out: Vec<(Option<Topic>, Arc<ChartSpec>)> = Vec::new();
    // The official statistics compare all the divisions first.
    if let Some(m) = atlas.measures.first().filter(|m| m.id != COVERAGE) {
        out.push((None, Arc::new(baseline_chart(atlas, m, &place.id, selected, lang))));
    }
    for g in grammar::arrange(&of_divisions) {
        if g.form == Form::Compare && (is_province || g.figures.iter().any(|f| f.place == place.id)) {
            let key = key("compare", g.figures[0]);
            let chart = compare(data, Slot { view: &place.id, key: &key }, &g.figures, selected, lang);
            out.push((Some(g.figures[0].topic), Arc::new(chart)));
        }
    }
    for g in grammar::arrange(&figures).into_iter().filter(|g| g.form == Form::Series) {
        let key = key("series", g.figures[0]);
        let chart = series(data, Slot { view: &place.id, key: &key }, &g.figures, lang);
        out.push((Some(g.figures[0].topic), Arc::new(chart)));
    }
    out
}

/// The default measure (official statistics: GDP) of every division, sorted, the selected one
/// marked; each bar's label is its value as the reader reads it, its tooltip names the source.
fn baseline_chart(atlas: &Atlas, m: &Measure, view: &str, selected: Option<&str>, lang: Lang) -> ChartSpec {
    let data = &atlas.data;
    // The bars in the unit the reader counts in: 亿元 in Chinese, billions in English (an exact
    // shift of the written number); the unit is the axis's, the labels are numbers.
    let english = |f: &Figure| crate::values::english_units(&f.value_text, &f.unit).filter(|_| lang == Lang::En);
    let mut unit = m.unit.get(lang);
    let rows = m
        .values
        .iter()
        .filter_map(|v| {
            let p = data.place(&v.place)?;
            let f = data.figures.iter().find(|f| Some(&f.id) == v.figure.as_ref())?;
            let (number, value) = match english(f) {
                Some((number, in_unit)) => {
                    unit = in_unit;
                    (number.clone(), number.parse().ok()?)
                }
                None => (f.value_text.clone(), v.value),
            };
            let label = atlas_core::numbers::group_thousands(&number);
            // Short (the chart is drawn for every view): the value in its unit; the axis names the
            // division, the title what, when and that it is official statistics, and each
            // division's card its source and line.
            let tooltip = f.shown.get(lang).to_string();
            Some(RankedRow {
                place: p,
                subplace: "",
                value,
                label,
                tooltip,
                figure: Some(f.id.clone()),
                open: options::open_ended(f),
            })
        })
        .collect();
    // The indicator's own name (the measure's label also names the year).
    let figure = |v: &MeasureValue| data.figures.iter().find(|f| Some(&f.id) == v.figure.as_ref());
    let indicator = m.values.first().and_then(figure).map_or(m.label.get(lang), |f| f.indicator.get(lang));
    let title = words::baseline(indicator, &m.period, lang);
    let mut chart = options::ranked_bars(Slot { view, key: "baseline" }, &title, unit, rows, selected, lang);
    // Its description says the unit once (every view has this chart: the file stays small).
    let Plot { categories, .. } = &chart.plot;
    let numbers = chart.items[0].iter().filter_map(|i| i.label.as_deref());
    let bars = categories.iter().zip(numbers).map(|(name, n)| words::bar(name, n, "", lang).trim_end().to_string());
    chart.description = words::ranked_in(&title, unit, &words::list(bars, lang), lang);
    chart
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::explorer::views;
    use atlas_core::model::Kind;

    /// The real atlas, as the build loads it (official statistics and articles).
    fn atlas() -> Atlas {
        crate::load(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))).unwrap().atlas
    }

    /// The charts of the view of `selected`, in `lang`.
    fn all_charts(atlas: &Atlas, selected: Option<&str>, lang: Lang) -> Vec<Arc<ChartSpec>> {
        chart_specs(atlas, selected, lang).into_iter().map(|(_, c)| c).collect()
    }

    #[test]
    fn a_bar_chart_never_mixes_units_or_kinds() {
        let atlas = atlas();
        for (lang, view) in Lang::ALL.into_iter().flat_map(|l| views(&atlas).into_iter().map(move |v| (l, v))) {
            for c in all_charts(&atlas, view, lang) {
                let Plot { unit, .. } = &c.plot;
                let figures: Vec<&Figure> = c.items[0]
                    .iter()
                    .filter_map(|i| i.figure.as_ref())
                    .map(|id| atlas.data.figures.iter().find(|f| &f.id == id).unwrap())
                    .collect();
                let Some(first) = figures.first() else { continue };
                for f in &figures {
                    assert_eq!(
                        (&f.unit, f.kind),
                        (&first.unit, first.kind),
                        "{} mixes {} and {}",
                        c.key,
                        first.id,
                        f.id
                    );
                }
                // The official statistics' GDP (data/baseline: 亿元) in the unit its reader counts
                // in: billions in English; every other chart in the data's unit.
                let expected = match (c.key.as_str(), lang) {
                    ("baseline", Lang::En) => "billion CNY",
                    ("baseline", Lang::Zh) => "亿元",
                    _ => atlas.data.terms.unit(&first.unit, lang),
                };
                assert_eq!(unit, expected, "{} names its unit", c.key);
            }
        }
    }

    /// Every text a chart shows or says: title, description, category and row labels, series
    /// names, bar labels and tooltips.
    fn texts(c: &ChartSpec) -> Vec<String> {
        let mut out = vec![c.title.clone(), c.description.clone()];
        let Plot { unit, categories, .. } = &c.plot;
        out.extend(categories.iter().chain([unit]).cloned());
        out.extend(c.items.iter().flatten().flat_map(|i| i.label.iter().chain([&i.tooltip]).cloned()));
        out
    }

    fn is_chinese(c: char) -> bool {
        matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
    }

    /// The Chinese texts of data/*.csv that hold Latin letters on purpose ("IGBT", "5G", "km/h",
    /// a company's Latin name, an English phrase quoted in a note), longest first.
    fn latin_in_chinese_data(atlas: &Atlas) -> Vec<&str> {
        let d = &atlas.data;
        let figures = d.figures.iter().flat_map(|f| [&f.indicator, &f.subplace, &f.note]);
        let highlights = d.highlights.iter().flat_map(|h| [&h.text, &h.subplace]);
        let sources = d.sources.iter().map(|s| &s.publisher);
        let terms = d.terms.0.iter().map(|t| &t.label);
        let mut out: Vec<&str> = figures
            .chain(highlights)
            .chain(sources)
            .chain(terms)
            .map(|t| t.zh.as_str())
            .chain(d.places.iter().map(|p| p.name_zh.as_str()))
            .filter(|zh| zh.chars().any(|c| c.is_ascii_alphabetic()))
            .collect();
        out.sort_by_key(|t| std::cmp::Reverse(t.len()));
        out
    }

    #[test]
    fn chinese_charts_are_written_in_chinese() {
        let atlas = atlas();
        let latin = latin_in_chinese_data(&atlas);
        let mut charts = 0;
        for view in views(&atlas) {
            for c in all_charts(&atlas, view, Lang::Zh) {
                charts += 1;
                for text in texts(&c) {
                    // The data's own Latin letters aside, no English word is left.
                    let rest = latin.iter().fold(text.clone(), |t, l| t.replace(l, ""));
                    assert!(!rest.chars().any(|c| c.is_ascii_alphabetic()), "{view:?} {}: {text}", c.key);
                    // Every text is Chinese, but numbers, which read the same ("9" at a bar).
                    assert!(
                        text.chars().any(is_chinese) || text.chars().all(|c| !c.is_alphabetic()),
                        "{view:?} {}: {text}",
                        c.key
                    );
                }
                assert!(c.title.chars().any(is_chinese) && c.description.chars().any(is_chinese), "{}", c.key);
            }
        }
        // The official statistics' chart (GDP) in each of the 15 views, and the comparison of the
        // history of the characteristic industry (data/figures.csv: Liling's and Dayao's) in the
        // province's, Changsha's and Zhuzhou's views; no series (no place has one indicator of
        // several periods in data/figures.csv).
        assert_eq!(charts, 15 + 3);
    }

    #[test]
    fn english_charts_have_no_chinese() {
        let atlas = atlas();
        for view in views(&atlas) {
            for c in all_charts(&atlas, view, Lang::En) {
                for text in texts(&c) {
                    assert!(!text.chars().any(is_chinese), "{view:?} {}: {text}", c.key);
                }
            }
        }
    }

    #[test]
    fn both_languages_draw_the_same_charts() {
        let atlas = atlas();
        for view in views(&atlas) {
            let (en, zh) = (all_charts(&atlas, view, Lang::En), all_charts(&atlas, view, Lang::Zh));
            assert_eq!(en.len(), zh.len());
            for (e, z) in en.iter().zip(&zh) {
                assert_eq!((&e.view, &e.key, e.height), (&z.view, &z.key, z.height));
                let what = |c: &ChartSpec| -> Vec<(Option<String>, Option<String>)> {
                    c.items.iter().flatten().map(|i| (i.place.clone(), i.figure.clone())).collect()
                };
                assert_eq!(what(e), what(z), "{}", e.key);
                let (Plot { values: a, selected: s, open: o, .. }, Plot { values: b, selected: t, open: p, .. }) =
                    (&e.plot, &z.plot);
                assert_eq!((s, o), (t, p), "{}", e.key);
                // The same values, but GDP: billions in English, 亿元 (a tenth of a billion) in
                // Chinese (Changsha, 2022: 1,396.611 billion, 13,966.11亿元).
                let tenfold: Vec<f64> = a.iter().map(|v| (v * 10.0 * 1000.0).round() / 1000.0).collect();
                assert_eq!(if e.key == "baseline" { &tenfold } else { a }, b, "{}", e.key);
                if e.key == "baseline" {
                    assert_eq!((a[0], b[0]), (1396.611, 13966.11));
                }
            }
        }
    }

    #[test]
    fn no_bar_chart_has_all_its_bars_equal() {
        let atlas = atlas();
        for p in views(&atlas) {
            for c in all_charts(&atlas, p, Lang::En) {
                let values = &c.plot.values;
                assert!(values.len() < 2 || values.iter().any(|v| *v != values[0]), "{p:?} {}: {values:?}", c.key);
            }
        }
    }

    #[test]
    fn how_much_the_articles_say_is_no_chart() {
        let atlas = atlas();
        for id in views(&atlas) {
            assert!(chart_specs(&atlas, id, Lang::En).iter().all(|(_, c)| c.key != "coverage"), "{id:?}");
        }
    }

    #[test]
    fn thresholds_are_never_a_bar() {
        let atlas = atlas();
        for view in views(&atlas) {
            for c in all_charts(&atlas, view, Lang::En) {
                for id in c.items.iter().flatten().filter_map(|i| i.figure.as_ref()) {
                    let f = atlas.data.figures.iter().find(|f| &f.id == id).unwrap();
                    assert!(f.kind != Kind::Threshold, "{} draws {id}", c.key);
                }
            }
        }
    }
}
