//! The chart options the core writes as JSON are what charming's typed builders write for the
//! same chart: a check that every key and value is one ECharts knows.

use atlas_core::charts::options::{BAR, RankedRow, SELECTED, ranked_bars};
use atlas_core::model::{Place, PlaceKind};
use charming::Chart;
use charming::component::{Axis, Grid};
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{AxisType, Emphasis, ItemStyle, Label, LabelPosition, NameLocation, Tooltip, Trigger};
use charming::series::Bar;
use serde_json::Value;

/// Fails naming every path where `ours` and charming's serialization of `theirs` differ.
fn assert_same(ours: &Value, theirs: Chart) {
    fn diff(a: &Value, b: &Value, path: String, out: &mut Vec<String>) {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                    let (p, q) = (x.get(k).cloned().unwrap_or_default(), y.get(k).cloned().unwrap_or_default());
                    diff(&p, &q, format!("{path}.{k}"), out);
                }
            }
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
                for (i, (p, q)) in x.iter().zip(y).enumerate() {
                    diff(p, q, format!("{path}[{i}]"), out);
                }
            }
            _ if a != b => out.push(format!("{path}: ours {a}, charming {b}")),
            _ => {}
        }
    }
    let mut out = Vec::new();
    diff(ours, &serde_json::to_value(theirs).unwrap(), String::new(), &mut out);
    assert!(out.is_empty(), "{}", out.join("\n"));
}

fn place(id: &str, name: &str) -> Place {
    Place {
        id: id.into(),
        adcode: "430000".into(),
        kind: PlaceKind::City,
        name_en: name.into(),
        name_zh: String::new(),
        official_en: String::new(),
        official_zh: String::new(),
    }
}

#[test]
fn a_ranked_bar_chart_is_what_charming_writes() {
    let (changsha, zhuzhou) = (place("changsha", "Changsha"), place("zhuzhou", "Zhuzhou"));
    let row =
        |place, value: f64| RankedRow { place, value, label: value.to_string(), tooltip: String::new(), figure: None };
    let spec = ranked_bars("k", "T", "km²", vec![row(&zhuzhou, 1.0), row(&changsha, 2.5)], Some("changsha"));
    let points: Vec<DataPoint> = [(2.5, SELECTED), (1.0, BAR)]
        .into_iter()
        .map(|(v, c)| DataPointItem::new(v).item_style(ItemStyle::new().color(c)).into())
        .collect();
    let theirs = Chart::new()
        .animation(false)
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .grid(Grid::new().left(8).right(64).top(8).bottom(30).contain_label(true))
        .x_axis(Axis::new().type_(AxisType::Value).name("km²").name_location(NameLocation::Middle).name_gap(24))
        .y_axis(Axis::new().type_(AxisType::Category).inverse(true).data(vec!["Changsha", "Zhuzhou"]))
        .series(
            Bar::new()
                .data(points)
                .label(Label::new().show(true).position(LabelPosition::Right))
                .emphasis(Emphasis::new().item_style(ItemStyle::new().color(SELECTED).opacity(0.85))),
        );
    // `ChartSpec::new` adds the category labels' wrapping and each bar's label text, which the
    // charming chart below leaves out.
    let mut ours = spec.option.clone();
    ours["yAxis"].as_object_mut().unwrap().remove("axisLabel");
    for point in ours["series"][0]["data"].as_array_mut().unwrap() {
        point.as_object_mut().unwrap().remove("label");
    }
    assert_same(&ours, theirs);
}
