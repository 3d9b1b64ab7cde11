//! What the panel shows for the province or a selected division: headline cards, the charts the
//! grammar allows (`crate::grammar`), the classes places are named in, highlights and the full
//! list of figures. Pure: built from the dataset and tested natively.

use crate::atlas::Atlas;
use crate::charts::ChartSpec;
use crate::charts::options::{self, RankedRow, Slot, compare, series, timeline};
use crate::grammar::{self, Form};
use crate::measures::COVERAGE;
use crate::model::{Figure, Highlight, Place, PlaceKind, Topic};
use std::sync::Arc;

/// The panel's content for one place.
#[derive(Clone, PartialEq)]
pub struct PlaceView<'a> {
    pub place: &'a Place,
    pub is_province: bool,
    /// Every figure of the place, in source order.
    pub figures: Vec<&'a Figure>,
    /// The figures shown as cards: all of a division's; for the province the first figure of
    /// each topic (its headline).
    pub cards: Vec<&'a Figure>,
    /// The charts about every topic (figures per division, the timeline). Shared, so that
    /// handing a chart to its view on every selection copies no option.
    pub charts: Vec<Arc<ChartSpec>>,
    /// One section a topic the place has anything about, in the order of `Topic::ALL`.
    pub sections: Vec<TopicSection<'a>>,
    pub highlights: Vec<&'a Highlight>,
    /// Province view: the divisions the sources give no figures for.
    pub silent: Vec<&'a Place>,
}

/// What a place has about one topic.
#[derive(Clone, PartialEq)]
pub struct TopicSection<'a> {
    pub topic: Topic,
    /// The place's own figures of the topic.
    pub figures: Vec<&'a Figure>,
    /// Comparisons across divisions (that include the place, for a division) and the place's
    /// series over time, of this topic.
    pub charts: Vec<Arc<ChartSpec>>,
    /// Province view: the classes the sources name places in, of this topic.
    pub memberships: Vec<Membership<'a>>,
    pub highlights: Vec<&'a Highlight>,
}

/// A class the sources name places in ("industrial cluster of the 100-billion-yuan class"): a
/// list, never bars (every member's figure is the same threshold).
#[derive(Clone, PartialEq)]
pub struct Membership<'a> {
    pub label: &'a str,
    /// The members' figures, one a member, in source order.
    pub members: Vec<&'a Figure>,
}

