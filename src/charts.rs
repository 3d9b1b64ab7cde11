//! Charts: what to draw (`options`, pure and tested natively) and how (`echarts`, the bindings).

pub mod echarts;
pub mod options;

/// A chart ready to draw: the charming option plus, per series and data item, the place it
/// stands for (for linking with the map) and its tooltip, and a text alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// Stable across re-renders of the same chart (used as the DOM key and in tests).
    pub key: String,
    pub title: String,
    /// Read by screen readers instead of the canvas.
    pub description: String,
    pub chart: charming::Chart,
    /// Height of the chart in pixels (enough room for every bar).
    pub height: u32,
    /// `items[series][data index]`.
    pub items: Vec<Vec<Item>>,
}

/// What one bar or point stands for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    pub place: Option<String>,
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
        for (s, items) in self.items.iter().enumerate() {
            for (d, item) in items.iter().enumerate() {
                if item.place.as_deref() == Some(place) {
                    out.push((s, d));
                }
            }
        }
        out
    }

    /// The ECharts option: charming's, plus what charming cannot express (per-item bar labels,
    /// wrapped axis labels).
    pub fn option(&self) -> serde_json::Value {
        let mut option = serde_json::to_value(&self.chart).unwrap_or_default();
        if let Some(axis) = option.get_mut("yAxis").filter(|a| a["type"] == "category") {
            axis["axisLabel"] = serde_json::json!({ "width": 170, "overflow": "break", "lineHeight": 13 });
        }
        for (s, items) in self.items.iter().enumerate() {
            for (d, item) in items.iter().enumerate() {
                if let (Some(label), Some(point)) = (&item.label, option["series"][s]["data"].get_mut(d)) {
                    point["label"] = serde_json::json!({ "formatter": label });
                }
            }
        }
        option
    }

    /// Tooltips as the HTML ECharts shows, per series and data index.
    pub fn tooltips(&self) -> Vec<Vec<String>> {
        self.items.iter().map(|s| s.iter().map(|i| escape_html(&i.tooltip).replace('\n', "<br>")).collect()).collect()
    }
}

pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}
