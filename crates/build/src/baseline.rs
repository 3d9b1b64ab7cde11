//! The official statistics (the baseline): the same few indicators for every division, read from
//! `data/baseline*.csv` and checked (values in their lines, the divisions' GDPs against the
//! province's, a division's three sectors against its GDP), then added to the dataset as figures
//! whose sources are marked official, so that they show apart from the articles' figures.

use crate::dataset::{DataError, value_in_quote};
use crate::rows::{at, read, table_rows};
use atlas_core::data::Dataset;
use atlas_core::lang::Text;
use atlas_core::model::{Figure, Kind, Qualifier, Source, Topic};
use std::collections::{HashMap, HashSet};

pub const INDICATORS: &str = "data/baseline-indicators.csv";
pub const SOURCES: &str = "data/baseline-sources.csv";
pub const VALUES: &str = "data/baseline.csv";

const INDICATORS_HEADER: &[&str] = &["id", "indicator", "indicator_zh", "unit", "kind", "on_map", "part_of"];
const SOURCES_HEADER: &[&str] =
    &["id", "address", "title", "title_en", "publisher", "publisher_zh", "via", "via_zh", "date", "note", "note_zh"];
const VALUES_HEADER: &[&str] =
    &["id", "place", "indicator", "year", "value", "unit", "source", "line", "note", "note_zh"];

/// The indicator whose values of the divisions add up to the province's.
const GDP: &str = "gdp";
/// How far the divisions' GDPs may be from the province's (unified accounting: within 0.1 %).
const GDP_TOLERANCE: f64 = 0.001;

/// One indicator of the baseline (`data/baseline-indicators.csv`).
struct Indicator {
    id: String,
    label: Text,
    unit: String,
    kind: Kind,
    /// It can colour the map (its measure is `<id>-<year>`).
    on_map: bool,
    /// The indicator it is a part of (the three sectors are parts of GDP).
    part_of: String,
}

/// One value as `data/baseline.csv` gives it.
struct Value {
    line: usize,
    id: String,
    place: String,
    indicator: String,
    year: String,
    value: f64,
    text: String,
}

/// The text of the three baseline files, by path.
pub struct Files<'a> {
    pub indicators: &'a str,
    pub sources: &'a str,
    pub values: &'a str,
}

