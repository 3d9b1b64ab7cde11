//! The validated dataset as the build hands it to the app: the fields the app reads of every
//! record, in a fixed order, separated by control characters that no data file may contain, read
//! back without checks (what only the build reads stays out: a source's file and date note, each
//! record's line in its file, a value as written, which read back empty and 0; a value travels
//! as the page writes it, `Figure::shown` and `stated`; the verbatim passages travel apart, in
//! `write_passages`' file, fetched after the first view). The
//! app so carries no CSV reader, no validation and no float parser (a value travels as the
//! shortest decimal that names it, which one division turns back into its very bits, or else as
//! its bits: `write_value`): the build has done that work once. A sixth table holds the chart index (`charts::ChartIndex`),
//! which the app has no other way to know without building every chart, and a seventh the
//! measures that colour the map (computed once by the build). The build writes it (`write`; its
//! tests, `crates/build/tests/packed.rs`, read back what it wrote); the app reads it.

use super::{Dataset, Passages};
use crate::charts::{ChartIndex, IndexEntry};
use crate::every;
use crate::lang::Text;
use crate::measures::{Measure, MeasureValue, SCALE};
use crate::model::{Figure, Highlight, Kind, Place, PlaceKind, Qualifier, Source, Term, Terms, Topic};

const TABLE: char = '\u{1d}';
const RECORD: char = '\u{1e}';
const FIELD: char = '\u{1f}';

/// The dataset, the chart index and the measures in packed form. `None` if a text field holds a
/// separator (the build then fails: the data files must not contain control characters).
pub fn write(data: &Dataset, charts: &ChartIndex, measures: &[Measure]) -> Option<String> {
    let places = data.places.iter().map(|p| {
        vec![
            p.id.clone(),
            p.adcode.clone(),
            p.kind.code().to_string(),
            p.name_en.clone(),
            p.name_zh.clone(),
            p.official_en.clone(),
            p.official_zh.clone(),
            p.neighbours.join(" "),
        ]
    });
    let sources = data.sources.iter().map(|s| {
        vec![
            s.id.clone(),
            s.url.clone(),
            if s.official { "1" } else { "" }.to_string(),
            s.note.en.clone(),
            s.note.zh.clone(),
            s.title.en.clone(),
            s.title.zh.clone(),
            s.publisher.en.clone(),
            s.publisher.zh.clone(),
            s.site.en.clone(),
            s.site.zh.clone(),
            s.date.clone(),
        ]
    });
    let figures = data.figures.iter().map(|f| {
        vec![
            f.id.clone(),
            f.place.clone(),
            f.subplace.en.clone(),
            f.subplace.zh.clone(),
            f.topic.code().to_string(),
            f.indicator.en.clone(),
            f.indicator.zh.clone(),
            f.indicator_id.clone(),
            write_value(f.value),
            // The value as written is the build's (charts, downloads): the app reads `shown`.
            String::new(),
            f.shown.en.clone(),
            f.shown.zh.clone(),
            // Most values are shown as stated: then empty.
            if f.stated.en == f.shown.en { String::new() } else { f.stated.en.clone() },
            if f.stated.zh == f.shown.zh { String::new() } else { f.stated.zh.clone() },
            f.unit.clone(),
            f.period.clone(),
            f.kind.code().to_string(),
            f.qualifier.code().to_string(),
            f.source.clone(),
            // The passages travel apart (`write_passages`).
            String::new(),
            String::new(),
            f.note.en.clone(),
            f.note.zh.clone(),
        ]
    });
    let highlights = data.highlights.iter().map(|h| {
        vec![
            h.id.clone(),
            h.place.clone(),
            h.subplace.en.clone(),
            h.subplace.zh.clone(),
            h.topic.code().to_string(),
            h.text.en.clone(),
            h.text.zh.clone(),
            h.period.clone(),
            h.source.clone(),
            String::new(),
            String::new(),
        ]
    });
    let terms =
        data.terms.0.iter().map(|t| vec![t.set.clone(), t.code.clone(), t.label.en.clone(), t.label.zh.clone()]);
    let charts = charts.0.iter().map(|c| {
        vec![
            c.view.clone(),
            c.topic.map_or("", |t| t.code()).to_string(),
            c.key.clone(),
            c.title.en.clone(),
            c.title.zh.clone(),
            c.height.to_string(),
        ]
    });
    // A measure's fixed fields, then four a value: place, value (its bits), qualifier, figure.
    let measures = measures.iter().map(|m| {
        let mut row = vec![
            m.id.clone(),
            m.label.en.clone(),
            m.label.zh.clone(),
            m.unit.en.clone(),
            m.unit.zh.clone(),
            if m.membership { "1" } else { "" }.to_string(),
            m.period.clone(),
            if m.official { "1" } else { "" }.to_string(),
            m.legacy.clone(),
            m.sources.join(" "),
            m.fills.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "),
            m.legend.len().to_string(),
        ];
        for (colour, label) in &m.legend {
            row.extend([colour.to_string(), label.en.clone(), label.zh.clone()]);
        }
        for v in &m.values {
            row.extend([
                v.place.clone(),
                write_value(v.value),
                v.qualifier.code().to_string(),
                v.figure.clone().unwrap_or_default(),
            ]);
        }
        row
    });
    let tables: [Vec<Vec<String>>; 7] = [
        places.collect(),
        sources.collect(),
        figures.collect(),
        highlights.collect(),
        terms.collect(),
        charts.collect(),
        measures.collect(),
    ];
    let separator = |c: char| [TABLE, RECORD, FIELD].contains(&c);
    if tables.iter().flatten().flatten().any(|field| field.contains(separator)) {
        return None;
    }
    let table = |rows: &Vec<Vec<String>>| {
        rows.iter().map(|r| r.join(&FIELD.to_string())).collect::<Vec<_>>().join(&RECORD.to_string())
    };
    Some(tables.iter().map(table).collect::<Vec<_>>().join(&TABLE.to_string()))
}

