//! Every chart of every view, built at build time from the core's chart specs
//! (`spec::views::chart_specs`): its ECharts option (built with charming's typed
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

use crate::comparisons::{self, Comparison};
use crate::spec::views;
use crate::spec::{BAR, ChartSpec, Item, Plot, SELECTED};
use atlas_core::atlas::Atlas;
use atlas_core::explorer;
use atlas_core::lang::Lang;
use atlas_core::model::Topic;
use charming::Chart;
use charming::component::{Axis, Grid};
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{AxisType, Emphasis, ItemStyle, Label, LabelPosition, NameLocation, Tooltip, Trigger};
use charming::series::Bar;
use serde_json::{Map, Value, json};
use std::sync::Arc;

/// The name of the chart file of `lang`: `charts-en.json`, `charts-zh.json`.
pub fn file_name(lang: Lang) -> String {
    format!("charts-{}.json", lang.code())
}

/// The charts of the view of `selected` (`None`: the province) in `lang`, each with the topic
/// whose section shows it: the views' (`views::chart_specs`), then the editor's comparisons of
/// the place, in the order of `data/charts.csv`.
pub fn specs(
    atlas: &Atlas,
    comparisons: &[Comparison],
    selected: Option<&str>,
    lang: Lang,
) -> Vec<(Option<Topic>, Arc<ChartSpec>)> {
    let mut out = views::chart_specs(atlas, selected, lang);
    let place = selected.or_else(|| atlas.data.province().map(|p| p.id.as_str()));
    for c in comparisons.iter().filter(|c| Some(c.place.as_str()) == place) {
        out.push((Some(c.topic), Arc::new(comparisons::chart(&atlas.data, c, lang))));
    }
    out
}

/// Every chart of every view (the province and each division), in `lang`: `{ view: { key:
/// chart } }`, each chart as `chart` writes it.
pub fn all(atlas: &Atlas, comparisons: &[Comparison], lang: Lang) -> Value {
    let mut out = Map::new();
    for view in explorer::views(atlas) {
        let Some(place) = view.map_or_else(|| atlas.data.province(), |id| atlas.data.place(id)) else { continue };
        let charts: Map<String, Value> =
            specs(atlas, comparisons, view, lang).iter().map(|(_, c)| (c.key.clone(), chart(c))).collect();
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
    let Plot { unit, categories, values, selected, .. } = &spec.plot;
    let labels = spec.items.iter().flatten().filter_map(|i| i.label.as_deref());
    let chart = bars(unit, categories, values, selected, right_margin(labels));
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

/// The style of a bar whose value is a lower bound ("more than 2,000"): solid for most of its
/// length, then fading out, with a dashed outline, so that it reads as going on past its end.
fn open_ended(colour: &str) -> Value {
    let rgb = u32::from_str_radix(colour.trim_start_matches('#'), 16).unwrap_or_default();
    let (r, g, b) = (rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
    json!({
        "color": { "type": "linear", "x": 0, "y": 0, "x2": 1, "y2": 0, "colorStops": [
            { "offset": 0, "color": colour },
            { "offset": 0.55, "color": colour },
            { "offset": 1, "color": format!("rgba({r},{g},{b},0)") },
        ] },
        "borderColor": colour,
        "borderType": "dashed",
        "borderWidth": 1,
    })
}

/// What charming 0.6 cannot express, added to its output in this one place:
/// - a category axis's labels wrap at a width (`axisLabel.width`, `overflow: "break"`,
///   `lineHeight`) and all show (`interval: 0`): charming's `AxisLabel` has no `width`,
///   `overflow` or `lineHeight`, and a label is never cut;
/// - a value or time axis hides labels that would overlap on a narrow chart (`hideOverlap`),
///   also missing from `AxisLabel` (the app also gives a narrow bar chart fewer value ticks,
///   `value_splits`; `bench/setoption.mjs` measures what this costs a redraw: little);
/// - each bar's label is the page's text for its value (`label.formatter` per data item):
///   charming's `DataPointItem` has no `label`;
/// - an open-ended bar's gradient (`open_ended`).
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
    let Plot { open, selected, .. } = &spec.plot;
    for (d, _) in open.iter().enumerate().filter(|(_, o)| **o) {
        if let Some(point) = option["series"][0]["data"].get_mut(d) {
            let colour = if selected.get(d) == Some(&true) { SELECTED } else { BAR };
            point["itemStyle"] = open_ended(colour);
        }
    }
}
