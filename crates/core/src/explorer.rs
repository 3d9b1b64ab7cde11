//! What the panel shows for the province or a selected division: headline cards, the charts the
//! grammar allows (`crate::grammar`), the classes places are named in, highlights and the full
//! list of figures; its texts in the reader's language. Pure: built from the dataset and tested
//! natively. The charts themselves (`chart_specs`) are built by the build only; a view refers to
//! them through the build's index (`crate::charts::ChartIndex`).

use crate::atlas::Atlas;
use crate::charts::options::{self, RankedRow, Slot, compare, series};
use crate::charts::words;
use crate::charts::{ChartRef, ChartSpec, Plot};
use crate::grammar::{self, Form};
use crate::lang::Lang;
use crate::measures::{COVERAGE, Measure};
use crate::model::{Figure, Highlight, Place, PlaceKind, Topic};
use std::sync::Arc;

/// The panel's content for one place, in one language. Views are equal when they are of the
/// same place, in the same language, built with or without the passages: everything else
/// follows from those and the (unchanging) atlas, so the panel's memo compares no figure.
#[derive(Clone)]
pub struct PlaceView<'a> {
    /// The language it is in: the same place's views in two languages differ even where none of
    /// the parts below would (a view with no charts), so that everything it labels follows.
    pub lang: Lang,
    pub place: &'a Place,
    pub is_province: bool,
    /// Every figure of the place, in source order.
    pub figures: Vec<&'a Figure>,
    /// The figures shown as cards under the official statistics: all of a division's; none for
    /// the province, whose figures are many, of many years, and each in its topic's section.
    pub cards: Vec<&'a Figure>,
    /// The charts about every topic (the official statistics of every division), from the build's index
    /// (`Atlas::charts`): what the app needs before the chart file has loaded. Shared, so that
    /// handing a chart to its view on every selection copies nothing.
    pub charts: Vec<Arc<ChartRef>>,
    /// One section a topic the place has anything about, in the order of `Topic::ALL`.
    pub sections: Vec<TopicSection<'a>>,
    pub highlights: Vec<&'a Highlight>,
    /// Province view: the divisions the articles give no figures for.
    pub silent: Vec<&'a Place>,
    /// What the official statistics say of the place, before anything of the articles.
    pub baseline: Baseline<'a>,
    /// A division's neighbours (for one the articles say nothing of, where to look instead).
    pub neighbours: Vec<&'a Place>,
    /// Whether the passages had arrived (`Dataset::passages`): a view built before them differs
    /// from one built after, so that its sources show them once they are there.
    pub passages: bool,
}

impl PartialEq for PlaceView<'_> {
    fn eq(&self, other: &Self) -> bool {
        (self.place.id.as_str(), self.lang, self.passages) == (other.place.id.as_str(), other.lang, other.passages)
    }
}

/// What the official statistics say of a place (apart from the articles' figures), with what
/// the atlas computes from them: the headline measure's rank among the divisions and share of
/// the province, and each other amount of the place as a share of the headline.
#[derive(Clone, PartialEq, Default)]
pub struct Baseline<'a> {
    /// The place's figure of the default measure (GDP), if it is official statistics.
    pub headline: Option<&'a Figure>,
    /// The headline's rank among the divisions (1 = the largest) and how many have one.
    pub rank: Option<(usize, usize)>,
    /// The headline as a percentage of the province's.
    pub share_of_province: Option<f64>,
    /// The place's other official figures, each with its percentage of the headline when it is
    /// a part of it (an amount in the same unit and period: a sector's value added).
    pub parts: Vec<(&'a Figure, Option<f64>)>,
}