/// A value as `read_value` reads it back bit for bit: the shortest decimal that names it (`12.45`,
/// as Rust writes it), when at most 2^53 of its last digits over a power of ten up to 10^22 give
/// it back (both exact, so their quotient, one correctly rounded division, is the double nearest
/// the decimal: the value); otherwise its bits in hex after an `x`. Decimals compress better than
/// bits: the dataset's 152 values took 0.43 KiB less gzip.
pub fn write_value(value: f64) -> String {
    let decimal = value.to_string();
    if read_value(&decimal).map(f64::to_bits) == Some(value.to_bits()) {
        decimal
    } else {
        format!("x{:x}", value.to_bits())
    }
}

/// Reads what `write_value` wrote; `None` if it is not that. (One loop reads both forms: the
/// standard library's hex reader would bring code of its own into the wasm.)
pub fn read_value(text: &str) -> Option<f64> {
    let (radix, text) = text.strip_prefix('x').map_or((10, text), |bits| (16, bits));
    let (negative, digits) = text.strip_prefix('-').map_or((false, text), |d| (true, d));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || fraction.len() > 22 || fraction.contains('.') {
        return None;
    }
    let mut m: u64 = 0;
    for c in digits.chars().filter(|&c| c != '.') {
        m = m.checked_mul(u64::from(radix))?.checked_add(u64::from(c.to_digit(radix)?))?;
    }
    if radix == 16 {
        return (!negative && fraction.is_empty()).then(|| f64::from_bits(m));
    }
    if m > 1 << 53 {
        return None;
    }
    let mut scale = 1.0;
    for _ in 0..fraction.len() {
        scale *= 10.0;
    }
    let value = m as f64 / scale;
    Some(if negative { -value } else { value })
}