impl<'a> PlaceView<'a> {
    /// The view of `selected` (a division id) or, for `None` or an unknown id, of the province.
    pub fn new(atlas: &'a Atlas, selected: Option<&str>) -> Option<PlaceView<'a>> {
        let data = &atlas.data;
        let division = selected.and_then(|id| data.place(id)).filter(|p| p.kind != PlaceKind::Province);
        let place = division.or_else(|| data.province())?;
        let is_province = division.is_none();
        let figures: Vec<&Figure> = data.figures_of(&place.id).collect();
        let highlights: Vec<&Highlight> = data.highlights_of(&place.id).collect();
        let cards = if is_province {
            Topic::ALL.iter().filter_map(|t| figures.iter().find(|f| f.topic == *t).copied()).collect()
        } else {
            figures.clone()
        };
        // Every division's figures, for the comparisons across divisions.
        let of_divisions: Vec<&Figure> = data
            .figures
            .iter()
            .filter(|f| data.place(&f.place).is_some_and(|p| p.kind != PlaceKind::Province))
            .collect();
        let key = |prefix: &str, f: &Figure| {
            format!("{prefix}-{}", if f.indicator_id.is_empty() { &f.id } else { &f.indicator_id })
        };
        let mut topical: Vec<(Topic, Arc<ChartSpec>)> = Vec::new();
        for g in grammar::arrange(&of_divisions) {
            if g.form == Form::Compare && (is_province || g.figures.iter().any(|f| f.place == place.id)) {
                let key = key("compare", g.figures[0]);
                let chart = compare(data, Slot { view: &place.id, key: &key }, &g.figures, selected);
                topical.push((g.figures[0].topic, Arc::new(chart)));
            }
        }
        for g in grammar::arrange(&figures).into_iter().filter(|g| g.form == Form::Series) {
            let key = key("series", g.figures[0]);
            topical.push((g.figures[0].topic, Arc::new(series(data, Slot { view: &place.id, key: &key }, &g.figures))));
        }
        let mut charts = Vec::new();
        if is_province || !figures.is_empty() {
            charts.push(Arc::new(coverage_chart(atlas, &place.id, selected)));
        }
        if is_province {
            charts.push(Arc::new(timeline(data, &place.id, None, selected)));
        }
        let memberships: Vec<Membership> = if is_province {
            let all: Vec<&Figure> = data.figures.iter().collect();
            grammar::arrange(&all)
                .into_iter()
                .filter(|g| g.form == Form::Membership)
                .map(|g| Membership { label: &g.figures[0].indicator.en, members: g.figures })
                .collect()
        } else {
            Vec::new()
        };
        let sections = Topic::ALL
            .iter()
            .map(|&topic| TopicSection {
                topic,
                figures: figures.iter().filter(|f| f.topic == topic).copied().collect(),
                charts: topical.iter().filter(|(t, _)| *t == topic).map(|(_, c)| c.clone()).collect(),
                memberships: memberships.iter().filter(|m| m.members[0].topic == topic).cloned().collect(),
                highlights: highlights.iter().filter(|h| h.topic == topic).copied().collect(),
            })
            .filter(|s| {
                !(s.figures.is_empty() && s.charts.is_empty() && s.highlights.is_empty() && s.memberships.is_empty())
            })
            .collect();
        let silent = if is_province {
            atlas.divisions().into_iter().filter(|p| data.figures_of(&p.id).next().is_none()).collect()
        } else {
            Vec::new()
        };
        Some(PlaceView { place, is_province, figures, cards, charts, sections, highlights, silent })
    }
}

/// A division in a few words, for the line under the map on a phone: its name, how much the
/// sources say, and its first figures.
#[derive(Clone, PartialEq)]
pub struct Summary<'a> {
    pub place: &'a Place,
    pub figures: usize,
    pub highlights: usize,
    /// At most the first two of its figures, in source order.
    pub first: Vec<&'a Figure>,
}

