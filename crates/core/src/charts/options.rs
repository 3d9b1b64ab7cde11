//! Builds the charts the atlas draws, as ECharts options plus item metadata. Pure: tested
//! natively by comparing the specs it returns.
//!
//! The options are written as JSON here rather than built with charming, because they are still
//! built in the app at run time, where charming's serializer made the wasm too large. The build's
//! tests (crates/build/tests/charming.rs) check a bar chart against what charming writes.

use super::{ChartSpec, Item};
use crate::data::Dataset;
use crate::model::{Figure, Kind, Place, PlaceKind, Qualifier, Topic, group_thousands};
use serde_json::{Value, json};

/// Bar colour of a place that is not selected.
pub const BAR: &str = "#7a9cb8";
/// Colour of the selected place, everywhere.
pub const SELECTED: &str = "#c2410c";
/// Colour of dated events (highlights) on the time line.
pub const EVENT: &str = "#a0722a";

/// One division's bar in `ranked_bars`.
pub struct RankedRow<'a> {
    pub place: &'a Place,
    pub value: f64,
    pub tooltip: String,
    /// The figure that states the value, if a figure does (coverage is counted).
    pub figure: Option<String>,
}

/// Divisions ranked by a value, largest first, the selected one in the accent colour.
pub fn ranked_bars(key: &str, title: &str, unit: &str, rows: Vec<RankedRow<'_>>, selected: Option<&str>) -> ChartSpec {
    let mut rows = rows;
    rows.sort_by(|a, b| b.value.total_cmp(&a.value).then_with(|| a.place.id.cmp(&b.place.id)));
    let names: Vec<String> = rows.iter().map(|r| r.place.name_en.clone()).collect();
    let data: Vec<Value> = rows
        .iter()
        .map(|r| bar_point(r.value, if Some(r.place.id.as_str()) == selected { SELECTED } else { BAR }))
        .collect();
    let items = vec![
        rows.iter()
            .map(|r| Item {
                place: Some(r.place.id.clone()),
                figure: r.figure.clone(),
                tooltip: r.tooltip.clone(),
                label: None,
            })
            .collect(),
    ];
    let description = format!(
        "{title}, largest first: {}.",
        rows.iter()
            .map(|r| format!("{} {} {unit}", r.place.name_en, group_thousands(&format!("{}", r.value))))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let height = height_for(rows.len());
    ChartSpec::new(key, title, description, bar_chart(unit, names, data), height, items)
}

/// Where a figure comes from, in a few words: "China Daily, 2019-08-05".
pub fn source_label(data: &Dataset, source: &str) -> String {
    data.source(source).map_or_else(|| source.to_string(), |s| format!("{}, {}", s.publisher, s.date))
}

/// What a reader needs next to a number: what, where, value, period and source.
pub fn figure_tooltip(data: &Dataset, f: &Figure) -> String {
    let place = data.place(&f.place).map_or(f.place.as_str(), |p| p.name_en.as_str());
    let sub = if f.subplace.is_empty() { String::new() } else { format!(" ({})", f.subplace) };
    let note = if f.note.is_empty() { String::new() } else { format!("\nNote: {}", f.note) };
    format!(
        "{place}{sub}\n{}\n{}, {}\nSource: {}{note}",
        f.indicator,
        f.display_value(),
        f.period,
        source_label(data, &f.source)
    )
}

/// The text at a bar's end when the number alone would overstate it: "≥ 100", "> 2,000".
fn bar_label(f: &Figure) -> Option<String> {
    let symbol = match f.qualifier {
        Qualifier::Exact => return None,
        Qualifier::More => ">",
        Qualifier::AtLeast => "\u{2265}",
        Qualifier::About => "~",
        Qualifier::Less => "<",
    };
    Some(format!("{symbol} {}", group_thousands(&f.value_text)))
}

/// Shortens a label for an axis; the tooltip keeps the whole text.
pub fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{}\u{2026}", cut.trim_end())
    }
}

