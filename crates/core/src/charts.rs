//! The charts as the app knows them: the index the build writes into the packed dataset (where
//! each chart goes, its title in both languages and its height), and the rules of drawing a chart
//! file's option at the width it is shown. The charts themselves (what each shows, its option,
//! items and description) are built by the build (`crates/build/src/spec.rs`, `charts.rs`), one
//! chart file a language; the wasm carries no chart builder.

use crate::lang::{Lang, Text};
use crate::model::Topic;

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

/// Every chart of every view, in build order (`crates/build/src/spec.rs`): the province's, then
/// each division's in adcode order, each view's charts in the order the build makes them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartIndex(pub Vec<IndexEntry>);

impl ChartIndex {
    /// The charts of `view` (a place id), in build order.
    pub fn of_view<'a>(&'a self, view: &'a str) -> impl Iterator<Item = &'a IndexEntry> {
        self.0.iter().filter(move |e| e.view == view)
    }
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
