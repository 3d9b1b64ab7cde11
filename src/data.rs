//! The dataset: parses and validates the CSV files of `data/` into typed structures. The same
//! code runs in `build.rs` (so a broken file fails the build, naming file and line) and in the
//! app (which embeds the files and loads them once at start-up). Std only.

use crate::csv::Table;
use crate::model::{Figure, Highlight, Kind, Place, PlaceKind, Qualifier, Source, Topic};
use std::collections::HashSet;
use std::fmt;

pub const PLACES_HEADER: &[&str] = &["id", "adcode", "kind", "name_en", "name_zh", "official_en", "official_zh"];
pub const SOURCES_HEADER: &[&str] = &["id", "file", "title", "publisher", "site", "date", "date_note"];
pub const FIGURES_HEADER: &[&str] = &[
    "id",
    "place",
    "subplace",
    "topic",
    "indicator",
    "value",
    "unit",
    "period",
    "kind",
    "qualifier",
    "source",
    "quote",
    "note",
];
pub const HIGHLIGHTS_HEADER: &[&str] = &["id", "place", "subplace", "topic", "text", "period", "source", "quote"];

/// The text of one data file and the path it is reported under.
#[derive(Debug, Clone, Copy)]
pub struct File<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// The four data files.
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    pub places: File<'a>,
    pub sources: File<'a>,
    pub figures: File<'a>,
    pub highlights: File<'a>,
}

/// A problem in a data file: `data/figures.csv:12: unknown place "atlantis"`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Everything the atlas knows, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub places: Vec<Place>,
    pub sources: Vec<Source>,
    pub figures: Vec<Figure>,
    pub highlights: Vec<Highlight>,
}

impl Dataset {
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    pub fn place_by_adcode(&self, adcode: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.adcode == adcode)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The 14 prefecture-level divisions, in adcode order.
    pub fn divisions(&self) -> impl Iterator<Item = &Place> {
        self.places.iter().filter(|p| p.kind != PlaceKind::Province)
    }

    pub fn province(&self) -> Option<&Place> {
        self.places.iter().find(|p| p.kind == PlaceKind::Province)
    }

    pub fn figures_of<'a>(&'a self, place: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| f.place == place)
    }

    pub fn highlights_of<'a>(&'a self, place: &'a str) -> impl Iterator<Item = &'a Highlight> + 'a {
        self.highlights.iter().filter(move |h| h.place == place)
    }
}

/// Collects errors instead of stopping at the first, so one build reports them all.
struct Checker<'a> {
    file: &'a str,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn error(&mut self, line: usize, message: String) {
        self.errors.push(DataError { file: self.file.to_string(), line, message });
    }

    fn table(&mut self, text: &str, header: &[&str]) -> Option<Table> {
        match Table::parse(text).and_then(|t| t.expect_header(header).map(|()| t)) {
            Ok(t) => Some(t),
            Err(e) => {
                self.error(e.line, e.message);
                None
            }
        }
    }

    fn unique(&mut self, seen: &mut HashSet<String>, id: &str, line: usize) {
        if id.is_empty() || id != id.trim() {
            self.error(line, format!("id {id:?} is empty or has surrounding spaces"));
        } else if !seen.insert(id.to_string()) {
            self.error(line, format!("duplicate id {id:?}"));
        }
    }

    fn code<T>(
        &mut self,
        line: usize,
        what: &str,
        value: &str,
        parse: fn(&str) -> Option<T>,
        all: &[&str],
    ) -> Option<T> {
        let parsed = parse(value);
        if parsed.is_none() {
            self.error(line, format!("unknown {what} {value:?}; expected one of: {}", all.join(", ")));
        }
        parsed
    }

    /// Checks that a row's place and source are known ids.
    fn references(
        &mut self,
        line: usize,
        place: (&str, &HashSet<&str>),
        source: (&str, &HashSet<&str>),
        files: Files<'_>,
    ) {
        if !place.1.contains(place.0) {
            self.error(line, format!("unknown place {:?} (see {})", place.0, files.places.path));
        }
        if !source.1.contains(source.0) {
            self.error(line, format!("unknown source {:?} (see {})", source.0, files.sources.path));
        }
    }

    fn period(&mut self, line: usize, period: &str, required: bool) {
        if (required || !period.is_empty()) && !is_period(period) {
            self.error(line, format!("period {period:?} is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
    }
}

fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| code(*v)).collect()
}

