//! The chart files the build writes with charming, one a language: every chart of every view,
//! each option drawing exactly what its spec says, in its language, with its items' places and
//! tooltips and its description; and the chart index the packed dataset carries to the app.

use atlas_build::spec::{BAR, SELECTED};
use atlas_core::charts::REPLACED;
use atlas_core::lang::Lang;
use serde_json::{Value, json};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn charts_in(lang: Lang) -> Value {
    let atlas_build::Loaded { atlas, comparisons, .. } = atlas_build::load(root()).unwrap();
    atlas_build::charts::all(&atlas, &comparisons, lang)
}

fn charts() -> Value {
    charts_in(Lang::En)
}

/// The option of the chart `key` of `view` in a chart file.
fn option<'a>(all: &'a Value, view: &str, key: &str) -> &'a Value {
    &all[view][key]["option"]
}

#[test]
fn every_view_has_its_charts() {
    let all = charts();
    let views: Vec<&String> = all.as_object().unwrap().keys().collect();
    // The province and its 14 divisions (data/places.csv).
    assert_eq!(views.len(), 15);
    let keys = |view: &str| -> Vec<String> { all[view].as_object().unwrap().keys().cloned().collect() };
    assert_eq!(keys("hunan").len(), 13);
    assert_eq!(keys("hunan")[..2], ["baseline", "chart-electronics-money"]);
    // The coverage of the articles is the province's only: a division opens on the official
    // statistics of all 14, even one the articles say nothing of.
    assert_eq!(keys("zhuzhou"), ["baseline", "compare-industry-history"]);
    assert_eq!(keys("hengyang"), ["baseline"]);
}

/// 2022 GDP of the 14 divisions in 亿元, largest first, written by hand from the pages of
/// data/baseline-sources.csv: the cities' communiqués (Changsha, Yueyang, Huaihua, Loudi,
/// Xiangxi) and the list of all 14 (the others).
const GDP_2022: [(&str, &str, f64); 14] = [
    ("changsha", "长沙", 13966.11),
    ("yueyang", "岳阳", 4710.67),
    ("changde", "常德", 4274.52),
    ("hengyang", "衡阳", 4089.69),
    ("zhuzhou", "株洲", 3616.81),
    ("chenzhou", "郴州", 2980.49),
    ("xiangtan", "湘潭", 2697.54),
    ("shaoyang", "邵阳", 2599.18),
    ("yongzhou", "永州", 2410.28),
    ("yiyang", "益阳", 2108.02),
    ("loudi", "娄底", 1929.5),
    ("huaihua", "怀化", 1877.64),
    ("xiangxi", "湘西", 817.5),
    ("zhangjiajie", "张家界", 592.39),
];

#[test]
fn the_official_statistics_compare_all_14_divisions_sorted_with_the_selection_marked() {
    let (en, zh) = (charts(), charts_in(Lang::Zh));
    let o = option(&zh, "xiangxi", "baseline");
    let names: Vec<&str> = GDP_2022.iter().map(|(_, zh, _)| *zh).collect();
    assert_eq!(o["yAxis"]["data"], json!(names));
    let data = o["series"][0]["data"].as_array().unwrap();
    let values: Vec<f64> = data.iter().map(|d| d["value"].as_f64().unwrap()).collect();
    assert_eq!(values, GDP_2022.iter().map(|(_, _, v)| *v).collect::<Vec<_>>());
    // Xiangxi, 13th, is marked; no other bar is.
    // The bars take the series' colour; the selected one its own.
    assert_eq!(o["series"][0]["itemStyle"]["color"], BAR);
    let colours: Vec<&str> = data.iter().map(|d| d["itemStyle"]["color"].as_str().unwrap_or(BAR)).collect();
    assert_eq!(colours.iter().filter(|c| **c == SELECTED).count(), 1);
    assert_eq!(colours[12], SELECTED);
    assert_eq!(data[0]["label"]["formatter"], "13,966.11");
    assert_eq!(o["xAxis"]["name"], "亿元");
    assert_eq!(zh["xiangxi"]["baseline"]["places"][0][12], "xiangxi");
    // In English the bars are billions, written by an exact shift of the decimal point.
    let e = option(&en, "hunan", "baseline");
    assert_eq!(e["series"][0]["data"][0]["label"]["formatter"], "1,396.611");
    assert_eq!(e["series"][0]["data"][0]["value"], 1396.611);
    assert_eq!(e["series"][0]["data"][13]["label"]["formatter"], "59.239");
    assert_eq!(e["xAxis"]["name"], "billion CNY");
    let title = en["hunan"]["baseline"]["description"].as_str().unwrap();
    assert!(title.starts_with("Gross domestic product (GDP) of the divisions, 2022 (official statistics)"), "{title}");
    assert!(title.contains(", billion CNY, largest first: Changsha 1,396.611; Yueyang 471.067;"), "{title}");
    let zh_title = zh["hunan"]["baseline"]["description"].as_str().unwrap();
    assert!(zh_title.contains("，亿元，从大到小排列。长沙：13,966.11；岳阳：4,710.67；"), "{zh_title}");
    // Its tooltips give the value in its unit (the axis names the division).
    assert_eq!(en["hunan"]["baseline"]["tooltips"][0][0], "1,396.611 billion CNY");
    assert_eq!(zh["hunan"]["baseline"]["tooltips"][0][13], "592.39亿元");
}

