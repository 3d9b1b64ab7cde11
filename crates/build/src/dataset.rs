//! Reads and validates the CSV files of `data/` into the atlas's `Dataset`, every problem
//! reported with its file and line: a broken file fails the build. The values are written as
//! the page shows them (`values::write`) once the data is valid.

use crate::csv::{CsvError, Table};
use atlas_core::data::Dataset;
use atlas_core::lang::Text;
use atlas_core::model::{Figure, Highlight, Kind, Place, PlaceKind, Qualifier, Source, Term, Terms, Topic};
use std::collections::{HashMap, HashSet};
use std::fmt;

pub const PLACES_HEADER: &[&str] = &["id", "adcode", "kind", "name_en", "name_zh", "official_en", "official_zh"];
pub const SOURCES_HEADER: &[&str] =
    &["id", "file", "title", "title_zh", "publisher", "publisher_zh", "site", "site_zh", "date", "date_note"];
pub const FIGURES_HEADER: &[&str] = &[
    "id",
    "place",
    "subplace",
    "subplace_zh",
    "topic",
    "indicator",
    "indicator_zh",
    "indicator_id",
    "value",
    "unit",
    "period",
    "kind",
    "qualifier",
    "source",
    "quote",
    "quote_zh",
    "note",
    "note_zh",
];
pub const HIGHLIGHTS_HEADER: &[&str] =
    &["id", "place", "subplace", "subplace_zh", "topic", "text", "text_zh", "period", "source", "quote", "quote_zh"];
pub const TERMS_HEADER: &[&str] = &["set", "code", "en", "zh"];

/// The text of one data file and the path it is reported under.
#[derive(Debug, Clone, Copy)]
pub struct File<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// The five data files.
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    pub places: File<'a>,
    pub sources: File<'a>,
    pub figures: File<'a>,
    pub highlights: File<'a>,
    pub terms: File<'a>,
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

/// Collects the errors of one file instead of stopping at the first, so one build reports them
/// all.
struct Checker<'a> {
    file: &'a str,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn error(&mut self, line: usize, message: String) {
        self.errors.push(DataError { file: self.file.to_string(), line, message });
    }

    /// A closed code (kind, topic, ...), or an error listing the codes allowed.
    fn code<T: Copy>(
        &mut self,
        line: usize,
        what: &str,
        value: &str,
        all: &[T],
        code: fn(T) -> &'static str,
    ) -> Option<T> {
        let found = all.iter().copied().find(|v| code(*v) == value);
        if found.is_none() {
            let allowed: Vec<&str> = all.iter().map(|v| code(*v)).collect();
            self.error(line, format!("unknown {what} {value:?}; expected one of: {}", allowed.join(", ")));
        }
        found
    }

    /// Checks that `id` is one of `known` (the ids of the file `of`).
    fn reference(&mut self, line: usize, what: &str, id: &str, known: &HashSet<&str>, of: &str) {
        if !known.contains(id) {
            self.error(line, format!("unknown {what} {id:?} (see {of})"));
        }
    }

    /// A text and its Chinese translation: both empty, or neither (see data/README.md).
    fn translation(&mut self, line: usize, column: &str, en: &str, zh_column: &str, zh: &str) {
        if !en.trim().is_empty() && zh.trim().is_empty() {
            self.error(
                line,
                format!("{zh_column} is empty: translate {column} {en:?} (see data/README.md, Translations)"),
            );
        } else if en.trim().is_empty() && !zh.trim().is_empty() {
            self.error(line, format!("{zh_column} translates an empty {column}: {zh:?}"));
        }
    }

    fn period(&mut self, line: usize, period: &str, required: bool) {
        if (required || !period.is_empty()) && !is_period(period) {
            self.error(line, format!("period {period:?} is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
    }
}

/// One data row, read by column name.
struct Row<'t> {
    line: usize,
    fields: &'t [String],
    columns: &'t HashMap<&'t str, usize>,
}

impl Row<'_> {
    /// The field of `column`, which `read` has checked the header has.
    fn get(&self, column: &str) -> &str {
        self.columns.get(column).and_then(|&i| self.fields.get(i)).map_or("", String::as_str)
    }

    fn string(&self, column: &str) -> String {
        self.get(column).to_string()
    }

    /// The text of `column` and of its translation `<column>_zh`: both empty, or neither.
    fn text(&self, column: &str, c: &mut Checker<'_>) -> Text {
        let zh_column = format!("{column}_zh");
        let (en, zh) = (self.get(column), self.get(&zh_column));
        c.translation(self.line, column, en, &zh_column, zh);
        Text::new(en, zh)
    }
}