impl<'a> Baseline<'a> {
    fn new(atlas: &'a Atlas, place: &'a Place) -> Baseline<'a> {
        let data = &atlas.data;
        let official: Vec<&Figure> = data.official_of(&place.id).collect();
        let Some(m) = atlas.measures.first() else { return Baseline::default() };
        let headline = official.iter().copied().find(|f| f.indicator_id == m.id);
        let of_province = data.province().and_then(|p| {
            data.official_of(&p.id).find(|f| f.indicator_id == m.id && p.id != place.id).map(|f| f.value)
        });
        let rank = headline
            .filter(|_| place.kind != PlaceKind::Province)
            .map(|h| (1 + m.values.iter().filter(|v| v.value > h.value).count(), m.values.len()));
        let percent = |part: f64, whole: f64| (whole > 0.0).then(|| part / whole * 100.0);
        let parts = official
            .iter()
            .copied()
            .filter(|f| Some(f.id.as_str()) != headline.map(|h| h.id.as_str()))
            .map(|f| {
                let share = headline
                    .filter(|h| h.unit == f.unit && h.period == f.period)
                    .and_then(|h| percent(f.value, h.value));
                (f, share)
            })
            .collect();
        Baseline {
            headline,
            rank,
            share_of_province: headline.zip(of_province).and_then(|(h, p)| percent(h.value, p)),
            parts,
        }
    }
}

/// What a place has about one topic.
#[derive(Clone, PartialEq)]
pub struct TopicSection<'a> {
    pub topic: Topic,
    /// The place's own figures of the topic.
    pub figures: Vec<&'a Figure>,
    /// Comparisons across divisions (that include the place, for a division) and the place's
    /// series over time, of this topic (from the index, as `PlaceView::charts`).
    pub charts: Vec<Arc<ChartRef>>,
    /// Province view: the classes the sources name places in, of this topic.
    pub memberships: Vec<Membership<'a>>,
    pub highlights: Vec<&'a Highlight>,
}

/// A class the sources name places in ("industrial cluster of the 100-billion-yuan class"): a
/// list, never bars (every member's figure is the same threshold).
#[derive(Clone, PartialEq)]
pub struct Membership<'a> {
    /// The class (its indicator), in the view's language.
    pub label: &'a str,
    /// The members' figures, one a member, in source order.
    pub members: Vec<&'a Figure>,
}

/// The place whose view `selected` asks for: the division, or for `None` or an unknown id the
/// province; and whether it is the province.
fn place_of<'a>(atlas: &'a Atlas, selected: Option<&str>) -> Option<(&'a Place, bool)> {
    let data = &atlas.data;
    let division = selected.and_then(|id| data.place(id)).filter(|p| p.kind != PlaceKind::Province);
    Some((division.or_else(|| data.province())?, division.is_none()))
}

impl<'a> PlaceView<'a> {
    /// The view of `selected` (a division id) or, for `None` or an unknown id, of the province;
    /// its chart titles and class labels in `lang`. Its charts come from `atlas.charts` (the
    /// build's index): no chart is built here.
    pub fn new(atlas: &'a Atlas, selected: Option<&str>, lang: Lang) -> Option<PlaceView<'a>> {
        let data = &atlas.data;
        let (place, is_province) = place_of(atlas, selected)?;
        let figures: Vec<&Figure> = data.articles_of(&place.id).collect();
        let highlights: Vec<&Highlight> = data.highlights_of(&place.id).collect();
        let cards = if is_province { Vec::new() } else { figures.clone() };
        let refs = |topic: Option<Topic>| -> Vec<Arc<ChartRef>> {
            atlas.charts.of_view(&place.id).filter(|e| e.topic == topic).map(|e| Arc::new(e.chart_ref(lang))).collect()
        };
        let charts = refs(None);
        // The classes the sources name places in: the measures of thresholds (the build's
        // grammar makes each a membership), every member of each, the province's own included.
        let memberships: Vec<Membership> = if is_province {
            atlas
                .measures
                .iter()
                .filter(|m| m.membership)
                .map(|m| {
                    let members: Vec<&Figure> = data.figures.iter().filter(|f| f.indicator_id == m.id).collect();
                    let label = members.first().map_or(m.label.get(lang), |f| f.indicator.get(lang));
                    Membership { label, members }
                })
                .collect()
        } else {
            Vec::new()
        };
        let sections = Topic::ALL
            .iter()
            .map(|&topic| TopicSection {
                topic,
                figures: figures.iter().filter(|f| f.topic == topic).copied().collect(),
                charts: refs(Some(topic)),
                memberships: memberships.iter().filter(|m| m.members[0].topic == topic).cloned().collect(),
                highlights: highlights.iter().filter(|h| h.topic == topic).copied().collect(),
            })
            .filter(|s| {
                !(s.figures.is_empty() && s.charts.is_empty() && s.highlights.is_empty() && s.memberships.is_empty())
            })
            .collect();
        let silent = if is_province {
            atlas.divisions().into_iter().filter(|p| data.articles_of(&p.id).next().is_none()).collect()
        } else {
            Vec::new()
        };
        let baseline = Baseline::new(atlas, place);
        let neighbours = place.neighbours.iter().filter_map(|id| data.place(id)).collect();
        Some(PlaceView {
            lang,
            place,
            is_province,
            figures,
            cards,
            charts,
            sections,
            highlights,
            silent,
            baseline,
            neighbours,
            passages: data.passages.get().is_some(),
        })
    }
}

impl PlaceView<'_> {
    /// The rows of the view's table: a division's official statistics, then its articles'
    /// figures; for the province those of the province and then of every division, in the
    /// divisions' order.
    pub fn table_rows<'b>(&self, atlas: &'b Atlas) -> Vec<&'b Figure> {
        let data = &atlas.data;
        let place = data.place(&self.place.id);
        let places: Vec<&Place> = if self.is_province {
            place.into_iter().chain(atlas.divisions()).collect()
        } else {
            place.into_iter().collect()
        };
        places.into_iter().flat_map(|p| data.official_of(&p.id).chain(data.articles_of(&p.id))).collect()
    }
}

