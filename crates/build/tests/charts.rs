//! The chart file the build writes with charming: every chart of every view, each option
//! drawing exactly what its spec says.

use atlas_core::charts::{BAR, SELECTED};
use serde_json::Value;
use std::path::Path;

fn charts() -> Value {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let (atlas, _) = atlas_build::load(root).unwrap();
    atlas_build::charts::all(&atlas)
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
    assert_eq!(o["yAxis"]["data"], serde_json::json!(["Zhuzhou", "Changsha"]));
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
    assert_eq!(o["legend"]["data"], serde_json::json!([{ "name": "Figures" }, { "name": "Events" }]));
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