/// Reads one file whose header must name exactly `columns` (in any order), checks that its
/// `key` (the `id`, or the columns that together identify a row) is unique, and turns each row into a `T` with `row` (`None` for a row with errors).
fn read<T>(
    file: File<'_>,
    columns: &[&str],
    key: &[&str],
    errors: &mut Vec<DataError>,
    mut row: impl FnMut(&Row<'_>, &mut Checker<'_>) -> Option<T>,
) -> Vec<T> {
    let mut c = Checker { file: file.path, errors: Vec::new() };
    let mut out = Vec::new();
    match Table::parse(file.text).and_then(|t| check_header(&t, columns).map(|()| t)) {
        Err(e) => c.error(e.line, e.message),
        Ok(table) => {
            let index: HashMap<&str, usize> = table.header.iter().enumerate().map(|(i, h)| (h.as_str(), i)).collect();
            let mut ids = HashSet::new();
            for record in &table.rows {
                let r = Row { line: record.line, fields: &record.fields, columns: &index };
                let id = key.iter().map(|k| r.get(k)).collect::<Vec<_>>().join(" ");
                let what = key.join(" and ");
                if key.iter().any(|k| r.get(k).is_empty() || r.get(k) != r.get(k).trim()) {
                    c.error(r.line, format!("{what} {id:?} is empty or has surrounding spaces"));
                } else if !ids.insert(id.clone()) {
                    c.error(r.line, format!("duplicate {what} {id:?}"));
                }
                out.extend(row(&r, &mut c));
            }
        }
    }
    errors.append(&mut c.errors);
    out
}

/// The header must name every column of `expected` once, and nothing else.
fn check_header(table: &Table, expected: &[&str]) -> Result<(), CsvError> {
    let has = |name: &str| table.header.iter().filter(|h| *h == name).count();
    let missing: Vec<&str> = expected.iter().copied().filter(|c| has(c) == 0).collect();
    let unknown: Vec<&str> = table.header.iter().map(String::as_str).filter(|h| !expected.contains(h)).collect();
    let repeated: Vec<&str> = expected.iter().copied().filter(|c| has(c) > 1).collect();
    if missing.is_empty() && unknown.is_empty() && repeated.is_empty() {
        return Ok(());
    }
    let mut problems = Vec::new();
    for (what, names) in [("missing", missing), ("unknown", unknown), ("repeated", repeated)] {
        if !names.is_empty() {
            problems.push(format!("{what} column(s) {}", names.join(", ")));
        }
    }
    Err(CsvError { line: 1, message: format!("{}; the columns are {}", problems.join("; "), expected.join(",")) })
}

/// Parses all files and checks every cross-reference; returns every problem found.
pub fn parse(files: Files<'_>) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let places = read(files.places, PLACES_HEADER, &["id"], &mut errors, place);
    if !places.is_empty() && places.iter().filter(|p| p.kind == PlaceKind::Province).count() != 1 {
        errors.push(DataError {
            file: files.places.path.into(),
            line: 1,
            message: "exactly one place of kind `province` is expected".into(),
        });
    }
    let sources = read(files.sources, SOURCES_HEADER, &["id"], &mut errors, source);
    let place_ids: HashSet<&str> = places.iter().map(|p| p.id.as_str()).collect();
    let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let refs = |r: &Row<'_>, c: &mut Checker<'_>| {
        c.reference(r.line, "place", r.get("place"), &place_ids, files.places.path);
        c.reference(r.line, "source", r.get("source"), &source_ids, files.sources.path);
    };
    let figures = read(files.figures, FIGURES_HEADER, &["id"], &mut errors, |r, c| {
        refs(r, c);
        figure(r, c)
    });
    check_indicator_ids(&figures, &places, files.figures.path, &mut errors);
    let highlights = read(files.highlights, HIGHLIGHTS_HEADER, &["id"], &mut errors, |r, c| {
        refs(r, c);
        highlight(r, c)
    });
    let terms = Terms(read(files.terms, TERMS_HEADER, &["set", "code"], &mut errors, term));
    check_terms(&terms, &figures, files, &mut errors);
    if errors.is_empty() {
        let mut data = Dataset { places, sources, figures, highlights, terms, passages: Default::default() };
        crate::values::write(&mut data);
        Ok(data)
    } else {
        Err(errors)
    }
}

