//! Builds the charts the atlas draws from the figures, in either language: the grammar
//! (`crate::grammar`) decides which figures make a chart, this module what it plots, what each
//! item stands for and how it is described (in the words of `super::words`). Pure: tested
//! natively by comparing the specs it returns.
//!
//! One number format everywhere: every number drawn is the text `value_label` gives (thousands
//! separated, with its qualifier), the same as cards and descriptions; years are never
//! separated; no label is cut (long category labels wrap).

use super::words::{self, FigureTip};
use super::{ChartSpec, Item, Plot};
use crate::values::as_stated;
use atlas_core::citation::{period, source_label};
use atlas_core::data::Dataset;
use atlas_core::lang::Lang;
use atlas_core::model::{Figure, Place, Qualifier};
use atlas_core::numbers::group_thousands;

/// A figure's value as drawn at the end of its bar. In English the number and its qualifier:
/// "845,200", "≥ 100", "> 2,000" (the axis names the unit); in Chinese the value as the page
/// writes it (`Figure::shown`): "超过2,000年", "约11.74亿元".
pub fn value_label(f: &Figure, lang: Lang) -> String {
    if lang == Lang::Zh {
        return f.shown.zh.clone();
    }
    let symbol = match f.qualifier {
        Qualifier::Exact => "",
        Qualifier::More => "> ",
        Qualifier::AtLeast => "\u{2265} ",
        Qualifier::About => "~ ",
        Qualifier::Less => "< ",
    };
    format!("{symbol}{}", group_thousands(&f.value_text))
}

/// One division's bar in `ranked_bars`.
pub struct RankedRow<'a> {
    pub place: &'a Place,
    /// What in the place the value is of (a town, a park), which then names the bar; empty for
    /// the place itself.
    pub subplace: &'a str,
    pub value: f64,
    /// The text at the end of the bar (see `value_label`).
    pub label: String,
    pub tooltip: String,
    /// The figure that states the value, if a figure does (coverage is counted).
    pub figure: Option<String>,
    /// Whether the value is a lower bound (`open_ended`).
    pub open: bool,
}

/// Whether a figure's value is only a lower bound ("more than", "at least"): its bar has no end.
pub fn open_ended(f: &Figure) -> bool {
    matches!(f.qualifier, Qualifier::More | Qualifier::AtLeast)
}

/// Where a chart goes: the view (a place id) and its key there.
pub struct Slot<'a> {
    pub view: &'a str,
    pub key: &'a str,
}

/// Divisions ranked by one quantity, largest first, the selected one in the accent colour;
/// `title`, `unit` and the rows' texts are in `lang`, and so are the place names it draws.
pub fn ranked_bars(
    at: Slot<'_>,
    title: &str,
    unit: &str,
    rows: Vec<RankedRow<'_>>,
    selected: Option<&str>,
    lang: Lang,
) -> ChartSpec {
    let mut rows = rows;
    rows.sort_by(|a, b| b.value.total_cmp(&a.value).then_with(|| a.place.id.cmp(&b.place.id)));
    let plot = Plot {
        unit: unit.to_string(),
        categories: rows.iter().map(|r| category(r, lang).to_string()).collect(),
        values: rows.iter().map(|r| r.value).collect(),
        selected: rows.iter().map(|r| Some(r.place.id.as_str()) == selected).collect(),
        open: rows.iter().map(|r| r.open).collect(),
    };
    let items = vec![
        rows.iter()
            .map(|r| Item {
                place: Some(r.place.id.clone()),
                figure: r.figure.clone(),
                tooltip: r.tooltip.clone(),
                label: Some(r.label.clone()),
            })
            .collect(),
    ];
    let bars = words::list(rows.iter().map(|r| words::bar(category(r, lang), &r.label, unit, lang)), lang);
    let description = words::ranked(title, &bars, lang);
    let height = height_for(rows.len());
    chart(at, title, description, height, plot, items)
}

/// A bar's name: its subplace (the town, which names its industry), or else its place.
fn category<'a>(r: &RankedRow<'a>, lang: Lang) -> &'a str {
    if r.subplace.is_empty() { r.place.name(lang) } else { r.subplace }
}