#[test]
fn a_bar_chart_draws_its_values_labels_and_selection() {
    let all = charts();
    let o = option(&all, "zhuzhou", "compare-industry-history");
    assert_eq!(o["animation"], false);
    assert_eq!(o["yAxis"]["type"], "category");
    assert_eq!(o["yAxis"]["data"], json!(["Liling Multicoloured Ceramics Town", "Dayao Fireworks Town, Liuyang"]));
    assert_eq!(o["grid"][0]["right"], 64);
    assert_eq!(o["xAxis"]["name"], "years");
    let data = o["series"][0]["data"].as_array().unwrap();
    // "more than 2,000 years" (Liling, Zhuzhou) and "more than 1,400 years" (Dayao, Changsha).
    assert_eq!((data[0]["value"].as_f64(), data[1]["value"].as_f64()), (Some(2000.0), Some(1400.0)));
    // Both open-ended (see below), Zhuzhou's in the selection's colour.
    let colour = |d: &Value| d["itemStyle"]["color"]["colorStops"][0]["color"].clone();
    assert_eq!((colour(&data[0]), colour(&data[1])), (json!(SELECTED), json!(BAR)));
    assert_eq!(o["series"][0]["itemStyle"]["color"], BAR);
    // A bar of an exact value names no colour of its own but the selection's: Yueyang's official
    // statistics in its view, and no other.
    let yueyang = option(&all, "yueyang", "baseline")["series"][0]["data"].as_array().unwrap().clone();
    let own: Vec<usize> = (0..yueyang.len()).filter(|i| yueyang[*i].get("itemStyle").is_some()).collect();
    assert_eq!(own, [1]);
    assert_eq!(yueyang[1]["itemStyle"]["color"], SELECTED);
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
    let province = &option(&all, "hunan", "compare-industry-history")["series"][0]["data"];
    assert!(!province.to_string().contains(SELECTED));
}

#[test]
fn an_editors_comparison_draws_its_figures_in_its_order_with_its_labels() {
    let (en, zh) = (charts(), charts_in(Lang::Zh));
    // data/charts.csv, innovation-projects: rows 70 and 71 of data/figures.csv, 76 and 41
    // projects, in the file's order (never re-sorted).
    let o = option(&en, "hunan", "chart-innovation-projects");
    assert_eq!(o["yAxis"]["data"], json!(["Continued from 2018", "Newly launched"]));
    assert_eq!(o["series"][0]["data"][0]["value"], 76.0);
    assert_eq!(o["series"][0]["data"][1]["value"], 41.0);
    assert_eq!(o["xAxis"]["name"], "projects");
    let z = option(&zh, "hunan", "chart-innovation-projects");
    assert_eq!(z["yAxis"]["data"], json!(["2018年以来延续实施", "新启动"]));
    // Money in the reader's units: 21.72 billion CNY is 217.2亿元 (an exact shift).
    let money = option(&zh, "hunan", "chart-innovation-money");
    assert_eq!(money["xAxis"]["name"], "亿元");
    assert_eq!(money["series"][0]["data"][0]["value"], 217.2);
    assert_eq!(money["series"][0]["data"][0]["label"]["formatter"], "217.2");
    assert_eq!(option(&en, "hunan", "chart-innovation-money")["xAxis"]["name"], "billion CNY");
    let d = en["hunan"]["chart-towns-growth"]["description"].as_str().unwrap();
    assert_eq!(
        d,
        "Growth of the characteristic industries in the characteristic industrial towns, 2019, %: Output value 24.7 %; Tax revenue 27.3 %."
    );
}