fn place(r: &Row<'_>, c: &mut Checker<'_>) -> Option<Place> {
    let (id, adcode) = (r.get("id"), r.get("adcode"));
    if !id.chars().all(|ch| ch.is_ascii_lowercase()) {
        c.error(r.line, format!("place id {id:?} must be lowercase ascii letters"));
    }
    if adcode.len() != 6 || !adcode.chars().all(|ch| ch.is_ascii_digit()) {
        c.error(r.line, format!("adcode {adcode:?} is not 6 digits"));
    }
    let kind = c.code(r.line, "place kind", r.get("kind"), PlaceKind::ALL, PlaceKind::code)?;
    Some(Place {
        id: r.string("id"),
        adcode: r.string("adcode"),
        kind,
        name_en: r.string("name_en"),
        name_zh: r.string("name_zh"),
        official_en: r.string("official_en"),
        official_zh: r.string("official_zh"),
        neighbours: Vec::new(),
    })
}

fn source(r: &Row<'_>, c: &mut Checker<'_>) -> Option<Source> {
    c.period(r.line, r.get("date"), true);
    Some(Source {
        id: r.string("id"),
        file: r.string("file"),
        url: String::new(),
        official: false,
        note: Text::default(),
        title: r.text("title", c),
        publisher: r.text("publisher", c),
        site: r.text("site", c),
        date: r.string("date"),
        date_note: r.string("date_note"),
    })
}

fn figure(r: &Row<'_>, c: &mut Checker<'_>) -> Option<Figure> {
    let line = r.line;
    let topic = c.code(line, "topic", r.get("topic"), Topic::ALL, Topic::code);
    let value = parse_value(r.get("value"));
    if value.is_none() {
        c.error(
            line,
            format!("value {:?} is not a plain number (digits, optional '.', no separators)", r.get("value")),
        );
    }
    c.period(line, r.get("period"), true);
    let kind = c.code(line, "kind", r.get("kind"), Kind::ALL, Kind::code);
    let qualifier = c.code(line, "qualifier", r.get("qualifier"), Qualifier::ALL, Qualifier::code);
    if r.get("indicator").trim().is_empty() || r.get("unit").trim().is_empty() {
        c.error(line, "indicator and unit must not be empty".into());
    }
    if kind == Some(Kind::Threshold) && qualifier != Some(Qualifier::AtLeast) {
        c.error(line, "a threshold is the lower bound of a class: its qualifier is `>=`".into());
    }
    let indicator_id = r.get("indicator_id");
    if !indicator_id.is_empty() && !is_indicator_id(indicator_id) {
        c.error(
            line,
            format!(
                "indicator_id {indicator_id:?} must be 2 to {MAX_INDICATOR_ID} lowercase ascii letters, digits or '-'"
            ),
        );
    }
    if let Some(v) = value
        && !value_in_quote(v, r.get("quote"))
    {
        c.error(line, format!("value {} is not stated in its quote {:?}", r.get("value"), r.get("quote")));
    }
    Some(Figure {
        id: r.string("id"),
        place: r.string("place"),
        subplace: r.text("subplace", c),
        topic: topic?,
        indicator: r.text("indicator", c),
        indicator_id: r.string("indicator_id"),
        value: value?,
        value_text: r.string("value"),
        shown: Text::default(),
        stated: Text::default(),
        unit: r.string("unit"),
        period: r.string("period"),
        kind: kind?,
        qualifier: qualifier?,
        source: r.string("source"),
        quote: r.string("quote"),
        quote_zh: r.text("quote", c).zh,
        note: r.text("note", c),
        line,
    })
}

