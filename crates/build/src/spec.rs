//! What each chart shows, before any chart library: a typed plot with, per bar, the place and
//! figure it stands for, its label and tooltip, and a text description, in either language
//! (`options` builds them with the words of `words`; `views` says which charts each view has).
//! `charts` turns each into an ECharts option with charming; `index` lists them for the app.

pub mod options;
pub mod views;
pub mod words;

use atlas_core::atlas::Atlas;
use atlas_core::charts::{ChartIndex, IndexEntry};
use atlas_core::explorer;
use atlas_core::html;
use atlas_core::lang::{Lang, Text};
use atlas_core::model::Topic;
use std::sync::Arc;

/// Bar colour of a place that is not selected.
pub const BAR: &str = "#7a9cb8";
/// Colour of the selected place, everywhere.
pub const SELECTED: &str = "#c2410c";
/// A chart ready to draw, in one language: what it plots, per series and data item what that item stands for
/// (for linking with the map, tooltips and labels), and a text alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// The view it belongs to (a place id: the province's or a division's).
    pub view: String,
    /// Stable across re-renders of the same chart, unique in its view (the DOM key, and the
    /// chart's name in the build's chart file).
    pub key: String,
    pub title: String,
    /// Read by screen readers instead of the canvas.
    pub description: String,
    /// Height of the chart in pixels (enough room for every bar).
    pub height: u32,
    pub plot: Plot,
    /// `items[series][data index]`.
    pub items: Vec<Vec<Item>>,
}

/// What a chart draws: horizontal bars, one a category (a division, a period, or what an
/// editor's comparison names), top to bottom; `unit` names the value axis. An `open` bar is a
/// lower bound ("more than 2,000 years"): drawn fading out at its end, never as a solid bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Plot {
    pub unit: String,
    pub categories: Vec<String>,
    pub values: Vec<f64>,
    pub selected: Vec<bool>,
    pub open: Vec<bool>,
}

/// What one bar stands for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Item {
    pub place: Option<String>,
    /// The id of the figure it shows, if it shows one.
    pub figure: Option<String>,
    /// The text at the end of a bar: its value as the page writes numbers ("845,200", "≥ 100";
    /// "117,351万元", see `options::value_label`).
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

    /// Tooltips as the HTML ECharts shows, per series and data index.
    pub fn tooltips(&self) -> Vec<Vec<String>> {
        self.items.iter().map(|s| s.iter().map(|i| html::escape(&i.tooltip).replace('\n', "<br>")).collect()).collect()
    }
}

/// Every chart of every view, from the specs of both languages (which draw the same charts:
/// the same keys and heights) that `specs` gives a view (`None`: the province's) in a language:
/// `views::chart_specs`, and the editor's comparisons. Built natively, by the build and tests; the app
/// reads it from the packed dataset.
pub fn index(atlas: &Atlas, specs: impl Fn(Option<&str>, Lang) -> Vec<(Option<Topic>, Arc<ChartSpec>)>) -> ChartIndex {
    let mut out = Vec::new();
    for view in explorer::views(atlas) {
        let (en, zh) = (specs(view, Lang::En), specs(view, Lang::Zh));
        for ((topic, e), (_, z)) in en.iter().zip(&zh) {
            out.push(IndexEntry {
                view: e.view.clone(),
                topic: *topic,
                key: e.key.clone(),
                title: Text::new(e.title.as_str(), z.title.as_str()),
                height: e.height,
            });
        }
    }
    ChartIndex(out)
}
