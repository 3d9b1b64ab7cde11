//! What the panel shows for the province or a selected division: the official statistics, the
//! articles' cards, the charts of its topics, the classes places are named in, highlights and the
//! full list of figures; its texts in the reader's language. Pure: built from the dataset and
//! tested natively. The charts themselves are the build's (`crates/build/src/spec/views.rs`); a
//! view refers to them through the build's index (`crate::charts::ChartIndex`).

use crate::atlas::Atlas;
use crate::charts::ChartRef;
use crate::data::Dataset;
use crate::lang::Lang;
use crate::messages;
use crate::model::{Figure, Highlight, Place, PlaceKind, Topic};
use crate::numbers::tenths;
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

impl Baseline<'_> {
    /// The atlas's arithmetic on the headline, as its card states it in `lang`: its rank among
    /// the divisions and its share of the province (either absent where there is none).
    pub fn headline_notes(&self, data: &Dataset, lang: Lang) -> Vec<String> {
        let m = messages::of(lang);
        let province = data.province().map_or("", |p| p.name(lang));
        let rank = self.rank.map(|(rank, n)| (m.rank_of)(rank, n));
        let share = self.share_of_province.map(|pct| (m.share_of)(&tenths(pct), province));
        rank.into_iter().chain(share).collect()
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
pub fn place_of<'a>(atlas: &'a Atlas, selected: Option<&str>) -> Option<(&'a Place, bool)> {
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

/// Every view there is, as `PlaceView::new` takes it (and the build, which draws their charts): the province's (`None`),
/// then each division's, in adcode order.
pub fn views(atlas: &Atlas) -> Vec<Option<&str>> {
    std::iter::once(None).chain(atlas.divisions().into_iter().map(|p| Some(p.id.as_str()))).collect()
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

    #[test]
    fn province_view_has_its_topics_and_cross_city_charts_and_names_the_silent_divisions() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, None, Lang::En).unwrap();
        assert!(v.is_province);
        assert_eq!(v.place.id, "hunan");
        // No cards: its 66 figures of six years lead nothing; each is in its topic's section.
        assert!(v.cards.is_empty());
        // About every topic: the official statistics' GDP of every division.
        let keys: Vec<&str> = v.charts.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["baseline"]);
        let sections: Vec<(&str, usize, Vec<&str>)> = v
            .sections
            .iter()
            .map(|s| (s.topic.code(), s.figures.len(), s.charts.iter().map(|c| c.key.as_str()).collect()))
            .collect();
        // The province's rows of data/figures.csv per topic, counted by hand; the one comparison
        // across divisions (the history of the characteristic industry) and the editor's of
        // data/charts.csv (named by their ids, in the file's order) are in their topics.
        assert_eq!(
            sections,
            [
                ("industry", 4, vec![]),
                ("parks", 12, vec!["chart-parks-shares", "chart-parks-concentration", "chart-parks-intensity"]),
                ("clusters", 6, vec![]),
                ("towns", 7, vec!["compare-industry-history", "chart-towns-batches", "chart-towns-growth"]),
                (
                    "innovation",
                    15,
                    vec!["chart-innovation-projects", "chart-innovation-patents", "chart-innovation-money"],
                ),
                ("investment", 3, vec![]),
                ("trade", 9, vec!["chart-trade-enterprises"]),
                ("vehicles", 3, vec![]),
                ("electronics", 7, vec!["chart-electronics-money", "chart-electronics-projects"]),
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
    }

    #[test]
    fn a_silent_division_has_no_figures_and_no_charts() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, Some("hengyang"), Lang::En).unwrap();
        assert!(v.figures.is_empty() && v.cards.is_empty() && v.sections.is_empty());
        // Only the official statistics: its GDP (2022) and its place among the divisions'.
        let keys: Vec<&str> = v.charts.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["baseline"]);
        assert_eq!(v.baseline.headline.map(|f| f.id.as_str()), Some("hengyang-2022-gdp"));
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
        // The chart about every topic stays where it was, in Chinese.
        let about_all: Vec<&str> = v.charts.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(about_all, ["2022年地区生产总值（官方统计）"]);
    }

    /// The panel's memo rebuilds a view when, and only when, its place, its language or the
    /// passages' arrival changes.
    #[test]
    fn views_are_equal_when_their_place_language_and_passages_are() {
        let atlas = atlas();
        let view = |id, lang| PlaceView::new(&atlas, id, lang).unwrap();
        assert!(view(Some("xiangtan"), Lang::Zh) == view(Some("xiangtan"), Lang::Zh));
        assert!(view(Some("xiangtan"), Lang::Zh) != view(Some("xiangtan"), Lang::En));
        assert!(view(Some("xiangtan"), Lang::En) != view(Some("zhuzhou"), Lang::En));
        assert!(view(None, Lang::En) == view(Some("atlantis"), Lang::En), "an unknown id is the province");
        let mut before = view(Some("xiangtan"), Lang::En);
        before.passages = false;
        assert!(before != view(Some("xiangtan"), Lang::En));
    }

    /// Zhuzhou's view refers to the charts of the build's index where its panel shows them, with
    /// their titles in the view's language: the official statistics' GDP about every topic, the
    /// history of the towns' industries in its towns (data/figures.csv: Liling's and Dayao's).
    #[test]
    fn a_view_refers_to_its_charts_in_its_language_where_the_panel_shows_them() {
        let atlas = atlas();
        let titles = |lang| {
            let v = PlaceView::new(&atlas, Some("zhuzhou"), lang).unwrap();
            let about_all: Vec<String> = v.charts.iter().map(|c| format!("{} {}", c.key, c.title)).collect();
            let sections: Vec<(Topic, Vec<String>)> = v
                .sections
                .iter()
                .filter(|s| !s.charts.is_empty())
                .map(|s| (s.topic, s.charts.iter().map(|c| format!("{} {}", c.key, c.title)).collect()))
                .collect();
            (about_all, sections)
        };
        assert_eq!(
            titles(Lang::En),
            (
                vec!["baseline Gross domestic product (GDP) of the divisions, 2022 (official statistics)".to_string()],
                vec![(
                    Topic::Towns,
                    vec!["compare-industry-history History of the characteristic industry, years".to_string()]
                )]
            )
        );
        assert_eq!(
            titles(Lang::Zh),
            (
                vec!["baseline 2022年地区生产总值（官方统计）".to_string()],
                vec![(Topic::Towns, vec!["compare-industry-history 特色产业历史（年）".to_string()])]
            )
        );
    }
}
