//! Every chart of every view, built at build time from the core's chart specs
//! (`atlas_core::explorer::chart_specs`): its ECharts option (built with charming's typed
//! builders), what each data item stands for and says, and its text alternative. Written as one
//! file a language that the app fetches with ECharts (`charts-en.json`, `charts-zh.json`, see
//! `file_name`):
//!
//! ```text
//! { "<view>": { "<chart key>": {
//!     "option": <the ECharts option>,
//!     "places": [[<place id or null, per data item>], <per series>],
//!     "tooltips": [[<HTML, per data item>], <per series>],
//!     "description": "<read by screen readers instead of the canvas>",
//!     "frame": "<signature of all but the series: see `frame`>" } } }
//! ```
//!
//! The reader's browser builds no option and no spec; the wasm carries no chart builder (it
//! knows the charts from the index in the packed dataset, `atlas_core::charts::ChartIndex`).

use atlas_core::atlas::Atlas;
use atlas_core::charts::{BAR, ChartSpec, Item, Plot, SELECTED, Shape, TimeSeries};
use atlas_core::explorer;
use atlas_core::lang::Lang;
use charming::Chart;
use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{
    AxisLabel, AxisType, Emphasis, ItemStyle, Label, LabelPosition, NameLocation, SplitLine, Symbol, Tooltip, Trigger,
};
use charming::series::{Bar, Scatter};
use serde_json::{Map, Value, json};

/// The name of the chart file of `lang`: `charts-en.json`, `charts-zh.json`.
pub fn file_name(lang: Lang) -> String {
    format!("charts-{}.json", lang.code())
}

/// Every chart of every view (the province and each division), in `lang`: `{ view: { key:
/// chart } }`, each chart as `chart` writes it.
pub fn all(atlas: &Atlas, lang: Lang) -> Value {
    let mut out = Map::new();
    for view in explorer::views(atlas) {
        let Some(place) = view.map_or_else(|| atlas.data.province(), |id| atlas.data.place(id)) else { continue };
        let charts: Map<String, Value> =
            explorer::chart_specs(atlas, view, lang).iter().map(|(_, c)| (c.key.clone(), chart(c))).collect();
        out.insert(place.id.clone(), Value::Object(charts));
    }
    Value::Object(out)
}

/// One chart as the app reads it: its option, the place each data item stands for (`null` if
/// none), each item's tooltip as HTML (`ChartSpec::tooltips`) and the chart's description.
pub fn chart(spec: &ChartSpec) -> Value {
    let places: Vec<Vec<Option<&str>>> =
        spec.items.iter().map(|s| s.iter().map(|i| i.place.as_deref()).collect()).collect();
    let option = option(spec);
    json!({
        "frame": frame(&option),
        "option": option,
        "places": places,
        "tooltips": spec.tooltips(),
        "description": spec.description,
    })
}

/// A signature of everything an option draws but its series (axes, grid, legend, tooltip).
/// The same chart in two views often differs only in its series (the coverage chart: which bar
/// is the selection's): with the same frame the app merges the series alone, which costs ECharts
/// about 40 % less than a whole option (measured in Chromium: 3.1 against 5.1 ms).
pub fn frame(option: &Value) -> String {
    use std::hash::{Hash, Hasher};
    let mut rest = option.clone();
    if let Some(o) = rest.as_object_mut() {
        o.remove("series");
    }
    // SipHash with fixed keys: the same in both files of one build, all the app compares.
    let mut hasher = std::hash::DefaultHasher::new();
    rest.to_string().hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// The ECharts option of one chart. Charts are not animated: a chart redrawn for a selection
/// shows its final state in its first frame.
pub fn option(spec: &ChartSpec) -> Value {
    let chart = match &spec.plot {
        Plot::Bars { unit, categories, values, selected } => {
            let labels = spec.items.iter().flatten().filter_map(|i| i.label.as_deref());
            bars(unit, categories, values, selected, right_margin(labels))
        }
        Plot::Timeline { first_year, last_year, topics, series } => timeline(*first_year, *last_year, topics, series),
    };
    let mut option = serde_json::to_value(chart).unwrap_or_default();
    extend(&mut option, spec);
    option
}

/// The room right of the bars for their value labels: the widest label (ECharts draws them at
/// 12 px, about 12 px a Chinese character and 7 px any other) and its 5 px gap, at least 64 px.
fn right_margin<'a>(labels: impl Iterator<Item = &'a str>) -> i64 {
    let width = |l: &str| l.chars().map(|c| if c.is_ascii() { 7 } else { 12 }).sum::<i64>();
    labels.map(|l| width(l) + 13).max().unwrap_or(0).max(64)
}

