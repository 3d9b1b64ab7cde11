//! Builds the charts the atlas draws, as ECharts options plus item metadata: the grammar
//! (`crate::grammar`) decides which figures make a chart, this module how it looks. Pure: tested
//! natively by comparing the specs it returns.
//!
//! The options are written as JSON here rather than built with charming, because they are still
//! built in the app at run time, where charming's serializer made the wasm too large. The build's
//! tests (crates/build/tests/charming.rs) check a bar chart against what charming writes.
//!
//! One number format everywhere: every number drawn is the text `format` gives (thousands
//! separated, with its qualifier), years are never separated, and no label is cut: long
//! category labels wrap.

use super::{ChartSpec, Item};
use crate::data::Dataset;
use crate::model::{Figure, Place, PlaceKind, Qualifier, Topic, group_thousands};
use serde_json::{Value, json};

/// Bar colour of a place that is not selected.
pub const BAR: &str = "#7a9cb8";
/// Colour of the selected place, everywhere.
pub const SELECTED: &str = "#c2410c";
/// Colour of dated events (highlights) on the time line (they also differ in shape).
pub const EVENT: &str = "#a0722a";

/// A figure's value as drawn at the end of its bar: "845,200", "≥ 100", "> 2,000".
pub fn value_label(f: &Figure) -> String {
    let symbol = match f.qualifier {
        Qualifier::Exact => "",
        Qualifier::More => "> ",
        Qualifier::AtLeast => "\u{2265} ",
        Qualifier::About => "~ ",
        Qualifier::Less => "< ",
    };
    format!("{symbol}{}", group_thousands(&f.value_text))
}

/// One division's bar in `ranked_bars`.
pub struct RankedRow<'a> {
    pub place: &'a Place,
    pub value: f64,
    /// The text at the end of the bar (see `value_label`).
    pub label: String,
    pub tooltip: String,
    /// The figure that states the value, if a figure does (coverage is counted).
    pub figure: Option<String>,
}

/// Divisions ranked by one quantity, largest first, the selected one in the accent colour.
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
                label: Some(r.label.clone()),
            })
            .collect(),
    ];
    let description = format!(
        "{title}, largest first: {}.",
        rows.iter().map(|r| format!("{} {} {unit}", r.place.name_en, r.label)).collect::<Vec<_>>().join("; ")
    );
    let height = height_for(rows.len());
    ChartSpec::new(key, title, description, bar_chart(unit, names, data), height, items)
}

/// Divisions compared by one quantity that each states (a group the grammar calls `Compare`).
pub fn compare(data: &Dataset, key: &str, figures: &[&Figure], selected: Option<&str>) -> ChartSpec {
    let first = figures[0];
    let rows = figures
        .iter()
        .filter_map(|f| {
            Some(RankedRow {
                place: data.place(&f.place)?,
                value: f.value,
                label: value_label(f),
                tooltip: figure_tooltip(data, f),
                figure: Some(f.id.clone()),
            })
        })
        .collect();
    ranked_bars(key, &format!("{}, {}", first.indicator, first.unit), &first.unit, rows, selected)
}