/// Reads, checks and adds the baseline to `data`: its sources (marked official) and its values
/// (figures of the topic `economy`). Every problem comes back with its file and line.
pub fn add(data: &mut Dataset, files: &Files<'_>) -> Result<(), Vec<DataError>> {
    let mut errors = Vec::new();
    let indicators = read(INDICATORS, files.indicators, INDICATORS_HEADER, &mut errors, |r, e| {
        let kind = Kind::from_code(r.get("kind"));
        if kind.is_none() {
            e.push(r.error(format!("unknown kind {:?}", r.get("kind"))));
        }
        if !matches!(r.get("on_map"), "yes" | "") {
            e.push(r.error(format!("on_map is {:?}: write yes, or leave it empty", r.get("on_map"))));
        }
        r.translated("indicator", e);
        Some(Indicator {
            id: r.get("id").into(),
            label: Text::new(r.get("indicator"), r.get("indicator_zh")),
            unit: r.get("unit").into(),
            kind: kind?,
            on_map: r.get("on_map") == "yes",
            part_of: r.get("part_of").into(),
        })
    });
    for i in &indicators {
        if !i.part_of.is_empty() && !indicators.iter().any(|j| j.id == i.part_of) {
            errors.push(at(INDICATORS, 1, format!("{}: part_of names no indicator: {:?}", i.id, i.part_of)));
        }
        if data.terms.0.iter().all(|t| !(t.set == "unit" && t.code == i.unit)) {
            errors.push(at(INDICATORS, 1, format!("unit {:?} has no row in data/terms.csv", i.unit)));
        }
    }
    let sources = read(SOURCES, files.sources, SOURCES_HEADER, &mut errors, |r, e| {
        if !r.get("address").starts_with("http://") && !r.get("address").starts_with("https://") {
            e.push(r.error(format!("address {:?} is not an http(s) address", r.get("address"))));
        }
        // A copy that names no date leaves it empty (and says so in its note).
        if !r.get("date").is_empty() && !is_date(r.get("date")) {
            e.push(r.error(format!("date {:?} is not YYYY, YYYY-MM or YYYY-MM-DD", r.get("date"))));
        }
        if r.get("date").is_empty() && r.get("note").is_empty() {
            e.push(r.error("date is empty: say in the note that the page names none".into()));
        }
        r.translated("publisher", e);
        r.translated("via", e);
        r.translated("note", e);
        if data.source(r.get("id")).is_some() {
            e.push(r.error(format!("id {:?} is already an article's (data/sources.csv)", r.get("id"))));
        }
        Some(Source {
            id: r.get("id").into(),
            file: String::new(),
            url: r.get("address").into(),
            official: true,
            // A repost's garbling, a list that names no source: shown with each line it gives.
            note: Text::new(r.get("note"), r.get("note_zh")),
            title: Text::new(r.get("title_en"), r.get("title")),
            publisher: Text::new(r.get("publisher"), r.get("publisher_zh")),
            site: Text::new(r.get("via"), r.get("via_zh")),
            date: r.get("date").into(),
            date_note: String::new(),
        })
    });
    let mut notes: HashMap<String, Text> = HashMap::new();
    let values = read(VALUES, files.values, VALUES_HEADER, &mut errors, |r, e| {
        let place = data.place(r.get("place"));
        if place.is_none() {
            e.push(r.error(format!("unknown place {:?} (see data/places.csv)", r.get("place"))));
        }
        let indicator = indicators.iter().find(|i| i.id == r.get("indicator"));
        match indicator {
            None => e.push(r.error(format!("unknown indicator {:?} (see {INDICATORS})", r.get("indicator")))),
            Some(i) if i.unit != r.get("unit") => {
                e.push(r.error(format!("unit {:?}: {} is given in {:?}", r.get("unit"), i.id, i.unit)))
            }
            Some(_) => {}
        }
        if !sources.iter().any(|s| s.id == r.get("source")) {
            e.push(r.error(format!("unknown source {:?} (see {SOURCES})", r.get("source"))));
        }
        let year = r.get("year");
        if !(year.len() == 4 && year.chars().all(|c| c.is_ascii_digit())) {
            e.push(r.error(format!("year {year:?} is not YYYY")));
        }
        let value = plain_number(r.get("value"));
        match value {
            None => e.push(r.error(format!("value {:?} is not a plain number", r.get("value")))),
            Some(v) if !value_in_quote(v, r.get("line")) => {
                e.push(r.error(format!("value {} is not stated in its line {:?}", r.get("value"), r.get("line"))))
            }
            Some(_) => {}
        }
        r.translated("note", e);
        notes.insert(r.get("id").into(), Text::new(r.get("note"), r.get("note_zh")));
        place?;
        indicator?;
        Some(Value {
            line: r.line,
            id: r.get("id").into(),
            place: r.get("place").into(),
            indicator: r.get("indicator").into(),
            year: year.into(),
            value: value?,
            text: r.get("value").into(),
        })
    });
    let mut seen = HashSet::new();
    for v in &values {
        if !seen.insert((&v.place, &v.indicator, &v.year)) {
            errors.push(at(VALUES, v.line, format!("{} {} {} is given twice", v.place, v.indicator, v.year)));
        }
    }
    check_sums(data, &indicators, &values, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let lines = table_rows(files.values);
    for v in &values {
        let i = indicators.iter().find(|i| i.id == v.indicator).expect("checked above");
        let row = lines.iter().find(|(line, _)| *line == v.line).map(|(_, row)| row);
        let field = |name: &str| row.and_then(|r| r.get(name)).cloned().unwrap_or_default();
        data.figures.push(Figure {
            id: v.id.clone(),
            place: v.place.clone(),
            subplace: Text::default(),
            topic: Topic::Economy,
            indicator: i.label.clone(),
            indicator_id: if i.on_map { format!("{}-{}", i.id, v.year) } else { String::new() },
            value: v.value,
            value_text: v.text.clone(),
            shown: Text::default(),
            stated: Text::default(),
            unit: i.unit.clone(),
            period: v.year.clone(),
            kind: i.kind,
            qualifier: Qualifier::Exact,
            source: field("source"),
            quote: field("line"),
            quote_zh: String::new(),
            note: notes.remove(&v.id).unwrap_or_default(),
            line: v.line,
        });
    }
    data.sources.extend(sources);
    crate::values::write(data);
    Ok(())
}

/// The divisions' GDPs add up to the province's (within `GDP_TOLERANCE`) in every year that
/// gives all of them and the province's; a value's parts (the three sectors) add up to it within
/// the rounding of the numbers as written, where all of them are given.
fn check_sums(data: &Dataset, indicators: &[Indicator], values: &[Value], errors: &mut Vec<DataError>) {
    let province = data.province().map(|p| p.id.as_str()).unwrap_or_default();
    let divisions: Vec<&str> = data.divisions().map(|p| p.id.as_str()).collect();
    let years: HashSet<&str> = values.iter().map(|v| v.year.as_str()).collect();
    let find = |place: &str, indicator: &str, year: &str| {
        values.iter().find(|v| v.place == place && v.indicator == indicator && v.year == year)
    };
    for year in years {
        let gdps: Vec<&Value> = divisions.iter().filter_map(|d| find(d, GDP, year)).collect();
        if let (Some(whole), true) = (find(province, GDP, year), gdps.len() == divisions.len()) {
            let sum: f64 = gdps.iter().map(|v| v.value).sum();
            if ((sum - whole.value) / whole.value).abs() > GDP_TOLERANCE {
                errors.push(at(
                    VALUES,
                    whole.line,
                    format!(
                        "the {} divisions' GDPs of {year} add up to {sum:.2}, more than 0.1 % away from the province's {}",
                        divisions.len(),
                        whole.text
                    ),
                ));
            }
        }
        for whole in values.iter().filter(|v| v.year == year) {
            let parts: Vec<&Indicator> = indicators.iter().filter(|i| i.part_of == whole.indicator).collect();
            let found: Vec<&Value> = parts.iter().filter_map(|i| find(&whole.place, &i.id, year)).collect();
            if parts.is_empty() || found.len() != parts.len() {
                continue;
            }
            let sum: f64 = found.iter().map(|v| v.value).sum();
            // Each number is rounded to its last written digit: half a unit of it, each.
            let slack: f64 = found.iter().chain([&whole]).map(|v| half_unit(&v.text)).sum();
            if (sum - whole.value).abs() > slack + 1e-9 {
                let names: Vec<&str> = parts.iter().map(|i| i.id.as_str()).collect();
                errors.push(at(
                    VALUES,
                    whole.line,
                    format!(
                        "{} {} {year}: its parts ({}) add up to {sum:.2}, not {} within rounding",
                        whole.place,
                        whole.indicator,
                        names.join(", "),
                        whole.text
                    ),
                ));
            }
        }
    }
}

/// Half a unit of the last digit written: "1929.5" -> 0.05.
fn half_unit(text: &str) -> f64 {
    let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
    0.5 / 10f64.powi(decimals as i32)
}

fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.chars().all(|c| c.is_ascii_digit());
    (1..=3).contains(&parts.len()) && digits(parts[0], 4) && parts[1..].iter().all(|p| digits(p, 2))
}

/// Digits with an optional fraction: no sign, exponent or separators.
fn plain_number(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
    let digits = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
    (digits(int) && digits(frac)).then(|| s.parse().ok()).flatten()
}
