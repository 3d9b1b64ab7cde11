//! What the panel shows for the province or a selected division: headline cards, charts,
//! highlights and the full list of figures. Pure: built from the dataset and tested natively.

use crate::atlas::Atlas;
use crate::charts::ChartSpec;
use crate::charts::options::{
    self, RankedRow, figure_bars, figure_groups, figure_tooltip, market_shares, ranked_bars, timeline,
};
use crate::measures::COVERAGE;
use crate::model::{Figure, Highlight, Place, Topic};
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
    /// Shared, so that handing a chart to its view on every selection copies no option.
    pub charts: Vec<Arc<ChartSpec>>,
    pub highlights: Vec<&'a Highlight>,
    /// Province view: the divisions the sources give no figures for.
    pub silent: Vec<&'a Place>,
}

impl<'a> PlaceView<'a> {
    /// The view of `selected` (a division id) or, for `None` or an unknown id, of the province.
    pub fn new(atlas: &'a Atlas, selected: Option<&str>) -> Option<PlaceView<'a>> {
        let data = &atlas.data;
        let division = selected.and_then(|id| data.place(id)).filter(|p| Some(p.id.as_str()) != province_id(atlas));
        let place = division.or_else(|| data.province())?;
        let is_province = division.is_none();
        let figures: Vec<&Figure> = data.figures_of(&place.id).collect();
        let highlights: Vec<&Highlight> = data.highlights_of(&place.id).collect();
        let cards = if is_province {
            Topic::ALL.iter().filter_map(|t| figures.iter().find(|f| f.topic == *t).copied()).collect()
        } else {
            figures.clone()
        };
        let mut charts = Vec::new();
        if is_province {
            charts.push(coverage_chart(atlas, selected));
            charts.extend(market_shares(data, selected));
            for m in atlas.measures.iter().filter(|m| m.id != COVERAGE) {
                let rows = m
                    .values
                    .iter()
                    .filter_map(|v| {
                        let f = data.figures.iter().find(|f| Some(&f.id) == v.figure.as_ref())?;
                        Some(RankedRow {
                            place: data.place(&v.place)?,
                            value: v.value,
                            tooltip: figure_tooltip(data, f),
                            figure: Some(f.id.clone()),
                        })
                    })
                    .collect();
                let title = format!("{}, {} (divisions that have this figure)", m.label, m.unit);
                charts.push(ranked_bars(&format!("measure-{}", m.id), &title, &m.unit, rows, selected));
            }
            charts.push(timeline(data, None, selected));
            for topic in Topic::ALL {
                let of_topic: Vec<&Figure> = figures.iter().filter(|f| f.topic == *topic).copied().collect();
                for (i, (title, group)) in figure_groups(&of_topic).into_iter().enumerate() {
                    let key = format!("{}-{i}", topic.code());
                    charts.push(figure_bars(data, &key, &format!("{}: {}", topic.label(), title), &group));
                }
            }
        } else {
            for (i, (title, group)) in figure_groups(&figures).into_iter().enumerate() {
                charts.push(figure_bars(data, &format!("group-{i}"), &title, &group));
            }
            // Where the division stands among the others: its shares beside theirs, and how much
            // the sources say about it.
            charts.extend(market_shares(data, selected).filter(|c| !c.items_of(&place.id).is_empty()));
            if !figures.is_empty() {
                charts.push(coverage_chart(atlas, selected));
            }
        }
        let silent = if is_province {
            atlas.divisions().into_iter().filter(|p| data.figures_of(&p.id).next().is_none()).collect()
        } else {
            Vec::new()
        };
        let charts = charts.into_iter().map(Arc::new).collect();
        Some(PlaceView { place, is_province, figures, cards, charts, highlights, silent })
    }
}

fn province_id(atlas: &Atlas) -> Option<&str> {
    atlas.data.province().map(|p| p.id.as_str())
}

/// Figures per division, for the divisions the sources give figures for.
fn coverage_chart(atlas: &Atlas, selected: Option<&str>) -> ChartSpec {
    let data = &atlas.data;
    let m = atlas.measures.iter().find(|m| m.id == COVERAGE);
    let rows = m
        .map(|m| {
            m.values
                .iter()
                .filter_map(|v| {
                    let p = data.place(&v.place)?;
                    let highlights = data.highlights_of(&p.id).count();
                    let tooltip = format!("{}\n{} figures, {highlights} highlights in the sources", p.name_en, v.value);
                    Some(RankedRow { place: p, value: v.value, tooltip, figure: None })
                })
                .collect()
        })
        .unwrap_or_default();
    options::ranked_bars("coverage", "Figures the sources give per division", "figures", rows, selected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        crate::atlas::for_tests()
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
        assert!(
            keys.contains(&"coverage") && keys.contains(&"market-shares") && keys.contains(&"timeline"),
            "{keys:?}"
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

    #[test]
    fn a_bar_chart_never_mixes_units_or_kinds() {
        let atlas = atlas();
        let views = std::iter::once(None).chain(atlas.divisions().into_iter().map(|p| Some(p.id.as_str())));
        for id in views {
            let v = PlaceView::new(&atlas, id).unwrap();
            for c in v.charts.iter().filter(|c| c.option["series"][0]["type"] == "bar") {
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
                assert_eq!(c.option["xAxis"]["name"], first.unit.as_str(), "{} names its unit", c.key);
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
            let keys: std::collections::HashSet<&str> = v.charts.iter().map(|c| c.key.as_str()).collect();
            assert_eq!(keys.len(), v.charts.len());
        }
    }
}