/// One place's values of one quantity over its periods, oldest first (a group the grammar calls
/// `Series`). The periods are category labels, so a year is never drawn as "2,019".
pub fn series(data: &Dataset, key: &str, figures: &[&Figure]) -> ChartSpec {
    let mut figures = figures.to_vec();
    figures.sort_by(|a, b| a.period.cmp(&b.period));
    let first = figures[0];
    let title = format!("{}, {}", first.indicator, first.unit);
    let names: Vec<String> = figures.iter().map(|f| f.period.clone()).collect();
    let points: Vec<Value> = figures.iter().map(|f| bar_point(f.value, BAR)).collect();
    let items = vec![
        figures
            .iter()
            .map(|f| Item {
                place: None,
                figure: Some(f.id.clone()),
                tooltip: figure_tooltip(data, f),
                label: Some(value_label(f)),
            })
            .collect(),
    ];
    let description = format!(
        "{title}, by period: {}.",
        figures.iter().map(|f| format!("{} {} {}", f.period, value_label(f), f.unit)).collect::<Vec<_>>().join("; ")
    );
    let height = height_for(figures.len());
    ChartSpec::new(key, &title, description, bar_chart(&first.unit, names, points), height, items)
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

/// A period as a date on the time axis: its day, the middle of its month, or the middle of its
/// year ("2019" -> "2019-07-01"). Periods are validated as YYYY, YYYY-MM or YYYY-MM-DD.
fn date_of(period: &str) -> Option<String> {
    let year = period.get(..4).filter(|y| y.chars().all(|c| c.is_ascii_digit()))?;
    Some(match period.len() {
        4 => format!("{year}-07-01"),
        7 => format!("{period}-15"),
        _ => period.to_string(),
    })
}

/// A year on the time axis, in milliseconds (a leap year's: ticks fall on 1 January).
const YEAR_MS: f64 = 366.0 * 24.0 * 3600.0 * 1000.0;

/// The names of the timeline's two series, which its legend shows with their shapes.
pub const TIMELINE_SERIES: [&str; 2] = ["Figures", "Events"];

/// Figures (circles) and dated events (diamonds) on a year axis, one row per topic: all of them
/// (`place` None) or a place's. Undated highlights are left out.
pub fn timeline(data: &Dataset, place: Option<&str>, selected: Option<&str>) -> ChartSpec {
    // (date, topic, item, what it is in the description)
    type Point = (String, Topic, Item, String);
    let mut figures: Vec<Point> = Vec::new();
    let mut events: Vec<Point> = Vec::new();
    for f in data.figures.iter().filter(|f| place.is_none_or(|p| f.place == p)) {
        if let Some(x) = date_of(&f.period) {
            let name = data.place(&f.place).map_or(f.place.as_str(), |p| p.name_en.as_str());
            let item = Item {
                place: division(data, &f.place),
                figure: Some(f.id.clone()),
                tooltip: figure_tooltip(data, f),
                label: None,
            };
            let text = format!("{} {}, {name}: {}, {}", f.period, f.topic.label(), f.indicator, f.display_value());
            figures.push((x, f.topic, item, text));
        }
    }
    for h in data.highlights.iter().filter(|h| place.is_none_or(|p| h.place == p)) {
        if let Some(x) = date_of(&h.period) {
            let name = data.place(&h.place).map_or(h.place.as_str(), |p| p.name_en.as_str());
            let tooltip = format!("Event: {name}, {}\n{}\nSource: {}", h.period, h.text, source_label(data, &h.source));
            let item = Item { place: division(data, &h.place), figure: None, tooltip, label: None };
            events.push((x, h.topic, item, format!("{} {}, {name}: {}", h.period, h.topic.label(), h.text)));
        }
    }
    for points in [&mut figures, &mut events] {
        points.sort_by(|a, b| a.0.cmp(&b.0));
    }
    let all = || figures.iter().chain(&events);
    let topics: Vec<Topic> = Topic::ALL.iter().copied().filter(|t| all().any(|p| p.1 == *t)).collect();
    let year = |p: &Point| p.0[..4].parse::<u32>().unwrap_or(0);
    let first = all().map(year).min().unwrap_or(0);
    let last = all().map(year).max().unwrap_or(0) + 1;
    let series_of = |name: &str, symbol: &str, colour: &str, points: &[Point]| {
        let data: Vec<Value> = points
            .iter()
            .map(|(x, topic, item, _)| {
                let y = topics.iter().position(|t| t == topic).unwrap_or(0) as f64;
                let selected = item.place.is_some() && item.place.as_deref() == selected;
                json!({ "value": [x, y], "itemStyle": { "color": if selected { SELECTED } else { colour }, "opacity": 0.8 } })
            })
            .collect();
        json!({
            "type": "scatter",
            "name": name,
            "symbol": symbol,
            "symbolSize": 11.0,
            "itemStyle": { "color": colour },
            "data": data,
            "emphasis": { "itemStyle": { "color": SELECTED, "opacity": 1.0 } },
        })
    };
    let topic_names: Vec<&str> = topics.iter().map(|t| t.label()).collect();
    let chart = json!({
        "animation": false,
        "tooltip": { "trigger": "item" },
        "legend": { "top": 0, "left": 0, "data": TIMELINE_SERIES },
        "grid": [{ "left": 8, "right": 24, "top": 30, "bottom": 28, "containLabel": true }],
        // A time axis labelled by year ("{yyyy}": 2019, never 2,019).
        "xAxis": {
            "type": "time", "min": format!("{first}-01-01"), "max": format!("{last}-01-01"),
            "minInterval": YEAR_MS, "maxInterval": YEAR_MS,
            "splitLine": { "show": true }, "axisLabel": { "formatter": "{yyyy}", "hideOverlap": true },
        },
        "yAxis": { "type": "category", "data": topic_names },
        "series": [
            series_of(TIMELINE_SERIES[0], "circle", BAR, &figures),
            series_of(TIMELINE_SERIES[1], "diamond", EVENT, &events),
        ],
    });
    let list = |points: &[Point]| points.iter().map(|p| p.3.clone()).collect::<Vec<_>>().join("; ");
    let description = format!(
        "{} figures (circles) and {} dated events (diamonds) from {first} to {}, by topic. Figures: {}. Events: {}.",
        figures.len(),
        events.len(),
        last - 1,
        list(&figures),
        list(&events)
    );
    let items = vec![figures.into_iter().map(|p| p.2).collect(), events.into_iter().map(|p| p.2).collect()];
    let title = "Figures and events over time, by topic";
    let height = (topics.len() as u32 * 34 + 82).max(170);
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
        RankedRow { place, value, label: group_thousands(&value.to_string()), tooltip: tooltip.into(), figure: None }
    }

    fn data() -> Dataset {
        crate::data::parse(crate::data::embedded_files()).unwrap()
    }

    #[test]
    fn ranks_largest_first_and_marks_the_selection() {
        let (a, b) = (place("a"), place("b"));
        let spec = ranked_bars("k", "T", "km²", vec![row(&a, 1.0, "a"), row(&b, 2500.0, "b")], Some("a"));
        assert_eq!(spec.place_at(0, 0), Some("b"));
        assert_eq!(spec.place_at(0, 1), Some("a"));
        assert_eq!(spec.items_of("a"), vec![(0, 1)]);
        let json = &spec.option;
        assert_eq!(json["yAxis"]["data"], serde_json::json!(["B", "A"]));
        assert_eq!(json["series"][0]["data"][1]["itemStyle"]["color"], SELECTED);
        assert_eq!(json["series"][0]["data"][0]["itemStyle"]["color"], BAR);
        // The bar's label is the same text as the description's: thousands separated.
        assert_eq!(json["series"][0]["data"][0]["label"]["formatter"], "2,500");
        assert!(spec.description.starts_with("T, largest first: B 2,500 km²; A 1 km²"), "{}", spec.description);
    }

    #[test]
    fn tooltips_are_escaped() {
        let a = place("a");
        let spec = ranked_bars("k", "T", "u", vec![row(&a, 1.0, "<b>x</b>\nline")], None);
        assert_eq!(spec.tooltips(), vec![vec!["&lt;b&gt;x&lt;/b&gt;<br>line".to_string()]]);
    }

    #[test]
    fn qualified_values_say_so_at_the_end_of_their_bar() {
        let data = data();
        let history: Vec<&Figure> = data.figures.iter().filter(|f| f.indicator_id == "industry-history").collect();
        let spec = compare(&data, "k", &history, Some("zhuzhou"));
        let labels: Vec<&Value> =
            spec.option["series"][0]["data"].as_array().unwrap().iter().map(|d| &d["label"]["formatter"]).collect();
        // "more than 2,000 years" (Liling) and "more than 1,400 years" (Dayao), largest first.
        assert_eq!(labels, [&json!("> 2,000"), &json!("> 1,400")]);
        assert_eq!(spec.option["yAxis"]["axisLabel"]["overflow"], "break");
        assert_eq!(spec.option_for_width(300.0)["yAxis"]["axisLabel"]["width"], 126.0);
        assert_eq!(spec.items_of("zhuzhou"), vec![(0, 0)]);
    }

    #[test]
    fn a_series_puts_periods_in_order_as_text() {
        let data = data();
        let mut a = data.figures[0].clone();
        let mut b = a.clone();
        (a.period, a.value, a.value_text) = ("2019".into(), 2019.0, "2019".into());
        (b.period, b.value, b.value_text, b.id) = ("2018".into(), 845200.0, "845200".into(), "b".into());
        let spec = series(&data, "k", &[&a, &b]);
        assert_eq!(spec.option["yAxis"]["data"], json!(["2018", "2019"]));
        assert_eq!(spec.option["series"][0]["data"][0]["label"]["formatter"], "845,200");
    }

    #[test]
    fn the_timeline_has_a_year_axis_a_shape_for_each_series_and_describes_every_point() {
        let data = data();
        let spec = timeline(&data, None, None);
        let o = &spec.option;
        assert_eq!(
            (o["xAxis"]["type"].as_str(), o["xAxis"]["axisLabel"]["formatter"].as_str()),
            (Some("time"), Some("{yyyy}"))
        );
        assert_eq!((o["xAxis"]["min"].as_str(), o["xAxis"]["max"].as_str()), (Some("2017-01-01"), Some("2026-01-01")));
        // A year alone sits mid-year, a month mid-month.
        let dates: Vec<&str> =
            o["series"][1]["data"].as_array().unwrap().iter().map(|p| p["value"][0].as_str().unwrap()).collect();
        assert_eq!((dates[0], dates[dates.len() - 1]), ("2017-10-15", "2025-07-01"));
        assert_eq!(
            (o["series"][0]["symbol"].as_str(), o["series"][1]["symbol"].as_str()),
            (Some("circle"), Some("diamond"))
        );
        assert_eq!(o["legend"]["data"], json!(["Figures", "Events"]));
        // Every figure has a period; 16 of the 37 highlights have one, from 2017-10 to 2025
        // (data/*.csv, read by hand).
        assert_eq!(spec.items[0].len(), 89);
        assert_eq!(spec.items[1].len(), 16);
        assert!(spec.description.starts_with("89 figures (circles) and 16 dated events (diamonds) from 2017 to 2025"));
        for f in &data.figures {
            assert!(spec.description.contains(&format!("{}, {}", f.indicator, f.display_value())), "{}", f.id);
        }
    }
}