/// Where the panel shows a figure or highlight: the division to select (`None`: the province)
/// and the topic whose section must open for it (`None`: it is among the view's cards).
pub fn locate(atlas: &Atlas, item: &str) -> Option<(Option<String>, Option<Topic>)> {
    let data = &atlas.data;
    let division = |place: &str| data.place(place).filter(|p| p.kind != PlaceKind::Province).map(|p| p.id.clone());
    if let Some(f) = data.figures.iter().find(|f| f.id == item) {
        let city = division(&f.place);
        let view = PlaceView::new(atlas, city.as_deref(), Lang::En)?;
        let in_cards = view.cards.iter().any(|c| c.id == f.id);
        return Some((city, (!in_cards).then_some(f.topic)));
    }
    let h = data.highlights.iter().find(|h| h.id == item)?;
    Some((division(&h.place), Some(h.topic)))
}

/// Every view there is, as `PlaceView::new` and `chart_specs` take it: the province's (`None`),
/// then each division's, in adcode order.
pub fn views(atlas: &Atlas) -> Vec<Option<&str>> {
    std::iter::once(None).chain(atlas.divisions().into_iter().map(|p| Some(p.id.as_str()))).collect()
}

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

/// A division in a few words, for the line under the map on a phone: its name, how much the
/// sources say, and its first figures.
#[derive(Clone, PartialEq)]
pub struct Summary<'a> {
    pub place: &'a Place,
    pub figures: usize,
    pub highlights: usize,
    /// At most the first two of the articles' figures, in source order.
    pub first: Vec<&'a Figure>,
}

