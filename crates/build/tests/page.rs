//! The prerendered page, read back as markup: every division of data/places.csv is a link and a
//! named path, silent divisions are hatched, and each shape holds its own label point.

use atlas_core::csv::Table;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn svg() -> String {
    let atlas_build::Loaded { atlas, map, .. } = atlas_build::load(root()).unwrap();
    atlas_build::page::map_svg(&map, &atlas)
}

/// (id, English name, Chinese name) of the divisions, read from data/places.csv directly.
fn divisions() -> Vec<(String, String, String)> {
    let table = Table::parse(&std::fs::read_to_string(root().join("data/places.csv")).unwrap()).unwrap();
    let col = |name: &str| table.header.iter().position(|h| h == name).unwrap();
    let (id, kind, en, zh) = (col("id"), col("kind"), col("name_en"), col("name_zh"));
    table
        .rows
        .iter()
        .filter(|r| r.fields[kind] != "province")
        .map(|r| (r.fields[id].clone(), r.fields[en].clone(), r.fields[zh].clone()))
        .collect()
}

/// The value of `attr` in the element that has `data-place="id"` and `attr` after it.
fn attr_after(svg: &str, marker: &str, attr: &str) -> String {
    let at = svg.find(marker).unwrap_or_else(|| panic!("{marker} is missing"));
    let rest = &svg[at..];
    let start = rest.find(&format!("{attr}=\"")).unwrap() + attr.len() + 2;
    rest[start..start + rest[start..].find('"').unwrap()].to_string()
}

/// The rings of an SVG path written as `M x y`, then `l dx dy` steps, `z` closing each ring.
fn rings(d: &str) -> Vec<Vec<(f64, f64)>> {
    let mut rings = Vec::new();
    let mut numbers = Vec::new();
    let mut command = ' ';
    let mut number = String::new();
    let mut ring: Vec<(f64, f64)> = Vec::new();
    let flush = |number: &mut String, numbers: &mut Vec<f64>| {
        if !number.is_empty() {
            numbers.push(number.parse::<f64>().unwrap());
            number.clear();
        }
    };
    for c in d.chars().chain(std::iter::once('M')) {
        if c.is_ascii_digit() || c == '.' || (c == '-' && number.is_empty()) {
            number.push(c);
            continue;
        }
        if c == '-' {
            flush(&mut number, &mut numbers);
            number.push(c);
            continue;
        }
        flush(&mut number, &mut numbers);
        if c == ' ' {
            continue;
        }
        match command {
            'M' => ring = vec![(numbers[0], numbers[1])],
            'l' => {
                let last = *ring.last().unwrap();
                ring.push((last.0 + numbers[0], last.1 + numbers[1]));
            }
            'z' => rings.push(std::mem::take(&mut ring)),
            _ => {}
        }
        numbers.clear();
        command = c;
    }
    rings
}

/// Even-odd rule over all rings.
fn inside(rings: &[Vec<(f64, f64)>], (x, y): (f64, f64)) -> bool {
    let mut inside = false;
    for ring in rings {
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            if (a.1 > y) != (b.1 > y) && x < a.0 + (y - a.1) * (b.0 - a.0) / (b.1 - a.1) {
                inside = !inside;
            }
        }
    }
    inside
}

#[test]
fn every_division_is_a_named_link() {
    let svg = svg();
    let divisions = divisions();
    assert_eq!(divisions.len(), 14);
    assert_eq!(svg.matches("<path class=\"division").count(), 14);
    for (id, en, zh) in &divisions {
        assert!(svg.contains(&format!("<a href=\"?city={id}\"><path class=\"division")), "{id} is a link");
        let name = attr_after(&svg, &format!("data-place=\"{id}\" aria-label"), "aria-label");
        assert_eq!(name, format!("{en} {zh}"));
    }
}

#[test]
fn the_default_map_colours_every_division_by_its_gdp_and_hatches_none() {
    let svg = svg();
    assert_eq!(svg.matches("division no-data").count(), 0, "official statistics give every division a GDP");
    // A strict CSP refuses `style` attributes; a sheet of one rule per division is allowed by
    // its hash (scripts/csp.mjs).
    assert!(!svg.contains(" style="), "no style attribute");
    let sheet = &svg[svg.find("<style>").unwrap() + 7..svg.find("</style>").unwrap()];
    let fill = |id: &str| {
        let rule = format!("path.division[data-place=\"{id}\"]{{fill:");
        let at = sheet.find(&rule).unwrap_or_else(|| panic!("{id}: {sheet}")) + rule.len();
        sheet[at..at + 7].to_string()
    };
    assert_eq!(sheet.matches('}').count(), 14);
    // Five classes of 2022 GDP, darker for more, by rank (data/baseline.csv, sorted by hand):
    // the two smallest (Zhangjiajie, Xiangxi) lightest, the three largest (Changsha, Yueyang,
    // Changde) darkest.
    let scale = ["#d6e6f2", "#a6c8e0", "#6ea6cd", "#3b7fb6", "#1c5689"];
    for (id, class) in [
        ("zhangjiajie", 0),
        ("xiangxi", 0),
        ("huaihua", 1),
        ("loudi", 1),
        ("yiyang", 1),
        ("yongzhou", 2),
        ("shaoyang", 2),
        ("xiangtan", 2),
        ("chenzhou", 3),
        ("zhuzhou", 3),
        ("hengyang", 3),
        ("changde", 4),
        ("yueyang", 4),
        ("changsha", 4),
    ] {
        assert_eq!(fill(id), scale[class], "{id}");
    }
}

#[test]
fn each_shape_holds_its_own_label_and_fits_the_frame() {
    let svg = svg();
    let view_box: Vec<f64> = attr_after(&svg, "<svg", "viewBox").split(' ').map(|n| n.parse().unwrap()).collect();
    for (id, en, _) in divisions() {
        let d = attr_after(&svg, &format!("<a href=\"?city={id}\">"), "d");
        let rings = rings(&d);
        assert!(!rings.is_empty(), "{id}");
        for &(x, y) in rings.iter().flatten() {
            assert!((0.0..=view_box[2]).contains(&x) && (0.0..=view_box[3]).contains(&y), "{id}: ({x}, {y})");
        }
        let translate = attr_after(&svg, &format!("<g class=\"label\" data-place=\"{id}\""), "transform");
        let xy: Vec<f64> = translate
            .trim_start_matches("translate(")
            .trim_end_matches(')')
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        assert!(inside(&rings, (xy[0], xy[1])), "{en}'s label lies outside its shape");
    }
}

#[test]
fn a_path_reads_back_as_its_rings() {
    assert_eq!(rings("M0 33l33 0l0-33l-33 0l0 33z"), vec![vec![(0., 33.), (33., 33.), (33., 0.), (0., 0.), (0., 33.)]]);
    let square = rings("M0 0l10 0l0 10l-10 0z");
    assert!(inside(&square, (5.0, 5.0)) && !inside(&square, (15.0, 5.0)));
}

#[test]
fn the_masthead_comes_from_the_core_text() {
    let atlas_build::Loaded { atlas, map, .. } = atlas_build::load(root()).unwrap();
    let body = atlas_build::page::body(&map, &atlas);
    assert!(body.starts_with(
        "<header class=\"masthead\"><h1>Hunan Industry Atlas <span lang=\"zh-CN\">湖南产业地图</span></h1>"
    ));
    assert!(atlas_build::page::head().starts_with("<title>Hunan Industry Atlas \u{b7} 湖南产业地图</title>"));
}
