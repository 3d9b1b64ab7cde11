//! The downloads written at build time: one CSV and one JSON file a view, and all figures.

use std::path::Path;

#[test]
fn every_view_and_all_figures_have_a_csv_and_a_json_file() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let atlas = atlas_build::load(root).unwrap().atlas;
    let files = atlas_build::downloads::files(&atlas);
    // 15 places (the province and its 14 divisions) and "all", twice each.
    assert_eq!(files.len(), 32);
    let file = |name: &str| &files.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("{name}")).1;
    // Rows of data/figures.csv: 89 in all, 6 of them Zhuzhou's; of data/baseline.csv 33, one
    // of them Zhuzhou's (read by hand); the header first.
    assert_eq!(file("hunan-atlas-all.csv").lines().count(), 1 + 89 + 33);
    assert_eq!(file("hunan-atlas-zhuzhou.csv").lines().count(), 1 + 6 + 1);
    assert!(file("hunan-atlas-zhuzhou.json").contains("\"id\": \"zhuzhou-liling-ceramics-history\""));
    // A division the articles say nothing of has its official statistics, marked as such, with
    // the address of the page that states them.
    let hengyang: Vec<&str> = file("hunan-atlas-hengyang.csv").lines().collect();
    assert_eq!(hengyang.len(), 2);
    assert!(hengyang[0].ends_with(",source_type,source_address"), "{}", hengyang[0]);
    assert!(hengyang[1].starts_with("hengyang-2022-gdp,hengyang,"), "{}", hengyang[1]);
    assert!(hengyang[1].ends_with(",official statistics,http://sxmzlq.com/xinwen/119946.html"), "{}", hengyang[1]);
    assert!(file("hunan-atlas-zhuzhou.csv").lines().nth(1).unwrap().contains(",article,"));
    assert!(file("hunan-atlas-hengyang.json").contains("\"source_type\": \"official statistics\""));
}