fn highlight(r: &Row<'_>, c: &mut Checker<'_>) -> Option<Highlight> {
    c.period(r.line, r.get("period"), false);
    let topic = c.code(r.line, "topic", r.get("topic"), Topic::ALL, Topic::code);
    let (subplace, text, quote) = (r.text("subplace", c), r.text("text", c), r.text("quote", c));
    Some(Highlight {
        id: r.string("id"),
        place: r.string("place"),
        subplace,
        topic: topic?,
        text,
        period: r.string("period"),
        source: r.string("source"),
        quote: quote.en,
        quote_zh: quote.zh,
        line: r.line,
    })
}

/// The codes of one set of `data/terms.csv`.
type Codes = fn() -> Vec<&'static str>;

/// The sets of `data/terms.csv` and their codes (units are checked against the figures; a
/// measure's short name, against the indicators by the build, which adds the official ones).
const TERM_SETS: &[(&str, Codes)] = &[
    ("kind", || Kind::ALL.iter().map(|k| k.code()).collect()),
    ("topic", || Topic::ALL.iter().map(|t| t.code()).collect()),
    ("qualifier", || Qualifier::ALL.iter().filter(|q| **q != Qualifier::Exact).map(|q| q.code()).collect()),
    ("place-kind", || PlaceKind::ALL.iter().map(|k| k.code()).collect()),
    ("unit", Vec::new),
    ("measure", Vec::new),
];

fn term(r: &Row<'_>, c: &mut Checker<'_>) -> Option<Term> {
    let (set, code) = (r.get("set"), r.get("code"));
    match TERM_SETS.iter().find(|(name, _)| *name == set) {
        None => {
            let sets: Vec<&str> = TERM_SETS.iter().map(|(name, _)| *name).collect();
            c.error(r.line, format!("unknown set {set:?}; expected one of: {}", sets.join(", ")));
        }
        Some((_, codes)) if !matches!(set, "unit" | "measure") && !codes().contains(&code) => {
            c.error(r.line, format!("unknown {set} {code:?}; expected one of: {}", codes().join(", ")));
        }
        Some(_) => {}
    }
    let (en, zh) = (r.get("en"), r.get("zh"));
    if en.trim().is_empty() {
        c.error(r.line, format!("en is empty: give {set} {code:?} its English label"));
    }
    c.translation(r.line, "en", en, "zh", zh);
    Some(Term { set: set.to_string(), code: code.to_string(), label: Text::new(en, zh) })
}

/// Every code of the closed sets, and every unit the figures use, has a label in both languages.
fn check_terms(terms: &Terms, figures: &[Figure], files: Files<'_>, errors: &mut Vec<DataError>) {
    let has = |set: &str, code: &str| terms.0.iter().any(|t| t.set == set && t.code == code);
    for (set, codes) in TERM_SETS {
        for code in codes() {
            if !has(set, code) {
                errors.push(DataError {
                    file: files.terms.path.into(),
                    line: 1,
                    message: format!("{set} {code:?} has no row: add `{set},{code},<English>,<中文>`"),
                });
            }
        }
    }
    let mut reported = Vec::new();
    for f in figures {
        if !has("unit", &f.unit) && !reported.contains(&f.unit.as_str()) {
            reported.push(&f.unit);
            errors.push(DataError {
                file: files.figures.path.into(),
                line: f.line,
                message: format!("unit {:?} has no row in {}: add `unit,{0},{0},<中文>`", f.unit, files.terms.path),
            });
        }
    }
}

/// Indicator ids name measures in links, so they are short: well within the URL's limit.
pub const MAX_INDICATOR_ID: usize = 32;

