//! Data out: the figures as CSV and JSON, with their sources. Pure.

use crate::dataset::FIGURES_HEADER;
use atlas_core::data::Dataset;
use atlas_core::lang::Lang;
use atlas_core::model::Figure;

/// Columns added after those of `data/figures.csv`, so every row of that file is the start of a
/// row of the download.
const SOURCE_COLUMNS: &[&str] = &[
    "source_title",
    "source_title_zh",
    "source_publisher",
    "source_publisher_zh",
    "source_date",
    "source_site",
    "source_site_zh",
    "source_type",
    "source_address",
];

/// What a source is, in the downloads: one of the articles, or official statistics.
fn source_type(s: &atlas_core::model::Source) -> &'static str {
    if s.official { "official statistics" } else { "article" }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// A figure's field as `data/figures.csv` writes it, by column name.
fn figure_field<'a>(f: &'a Figure, column: &str) -> &'a str {
    match column {
        "id" => &f.id,
        "place" => &f.place,
        "subplace" => &f.subplace.en,
        "subplace_zh" => &f.subplace.zh,
        "topic" => f.topic.code(),
        "indicator" => &f.indicator.en,
        "indicator_zh" => &f.indicator.zh,
        "indicator_id" => &f.indicator_id,
        "value" => &f.value_text,
        "unit" => &f.unit,
        "period" => &f.period,
        "kind" => f.kind.code(),
        "qualifier" => f.qualifier.code(),
        "source" => &f.source,
        "quote" => &f.quote,
        "quote_zh" => &f.quote_zh,
        "note" => &f.note.en,
        "note_zh" => &f.note.zh,
        _ => "",
    }
}

/// The figures as CSV: the columns of `data/figures.csv`, then their source's title, publisher,
/// date and site, whether it is an article or official statistics, and its address.
pub fn figures_csv(data: &Dataset, figures: &[&Figure]) -> String {
    let mut out = FIGURES_HEADER.iter().chain(SOURCE_COLUMNS).copied().collect::<Vec<_>>().join(",");
    out.push('\n');
    for f in figures {
        let s = data.source(&f.source);
        let source = |field: fn(&atlas_core::model::Source) -> &str| s.map_or("", field);
        let fields = FIGURES_HEADER.iter().map(|column| figure_field(f, column)).chain([
            source(|s| &s.title.en),
            source(|s| &s.title.zh),
            source(|s| &s.publisher.en),
            source(|s| &s.publisher.zh),
            source(|s| &s.date),
            source(|s| &s.site.en),
            source(|s| &s.site.zh),
            source(source_type),
            source(|s| &s.url),
        ]);
        out.push_str(&fields.map(csv_field).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

/// The figures and the sources they cite as JSON: `{"figures": [...], "sources": [...]}`.
pub fn figures_json(data: &Dataset, figures: &[&Figure]) -> String {
    use serde_json::json;
    let rows: Vec<_> = figures
        .iter()
        .map(|f| {
            json!({
                "id": f.id, "place": f.place, "subplace": f.subplace.en, "subplace_zh": f.subplace.zh,
                "topic": f.topic.code(), "topic_label": data.terms.topic(f.topic, Lang::En),
                "topic_label_zh": data.terms.topic(f.topic, Lang::Zh),
                "indicator": f.indicator.en, "indicator_zh": f.indicator.zh, "indicator_id": f.indicator_id,
                "value": f.value, "unit": f.unit, "unit_zh": data.terms.unit(&f.unit, Lang::Zh), "period": f.period,
                "kind": f.kind.code(), "qualifier": f.qualifier.code(), "source": f.source,
                "source_type": data.source(&f.source).map_or("", source_type),
                "quote": f.quote, "quote_zh": f.quote_zh, "note": f.note.en, "note_zh": f.note.zh,
            })
        })
        .collect();
    let sources: Vec<_> = data
        .sources
        .iter()
        .filter(|s| figures.iter().any(|f| f.source == s.id))
        .map(|s| {
            json!({
                "id": s.id, "title": s.title.en, "title_zh": s.title.zh, "publisher": s.publisher.en,
                "publisher_zh": s.publisher.zh, "site": s.site.en, "site_zh": s.site.zh, "date": s.date,
                "date_note": s.date_note, "type": source_type(s), "address": s.url,
            })
        })
        .collect();
    serde_json::to_string_pretty(&json!({ "figures": rows, "sources": sources })).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset as data;

    #[test]
    fn every_row_of_the_data_file_starts_a_row_of_the_csv() {
        let ds = data::parse(data::embedded_files()).unwrap();
        let all: Vec<&Figure> = ds.figures.iter().collect();
        let csv = figures_csv(&ds, &all);
        let lines: Vec<&str> = csv.lines().collect();
        let file = data::embedded_files().figures.text;
        assert_eq!(lines.len(), file.lines().count());
        for (row, line) in file.lines().zip(&lines) {
            assert!(line.starts_with(&format!("{row},")), "{row}\n{line}");
        }
    }

    #[test]
    fn json_carries_the_sources_of_its_figures_only() {
        let ds = data::parse(data::embedded_files()).unwrap();
        let zhuzhou: Vec<&Figure> = ds.figures_of("zhuzhou").collect();
        let v: serde_json::Value = serde_json::from_str(&figures_json(&ds, &zhuzhou)).unwrap();
        assert_eq!(v["figures"].as_array().unwrap().len(), zhuzhou.len());
        for s in v["sources"].as_array().unwrap() {
            assert!(zhuzhou.iter().any(|f| f.source == s["id"]));
        }
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("a"), "a");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
    }
}
