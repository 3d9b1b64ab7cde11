//! The chart files the build writes with charming, one a language: every chart of every view,
//! each option drawing exactly what its spec says, in its language.

use atlas_core::charts::{BAR, SELECTED};
use atlas_core::csv::Table;
use atlas_core::lang::Lang;
use serde_json::{Value, json};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn charts_in(lang: Lang) -> Value {
    let (atlas, _) = atlas_build::load(root()).unwrap();
    atlas_build::charts::all(&atlas, lang)
}

fn charts() -> Value {
    charts_in(Lang::En)
}

/// The `column` of the row of `data/<file>` whose `key` column is `value`, read directly.
fn cell(file: &str, key: (&str, &str), column: &str) -> String {
    let table = Table::parse(&std::fs::read_to_string(root().join("data").join(file)).unwrap()).unwrap();
    let col = |name: &str| table.header.iter().position(|h| h == name).unwrap();
    let row = table.rows.iter().find(|r| r.fields[col(key.0)] == key.1).unwrap();
    row.fields[col(column)].clone()
}

#[test]
fn every_view_has_its_charts() {
    let all = charts();
    let views: Vec<&String> = all.as_object().unwrap().keys().collect();
    // The province and its 14 divisions (data/places.csv).
    assert_eq!(views.len(), 15);
    let keys = |view: &str| -> Vec<String> { all[view].as_object().unwrap().keys().cloned().collect() };
    assert_eq!(keys("hunan"), ["compare-industry-history", "coverage", "timeline"]);
    assert_eq!(keys("zhuzhou"), ["compare-industry-history", "coverage"]);
    assert!(keys("hengyang").is_empty(), "a silent division has no chart");
}

#[test]
fn a_bar_chart_draws_its_values_labels_and_selection() {
    let all = charts();
    let o = &all["zhuzhou"]["compare-industry-history"];
    assert_eq!(o["animation"], false);
    assert_eq!(o["yAxis"]["type"], "category");
    assert_eq!(o["yAxis"]["data"], json!(["Zhuzhou", "Changsha"]));
    assert_eq!(o["grid"][0]["right"], 64);
    assert_eq!(o["xAxis"]["name"], "years");
    let data = o["series"][0]["data"].as_array().unwrap();
    // "more than 2,000 years" (Liling, Zhuzhou) and "more than 1,400 years" (Dayao, Changsha).
    assert_eq!((data[0]["value"].as_f64(), data[1]["value"].as_f64()), (Some(2000.0), Some(1400.0)));
    assert_eq!(
        (data[0]["itemStyle"]["color"].as_str(), data[1]["itemStyle"]["color"].as_str()),
        (Some(SELECTED), Some(BAR))
    );
    assert_eq!(
        (data[0]["label"]["formatter"].as_str(), data[1]["label"]["formatter"].as_str()),
        (Some("> 2,000"), Some("> 1,400"))
    );
    // Value labels that would overlap on a phone are hidden, not drawn over each other.
    assert_eq!(o["xAxis"]["axisLabel"]["hideOverlap"], true);
    // Category labels wrap, never cut; all show.
    assert_eq!(o["yAxis"]["axisLabel"]["overflow"], "break");
    assert_eq!(o["yAxis"]["axisLabel"]["interval"], 0);
    // In the province's view nothing is selected.
    let province = &all["hunan"]["compare-industry-history"]["series"][0]["data"];
    assert!(province.as_array().unwrap().iter().all(|d| d["itemStyle"]["color"] == BAR));
}

#[test]
fn the_timeline_draws_years_shapes_and_a_legend() {
    let all = charts();
    let o = &all["hunan"]["timeline"];
    assert_eq!(o["xAxis"]["type"], "time");
    assert_eq!(o["xAxis"]["axisLabel"]["formatter"], "{yyyy}");
    // Years that would run into each other on a phone are hidden, not drawn over each other.
    assert_eq!(o["xAxis"]["axisLabel"]["hideOverlap"], true);
    assert_eq!((o["xAxis"]["min"].as_str(), o["xAxis"]["max"].as_str()), (Some("2017-01-01"), Some("2026-01-01")));
    assert_eq!(o["legend"]["data"], json!([{ "name": "Figures" }, { "name": "Events" }]));
    assert_eq!(
        (o["series"][0]["symbol"].as_str(), o["series"][1]["symbol"].as_str()),
        (Some("circle"), Some("diamond"))
    );
    // Every figure has a period; 16 highlights do (data/*.csv, read by hand).
    assert_eq!(o["series"][0]["data"].as_array().unwrap().len(), 89);
    assert_eq!(o["series"][1]["data"].as_array().unwrap().len(), 16);
    let first = &o["series"][1]["data"][0]["value"];
    assert_eq!((first[0].as_str(), first[1].as_f64().is_some()), (Some("2017-10-15"), true));
}

