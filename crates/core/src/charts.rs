//! Charts: what each chart shows (`options` builds them from the figures the grammar allows, in
//! either language, with the words of `words`), as typed plots with, per item, the place and
//! figure it stands for, its tooltip and a text description. Pure and free of any chart library.
//!
//! Specs are built natively only, by the build (`crates/build/src/charts.rs` turns each into an
//! ECharts option with charming, with its items' places, tooltips and description, one chart
//! file a language) and by tests. The app gets only the `ChartIndex` (in the packed dataset):
//! where each chart goes, its title, height and kind; it draws the chart file's option. The wasm
//! so carries no chart-spec builder (`scripts/wasm-contents.mjs` checks it).

pub mod options;
pub mod words;

use crate::atlas::Atlas;
use crate::data::Dataset;
use crate::explorer;
use crate::html;
use crate::lang::{Lang, Text};
use crate::model::Topic;
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

/// What the app needs of a chart before its file has loaded: where it goes, its title (in the
/// view's language), height and kind. Two are equal when they are the same chart of the same
/// view in the same language (the rest follows from those).
#[derive(Debug, Clone)]
pub struct ChartRef {
    /// The view it belongs to (a place id) and its key there, as in `ChartSpec`.
    pub view: String,
    pub key: String,
    pub title: String,
    pub height: u32,
    /// The language of its title and of the chart file it is drawn from.
    pub lang: Lang,
}

impl PartialEq for ChartRef {
    fn eq(&self, other: &Self) -> bool {
        (&self.view, &self.key, self.lang) == (&other.view, &other.key, other.lang)
    }
}

/// One chart of one view, in both languages: the index the build writes into the packed dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexEntry {
    pub view: String,
    /// The topic whose section shows it; `None` for the charts about every topic.
    pub topic: Option<Topic>,
    pub key: String,
    pub title: Text,
    pub height: u32,
}

impl IndexEntry {
    /// The chart as a view in `lang` shows it.
    pub fn chart_ref(&self, lang: Lang) -> ChartRef {
        ChartRef {
            view: self.view.clone(),
            key: self.key.clone(),
            title: self.title.get(lang).to_string(),
            height: self.height,
            lang,
        }
    }
}

/// Every chart of every view (`index`), in build order: the views in the order of
/// `explorer::views`, each view's charts in the order of `explorer::chart_specs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartIndex(pub Vec<IndexEntry>);

impl ChartIndex {
    /// The charts of `view` (a place id), in build order.
    pub fn of_view<'a>(&'a self, view: &'a str) -> impl Iterator<Item = &'a IndexEntry> {
        self.0.iter().filter(move |e| e.view == view)
    }
}

/// Every chart of every view, from the specs of both languages (which draw the same charts:
/// the same keys and heights) that `specs` gives a view (`None`: the province's) in a language:
/// `explorer::chart_specs`, and the build's own. Built natively, by the build and tests; the app
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

/// Where a figure comes from, in a few words: "China Daily, 2019-08-05"; "中国日报，2019年8月5日".
/// Here, not in `options`, because the app's cards and lists say it too (and `options` stays out
/// of the wasm); `options::source_label` is the same function.
pub fn source_label(data: &Dataset, source: &str, lang: Lang) -> String {
    data.source(source).map_or_else(
        || source.to_string(),
        |s| {
            let date = if s.date.is_empty() { String::new() } else { words::period(&s.date, lang) };
            let label = words::source(s.publisher.get(lang), &date, lang);
            if s.official {
                let m = crate::messages::of(lang);
                format!("{}{}{label}", m.official, m.colon)
            } else {
                label
            }
        },
    )
}

/// The component types a chart's option may hold besides its `tooltip` and `animation` flag.
/// The app redraws an instance by replacing these (ECharts' `replaceMerge`) and merging the
/// tooltip, which every chart has alike: a chart drawn after another keeps nothing of it.
pub const REPLACED: [&str; 5] = ["grid", "legend", "series", "xAxis", "yAxis"];

/// The width of a bar chart's category labels in a chart `width` pixels wide: at most 42% of it
/// and at most 170 px, so bars keep room on a phone; longer labels wrap, never cut.
pub fn label_width(width: f64) -> f64 {
    (width * 0.42).clamp(80.0, 170.0).round()
}

/// How many intervals a bar chart's value axis aims for in a chart `width` pixels wide: fewer
/// on a phone, where five numbers like "1,500" would run into each other.
pub fn value_splits(width: f64) -> u32 {
    if width < 480.0 { 2 } else { 5 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_take_at_most_42_percent_of_a_narrow_chart() {
        assert_eq!(label_width(300.0), 126.0);
        assert_eq!(label_width(1000.0), 170.0);
        assert_eq!(label_width(100.0), 80.0);
    }

    #[test]
    fn a_phone_gets_fewer_value_ticks() {
        assert_eq!(value_splits(344.0), 2);
        assert_eq!(value_splits(520.0), 5);
    }
}
