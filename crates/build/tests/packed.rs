//! The packed dataset: what the build writes, the app reads back whole (`atlas_core::data::packed`).

use atlas_core::charts::ChartIndex;
use atlas_core::data::Dataset;
use atlas_core::data::packed::{read, read_passages, write, write_passages};
use atlas_core::measures::Measure;

/// The real atlas, as the build loads it.
fn atlas() -> atlas_core::atlas::Atlas {
    atlas_build::load(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").as_path()).unwrap().atlas
}

/// The real chart index, as the build makes it.
fn index() -> ChartIndex {
    atlas().charts
}

/// `data` as the app reads it: without what only the build reads, and without the passages
/// (which travel apart).
fn as_the_app_reads(mut data: Dataset) -> Dataset {
    for s in &mut data.sources {
        (s.file, s.date_note) = (String::new(), String::new());
    }
    data.figures
        .iter_mut()
        .for_each(|f| (f.line, f.quote, f.quote_zh, f.value_text) = (0, String::new(), String::new(), String::new()));
    data.highlights.iter_mut().for_each(|h| (h.line, h.quote, h.quote_zh) = (0, String::new(), String::new()));
    data
}

#[test]
fn the_passages_travel_apart_and_come_back_whole() {
    let data = atlas().data;
    let packed = write(&data, &index(), &measures()).unwrap();
    // data/figures.csv, row 2: its quote is not in the dataset the app reads first.
    assert!(!packed.contains("the added value of industry above designated size increased by 7.4% in 2018"));
    let passages = read_passages(&write_passages(&data).unwrap()).unwrap();
    assert_eq!(
        passages.get("hunan-2018-industrial-value-added-growth"),
        Some((
            "the added value of industry above designated size increased by 7.4% in 2018",
            "2018年规模以上工业增加值增长7.4%"
        ))
    );
    // data/highlights.csv, row 2.
    assert_eq!(
        passages.get("hunan-2019-manufacturing-conference").map(|p| p.0),
        Some(
            "The 2019 Hunan Provincial Manufacturing Powerhouse Construction Work Conference was held on January 23, 2019"
        )
    );
    assert_eq!(passages.get("nope"), None);
    // The app's dataset finds a passage once the passages are set, not before.
    let (app, _, _) = read(&packed).unwrap();
    let f = &app.figures[0];
    assert_eq!(app.passage(&f.id, &f.quote, &f.quote_zh), None);
    app.passages.set(passages).unwrap();
    assert_eq!(app.passage(&f.id, &f.quote, &f.quote_zh).map(|p| p.1), Some("2018年规模以上工业增加值增长7.4%"));
    // A damaged file is not read.
    assert_eq!(read_passages("a\u{1f}b"), None);
}

/// The real measures, as the build computes them.
fn measures() -> Vec<Measure> {
    atlas().measures
}

#[test]
fn the_real_dataset_chart_index_and_measures_come_back_as_the_app_reads_them() {
    let (data, charts, measures) = (atlas().data, index(), measures());
    // The official statistics' GDP in each of the 15 views (about every topic), the comparison of
    // the history of the characteristic industry in 3 (the province's, Changsha's, Zhuzhou's)
    // and the 11 comparisons of data/charts.csv (the province's), each in its topic.
    assert_eq!(charts.0.len(), 15 + 3 + 11);
    assert_eq!(charts.0.iter().filter(|c| c.topic.is_none()).count(), 15);
    // The two indicators of data/baseline-indicators.csv on the map (GDP, the secondary
    // industry), named with their year (2022, data/baseline.csv), coverage (counted, no figure)
    // and the class of 100-billion clusters.
    let ids: Vec<&str> = measures.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["gdp-2022", "secondary-2022", "coverage", "cluster-100bn"]);
    let packed = write(&data, &charts, &measures).unwrap();
    // data/sources.csv: the first source's file and date note are the build's only.
    assert!(!packed.contains("khn-2019-01-28.txt") && !packed.contains("Updated:2019-01-28"));
    assert_eq!(read(&packed), Some((as_the_app_reads(data), charts, measures)));
}

#[test]
fn an_empty_index_comes_back_empty() {
    let data = atlas().data;
    let packed = write(&data, &ChartIndex::default(), &[]).unwrap();
    assert_eq!(read(&packed), Some((as_the_app_reads(data), ChartIndex::default(), Vec::new())));
}

#[test]
fn a_value_keeps_every_bit() {
    let mut data = atlas().data;
    data.figures[0].value = 0.1 + 0.2;
    let mut measures = measures();
    measures[0].values[0].value = 0.1 + 0.2;
    let (data, _, measures) = read(&write(&data, &index(), &measures).unwrap()).unwrap();
    assert_eq!((data.figures[0].value, measures[0].values[0].value), (0.30000000000000004, 0.30000000000000004));
}

#[test]
fn a_separator_in_a_field_is_refused_and_a_damaged_text_is_not_read() {
    let mut data = atlas().data;
    data.highlights[0].text.zh.push('\u{1e}');
    assert_eq!(write(&data, &index(), &measures()), None);
    let mut charts = index();
    charts.0[0].title.zh.push('\u{1f}');
    assert_eq!(write(&atlas().data, &charts, &measures()), None);
    let packed = write(&atlas().data, &index(), &measures()).unwrap();
    // A record with a field missing, and an unknown code.
    assert_eq!(read(&packed.replacen('\u{1f}', "", 1)), None);
    assert_eq!(read(&packed.replacen("\u{1f}province\u{1f}", "\u{1f}county\u{1f}", 1)), None);
    // A dataset without the measures (an older build's), and a measure's value cut short.
    let without = &packed[..packed.rfind('\u{1d}').unwrap()];
    assert_eq!(read(without), None);
    let last = packed.rfind('\u{1f}').unwrap();
    assert_eq!(read(&packed[..last]), None);
    // A chart of no height.
    let charts_end = packed.rfind('\u{1d}').unwrap();
    let last_of_charts = packed[..charts_end].rfind('\u{1f}').unwrap();
    assert_eq!(read(&format!("{}\u{1f}tall{}", &packed[..last_of_charts], &packed[charts_end..])), None);
}
