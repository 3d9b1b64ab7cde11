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
    /// `items[series][data index]`.
    pub items: Vec<Vec<Item>>,
}

/// What one bar or point stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub place: Option<String>,
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

    /// Tooltips as the HTML ECharts shows, per series and data index.
    pub fn tooltips(&self) -> Vec<Vec<String>> {
        self.items.iter().map(|s| s.iter().map(|i| escape_html(&i.tooltip).replace('\n', "<br>")).collect()).collect()
    }
}

pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}