impl<'a> Summary<'a> {
    /// The summary of a division; `None` for the province or an unknown id.
    pub fn of(atlas: &'a Atlas, id: &str) -> Option<Summary<'a>> {
        let data = &atlas.data;
        let place = data.place(id).filter(|p| p.kind != PlaceKind::Province)?;
        Some(Summary {
            place,
            figures: data.figures_of(id).count(),
            highlights: data.highlights_of(id).count(),
            first: data.figures.iter().filter(|f| f.place == place.id).take(2).collect(),
        })
    }
}

/// Figures per division, for the divisions the sources give figures for.
fn coverage_chart(atlas: &Atlas, view: &str, selected: Option<&str>) -> ChartSpec {
    let data = &atlas.data;
    let m = atlas.measures.iter().find(|m| m.id == COVERAGE);
    let rows = m
        .map(|m| {
            m.values
                .iter()
                .filter_map(|v| {
                    let p = data.place(&v.place)?;
                    let highlights = data.highlights_of(&p.id).count();
                    // A count: written as an integer (and the wasm needs no float formatting).
                    let figures = v.value as u64;
                    let tooltip = format!("{}\n{figures} figures, {highlights} highlights in the sources", p.name_en);
                    Some(RankedRow { place: p, value: v.value, label: figures.to_string(), tooltip, figure: None })
                })
                .collect()
        })
        .unwrap_or_default();
    let at = Slot { view, key: "coverage" };
    options::ranked_bars(at, "Figures the sources give per division", "figures", rows, selected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        crate::atlas::for_tests()
    }

    /// The view's charts: those about every topic and those of its sections.
    fn all_charts<'v>(v: &'v PlaceView<'_>) -> Vec<&'v Arc<ChartSpec>> {
        v.charts.iter().chain(v.sections.iter().flat_map(|s| &s.charts)).collect()
    }

    #[test]
    fn province_view_has_headlines_cross_city_charts_and_names_the_silent_divisions() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, None).unwrap();
        assert!(v.is_province);
        assert_eq!(v.place.id, "hunan");
        let topics: std::collections::HashSet<Topic> = v.cards.iter().map(|f| f.topic).collect();
        assert_eq!(topics.len(), v.cards.len(), "one card per topic");
        let keys: Vec<&str> = v.charts.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["coverage", "timeline"]);
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
        let v = PlaceView::new(&atlas, Some("zhuzhou")).unwrap();
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

    #[test]
    fn a_bar_chart_never_mixes_units_or_kinds() {
        let atlas = atlas();
        let views = std::iter::once(None).chain(atlas.divisions().into_iter().map(|p| Some(p.id.as_str())));
        for id in views {
            let v = PlaceView::new(&atlas, id).unwrap();
            for c in all_charts(&v) {
                let Plot::Bars { unit, .. } = &c.plot else { continue };
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
                assert_eq!(unit, &first.unit, "{} names its unit", c.key);
            }
        }
    }

    #[test]
    fn thresholds_are_a_list_of_members_never_a_chart() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, None).unwrap();
        let memberships: Vec<&Membership> = v.sections.iter().flat_map(|s| &s.memberships).collect();
        assert_eq!(memberships.len(), 1);
        let clusters = v.sections.iter().find(|s| s.topic == Topic::Clusters).unwrap();
        assert_eq!(clusters.memberships[0].label, "Industrial cluster of the 100-billion-yuan class");
        let places: Vec<&str> = memberships[0].members.iter().map(|f| f.place.as_str()).collect();
        // Rows 45 to 49 of data/figures.csv, in their order.
        assert_eq!(places, ["yueyang", "zhuzhou", "loudi", "changsha", "hunan"]);
        for p in std::iter::once(None).chain(atlas.divisions().into_iter().map(|p| Some(p.id.as_str()))) {
            let v = PlaceView::new(&atlas, p).unwrap();
            for c in all_charts(&v) {
                for id in c.items.iter().flatten().filter_map(|i| i.figure.as_ref()) {
                    let f = atlas.data.figures.iter().find(|f| &f.id == id).unwrap();
                    assert!(c.key == "timeline" || f.kind != crate::model::Kind::Threshold, "{} draws {id}", c.key);
                }
            }
        }
    }

    #[test]
    fn no_bar_chart_has_all_its_bars_equal() {
        let atlas = atlas();
        for p in std::iter::once(None).chain(atlas.divisions().into_iter().map(|p| Some(p.id.as_str()))) {
            let v = PlaceView::new(&atlas, p).unwrap();
            for c in all_charts(&v) {
                if let Plot::Bars { values, .. } = &c.plot {
                    assert!(values.len() < 2 || values.iter().any(|v| *v != values[0]), "{p:?} {}: {values:?}", c.key);
                }
            }
        }
    }

    #[test]
    fn a_silent_division_has_no_figures_and_no_charts() {
        let atlas = atlas();
        let v = PlaceView::new(&atlas, Some("hengyang")).unwrap();
        assert!(v.figures.is_empty() && v.cards.is_empty() && v.charts.is_empty());
    }

    #[test]
    fn every_division_with_figures_has_a_chart_that_marks_it() {
        let atlas = atlas();
        for p in atlas.divisions() {
            let v = PlaceView::new(&atlas, Some(&p.id)).unwrap();
            if !v.figures.is_empty() {
                assert!(v.charts.iter().any(|c| !c.items_of(&p.id).is_empty()), "{}", p.id);
            }
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
        assert!(PlaceView::new(&atlas, Some("atlantis")).unwrap().is_province);
        assert!(PlaceView::new(&atlas, Some("hunan")).unwrap().is_province);
    }

    #[test]
    fn chart_keys_are_unique() {
        let atlas = atlas();
        for id in [None, Some("changsha")] {
            let v = PlaceView::new(&atlas, id).unwrap();
            let keys: std::collections::HashSet<&str> = all_charts(&v).iter().map(|c| c.key.as_str()).collect();
            assert_eq!(keys.len(), all_charts(&v).len());
        }
    }
}