#[test]
fn a_lower_bound_is_drawn_open_ended_never_as_a_solid_bar() {
    let all = charts();
    // data/figures.csv: more than 2,000 and more than 1,400 years; more than 70%, about 75%.
    for (view, key, open) in [
        ("hunan", "compare-industry-history", vec![true, true]),
        ("hunan", "chart-parks-shares", vec![true, false, false, false]),
        ("hunan", "chart-electronics-money", vec![false, false, true]),
    ] {
        let data = option(&all, view, key)["series"][0]["data"].as_array().unwrap().clone();
        let fades = |d: &Value| d["itemStyle"]["color"]["type"] == "linear" && d["itemStyle"]["borderType"] == "dashed";
        assert_eq!(data.iter().map(fades).collect::<Vec<_>>(), open, "{key}");
    }
    // In Zhuzhou's view its own bar is selected, and still open-ended, in the selection's colour.
    let z = &option(&all, "zhuzhou", "compare-industry-history")["series"][0]["data"][0]["itemStyle"];
    assert_eq!(z["color"]["colorStops"][0]["color"], SELECTED);
    assert_eq!(z["color"]["colorStops"][2]["color"], "rgba(194,65,12,0)");
}

#[test]
fn the_history_of_the_towns_names_the_town_and_its_industry() {
    let (en, zh) = (charts(), charts_in(Lang::Zh));
    // data/figures.csv rows 69 and 70: their subplaces.
    let o = option(&en, "hunan", "compare-industry-history");
    assert_eq!(o["yAxis"]["data"], json!(["Liling Multicoloured Ceramics Town", "Dayao Fireworks Town, Liuyang"]));
    let z = option(&zh, "hunan", "compare-industry-history");
    assert_eq!(z["yAxis"]["data"], json!(["醴陵五彩陶瓷小镇", "浏阳大瑶镇"]));
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
    let o = option(&zh, "zhuzhou", "compare-industry-history");
    // The Chinese subplaces of data/figures.csv (rows 69 and 70), in the English chart's order.
    assert_eq!(o["yAxis"]["data"], json!(["醴陵五彩陶瓷小镇", "浏阳大瑶镇"]));
    assert_eq!(o["xAxis"]["name"], "年");
    // "more than" and "years" as data/terms.csv gives them in Chinese.
    let data = o["series"][0]["data"].as_array().unwrap();
    assert_eq!(
        (data[0]["label"]["formatter"].as_str(), data[1]["label"]["formatter"].as_str()),
        (Some("超过2,000年"), Some("超过1,400年"))
    );
    // The values and the selection are the English chart's.
    let en_data = option(&en, "zhuzhou", "compare-industry-history")["series"][0]["data"].as_array().unwrap();
    for (z, e) in data.iter().zip(en_data) {
        assert_eq!((&z["value"], &z["itemStyle"]), (&e["value"], &e["itemStyle"]));
    }
    // The longer Chinese labels get room right of the bars: 超过 and 年 (3 x 12 px), 2,000
    // (5 x 7 px) and the 5 px gap, and a margin.
    assert!(o["grid"][0]["right"].as_u64().unwrap() >= 3 * 12 + 5 * 7 + 5, "{}", o["grid"]);
    // The same places, in both languages; the words in the reader's.
    for (view, charts) in en.as_object().unwrap() {
        for (key, chart) in charts.as_object().unwrap() {
            assert_eq!(chart["places"], zh[view][key]["places"], "{view} {key}");
        }
    }
}