/// Parses all files and checks every cross-reference; returns every problem found.
pub fn parse(files: Files<'_>) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();

    let mut c = Checker { file: files.places.path, errors: Vec::new() };
    let mut places = Vec::new();
    if let Some(t) = c.table(files.places.text, PLACES_HEADER) {
        let mut ids = HashSet::new();
        for r in &t.rows {
            let f = &r.fields;
            c.unique(&mut ids, &f[0], r.line);
            if !f[0].chars().all(|ch| ch.is_ascii_lowercase()) {
                c.error(r.line, format!("place id {:?} must be lowercase ascii letters", f[0]));
            }
            if f[1].len() != 6 || !f[1].chars().all(|ch| ch.is_ascii_digit()) {
                c.error(r.line, format!("adcode {:?} is not 6 digits", f[1]));
            }
            let all = codes(PlaceKind::ALL, PlaceKind::code);
            if let Some(kind) = c.code(r.line, "place kind", &f[2], PlaceKind::from_code, &all) {
                places.push(Place {
                    id: f[0].clone(),
                    adcode: f[1].clone(),
                    kind,
                    name_en: f[3].clone(),
                    name_zh: f[4].clone(),
                    official_en: f[5].clone(),
                    official_zh: f[6].clone(),
                });
            }
        }
        if places.iter().filter(|p| p.kind == PlaceKind::Province).count() != 1 {
            c.error(1, "exactly one place of kind `province` is expected".into());
        }
    }
    errors.append(&mut c.errors);

    let mut c = Checker { file: files.sources.path, errors: Vec::new() };
    let mut sources = Vec::new();
    if let Some(t) = c.table(files.sources.text, SOURCES_HEADER) {
        let mut ids = HashSet::new();
        for r in &t.rows {
            let f = &r.fields;
            c.unique(&mut ids, &f[0], r.line);
            c.period(r.line, &f[5], true);
            sources.push(Source {
                id: f[0].clone(),
                file: f[1].clone(),
                title: f[2].clone(),
                publisher: f[3].clone(),
                site: f[4].clone(),
                date: f[5].clone(),
                date_note: f[6].clone(),
            });
        }
    }
    errors.append(&mut c.errors);

    let place_ids: HashSet<&str> = places.iter().map(|p| p.id.as_str()).collect();
    let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let topics = codes(Topic::ALL, Topic::code);

    let mut c = Checker { file: files.figures.path, errors: Vec::new() };
    let mut figures = Vec::new();
    if let Some(t) = c.table(files.figures.text, FIGURES_HEADER) {
        let mut ids = HashSet::new();
        for r in &t.rows {
            let f = &r.fields;
            let line = r.line;
            c.unique(&mut ids, &f[0], line);
            c.references(line, (&f[1], &place_ids), (&f[10], &source_ids), files);
            let topic = c.code(line, "topic", &f[3], Topic::from_code, &topics);
            let value = parse_value(&f[5]);
            if value.is_none() {
                c.error(line, format!("value {:?} is not a plain number (digits, optional '.', no separators)", f[5]));
            }
            c.period(line, &f[7], true);
            let kind = c.code(line, "kind", &f[8], Kind::from_code, &codes(Kind::ALL, Kind::code));
            let qualifier =
                c.code(line, "qualifier", &f[9], Qualifier::from_code, &codes(Qualifier::ALL, Qualifier::code));
            if f[4].trim().is_empty() || f[6].trim().is_empty() {
                c.error(line, "indicator and unit must not be empty".into());
            }
            if let Some(v) = value
                && !value_in_quote(v, &f[11])
            {
                c.error(line, format!("value {} is not stated in its quote {:?}", f[5], f[11]));
            }
            if let (Some(topic), Some(value), Some(kind), Some(qualifier)) = (topic, value, kind, qualifier) {
                figures.push(Figure {
                    id: f[0].clone(),
                    place: f[1].clone(),
                    subplace: f[2].clone(),
                    topic,
                    indicator: f[4].clone(),
                    value,
                    value_text: f[5].clone(),
                    unit: f[6].clone(),
                    period: f[7].clone(),
                    kind,
                    qualifier,
                    source: f[10].clone(),
                    quote: f[11].clone(),
                    note: f[12].clone(),
                    line,
                });
            }
        }
    }
    errors.append(&mut c.errors);

    let mut c = Checker { file: files.highlights.path, errors: Vec::new() };
    let mut highlights = Vec::new();
    if let Some(t) = c.table(files.highlights.text, HIGHLIGHTS_HEADER) {
        let mut ids = HashSet::new();
        for r in &t.rows {
            let f = &r.fields;
            let line = r.line;
            c.unique(&mut ids, &f[0], line);
            c.references(line, (&f[1], &place_ids), (&f[6], &source_ids), files);
            c.period(line, &f[5], false);
            if let Some(topic) = c.code(line, "topic", &f[3], Topic::from_code, &topics) {
                highlights.push(Highlight {
                    id: f[0].clone(),
                    place: f[1].clone(),
                    subplace: f[2].clone(),
                    topic,
                    text: f[4].clone(),
                    period: f[5].clone(),
                    source: f[6].clone(),
                    quote: f[7].clone(),
                    line,
                });
            }
        }
    }
    errors.append(&mut c.errors);

    if errors.is_empty() { Ok(Dataset { places, sources, figures, highlights }) } else { Err(errors) }
}