/// Reads what `write` wrote; `None` if it is not that (a build that skipped the step, or one
/// from before the chart index: every table must be there).
pub fn read(text: &str) -> Option<(Dataset, ChartIndex, Vec<Measure>)> {
    let mut tables = text.split(TABLE);
    let mut table = || -> Option<Vec<Vec<&str>>> {
        Some(tables.next()?.split(RECORD).filter(|r| !r.is_empty()).map(|r| r.split(FIELD).collect()).collect())
    };
    let (places, sources, figures, highlights, terms, charts, measures) =
        (table()?, table()?, table()?, table()?, table()?, table()?, table()?);
    if tables.next().is_some() {
        return None;
    }
    let data = Dataset {
        places: every(places.iter().map(|r| place(r)))?,
        sources: every(sources.iter().map(|r| source(r)))?,
        figures: every(figures.iter().map(|r| figure(r)))?,
        highlights: every(highlights.iter().map(|r| highlight(r)))?,
        terms: Terms(every(terms.iter().map(|r| term(r)))?),
        passages: Default::default(),
    };
    let measures = every(measures.iter().map(|r| measure(r)))?;
    Some((data, ChartIndex(every(charts.iter().map(|r| chart(r)))?), measures))
}

/// The verbatim passages of every figure and highlight, which the dataset leaves out: what
/// only a reader who opens a source reads, fetched after the first view. `None` if a field holds
/// a separator.
pub fn write_passages(data: &Dataset) -> Option<String> {
    let rows = data
        .figures
        .iter()
        .map(|f| [&f.id, &f.quote, &f.quote_zh])
        .chain(data.highlights.iter().map(|h| [&h.id, &h.quote, &h.quote_zh]));
    let mut out = Vec::new();
    for fields in rows {
        if fields.iter().any(|f| f.contains([RECORD, FIELD])) {
            return None;
        }
        out.push(fields.map(String::as_str).join(&FIELD.to_string()));
    }
    Some(out.join(&RECORD.to_string()))
}

/// Reads what `write_passages` wrote; `None` if it is not that.
pub fn read_passages(text: &str) -> Option<Passages> {
    let rows = text.split(RECORD).filter(|r| !r.is_empty()).map(|r| {
        let [id, quote, quote_zh]: [&str; 3] = r.split(FIELD).collect::<Vec<_>>().try_into().ok()?;
        Some((id.to_string(), quote.to_string(), quote_zh.to_string()))
    });
    Some(Passages(every(rows)?))
}

fn measure(r: &[&str]) -> Option<Measure> {
    let (head, rest) = r.split_at_checked(12)?;
    let [id, label, label_zh, unit, unit_zh, membership, period, official, legacy, sources, fills, entries] =
        head.try_into().ok()?;
    let fills: Vec<usize> = every(fills.split_whitespace().map(|c| c.parse().ok().filter(|c| *c < SCALE.len())))?;
    let (legend, values) = rest.split_at_checked(3 * entries.parse::<usize>().ok()?)?;
    let legend = every(
        legend.chunks(3).map(|e| Some((e[0].parse().ok().filter(|c| *c < SCALE.len())?, Text::new(e[1], e[2])))),
    )?;
    if values.len() % 4 != 0 {
        return None;
    }
    let values = every(values.chunks(4).map(|v| {
        Some(MeasureValue {
            place: v[0].into(),
            value: read_value(v[1])?,
            qualifier: Qualifier::from_code(v[2])?,
            figure: (!v[3].is_empty()).then(|| v[3].into()),
        })
    }))?;
    Some(Measure {
        id: id.into(),
        label: Text::new(label, label_zh),
        unit: Text::new(unit, unit_zh),
        values,
        membership: !membership.is_empty(),
        period: period.into(),
        sources: sources.split_whitespace().map(String::from).collect(),
        official: !official.is_empty(),
        legacy: legacy.into(),
        fills,
        legend,
    })
}

fn place(r: &[&str]) -> Option<Place> {
    let [id, adcode, kind, name_en, name_zh, official_en, official_zh, neighbours] = r.try_into().ok()?;
    Some(Place {
        id: id.into(),
        adcode: adcode.into(),
        kind: PlaceKind::from_code(kind)?,
        name_en: name_en.into(),
        name_zh: name_zh.into(),
        official_en: official_en.into(),
        official_zh: official_zh.into(),
        neighbours: neighbours.split_whitespace().map(String::from).collect(),
    })
}

fn source(r: &[&str]) -> Option<Source> {
    let [id, url, official, note, note_zh, title, title_zh, publisher, publisher_zh, site, site_zh, date] =
        r.try_into().ok()?;
    Some(Source {
        id: id.into(),
        file: String::new(),
        url: url.into(),
        official: !official.is_empty(),
        note: Text::new(note, note_zh),
        title: Text::new(title, title_zh),
        publisher: Text::new(publisher, publisher_zh),
        site: Text::new(site, site_zh),
        date: date.into(),
        date_note: String::new(),
    })
}