/// Figures worth a chart together: the same unit and kind (so an axis never mixes billions of
/// CNY with percentages), two or more of them, in the order of their first figure. Each group
/// comes with its title ("Amount, billion CNY").
pub fn figure_groups<'a>(figures: &[&'a Figure]) -> Vec<(String, Vec<&'a Figure>)> {
    let mut groups: Vec<(Kind, &str, Vec<&'a Figure>)> = Vec::new();
    for f in figures {
        match groups.iter_mut().find(|(k, u, _)| *k == f.kind && *u == f.unit) {
            Some(g) => g.2.push(f),
            None => groups.push((f.kind, &f.unit, vec![f])),
        }
    }
    groups.into_iter().filter(|g| g.2.len() >= 2).map(|(k, u, fs)| (format!("{}, {u}", k.label()), fs)).collect()
}

/// One bar per figure, largest first, labelled by what it measures.
pub fn figure_bars(data: &Dataset, key: &str, title: &str, figures: &[&Figure]) -> ChartSpec {
    let mut figures = figures.to_vec();
    figures.sort_by(|a, b| b.value.total_cmp(&a.value));
    let unit = figures.first().map_or("", |f| f.unit.as_str());
    let label = |f: &Figure| {
        if f.subplace.is_empty() { f.indicator.clone() } else { format!("{}: {}", f.subplace, f.indicator) }
    };
    let names: Vec<String> = figures.iter().map(|f| short(&f.indicator, 64)).collect();
    let points: Vec<Value> = figures.iter().map(|f| bar_point(f.value, BAR)).collect();
    let items = vec![
        figures
            .iter()
            .map(|f| Item {
                place: None,
                figure: Some(f.id.clone()),
                tooltip: figure_tooltip(data, f),
                label: bar_label(f),
            })
            .collect(),
    ];
    let description = format!(
        "{title}: {}.",
        figures
            .iter()
            .map(|f| format!("{} {} ({})", label(f), f.display_value(), f.period))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let height = height_for(figures.len());
    ChartSpec::new(key, title, description, bar_chart(unit, names, points), height, items)
}

/// One bar: its value and colour.
fn bar_point(value: f64, colour: &str) -> Value {
    json!({ "value": value, "itemStyle": { "color": colour } })
}

/// The horizontal bar chart every bar chart of the atlas is. Charts are not animated: a chart
/// redrawn for a selection shows its final state in its first frame.
fn bar_chart(unit: &str, names: Vec<String>, data: Vec<Value>) -> Value {
    json!({
        "animation": false,
        "tooltip": { "trigger": "item" },
        "grid": [{ "left": 8, "right": 64, "top": 8, "bottom": 30, "containLabel": true }],
        "xAxis": { "type": "value", "name": unit, "nameLocation": "middle", "nameGap": 24.0 },
        "yAxis": { "type": "category", "inverse": true, "data": names },
        "series": [{
            "type": "bar",
            "data": data,
            "label": { "show": true, "position": "right" },
            "emphasis": { "itemStyle": { "color": SELECTED, "opacity": 0.85 } },
        }],
    })
}

/// Height in pixels that gives each of `rows` bars room.
pub fn height_for(rows: usize) -> u32 {
    (rows as u32 * 40 + 60).clamp(150, 640)
}

/// Shares held by local industries of several divisions, side by side, each labelled with the
/// market it is a share of (bases differ: national, domestic, provincial, regional).
pub fn market_shares(data: &Dataset, selected: Option<&str>) -> Option<ChartSpec> {
    let mut shares: Vec<&Figure> =
        data.figures.iter().filter(|f| f.kind == Kind::Share && division(data, &f.place).is_some()).collect();
    let places: std::collections::HashSet<&str> = shares.iter().map(|f| f.place.as_str()).collect();
    if places.len() < 2 {
        return None;
    }
    shares.sort_by(|a, b| b.value.total_cmp(&a.value));
    let name_of = |f: &Figure| data.place(&f.place).map_or(f.place.clone(), |p| p.name_en.clone());
    let names: Vec<String> = shares.iter().map(|f| short(&format!("{}: {}", name_of(f), f.indicator), 60)).collect();
    let points: Vec<Value> = shares
        .iter()
        .map(|f| bar_point(f.value, if Some(f.place.as_str()) == selected { SELECTED } else { BAR }))
        .collect();
    let items = vec![
        shares
            .iter()
            .map(|f| Item {
                place: Some(f.place.clone()),
                figure: Some(f.id.clone()),
                tooltip: figure_tooltip(data, f),
                label: bar_label(f),
            })
            .collect(),
    ];
    let title = "Market shares of local industries, each of a different market (see labels)";
    let description = format!(
        "{title}: {}.",
        shares
            .iter()
            .map(|f| format!("{}, {}: {}", name_of(f), f.indicator, f.display_value()))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let height = height_for(shares.len());
    Some(ChartSpec::new("market-shares", title, description, bar_chart("%", names, points), height, items))
}

/// A point's position in time: the year plus the part of it that passed before the month
/// (mid-year when only the year is known).
fn year_fraction(period: &str) -> Option<f64> {
    let mut parts = period.split('-');
    let year: f64 = parts.next()?.parse().ok()?;
    let month: f64 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(7.0);
    Some(year + (month - 1.0) / 12.0)
}

/// Figures and dated events on a time line, one row per topic: all of them (`place` None) or a
/// division's. Undated highlights are left out.
pub fn timeline(data: &Dataset, place: Option<&str>, selected: Option<&str>) -> ChartSpec {
    // (time, topic, item, is an event)
    let mut points: Vec<(f64, Topic, Item, bool)> = Vec::new();
    for f in data.figures.iter().filter(|f| place.is_none_or(|p| f.place == p)) {
        if let Some(x) = year_fraction(&f.period) {
            points.push((
                x,
                f.topic,
                Item {
                    place: division(data, &f.place),
                    figure: Some(f.id.clone()),
                    tooltip: figure_tooltip(data, f),
                    label: None,
                },
                false,
            ));
        }
    }
    for h in data.highlights.iter().filter(|h| place.is_none_or(|p| h.place == p)) {
        if let Some(x) = year_fraction(&h.period) {
            let name = data.place(&h.place).map_or(h.place.as_str(), |p| p.name_en.as_str());
            let tooltip = format!("{name}, {}\n{}\nSource: {}", h.period, h.text, source_label(data, &h.source));
            points.push((
                x,
                h.topic,
                Item { place: division(data, &h.place), figure: None, tooltip, label: None },
                true,
            ));
        }
    }
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    let topics: Vec<Topic> = Topic::ALL.iter().copied().filter(|t| points.iter().any(|p| p.1 == *t)).collect();
    let data_points: Vec<Value> = points
        .iter()
        .map(|(x, topic, item, event)| {
            let y = topics.iter().position(|t| t == topic).unwrap_or(0) as f64;
            let colour = match (item.place.as_deref(), event) {
                (Some(p), _) if Some(p) == selected => SELECTED,
                (_, true) => EVENT,
                _ => BAR,
            };
            json!({ "value": [x, y], "itemStyle": { "color": colour, "opacity": 0.8 } })
        })
        .collect();
    let first = points.first().map_or(2017.0, |p| p.0.floor());
    let last = points.last().map_or(2024.0, |p| p.0.floor() + 1.0);
    let (figures, events) = (points.iter().filter(|p| !p.3).count(), points.iter().filter(|p| p.3).count());
    let description = format!("{figures} figures and {events} dated events from {first} to {}, by topic.", last - 1.0);
    let topic_names: Vec<&str> = topics.iter().map(|t| t.label()).collect();
    let chart = json!({
        "animation": false,
        "tooltip": { "trigger": "item" },
        "grid": [{ "left": 8, "right": 24, "top": 8, "bottom": 28, "containLabel": true }],
        "xAxis": { "type": "value", "min": first, "max": last, "interval": 1.0, "splitLine": { "show": true } },
        "yAxis": { "type": "category", "data": topic_names },
        "series": [{
            "type": "scatter",
            "symbolSize": 11.0,
            "data": data_points,
            "emphasis": { "itemStyle": { "color": SELECTED, "opacity": 1.0 } },
        }],
    });
    let items = vec![points.into_iter().map(|p| p.2).collect()];
    let title = "Figures (blue) and events (brown) over time, by topic";
    let height = (topics.len() as u32 * 34 + 60).max(150);
    ChartSpec::new("timeline", title, description, chart, height, items)
}

/// The place id if it is a division (points of the province link to nothing on the map).
fn division(data: &Dataset, place: &str) -> Option<String> {
    data.place(place).filter(|p| p.kind != PlaceKind::Province).map(|p| p.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PlaceKind;

    fn place(id: &str) -> Place {
        Place {
            id: id.into(),
            adcode: "430000".into(),
            kind: PlaceKind::City,
            name_en: id.to_uppercase(),
            name_zh: String::new(),
            official_en: String::new(),
            official_zh: String::new(),
        }
    }

    fn row<'a>(place: &'a Place, value: f64, tooltip: &str) -> RankedRow<'a> {
        RankedRow { place, value, tooltip: tooltip.into(), figure: None }
    }

    #[test]
    fn ranks_largest_first_and_marks_the_selection() {
        let (a, b) = (place("a"), place("b"));
        let spec = ranked_bars("k", "T", "km²", vec![row(&a, 1.0, "a"), row(&b, 2.0, "b")], Some("a"));
        assert_eq!(spec.place_at(0, 0), Some("b"));
        assert_eq!(spec.place_at(0, 1), Some("a"));
        assert_eq!(spec.items_of("a"), vec![(0, 1)]);
        let json = &spec.option;
        assert_eq!(json["yAxis"]["data"], serde_json::json!(["B", "A"]));
        assert_eq!(json["series"][0]["data"][1]["itemStyle"]["color"], SELECTED);
        assert_eq!(json["series"][0]["data"][0]["itemStyle"]["color"], BAR);
        assert!(spec.description.starts_with("T, largest first: B 2 km²; A 1 km²"));
    }

    #[test]
    fn tooltips_are_escaped() {
        let a = place("a");
        let spec = ranked_bars("k", "T", "u", vec![row(&a, 1.0, "<b>x</b>\nline")], None);
        assert_eq!(spec.tooltips(), vec![vec!["&lt;b&gt;x&lt;/b&gt;<br>line".to_string()]]);
    }

    #[test]
    fn qualified_figures_say_so_at_the_end_of_their_bar() {
        let atlas = crate::atlas::for_tests();
        let data = &atlas.data;
        let figures: Vec<&Figure> = data.figures_of("zhuzhou").filter(|f| f.unit == "billion CNY").collect();
        let spec = figure_bars(data, "k", "t", &figures);
        let option = &spec.option;
        let labels: Vec<&serde_json::Value> =
            option["series"][0]["data"].as_array().unwrap().iter().map(|d| &d["label"]["formatter"]).collect();
        assert!(labels.contains(&&serde_json::json!("\u{2265} 100")), "{labels:?}");
        assert!(labels.contains(&&serde_json::Value::Null), "exact values keep the default label");
        assert_eq!(option["yAxis"]["axisLabel"]["overflow"], "break");
        assert_eq!(spec.option_for_width(300.0)["yAxis"]["axisLabel"]["width"], 126.0);
        assert_eq!(spec.option_for_width(1000.0)["yAxis"]["axisLabel"]["width"], 170.0);
    }

    #[test]
    fn market_shares_link_each_bar_to_its_division_and_name_the_base() {
        let atlas = crate::atlas::for_tests();
        let spec = market_shares(&atlas.data, Some("zhuzhou")).unwrap();
        assert!(spec.items[0].iter().all(|i| i.place.as_deref() != Some("hunan")));
        assert!(!spec.items_of("zhuzhou").is_empty());
        assert!(spec.items[0].iter().any(|i| i.tooltip.contains("Note:")), "bases are explained");
    }
}