impl<'a> Summary<'a> {
    /// The summary of a division; `None` for the province or an unknown id.
    pub fn of(atlas: &'a Atlas, id: &str) -> Option<Summary<'a>> {
        let data = &atlas.data;
        let place = data.place(id).filter(|p| p.kind != PlaceKind::Province)?;
        Some(Summary {
            place,
            figures: data.articles_of(id).count(),
            highlights: data.highlights_of(id).count(),
            first: data.articles_of(&place.id).take(2).collect(),
        })
    }
}

/// The default measure (official statistics: GDP) of every division, sorted, the selected one
/// marked; each bar's label is its value as the reader reads it, its tooltip names the source.
fn baseline_chart(atlas: &Atlas, m: &Measure, view: &str, selected: Option<&str>, lang: Lang) -> ChartSpec {
    let data = &atlas.data;
    // The bars in the unit the reader counts in: 亿元 in Chinese, billions in English (an exact
    // shift of the written number); the unit is the axis's, the labels are numbers.
    let english = |f: &Figure| crate::numbers::english_units(&f.value_text, &f.unit).filter(|_| lang == Lang::En);
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
            let label = crate::numbers::group_thousands(&number);
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
    let figure = |v: &crate::measures::MeasureValue| data.figures.iter().find(|f| Some(&f.id) == v.figure.as_ref());
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

    fn atlas() -> Atlas {
        crate::atlas::for_tests()
    }

    /// A division's figure is among its cards; the province's
    /// figures and highlights are in their topic's sections (it has no cards).
    #[test]
    fn a_result_is_located_where_the_panel_shows_it() {
        let atlas = atlas();
        let at = |item: &str| locate(&atlas, item);
        assert_eq!(at("zhuzhou-2020-aero-engine-market-share"), Some((Some("zhuzhou".into()), None)));
        // data/figures.csv: the first towns figure of Hunan (line 34), and a later one (line 58).
        assert_eq!(at("hunan-2020-provincial-characteristic-towns"), Some((None, Some(Topic::Towns))));
        assert_eq!(at("hunan-2019-04-first-batch-towns"), Some((None, Some(Topic::Towns))));
        assert_eq!(at("changsha-dayao-fireworks-hometown"), Some((Some("changsha".into()), Some(Topic::Towns))));
        assert_eq!(at("hunan-2019-manufacturing-conference"), Some((None, Some(Topic::Industry))));
        assert_eq!(at("nope"), None);
    }

    /// The view's charts as it refers to them: those about every topic and those of its sections.
    fn all_refs<'v>(v: &'v PlaceView<'_>) -> Vec<&'v Arc<ChartRef>> {
        v.charts.iter().chain(v.sections.iter().flat_map(|s| &s.charts)).collect()
    }

    /// The specs of the charts of `v`, as the build makes them, in `lang`.
    fn all_charts(atlas: &Atlas, v: &PlaceView<'_>, lang: Lang) -> Vec<Arc<ChartSpec>> {
        let selected = (!v.is_province).then_some(v.place.id.as_str());
        chart_specs(atlas, selected, lang).into_iter().map(|(_, c)| c).collect()
    }

    #[test]
    fn province_view_has_its_topics_and_cross_city_charts_and_names_the_silent_divisions() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, None, Lang::En).unwrap();
        assert!(v.is_province);
        assert_eq!(v.place.id, "hunan");
        // No cards: its 66 figures of six years lead nothing; each is in its topic's section.
        assert!(v.cards.is_empty());
        // The official statistics' chart is the build's (the core's tests read the articles only).
        assert!(v.charts.is_empty());
        let sections: Vec<(&str, usize, Vec<&str>)> = v
            .sections
            .iter()
            .map(|s| (s.topic.code(), s.figures.len(), s.charts.iter().map(|c| c.key.as_str()).collect()))
            .collect();
        // The province's rows of data/figures.csv per topic, counted by hand; the one comparison
        // across divisions (the history of the characteristic industry) is in its topic.
        assert_eq!(
            sections,
            [
                ("industry", 4, vec![]),
                ("parks", 12, vec![]),
                ("clusters", 6, vec![]),
                ("towns", 7, vec!["compare-industry-history"]),
                ("innovation", 15, vec![]),
                ("investment", 3, vec![]),
                ("trade", 9, vec![]),
                ("vehicles", 3, vec![]),
                ("electronics", 7, vec![]),
            ]
        );
        let silent: Vec<&str> = v.silent.iter().map(|p| p.id.as_str()).collect();
        for id in ["hengyang", "shaoyang", "zhangjiajie", "yongzhou", "huaihua", "xiangxi", "xiangtan"] {
            assert!(silent.contains(&id), "{id} has no figures");
        }
        assert!(!silent.contains(&"zhuzhou"));
    }

    #[test]
    fn a_division_lists_exactly_its_figures() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, Some("zhuzhou"), Lang::En).unwrap();
        // The ids of the rows of data/figures.csv whose place is zhuzhou, listed by hand.
        let expected = [
            "zhuzhou-2020-aero-engine-market-share",
            "zhuzhou-2020-gas-turbine-market-share",
            "zhuzhou-rail-transit-100-billion-cluster",
            "zhuzhou-liling-ceramics-history",
            "zhuzhou-liling-ceramic-enterprises",
            "zhuzhou-liling-ceramics-output-value",
        ];
        let ids: Vec<&str> = v.figures.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, expected);
        assert_eq!(v.cards.len(), expected.len());
        assert_eq!(v.highlights.len(), 8, "zhuzhou's rows of data/highlights.csv");
    }

    use crate::charts::Plot;

    /// The 15 views (the province's, then each division's) in `lang`.
    fn every_view<'a>(atlas: &'a Atlas, lang: Lang) -> Vec<PlaceView<'a>> {
        let ids = std::iter::once(None).chain(atlas.divisions().into_iter().map(|p| Some(p.id.as_str())));
        ids.map(|id| PlaceView::new(atlas, id, lang).unwrap()).collect()
    }

    #[test]
    fn a_bar_chart_never_mixes_units_or_kinds() {
        let atlas = atlas();
        for (lang, v) in Lang::ALL.into_iter().flat_map(|l| every_view(&atlas, l).into_iter().map(move |v| (l, v))) {
            for c in all_charts(&atlas, &v, lang) {
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
                assert_eq!(unit, atlas.data.terms.unit(&first.unit, lang), "{} names its unit", c.key);
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
        for v in every_view(&atlas, Lang::Zh) {
            for c in all_charts(&atlas, &v, Lang::Zh) {
                charts += 1;
                for text in texts(&c) {
                    // The data's own Latin letters aside, no English word is left.
                    let rest = latin.iter().fold(text.clone(), |t, l| t.replace(l, ""));
                    assert!(!rest.chars().any(|c| c.is_ascii_alphabetic()), "{} {}: {text}", v.place.id, c.key);
                    // Every text is Chinese, but numbers, which read the same ("9" at a bar).
                    assert!(
                        text.chars().any(is_chinese) || text.chars().all(|c| !c.is_alphabetic()),
                        "{} {}: {text}",
                        v.place.id,
                        c.key
                    );
                }
                assert!(c.title.chars().any(is_chinese) && c.description.chars().any(is_chinese), "{}", c.key);
            }
        }
        // In the articles alone (the core's tests: the build adds the official statistics): the
        // comparison of the history of the characteristic industry, in the province's, Changsha's
        // and Zhuzhou's views.
        assert_eq!(charts, 3);
    }

    #[test]
    fn english_charts_have_no_chinese() {
        let atlas = atlas();
        for v in every_view(&atlas, Lang::En) {
            for c in all_charts(&atlas, &v, Lang::En) {
                for text in texts(&c) {
                    assert!(!text.chars().any(is_chinese), "{} {}: {text}", v.place.id, c.key);
                }
            }
        }
    }

    #[test]
    fn both_languages_draw_the_same_charts() {
        let atlas = atlas();
        for (en, zh) in every_view(&atlas, Lang::En).iter().zip(every_view(&atlas, Lang::Zh)) {
            let (en, zh) = (all_charts(&atlas, en, Lang::En), all_charts(&atlas, &zh, Lang::Zh));
            assert_eq!(en.len(), zh.len());
            for (e, z) in en.iter().zip(&zh) {
                assert_eq!((&e.view, &e.key, e.height), (&z.view, &z.key, z.height));
                let what = |c: &ChartSpec| -> Vec<(Option<String>, Option<String>)> {
                    c.items.iter().flatten().map(|i| (i.place.clone(), i.figure.clone())).collect()
                };
                assert_eq!(what(e), what(z), "{}", e.key);
                let (Plot { values: a, selected: s, open: o, .. }, Plot { values: b, selected: t, open: p, .. }) =
                    (&e.plot, &z.plot);
                assert_eq!((a, s, o), (b, t, p), "{}", e.key);
            }
        }
    }

    #[test]
    fn thresholds_are_a_list_of_members_never_a_chart() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, None, Lang::En).unwrap();
        let memberships: Vec<&Membership> = v.sections.iter().flat_map(|s| &s.memberships).collect();
        assert_eq!(memberships.len(), 1);
        let clusters = v.sections.iter().find(|s| s.topic == Topic::Clusters).unwrap();
        assert_eq!(clusters.memberships[0].label, "Industrial cluster of the 100-billion-yuan class");
        // data/figures.csv, row 45, indicator_zh.
        let zh = PlaceView::new(&atlas, None, Lang::Zh).unwrap();
        let label = zh.sections.iter().flat_map(|s| &s.memberships).map(|m| m.label).next();
        assert_eq!(label, Some("千亿级产业集群"));
        let places: Vec<&str> = memberships[0].members.iter().map(|f| f.place.as_str()).collect();
        // Rows 45 to 49 of data/figures.csv, in their order.
        assert_eq!(places, ["yueyang", "zhuzhou", "loudi", "changsha", "hunan"]);
        for p in std::iter::once(None).chain(atlas.divisions().into_iter().map(|p| Some(p.id.as_str()))) {
            let v = PlaceView::new(&atlas, p, Lang::En).unwrap();
            for c in all_charts(&atlas, &v, Lang::En) {
                for id in c.items.iter().flatten().filter_map(|i| i.figure.as_ref()) {
                    let f = atlas.data.figures.iter().find(|f| &f.id == id).unwrap();
                    assert!(f.kind != crate::model::Kind::Threshold, "{} draws {id}", c.key);
                }
            }
        }
    }

    #[test]
    fn no_bar_chart_has_all_its_bars_equal() {
        let atlas = atlas();
        for p in std::iter::once(None).chain(atlas.divisions().into_iter().map(|p| Some(p.id.as_str()))) {
            let v = PlaceView::new(&atlas, p, Lang::En).unwrap();
            for c in all_charts(&atlas, &v, Lang::En) {
                let values = &c.plot.values;
                assert!(values.len() < 2 || values.iter().any(|v| *v != values[0]), "{p:?} {}: {values:?}", c.key);
            }
        }
    }

    #[test]
    fn a_silent_division_has_no_figures_and_no_charts() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, Some("hengyang"), Lang::En).unwrap();
        assert!(v.figures.is_empty() && v.cards.is_empty() && v.charts.is_empty());
    }

    #[test]
    fn how_much_the_articles_say_is_no_chart() {
        let atlas = atlas();
        for id in views(&atlas) {
            assert!(chart_specs(&atlas, id, Lang::En).iter().all(|(_, c)| c.key != "coverage"), "{id:?}");
        }
    }

    #[test]
    fn a_summary_names_the_division_and_its_first_two_figures() {
        let atlas = atlas();
        let s = Summary::of(&atlas, "zhuzhou").unwrap();
        // Zhuzhou's rows of data/figures.csv and data/highlights.csv, read by hand.
        assert_eq!((s.place.name_en.as_str(), s.figures, s.highlights), ("Zhuzhou", 6, 8));
        let first: Vec<&str> = s.first.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(first, ["zhuzhou-2020-aero-engine-market-share", "zhuzhou-2020-gas-turbine-market-share"]);
        assert_eq!(Summary::of(&atlas, "hengyang").unwrap().first.len(), 0);
        assert!(Summary::of(&atlas, "hunan").is_none() && Summary::of(&atlas, "atlantis").is_none());
    }

    #[test]
    fn an_unknown_or_province_id_gives_the_province() {
        let atlas = atlas();
        assert!(PlaceView::new(&atlas, Some("atlantis"), Lang::En).unwrap().is_province);
        assert!(PlaceView::new(&atlas, Some("hunan"), Lang::En).unwrap().is_province);
    }

    #[test]
    fn chart_keys_are_unique() {
        let atlas = atlas();
        for id in [None, Some("changsha")] {
            let v = PlaceView::new(&atlas, id, Lang::En).unwrap();
            let keys: std::collections::HashSet<&str> = all_refs(&v).iter().map(|c| c.key.as_str()).collect();
            assert_eq!(keys.len(), all_refs(&v).len());
        }
    }

    #[test]
    fn the_index_lists_every_chart_the_build_makes_and_views_follow_it() {
        let atlas = atlas();
        let mut listed = 0;
        for view in views(&atlas) {
            let (place, _) = place_of(&atlas, view).unwrap();
            let entries: Vec<&crate::charts::IndexEntry> = atlas.charts.of_view(&place.id).collect();
            listed += entries.len();
            let (en, zh) = (chart_specs(&atlas, view, Lang::En), chart_specs(&atlas, view, Lang::Zh));
            // The same charts, in the same order, with both languages' titles and the same height.
            let indexed: Vec<_> = entries
                .iter()
                .map(|e| (e.topic, e.key.as_str(), e.title.en.as_str(), e.title.zh.as_str(), e.height))
                .collect();
            let built: Vec<_> = en
                .iter()
                .zip(&zh)
                .map(|((t, e), (u, z))| {
                    assert_eq!((t, &e.key, e.height, &e.view), (u, &z.key, z.height, &z.view), "{}", e.key);
                    (*t, e.key.as_str(), e.title.as_str(), z.title.as_str(), e.height)
                })
                .collect();
            assert_eq!((en.len(), zh.len()), (built.len(), built.len()));
            assert_eq!(indexed, built, "{}", place.id);
            assert!(entries.iter().all(|e| e.view == place.id));
            // The view's references are the index's, in the view's language, where its topic says.
            for lang in Lang::ALL {
                let v = PlaceView::new(&atlas, view, lang).unwrap();
                let refs = |topic: Option<Topic>| -> Vec<ChartRef> {
                    entries.iter().filter(|e| e.topic == topic).map(|e| e.chart_ref(lang)).collect()
                };
                let own: Vec<ChartRef> = v.charts.iter().map(|c| (**c).clone()).collect();
                assert_eq!(own, refs(None), "{}", place.id);
                for s in &v.sections {
                    let section: Vec<ChartRef> = s.charts.iter().map(|c| (**c).clone()).collect();
                    assert_eq!(section, refs(Some(s.topic)), "{} {:?}", place.id, s.topic);
                }
                // No indexed chart is left without its section.
                for e in entries.iter().filter(|e| e.topic.is_some()) {
                    assert!(v.sections.iter().any(|s| Some(s.topic) == e.topic), "{} {}", place.id, e.key);
                }
                let specs = if lang == Lang::En { &en } else { &zh };
                let titles: Vec<&str> = all_refs(&v).iter().map(|c| c.title.as_str()).collect();
                let mut expected: Vec<(Option<Topic>, &str)> =
                    specs.iter().map(|(t, c)| (*t, c.title.as_str())).collect();
                // The view shows the charts about every topic first, then its sections'.
                crate::sort_short_by(&mut expected, |a, b| a.0.is_some().cmp(&b.0.is_some()).then(a.0.cmp(&b.0)));
                assert_eq!(titles, expected.iter().map(|(_, t)| *t).collect::<Vec<_>>(), "{}", place.id);
            }
        }
        // Nothing is indexed that no view shows.
        assert_eq!(listed, atlas.charts.0.len());
        assert_eq!(listed, 3);
    }

    #[test]
    fn a_chart_of_the_index_keeps_its_section() {
        let mut atlas = atlas();
        // Hengyang has no figures and no highlights (data/*.csv): no section, no chart.
        assert!(PlaceView::new(&atlas, Some("hengyang"), Lang::En).unwrap().sections.is_empty());
        atlas.charts.0.push(crate::charts::IndexEntry {
            view: "hengyang".into(),
            topic: Some(Topic::Trade),
            key: "k".into(),
            title: crate::lang::Text::new("T", "标题"),
            height: 150,
        });
        let v = PlaceView::new(&atlas, Some("hengyang"), Lang::Zh).unwrap();
        let sections: Vec<(Topic, Vec<&str>)> =
            v.sections.iter().map(|s| (s.topic, s.charts.iter().map(|c| c.title.as_str()).collect())).collect();
        assert_eq!(sections, [(Topic::Trade, vec!["标题"])]);
        assert!(v.charts.is_empty());
    }

    /// The panel rebuilds what a view labels when the view changes: each view in Chinese must
    /// differ from itself in English, also one with nothing but highlights (Xiangtan's).
    #[test]
    fn a_view_in_one_language_differs_from_it_in_the_other() {
        let atlas = atlas();
        for view in views(&atlas) {
            let (zh, en) = (PlaceView::new(&atlas, view, Lang::Zh), PlaceView::new(&atlas, view, Lang::En));
            assert!(zh.is_some() && zh != en, "{view:?}");
        }
    }
}