/// Checks that every quote occurs verbatim (whitespace normalised) in its source's text.
/// `text_of` returns the text of a source file name, or `None` if it is missing.
pub fn check_quotes<'t>(
    data: &Dataset,
    files: Files<'_>,
    text_of: impl Fn(&str) -> Option<&'t str>,
) -> Result<(), Vec<DataError>> {
    let mut errors = Vec::new();
    let mut normalised = std::collections::HashMap::new();
    for s in &data.sources {
        match text_of(&s.file) {
            Some(text) => {
                normalised.insert(s.id.as_str(), normalise_space(text));
            }
            None => errors.push(DataError {
                file: files.sources.path.to_string(),
                line: 1,
                message: format!("source {:?}: its text file {:?} is missing", s.id, s.file),
            }),
        }
    }
    let quotes = data
        .figures
        .iter()
        .map(|f| (files.figures.path, f.line, &f.source, &f.quote))
        .chain(data.highlights.iter().map(|h| (files.highlights.path, h.line, &h.source, &h.quote)));
    for (file, line, source, quote) in quotes {
        let Some(text) = normalised.get(source.as_str()) else {
            continue;
        };
        let q = normalise_space(quote);
        if q.is_empty() || !text.contains(&q) {
            errors.push(DataError {
                file: file.to_string(),
                line,
                message: format!("quote not found verbatim in source {source:?}: {quote:?}"),
            });
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

fn normalise_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_period(p: &str) -> bool {
    let parts: Vec<&str> = p.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    !parts.is_empty()
        && parts.len() <= 3
        && digits(parts[0], 4)
        && parts[1..].iter().all(|s| digits(s, 2))
        && parts.get(1).is_none_or(|m| ("01"..="12").contains(m))
        && parts.get(2).is_none_or(|d| ("01"..="31").contains(d))
}

/// A plain decimal number: digits with an optional fraction, no sign, exponent or separators.
fn parse_value(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
    let ok = !int.is_empty()
        && !frac.is_empty()
        && int.chars().all(|c| c.is_ascii_digit())
        && frac.chars().all(|c| c.is_ascii_digit());
    if ok { s.parse().ok() } else { None }
}

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.),
    ("two", 2.),
    ("three", 3.),
    ("four", 4.),
    ("five", 5.),
    ("six", 6.),
    ("seven", 7.),
    ("eight", 8.),
    ("nine", 9.),
    ("ten", 10.),
    ("eleven", 11.),
    ("twelve", 12.),
    ("twenty", 20.),
    ("first", 1.),
    ("second", 2.),
    ("third", 3.),
    ("fourth", 4.),
    ("fifth", 5.),
    ("sixth", 6.),
    ("seventh", 7.),
    ("eighth", 8.),
    ("ninth", 9.),
    ("tenth", 10.),
    ("dozen", 12.),
    ("hundred", 100.),
];

/// Whether `quote` states `value`: as digits (thousands commas allowed, "12th" counts as 12) or
/// as an English number word.
pub fn value_in_quote(value: f64, quote: &str) -> bool {
    let mut numbers = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = quote.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        let digit_follows = chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        if ch.is_ascii_digit() || ((ch == ',' || ch == '.') && !current.is_empty() && digit_follows) {
            if ch != ',' {
                current.push(ch);
            }
        } else if !current.is_empty() {
            numbers.push(std::mem::take(&mut current));
        }
    }
    numbers.push(current);
    let by_digits = numbers.iter().filter_map(|n| n.parse::<f64>().ok()).any(|n| n == value);
    let by_word = quote
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| NUMBER_WORDS.iter().any(|(word, n)| w.eq_ignore_ascii_case(word) && *n == value));
    by_digits || by_word
}

/// The data files as embedded in the app.
pub fn embedded_files() -> Files<'static> {
    Files {
        places: File { path: "data/places.csv", text: include_str!("../data/places.csv") },
        sources: File { path: "data/sources.csv", text: include_str!("../data/sources.csv") },
        figures: File { path: "data/figures.csv", text: include_str!("../data/figures.csv") },
        highlights: File { path: "data/highlights.csv", text: include_str!("../data/highlights.csv") },
    }
}

#[cfg(test)]
#[path = "data_tests.rs"]
mod tests;