fn chart(at: Slot<'_>, title: &str, description: String, height: u32, plot: Plot, items: Vec<Vec<Item>>) -> ChartSpec {
    ChartSpec { view: at.view.into(), key: at.key.into(), title: title.into(), description, height, plot, items }
}

/// Divisions compared by one quantity that each states (a group the grammar calls `Compare`).
pub fn compare(data: &Dataset, at: Slot<'_>, figures: &[&Figure], selected: Option<&str>, lang: Lang) -> ChartSpec {
    let first = figures[0];
    let rows = figures
        .iter()
        .filter_map(|f| {
            Some(RankedRow {
                place: data.place(&f.place)?,
                subplace: f.subplace.get(lang),
                value: f.value,
                label: value_label(f, lang),
                tooltip: figure_tooltip(data, f, lang),
                figure: Some(f.id.clone()),
                open: open_ended(f),
            })
        })
        .collect();
    let unit = data.terms.unit(&first.unit, lang);
    ranked_bars(at, &words::quantity(first.indicator.get(lang), unit, lang), unit, rows, selected, lang)
}

/// One place's values of one quantity over its periods, oldest first (a group the grammar calls
/// `Series`). The periods are category labels, so a year is never drawn as "2,019".
pub fn series(data: &Dataset, at: Slot<'_>, figures: &[&Figure], lang: Lang) -> ChartSpec {
    let mut figures = figures.to_vec();
    figures.sort_by(|a, b| a.period.cmp(&b.period));
    let first = figures[0];
    let unit = data.terms.unit(&first.unit, lang);
    let title = words::quantity(first.indicator.get(lang), unit, lang);
    let periods: Vec<String> = figures.iter().map(|f| period(&f.period, lang)).collect();
    let labels: Vec<String> = figures.iter().map(|f| value_label(f, lang)).collect();
    let items = figure_items(data, &figures, &labels, lang);
    let bars = words::list(periods.iter().zip(&labels).map(|(p, l)| words::bar(p, l, unit, lang)), lang);
    let description = words::by_period(&title, &bars, lang);
    let plot = Plot {
        unit: unit.to_string(),
        categories: periods,
        values: figures.iter().map(|f| f.value).collect(),
        selected: vec![false; figures.len()],
        open: figures.iter().map(|f| open_ended(f)).collect(),
    };
    let height = height_for(figures.len());
    chart(at, &title, description, height, plot, items)
}

/// One series of bars that each stand for a figure (and for no place on the map): its figure,
/// its tooltip and its `labels`' text at its end.
pub fn figure_items(data: &Dataset, figures: &[&Figure], labels: &[String], lang: Lang) -> Vec<Vec<Item>> {
    let items = figures.iter().zip(labels).map(|(f, label)| Item {
        place: None,
        figure: Some(f.id.clone()),
        tooltip: figure_tooltip(data, f, lang),
        label: Some(label.clone()),
    });
    vec![items.collect()]
}

/// The name of a place in `lang`, or its id if the dataset has no such place.
fn place_name<'a>(data: &'a Dataset, place: &'a str, lang: Lang) -> &'a str {
    data.place(place).map_or(place, |p| p.name(lang))
}

/// What a reader needs next to a number: what, where, value, period and source.
pub fn figure_tooltip(data: &Dataset, f: &Figure, lang: Lang) -> String {
    let tip = FigureTip {
        place: place_name(data, &f.place, lang),
        subplace: f.subplace.get(lang),
        indicator: f.indicator.get(lang),
        value: f.shown.get(lang),
        as_stated: &as_stated(f, &data.terms, lang),
        period: &period(&f.period, lang),
        source: &source_label(data, &f.source, lang),
        note: f.note.get(lang),
    };
    words::figure_tip(&tip, lang)
}

/// Height in pixels that gives each of `rows` bars room.
pub fn height_for(rows: usize) -> u32 {
    (rows as u32 * 40 + 60).clamp(150, 640)
}
