//! The editor's comparisons (`data/charts.csv`): figures of one place and topic that an editor
//! puts on one axis although they are not one quantity the grammar would group (projects
//! continued and new; patents applied for and granted; the growth of output and of tax), each
//! bar named in a few words in both languages. Checked here (every figure known, of one place,
//! topic and unit, no threshold, at least two), then drawn like every other bar chart, in its
//! topic's section of its place's view.

use crate::dataset::DataError;
use crate::rows::{Row, read};
use crate::spec::options::{figure_items, height_for, open_ended, value_label};
use crate::spec::{ChartSpec, Plot, words};
use crate::values::{chinese_units, english_units};
use atlas_core::data::Dataset;
use atlas_core::lang::{Lang, Text};
use atlas_core::model::{Figure, Kind, Topic};
use atlas_core::numbers::group_thousands;

pub const FILE: &str = "data/charts.csv";
const HEADER: &[&str] = &["id", "title", "title_zh", "figures", "labels", "labels_zh"];

/// One comparison: its id (its chart's key is `chart-<id>`), title, and bars (a figure and its
/// label each), in the file's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub id: String,
    pub title: Text,
    pub bars: Vec<(String, Text)>,
    /// The place and topic of its figures: the view and section that show it.
    pub place: String,
    pub topic: Topic,
}

/// Reads and checks `text` (the file `data/charts.csv`) against `data`.
pub fn read_all(data: &Dataset, text: &str) -> Result<Vec<Comparison>, Vec<DataError>> {
    let mut errors = Vec::new();
    let out = read(FILE, text, HEADER, &mut errors, |r, e| comparison(data, r, e));
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

fn comparison(data: &Dataset, r: &Row<'_>, errors: &mut Vec<DataError>) -> Option<Comparison> {
    let split = |column: &str| -> Vec<String> { r.get(column).split('|').map(|s| s.trim().to_string()).collect() };
    let (ids, en, zh) = (split("figures"), split("labels"), split("labels_zh"));
    if r.get("title").trim().is_empty() || r.get("title_zh").trim().is_empty() {
        errors.push(r.error("a comparison needs a title and title_zh".into()));
    }
    if !r.get("id").chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        errors.push(r.error(format!("id {:?}: write lowercase letters, digits and hyphens", r.get("id"))));
    }
    if ids.len() < 2 {
        errors.push(r.error("a comparison needs at least two figures, separated by |".into()));
        return None;
    }
    if en.len() != ids.len() || zh.len() != ids.len() || en.iter().chain(&zh).any(String::is_empty) {
        errors.push(r.error(format!("{} figures need {0} labels and {0} labels_zh, none empty", ids.len())));
        return None;
    }
    let mut figures: Vec<&Figure> = Vec::new();
    for id in &ids {
        match data.figures.iter().find(|f| &f.id == id) {
            None => errors.push(r.error(format!("unknown figure {id:?}"))),
            Some(_) if figures.iter().any(|f| &f.id == id) => errors.push(r.error(format!("{id:?} is there twice"))),
            Some(f) if f.kind == Kind::Threshold => {
                errors.push(r.error(format!("{id:?} is a threshold: a class, never a bar")));
            }
            Some(f) => figures.push(f),
        }
    }
    let first = *figures.first()?;
    for f in &figures[1..] {
        let (a, b) = ((&first.place, first.topic, &first.unit), (&f.place, f.topic, &f.unit));
        if a != b {
            errors.push(r.error(format!(
                "{} and {} differ in place, topic or unit: one axis needs one place, topic and unit",
                first.id, f.id
            )));
        }
    }
    (figures.len() == ids.len()).then(|| Comparison {
        id: r.get("id").into(),
        title: Text::new(r.get("title").trim(), r.get("title_zh").trim()),
        bars: ids.into_iter().zip(en.into_iter().zip(zh).map(|(e, z)| Text::new(e, z))).collect(),
        place: first.place.clone(),
        topic: first.topic,
    })
}

/// The comparison's chart in `lang`, in the units the reader counts in (亿元 in Chinese, when
/// every bar's value can be written so), each bar's label the value as the page writes it.
pub fn chart(data: &Dataset, c: &Comparison, lang: Lang) -> ChartSpec {
    let figures: Vec<&Figure> = c.bars.iter().filter_map(|(id, _)| data.figures.iter().find(|f| &f.id == id)).collect();
    let first = figures[0];
    // One unit for the axis: the reader's own (亿元, billions) if every value has it.
    let shifted: Option<Vec<(String, &str)>> = figures
        .iter()
        .map(|f| match lang {
            Lang::En => english_units(&f.value_text, &f.unit),
            Lang::Zh => chinese_units(&f.value_text, &f.unit),
        })
        .collect();
    let shifted = shifted.filter(|s| s.iter().all(|(_, u)| *u == s[0].1));
    let (values, unit): (Vec<f64>, String) = match &shifted {
        Some(s) => (s.iter().map(|(n, _)| n.parse().unwrap_or_default()).collect(), s[0].1.to_string()),
        None => (figures.iter().map(|f| f.value).collect(), data.terms.unit(&first.unit, lang).to_string()),
    };
    let labels: Vec<String> = match &shifted {
        // In the reader's unit, the axis names it: the bars say the number and its qualifier.
        Some(s) => figures
            .iter()
            .zip(s)
            .map(|(f, (n, _))| {
                let stated = value_label(f, Lang::En);
                let number = group_thousands(&f.value_text);
                stated.replace(&number, &group_thousands(n))
            })
            .collect(),
        None => figures.iter().map(|f| value_label(f, lang)).collect(),
    };
    let categories: Vec<String> = c.bars.iter().map(|(_, t)| t.get(lang).to_string()).collect();
    let title = words::quantity(c.title.get(lang), &unit, lang);
    let bars = words::list(categories.iter().zip(&labels).map(|(n, l)| words::bar(n, l, &unit, lang)), lang);
    let items = figure_items(data, &figures, &labels, lang);
    ChartSpec {
        view: c.place.clone(),
        key: format!("chart-{}", c.id),
        title: title.clone(),
        description: words::compared(&title, &bars, lang),
        height: height_for(figures.len()),
        plot: Plot {
            unit,
            categories,
            values,
            selected: vec![false; figures.len()],
            open: figures.iter().map(|f| open_ended(f)).collect(),
        },
        items,
    }
}
