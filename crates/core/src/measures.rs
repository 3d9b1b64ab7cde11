//! What colours the map: a measure gives some divisions a value and leaves the others without
//! one ("no figures in the sources", never zero), named and explained in both languages. The build
//! works out each measure, its colours and its legend (`crates/build/src/measures.rs`); the
//! app reads them.

use crate::lang::{Lang, Text};
use crate::model::Qualifier;

/// How many figures the articles give about each division: one choice among the measures, never
/// the default (the map opens on the first measure of official statistics).
pub const COVERAGE: &str = "coverage";

/// A quantity known for some divisions.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// Stable id used in links (`?measure=...`): `coverage`, or the indicator's `indicator_id`.
    pub id: String,
    /// What it is, in both languages: the indicator, or what coverage counts.
    pub label: Text,
    /// Its unit in both languages, as the legend names it: `en` is the unit as the data writes it
    /// ("billion CNY"), or the one an English reader counts in (billions for 亿元).
    pub unit: Text,
    /// The divisions that have a value.
    pub values: Vec<MeasureValue>,
    /// A class the sources name divisions in (a threshold, see `Kind::Threshold`): the map fills
    /// the members, in one colour, rather than grading values (a division is named by one of its
    /// clusters).
    pub membership: bool,
    /// The period all its values are of ("2022"), or empty if they differ (or it is counted).
    pub period: String,
    /// The sources of its values, in the order of its values (each once): official statistics,
    /// or articles; none for coverage.
    pub sources: Vec<String>,
    /// Its values are official statistics.
    pub official: bool,
    /// The id it had when measures were named by the slug of their label (`slug`), for links
    /// shared then; empty for coverage.
    pub legacy: String,
    /// The fill of each value (an index into `SCALE`), in the order of `values`, and what the
    /// colours mean in both languages (a colour's index, its label): the build works them out
    /// once.
    pub fills: Vec<usize>,
    pub legend: Vec<(usize, Text)>,
}

/// One division's value of a measure.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureValue {
    pub place: String,
    pub value: f64,
    pub qualifier: Qualifier,
    /// The figure that states it (none for coverage, which the atlas counts).
    pub figure: Option<String>,
}

/// Sequential colours, light to dark, for up to five classes.
pub const SCALE: [&str; 5] = ["#d6e6f2", "#a6c8e0", "#6ea6cd", "#3b7fb6", "#1c5689"];
/// Fill of a division the measure says nothing about.
pub const NO_DATA: &str = "none";

/// One entry of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub colour: &'static str,
    pub label: String,
}

impl Measure {
    pub fn value(&self, place: &str) -> Option<(f64, Qualifier)> {
        self.values.iter().find(|v| v.place == place).map(|v| (v.value, v.qualifier))
    }

    /// The fill of a division (as the build worked it out): a colour of the scale, or `NO_DATA`.
    pub fn colour(&self, place: &str) -> &'static str {
        match self.values.iter().position(|v| v.place == place) {
            Some(i) => self.fills.get(i).map_or(NO_DATA, |&c| SCALE[c]),
            None => NO_DATA,
        }
    }

    /// What the colours mean, in `lang` (as the build worked it out).
    pub fn legend(&self, lang: Lang) -> Vec<LegendEntry> {
        self.legend
            .iter()
            .map(|(c, label)| LegendEntry { colour: SCALE[*c], label: label.get(lang).to_string() })
            .collect()
    }
}