fn is_indicator_id(id: &str) -> bool {
    (2..=MAX_INDICATOR_ID).contains(&id.len())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// An indicator id names one indicator (label, unit and kind) and each indicator has at most
/// one id; an indicator that two or more divisions share must have one (it can colour the map).
fn check_indicator_ids(figures: &[Figure], places: &[Place], path: &str, errors: &mut Vec<DataError>) {
    fn what(f: &Figure) -> (&str, &str, Kind) {
        (&f.indicator.en, &f.unit, f.kind)
    }
    let is_division = |id: &str| places.iter().any(|p| p.id == id && p.kind != PlaceKind::Province);
    let mut by_id: HashMap<&str, &Figure> = HashMap::new();
    let mut by_indicator: HashMap<(&str, &str, Kind), &Figure> = HashMap::new();
    let mut error = |line, message| errors.push(DataError { file: path.into(), line, message });
    for f in figures {
        if f.indicator_id.is_empty() {
            continue;
        }
        match by_id.get(f.indicator_id.as_str()) {
            Some(first) if what(first) != what(f) => error(
                f.line,
                format!(
                    "indicator_id {:?} names {:?} ({}, {}) at line {}, and here {:?} ({}, {})",
                    f.indicator_id,
                    first.indicator.en,
                    first.unit,
                    first.kind.code(),
                    first.line,
                    f.indicator.en,
                    f.unit,
                    f.kind.code()
                ),
            ),
            Some(_) => {}
            None => {
                by_id.insert(&f.indicator_id, f);
            }
        }
        match by_indicator.get(&what(f)) {
            Some(first) if first.indicator_id != f.indicator_id => error(
                f.line,
                format!(
                    "indicator {:?} has the indicator_id {:?} at line {}, and here {:?}",
                    f.indicator.en, first.indicator_id, first.line, f.indicator_id
                ),
            ),
            Some(_) => {}
            None => {
                by_indicator.insert(what(f), f);
            }
        }
    }
    // One indicator, one translation: places are compared by indicator in both languages.
    let mut translations: HashMap<&str, &Figure> = HashMap::new();
    for f in figures {
        match translations.get(f.indicator.en.as_str()) {
            Some(first) if first.indicator.zh != f.indicator.zh => error(
                f.line,
                format!(
                    "indicator {:?} is translated {:?} at line {}, and here {:?}: use one translation",
                    f.indicator.en, first.indicator.zh, first.line, f.indicator.zh
                ),
            ),
            Some(_) => {}
            None => {
                translations.insert(&f.indicator.en, f);
            }
        }
    }
    let mut shared: HashMap<(&str, &str, Kind), Vec<&Figure>> = HashMap::new();
    for f in figures.iter().filter(|f| is_division(&f.place)) {
        shared.entry(what(f)).or_default().push(f);
    }
    let mut missing: Vec<&Vec<&Figure>> = shared
        .values()
        .filter(|fs| fs.iter().map(|f| &f.place).collect::<HashSet<_>>().len() >= 2)
        .filter(|fs| fs.iter().any(|f| f.indicator_id.is_empty()))
        .collect();
    missing.sort_by_key(|fs| fs[0].line);
    for fs in missing {
        let f = fs.iter().find(|f| f.indicator_id.is_empty()).unwrap_or(&fs[0]);
        let lines: Vec<String> = fs.iter().map(|f| f.line.to_string()).collect();
        error(
            f.line,
            format!(
                "indicator {:?} is shared by several divisions (lines {}): give each of its rows the same indicator_id",
                f.indicator.en,
                lines.join(", ")
            ),
        );
    }
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

/// The data files, embedded for the tests (the build reads them from disk).
#[cfg(test)]
pub fn embedded_files() -> Files<'static> {
    Files {
        places: File { path: "data/places.csv", text: include_str!("../../../data/places.csv") },
        sources: File { path: "data/sources.csv", text: include_str!("../../../data/sources.csv") },
        figures: File { path: "data/figures.csv", text: include_str!("../../../data/figures.csv") },
        highlights: File { path: "data/highlights.csv", text: include_str!("../../../data/highlights.csv") },
        terms: File { path: "data/terms.csv", text: include_str!("../../../data/terms.csv") },
    }
}

#[cfg(test)]
mod tests;
