//! Builds the charts the atlas draws, as charming options plus item metadata. Pure: tested
//! natively by comparing the specs it returns.

use super::{ChartSpec, Item};
use crate::model::{Place, group_thousands};
use charming::Chart;
use charming::component::{Axis, Grid};
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{AxisType, Emphasis, ItemStyle, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Bar;

/// Bar colour of a place that is not selected.
pub const BAR: &str = "#7a9cb8";
/// Colour of the selected place, everywhere.
pub const SELECTED: &str = "#c2410c";

/// Divisions ranked by a value, largest first, the selected one in the accent colour. `rows` are
/// (place, value, tooltip).
pub fn ranked_bars(
    key: &str,
    title: &str,
    unit: &str,
    rows: Vec<(&Place, f64, String)>,
    selected: Option<&str>,
) -> ChartSpec {
    let mut rows = rows;
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.id.cmp(&b.0.id)));
    let names: Vec<String> = rows.iter().map(|(p, _, _)| p.name_en.clone()).collect();
    let data: Vec<DataPoint> = rows
        .iter()
        .map(|(p, v, _)| {
            let colour = if Some(p.id.as_str()) == selected {
                SELECTED
            } else {
                BAR
            };
            DataPointItem::new(*v)
                .item_style(ItemStyle::new().color(colour))
                .into()
        })
        .collect();
    let items = vec![
        rows.iter()
            .map(|(p, _, tip)| Item {
                place: Some(p.id.clone()),
                tooltip: tip.clone(),
            })
            .collect(),
    ];
    let description = format!(
        "{title}, largest first: {}.",
        rows.iter()
            .map(|(p, v, _)| format!("{} {} {unit}", p.name_en, group_thousands(&format!("{v}"))))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .grid(
            Grid::new()
                .left(8)
                .right(56)
                .top(8)
                .bottom(24)
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Value).name(unit))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(names),
        )
        .series(
            Bar::new()
                .data(data)
                .label(Label::new().show(true).position(LabelPosition::Right))
                .emphasis(
                    Emphasis::new().item_style(ItemStyle::new().color(SELECTED).opacity(0.8)),
                ),
        );
    ChartSpec {
        key: key.to_string(),
        title: title.to_string(),
        description,
        chart,
        items,
    }
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

    #[test]
    fn ranks_largest_first_and_marks_the_selection() {
        let (a, b) = (place("a"), place("b"));
        let spec = ranked_bars(
            "k",
            "T",
            "km²",
            vec![(&a, 1.0, "a".into()), (&b, 2.0, "b".into())],
            Some("a"),
        );
        assert_eq!(spec.place_at(0, 0), Some("b"));
        assert_eq!(spec.place_at(0, 1), Some("a"));
        assert_eq!(spec.items_of("a"), vec![(0, 1)]);
        let json = serde_json::to_value(&spec.chart).unwrap();
        assert_eq!(json["yAxis"]["data"], serde_json::json!(["B", "A"]));
        assert_eq!(json["series"][0]["data"][1]["itemStyle"]["color"], SELECTED);
        assert_eq!(json["series"][0]["data"][0]["itemStyle"]["color"], BAR);
        assert!(
            spec.description
                .starts_with("T, largest first: B 2 km²; A 1 km²")
        );
    }

    #[test]
    fn tooltips_are_escaped() {
        let a = place("a");
        let spec = ranked_bars(
            "k",
            "T",
            "u",
            vec![(&a, 1.0, "<b>x</b>\nline".into())],
            None,
        );
        assert_eq!(
            spec.tooltips(),
            vec![vec!["&lt;b&gt;x&lt;/b&gt;<br>line".to_string()]]
        );
    }
}