fn bars(unit: &str, categories: &[String], values: &[f64], selected: &[bool], right: i64) -> Chart {
    let points: Vec<DataPoint> = values
        .iter()
        .zip(selected)
        // The series' colour is the bars'; only the selected bar names its own (the chart files
        // hold one bar chart a view, and a colour on every bar made them a tenth larger).
        .map(|(v, s)| {
            let point = DataPointItem::new(*v);
            if *s { point.item_style(ItemStyle::new().color(SELECTED)) } else { point }.into()
        })
        .collect();
    Chart::new()
        .animation(false)
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .grid(Grid::new().left(8).right(right).top(8).bottom(30).contain_label(true))
        .x_axis(Axis::new().type_(AxisType::Value).name(unit).name_location(NameLocation::Middle).name_gap(24))
        .y_axis(Axis::new().type_(AxisType::Category).inverse(true).data(categories.to_vec()))
        .series(
            Bar::new()
                .data(points)
                .item_style(ItemStyle::new().color(BAR))
                .label(Label::new().show(true).position(LabelPosition::Right))
                .emphasis(Emphasis::new().item_style(ItemStyle::new().color(SELECTED).opacity(0.85))),
        )
}

fn timeline(first_year: u32, last_year: u32, topics: &[String], series: &[TimeSeries]) -> Chart {
    let year = |y: u32| CompositeValue::String(format!("{y}-01-01"));
    let names: Vec<&str> = series.iter().map(|s| s.name).collect();
    let mut chart = Chart::new()
        .animation(false)
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .legend(Legend::new().top(0).left(0).data(names))
        .grid(Grid::new().left(8).right(24).top(30).bottom(28).contain_label(true))
        // A time axis labelled by year: "{yyyy}" draws 2019, never 2,019.
        .x_axis(
            Axis::new()
                .type_(AxisType::Time)
                .min(year(first_year))
                .max(year(last_year))
                .min_interval(YEAR_MS)
                .max_interval(YEAR_MS)
                .split_line(SplitLine::new().show(true))
                .axis_label(AxisLabel::new().formatter("{yyyy}")),
        )
        .y_axis(Axis::new().type_(AxisType::Category).data(topics.to_vec()));
    for s in series {
        let points: Vec<DataPoint> = s
            .points
            .iter()
            .map(|p| {
                let value = CompositeValue::Array(vec![CompositeValue::String(p.date.clone()), (p.row as f64).into()]);
                let colour = if p.selected { SELECTED } else { s.colour };
                DataPointItem::new(value).item_style(ItemStyle::new().color(colour).opacity(0.8)).into()
            })
            .collect();
        let symbol = match s.shape {
            Shape::Circle => Symbol::Circle,
            Shape::Diamond => Symbol::Diamond,
        };
        chart = chart.series(
            Scatter::new()
                .name(s.name)
                .symbol(symbol)
                .symbol_size(11)
                .item_style(ItemStyle::new().color(s.colour))
                .data(points)
                .emphasis(Emphasis::new().item_style(ItemStyle::new().color(SELECTED).opacity(1.0))),
        );
    }
    chart
}

/// A year on the time axis, in milliseconds (a leap year's: ticks fall on 1 January).
const YEAR_MS: f64 = 366.0 * 24.0 * 3600.0 * 1000.0;

/// What charming 0.6 cannot express, added to its output in this one place:
/// - a category axis's labels wrap at a width (`axisLabel.width`, `overflow: "break"`,
///   `lineHeight`) and all show (`interval: 0`): charming's `AxisLabel` has no `width`,
///   `overflow` or `lineHeight`, and a label is never cut;
/// - a value or time axis hides labels that would overlap on a narrow chart (`hideOverlap`),
///   also missing from `AxisLabel` (the app also gives a narrow bar chart fewer value ticks,
///   `value_splits`; `bench/setoption.mjs` measures what this costs a redraw: little);
/// - each bar's label is the page's text for its value (`label.formatter` per data item):
///   charming's `DataPointItem` has no `label`.
fn extend(option: &mut Value, spec: &ChartSpec) {
    if let Some(axis) = option.get_mut("yAxis").filter(|a| a["type"] == "category") {
        axis["axisLabel"] = json!({ "width": 170, "overflow": "break", "lineHeight": 13, "interval": 0 });
    }
    if let Some(axis) = option.get_mut("xAxis") {
        axis["axisLabel"]["hideOverlap"] = json!(true);
    }
    for (s, items) in spec.items.iter().enumerate() {
        for (d, item) in items.iter().enumerate() {
            if let (Item { label: Some(label), .. }, Some(point)) = (item, option["series"][s]["data"].get_mut(d)) {
                point["label"] = json!({ "formatter": label });
            }
        }
    }
}