#[test]
fn every_chart_says_what_each_item_stands_for_and_describes_itself() {
    for lang in Lang::ALL {
        let all = charts_in(lang);
        for (view, charts) in all.as_object().unwrap() {
            for (key, chart) in charts.as_object().unwrap() {
                // Only what the app replaces on a redraw, and the tooltip and flags it merges.
                for part in chart["option"].as_object().unwrap().keys() {
                    assert!(
                        REPLACED.contains(&part.as_str()) || ["tooltip", "animation"].contains(&part.as_str()),
                        "{view} {key}: {part}"
                    );
                }
                assert_eq!(chart["option"]["tooltip"], json!({"trigger": "item"}), "{view} {key}");
                let mut fields: Vec<&String> = chart.as_object().unwrap().keys().collect();
                fields.sort();
                assert_eq!(fields, ["description", "frame", "option", "places", "tooltips"], "{view} {key}");
                // One place and one tooltip for each data item of each series.
                let series = chart["option"]["series"].as_array().unwrap();
                let (places, tooltips) = (chart["places"].as_array().unwrap(), chart["tooltips"].as_array().unwrap());
                assert_eq!((places.len(), tooltips.len()), (series.len(), series.len()), "{view} {key}");
                for ((s, p), t) in series.iter().zip(places).zip(tooltips) {
                    let n = s["data"].as_array().unwrap().len();
                    assert_eq!((p.as_array().unwrap().len(), t.as_array().unwrap().len()), (n, n), "{view} {key}");
                    assert!(
                        p.as_array().unwrap().iter().all(|p| p.is_null() || all.get(p.as_str().unwrap()).is_some())
                    );
                    // HTML: lines are <br>, and no tag comes from the data.
                    for t in t.as_array().unwrap() {
                        let t = t.as_str().unwrap();
                        assert!(!t.is_empty() && !t.contains('\n'), "{view} {key}: {t}");
                        assert!(!t.replace("<br>", "").contains('<'), "{view} {key}: {t}");
                    }
                }
                assert!(!chart["description"].as_str().unwrap().is_empty(), "{view} {key}");
            }
        }
    }
    let all = charts();
    let c = &all["zhuzhou"]["compare-industry-history"];
    assert_eq!(c["places"], json!([["zhuzhou", "changsha"]]));
    assert!(
        c["tooltips"][0][0].as_str().unwrap().starts_with("Zhuzhou (Liling Multicoloured Ceramics Town)<br>"),
        "{}",
        c["tooltips"][0][0]
    );
    assert_eq!(
        c["description"],
        "History of the characteristic industry, years, largest first: Liling Multicoloured Ceramics Town > 2,000 years; Dayao Fireworks Town, Liuyang > 1,400 years."
    );
    // An editor's comparison of the province links to no division.
    assert_eq!(all["hunan"]["chart-innovation-projects"]["places"], json!([[null, null]]));
}

#[test]
fn the_index_lists_the_charts_of_the_files() {
    let atlas_build::Loaded { atlas, comparisons, .. } = atlas_build::load(root()).unwrap();
    for lang in Lang::ALL {
        let all = atlas_build::charts::all(&atlas, &comparisons, lang);
        let mut listed = 0;
        for (view, charts) in all.as_object().unwrap() {
            let mut indexed: Vec<&str> = atlas.charts.of_view(view).map(|e| e.key.as_str()).collect();
            listed += indexed.len();
            indexed.sort();
            let keys: Vec<&str> = charts.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, indexed, "{view}");
        }
        assert_eq!(listed, atlas.charts.0.len());
    }
    // As tall as its bars need: the official statistics have a bar for each of the 14
    // divisions, 40 px each and 60 px for the axis.
    let baseline = atlas.charts.of_view("hunan").find(|e| e.key == "baseline").unwrap();
    let bars = option(&charts(), "hunan", "baseline")["series"][0]["data"].as_array().unwrap().len();
    assert_eq!(bars, 14);
    assert_eq!((baseline.height, baseline.topic), (620, None));
    // An editor's comparison goes to its figures' topic: innovation (data/charts.csv).
    let projects = atlas.charts.of_view("hunan").find(|e| e.key == "chart-innovation-projects").unwrap();
    assert_eq!((projects.height, projects.topic), (150, Some(atlas_core::model::Topic::Innovation)));
}

