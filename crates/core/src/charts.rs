//! Charts: what each chart draws (`options`) as an ECharts option with, per item, the place and
//! figure it stands for. Pure; the app's `echarts` module draws them.

pub mod options;

use crate::html;

/// A chart ready to draw: the ECharts option plus, per
/// series and data item, the place it stands for (for linking with the map) and its tooltip, and
/// a text alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartSpec {
    /// Stable across re-renders of the same chart (used as the DOM key and in tests).
    pub key: String,
    pub title: String,
    /// Read by screen readers instead of the canvas.
    pub description: String,
    /// The ECharts option (see `options`), completed by `ChartSpec::new`.
    pub option: serde_json::Value,
    /// Height of the chart in pixels (enough room for every bar).
    pub height: u32,
    /// `items[series][data index]`.
    pub items: Vec<Vec<Item>>,
}

/// What one bar or point stands for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Item {
    pub place: Option<String>,
    /// The id of the figure it shows, if it shows one.
    pub figure: Option<String>,
    /// Text at the end of a bar when it must say more than the number ("≥ 100").
    pub label: Option<String>,
    /// Plain text; lines separated by `\n`. Escaped to HTML when drawn.
    pub tooltip: String,
}

impl ChartSpec {
    /// The place of a data item, if it stands for one.
    pub fn place_at(&self, series: usize, index: usize) -> Option<&str> {
        self.items.get(series)?.get(index)?.place.as_deref()
    }

    /// Every data item that stands for `place`.
    pub fn items_of(&self, place: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (s, series) in self.items.iter().enumerate() {
            for (d, item) in series.iter().enumerate() {
                if item.place.as_deref() == Some(place) {
                    out.push((s, d));
                }
            }
        }
        out
    }

    /// Completes `option` with what the items say: per-item bar labels, and wrapped category
    /// labels.
    pub fn new(
        key: &str,
        title: &str,
        description: String,
        mut option: serde_json::Value,
        height: u32,
        items: Vec<Vec<Item>>,
    ) -> ChartSpec {
        if let Some(axis) = option.get_mut("yAxis").filter(|a| a["type"] == "category") {
            axis["axisLabel"] =
                serde_json::json!({ "width": 170, "overflow": "break", "lineHeight": 13, "interval": 0 });
        }
        for (s, series) in items.iter().enumerate() {
            for (d, item) in series.iter().enumerate() {
                if let (Some(label), Some(point)) = (&item.label, option["series"][s]["data"].get_mut(d)) {
                    point["label"] = serde_json::json!({ "formatter": label });
                }
            }
        }
        ChartSpec { key: key.to_string(), title: title.to_string(), description, option, height, items }
    }

    /// The option for a chart `width` pixels wide: category labels get at most 42% of it (at
    /// most 170 px), so bars keep room on a phone.
    pub fn option_for_width(&self, width: f64) -> serde_json::Value {
        let mut option = self.option.clone();
        if let Some(label) = option.get_mut("yAxis").and_then(|a| a.get_mut("axisLabel")) {
            label["width"] = serde_json::json!((width * 0.42).clamp(80.0, 170.0).round());
        }
        option
    }

    /// Tooltips as the HTML ECharts shows, per series and data index.
    pub fn tooltips(&self) -> Vec<Vec<String>> {
        self.items.iter().map(|s| s.iter().map(|i| html::escape(&i.tooltip).replace('\n', "<br>")).collect()).collect()
    }
}
