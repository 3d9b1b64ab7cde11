//! The validated dataset as the build hands it to the app: the fields the app reads of every
//! record, in a fixed order, separated by control characters that no data file may contain, read
//! back without checks (what only the build reads stays out: a source's file and date note, each
//! record's line in its file, a value as written, which read back empty and 0; a value travels
//! as the page writes it, `Figure::shown` and `stated`; the verbatim passages travel apart, in
//! `write_passages`' file, fetched after the first view). The
//! app so carries no CSV reader, no validation and no float parser (a value travels as its bits):
//! the build has done that work once. A sixth table holds the chart index (`charts::ChartIndex`),
//! which the app has no other way to know without building every chart, and a seventh the
//! measures that colour the map (computed once by the build). The build writes it (`write`; its
//! tests, `crates/build/tests/packed.rs`, read back what it wrote); the app reads it.

use super::{Dataset, Passages};
use crate::charts::{ChartIndex, IndexEntry};
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
            format!("{:x}", f.value.to_bits()),
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
                format!("{:x}", v.value.to_bits()),
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
        places: places.iter().map(|r| place(r)).collect::<Option<_>>()?,
        sources: sources.iter().map(|r| source(r)).collect::<Option<_>>()?,
        figures: figures.iter().map(|r| figure(r)).collect::<Option<_>>()?,
        highlights: highlights.iter().map(|r| highlight(r)).collect::<Option<_>>()?,
        terms: Terms(terms.iter().map(|r| term(r)).collect::<Option<_>>()?),
        passages: Default::default(),
    };
    let measures = measures.iter().map(|r| measure(r)).collect::<Option<_>>()?;
    Some((data, ChartIndex(charts.iter().map(|r| chart(r)).collect::<Option<_>>()?), measures))
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
    Some(Passages(rows.collect::<Option<_>>()?))
}

fn measure(r: &[&str]) -> Option<Measure> {
    let (head, rest) = r.split_at_checked(12)?;
    let [id, label, label_zh, unit, unit_zh, membership, period, official, legacy, sources, fills, entries] =
        head.try_into().ok()?;
    let fills: Vec<usize> =
        fills.split_whitespace().map(|c| c.parse().ok().filter(|c| *c < SCALE.len())).collect::<Option<_>>()?;
    let (legend, values) = rest.split_at_checked(3 * entries.parse::<usize>().ok()?)?;
    let legend = legend
        .chunks(3)
        .map(|e| Some((e[0].parse().ok().filter(|c| *c < SCALE.len())?, Text::new(e[1], e[2]))))
        .collect::<Option<_>>()?;
    if values.len() % 4 != 0 {
        return None;
    }
    let values = values
        .chunks(4)
        .map(|v| {
            Some(MeasureValue {
                place: v[0].into(),
                value: f64::from_bits(u64::from_str_radix(v[1], 16).ok()?),
                qualifier: Qualifier::from_code(v[2])?,
                figure: (!v[3].is_empty()).then(|| v[3].into()),
            })
        })
        .collect::<Option<_>>()?;
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
        value: f64::from_bits(u64::from_str_radix(bits, 16).ok()?),
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