#[test]
fn the_chinese_file_draws_the_same_charts_in_chinese() {
    let (en, zh) = (charts(), charts_in(Lang::Zh));
    let keys = |all: &Value| -> Vec<(String, Vec<String>)> {
        all.as_object()
            .unwrap()
            .iter()
            .map(|(v, o)| (v.clone(), o.as_object().unwrap().keys().cloned().collect()))
            .collect()
    };
    assert_eq!(keys(&en), keys(&zh));
    let o = &zh["zhuzhou"]["compare-industry-history"];
    // The Chinese names of data/places.csv, in the English chart's order.
    let name = |id| cell("places.csv", ("id", id), "name_zh");
    assert_eq!(o["yAxis"]["data"], json!([name("zhuzhou"), name("changsha")]));
    assert_eq!(o["xAxis"]["name"], "年");
    // "more than" and "years" as data/terms.csv gives them in Chinese.
    let data = o["series"][0]["data"].as_array().unwrap();
    assert_eq!(
        (data[0]["label"]["formatter"].as_str(), data[1]["label"]["formatter"].as_str()),
        (Some("超过2,000年"), Some("超过1,400年"))
    );
    // The values and the selection are the English chart's.
    let en_data = en["zhuzhou"]["compare-industry-history"]["series"][0]["data"].as_array().unwrap();
    for (z, e) in data.iter().zip(en_data) {
        assert_eq!((&z["value"], &z["itemStyle"]), (&e["value"], &e["itemStyle"]));
    }
    // The longer Chinese labels get room right of the bars: 超过 and 年 (3 x 12 px), 2,000
    // (5 x 7 px) and the 5 px gap, and a margin.
    assert!(o["grid"][0]["right"].as_u64().unwrap() >= 3 * 12 + 5 * 7 + 5, "{}", o["grid"]);
    let t = &zh["hunan"]["timeline"];
    assert_eq!(t["legend"]["data"], json!([{ "name": "数据" }, { "name": "事件" }]));
    assert_eq!((t["series"][0]["name"].as_str(), t["series"][1]["name"].as_str()), (Some("数据"), Some("事件")));
    // Its rows are the topics of data/terms.csv in Chinese, in the English chart's order.
    let topic = |en: &Value| cell("terms.csv", ("en", en.as_str().unwrap()), "zh");
    let topics: Vec<String> = en["hunan"]["timeline"]["yAxis"]["data"].as_array().unwrap().iter().map(topic).collect();
    assert_eq!(t["yAxis"]["data"], json!(topics));
    assert_eq!(t["xAxis"]["axisLabel"]["formatter"], "{yyyy}");
}

#[test]
fn the_build_writes_one_chart_file_a_language() {
    let dir = std::env::temp_dir().join(format!("atlas-build-charts-{}", std::process::id()));
    let (out_dir, build_dir) = (dir.join("out"), dir.join("build"));
    let paths = atlas_build::Paths { root: root(), out_dir: &out_dir, build_dir: &build_dir };
    atlas_build::run(&paths).unwrap();
    for (lang, name) in [(Lang::En, "charts-en.json"), (Lang::Zh, "charts-zh.json")] {
        assert_eq!(atlas_build::charts::file_name(lang), name);
        let file: Value = serde_json::from_str(&std::fs::read_to_string(build_dir.join(name)).unwrap()).unwrap();
        assert_eq!(file, charts_in(lang), "{name}");
    }
    assert!(!build_dir.join("charts.json").exists(), "no chart file without a language");
    std::fs::remove_dir_all(&dir).unwrap();
}