fn figure(r: &[&str]) -> Option<Figure> {
    let [
        id,
        place,
        subplace,
        subplace_zh,
        topic,
        indicator,
        indicator_zh,
        indicator_id,
        bits,
        value_text,
        shown,
        shown_zh,
        stated,
        stated_zh,
        unit,
        period,
        kind,
        qualifier,
        source,
        quote,
        quote_zh,
        note,
        note_zh,
    ] = r.try_into().ok()?;
    Some(Figure {
        id: id.into(),
        place: place.into(),
        subplace: Text::new(subplace, subplace_zh),
        topic: Topic::from_code(topic)?,
        indicator: Text::new(indicator, indicator_zh),
        indicator_id: indicator_id.into(),
        value: read_value(bits)?,
        value_text: value_text.into(),
        shown: Text::new(shown, shown_zh),
        stated: Text::new(
            if stated.is_empty() { shown } else { stated },
            if stated_zh.is_empty() { shown_zh } else { stated_zh },
        ),
        unit: unit.into(),
        period: period.into(),
        kind: Kind::from_code(kind)?,
        qualifier: Qualifier::from_code(qualifier)?,
        source: source.into(),
        quote: quote.into(),
        quote_zh: quote_zh.into(),
        note: Text::new(note, note_zh),
        line: 0,
    })
}

fn highlight(r: &[&str]) -> Option<Highlight> {
    let [id, place, subplace, subplace_zh, topic, text, text_zh, period, source, quote, quote_zh] =
        r.try_into().ok()?;
    Some(Highlight {
        id: id.into(),
        place: place.into(),
        subplace: Text::new(subplace, subplace_zh),
        topic: Topic::from_code(topic)?,
        text: Text::new(text, text_zh),
        period: period.into(),
        source: source.into(),
        quote: quote.into(),
        quote_zh: quote_zh.into(),
        line: 0,
    })
}

fn term(r: &[&str]) -> Option<Term> {
    let [set, code, en, zh] = r.try_into().ok()?;
    Some(Term { set: set.into(), code: code.into(), label: Text::new(en, zh) })
}

fn chart(r: &[&str]) -> Option<IndexEntry> {
    let [view, topic, key, title, title_zh, height] = r.try_into().ok()?;
    Some(IndexEntry {
        view: view.into(),
        topic: if topic.is_empty() { None } else { Some(Topic::from_code(topic)?) },
        key: key.into(),
        title: Text::new(title, title_zh),
        height: height.parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::{read_value, write_value};
    use proptest::prelude::*;

    #[test]
    fn a_value_travels_as_its_shortest_decimal_when_that_reads_back_exactly() {
        for (value, text) in [(7.4, "7.4"), (13966.11, "13966.11"), (50000.0, "50000"), (-2.5, "-2.5"), (0.0, "0")] {
            assert_eq!(write_value(value), text);
            assert_eq!(read_value(text), Some(value));
        }
        // Seventeen digits, or a number beyond 2^53: its bits.
        assert_eq!(write_value(0.1 + 0.2), "x3fd3333333333334");
        assert_eq!(write_value(1e300), format!("x{:x}", 1e300f64.to_bits()));
        for bad in ["", "-", ".5", "1.2.3", "1e5", "x", "xz", "x-1", "x1.5", "1,5", "1a"] {
            assert_eq!(read_value(bad), None, "{bad}");
        }
    }

    proptest! {
        /// Every value, NaN and infinities included, comes back with the same bits.
        #[test]
        fn every_value_comes_back_bit_for_bit(bits in any::<u64>(), digits in 0u64..100_000_000, places in 0u32..10) {
            let decimal = digits as f64 / 10f64.powi(places as i32);
            for value in [f64::from_bits(bits), decimal, -decimal] {
                prop_assert_eq!(read_value(&write_value(value)).map(f64::to_bits), Some(value.to_bits()));
            }
        }
    }
}