#[test]
fn the_build_writes_one_chart_file_a_language() {
    let dir = std::env::temp_dir().join(format!("atlas-build-charts-{}", std::process::id()));
    let (out_dir, build_dir) = (dir.join("out"), dir.join("build"));
    let paths = atlas_build::Paths { root: root(), out_dir: &out_dir, build_dir: &build_dir };
    atlas_build::run(&paths).unwrap();
    // Each file: the 15 views (the province and the 14 divisions of data/places.csv), the
    // province's GDP chart led by Changsha's (data/baseline.csv: 13966.11亿元 in 2022), in
    // billions in English.
    for (lang, name, changsha) in [(Lang::En, "charts-en.json", 1396.611), (Lang::Zh, "charts-zh.json", 13966.11)] {
        assert_eq!(atlas_build::charts::file_name(lang), name);
        let file: Value = serde_json::from_str(&std::fs::read_to_string(build_dir.join(name)).unwrap()).unwrap();
        assert_eq!(file.as_object().unwrap().len(), 15, "{name}");
        let first = &file["hunan"]["baseline"]["option"]["series"][0]["data"][0];
        assert_eq!(first["value"], json!(changsha), "{name}");
        assert_eq!(file["hunan"]["baseline"]["places"][0][0], "changsha", "{name}");
    }
    assert!(!build_dir.join("charts.json").exists(), "no chart file without a language");
    // The packed dataset carries the chart index, as the app reads it.
    let atlas = atlas_build::load(root()).unwrap().atlas;
    let packed = std::fs::read_to_string(build_dir.join("dataset.txt")).unwrap();
    let (data, index, measures) = atlas_core::data::packed::read(&packed).unwrap();
    assert_eq!(measures, atlas.measures);
    // Without what only the build reads (a source's file and date note, each record's line, a
    // value as written) and the passages, which travel apart.
    let mut expected = atlas.data.clone();
    for s in &mut expected.sources {
        (s.file, s.date_note) = (String::new(), String::new());
    }
    expected
        .figures
        .iter_mut()
        .for_each(|f| (f.line, f.quote, f.quote_zh, f.value_text) = (0, String::new(), String::new(), String::new()));
    expected.highlights.iter_mut().for_each(|h| (h.line, h.quote, h.quote_zh) = (0, String::new(), String::new()));
    // The passages file gives each figure and highlight its passage back.
    let passages = std::fs::read_to_string(build_dir.join("passages.txt")).unwrap();
    let passages = atlas_core::data::packed::read_passages(&passages).unwrap();
    assert_eq!(passages.0.len(), atlas.data.figures.len() + atlas.data.highlights.len());
    for f in &atlas.data.figures {
        assert_eq!(passages.get(&f.id), Some((f.quote.as_str(), f.quote_zh.as_str())), "{}", f.id);
    }
    // 5、株洲市:3616.81億元 is the line of Zhuzhou's 2022 GDP (data/baseline.csv, row 10).
    assert_eq!(passages.get("zhuzhou-2022-gdp"), Some(("5、株洲市:3616.81億元", "")));
    assert_eq!((data, &index), (expected, &atlas.charts));
    // The province's official statistics, its comparison of the towns' industries and the 11
    // editor's comparisons of data/charts.csv; the 14 divisions' official statistics, and
    // Changsha's and Zhuzhou's comparison of their towns' industries.
    assert_eq!(index.0.len(), 2 + 11 + 14 + 2);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn charts_that_differ_only_in_their_series_share_a_frame() {
    let all = charts();
    let frame = |view: &str, key: &str| all[view][key]["frame"].as_str().unwrap().to_string();
    // The official statistics of two divisions: the same axes and categories, another bar
    // selected.
    assert_eq!(frame("loudi", "baseline"), frame("yueyang", "baseline"));
    assert_ne!(option(&all, "loudi", "baseline")["series"], option(&all, "yueyang", "baseline")["series"]);
    let mut loudi = option(&all, "loudi", "baseline").clone();
    let mut yueyang = option(&all, "yueyang", "baseline").clone();
    loudi.as_object_mut().unwrap().remove("series");
    yueyang.as_object_mut().unwrap().remove("series");
    assert_eq!(loudi, yueyang);
    // Another chart, or the same in the other language (its axis names), has another frame.
    assert_ne!(frame("hunan", "baseline"), frame("hunan", "chart-innovation-projects"));
    assert_ne!(frame("loudi", "baseline"), charts_in(Lang::Zh)["loudi"]["baseline"]["frame"].as_str().unwrap());
}
