//! The share cards' preview images (crates/build/src/preview.rs): their size, what they say in
//! each language, that nothing on them is clipped, and the error when a font is missing.

use atlas_build::preview::{self, Card, FontFile, Fonts};
use atlas_core::lang::Lang;
use resvg::usvg;
use std::path::Path;

fn loaded() -> atlas_build::Loaded {
    atlas_build::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))).unwrap()
}

/// The card of a view, its SVG and its PNG.
fn drawn(loaded: &atlas_build::Loaded, fonts: &Fonts, id: Option<&str>, lang: Lang) -> (String, Vec<u8>) {
    let card = Card::new(&loaded.atlas, id, lang).unwrap();
    preview::render(&loaded.map, &loaded.atlas, &card, fonts).unwrap()
}

/// Width and height from a PNG's header: the signature, then the IHDR chunk (length, type), whose
/// data starts with the width and the height, 4 bytes each, big-endian.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(png[..8], [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n']);
    assert_eq!(&png[12..16], b"IHDR");
    let at = |i: usize| u32::from_be_bytes([png[i], png[i + 1], png[i + 2], png[i + 3]]);
    (at(16), at(20))
}

#[test]
fn zhuzhou_s_cards_are_1200_by_630_and_small() {
    let (loaded, fonts) = (loaded(), Fonts::load().unwrap());
    for lang in [Lang::En, Lang::Zh] {
        let (_, png) = drawn(&loaded, &fonts, Some("zhuzhou"), lang);
        assert_eq!(png_size(&png), (1200, 630), "{lang:?}");
        // An indexed PNG (colour type 3, IHDR's tenth byte), well under 100 KB.
        assert_eq!(png[25], 3);
        assert!(png.len() < 80_000, "{lang:?}: {} bytes", png.len());
    }
}

#[test]
fn zhuzhou_s_cards_say_its_names_and_its_gdp_as_the_page_does() {
    let (loaded, fonts) = (loaded(), Fonts::load().unwrap());
    // e2e/explorer.test.mjs, GDP_2022: zhuzhou 3,616.81亿元, 5th; data/places.csv: 株洲, Zhuzhou.
    let (zh, _) = drawn(&loaded, &fonts, Some("zhuzhou"), Lang::Zh);
    for text in [
        "湖南产业地图",
        ">株洲<",
        ">Zhuzhou<",
        ">2022年官方统计<",
        ">3,616.81亿元<",
        ">地区生产总值<",
        ">14个市州中居第5位<",
    ] {
        assert!(zh.contains(text), "{text} in {zh}");
    }
    // In English the value in billions, with the source's words after it, as the card shows it.
    let (en, _) = drawn(&loaded, &fonts, Some("zhuzhou"), Lang::En);
    for text in [
        ">Hunan Industry Atlas<",
        ">Zhuzhou<",
        ">株洲<",
        ">Official statistics, 2022<",
        ">361.681 billion CNY<",
        ">as the source states it:<",
        ">3,616.81亿元<",
        ">Gross domestic product (GDP)<",
        ">5th largest of 14 divisions<",
    ] {
        assert!(en.contains(text), "{text} in {en}");
    }
    // The division outlined in the accent colour (style/main.css, --accent), once.
    assert_eq!(en.matches("stroke=\"#c2410c\"").count(), 1);
}

#[test]
fn the_province_s_card_leads_with_its_gdp_and_outlines_no_division() {
    let (loaded, fonts) = (loaded(), Fonts::load().unwrap());
    let (en, png) = drawn(&loaded, &fonts, None, Lang::En);
    assert_eq!(png_size(&png), (1200, 630));
    // data/baseline.csv, hunan-2022-gdp: 48670.4 (亿元), shown in billions as 4,867.04.
    for text in [">Hunan<", ">湖南<", ">4,867.04 billion CNY<", ">48,670.4亿元<"] {
        assert!(en.contains(text), "{text} in {en}");
    }
    assert!(!en.contains("stroke=\"#c2410c\"") && !en.contains("largest"));
    assert_eq!(Card::new(&loaded.atlas, None, Lang::Zh).unwrap().file_name(), "hunan.zh.png");
}

/// Every text of every card lies within the card, the column's within its right margin (a line
/// too wide is drawn smaller): nothing clipped, in either language.
#[test]
fn nothing_is_clipped_on_any_card() {
    let (loaded, fonts) = (loaded(), Fonts::load().unwrap());
    let atlas = &loaded.atlas;
    let mut cards = 0;
    for id in atlas_core::explorer::views(atlas) {
        for lang in [Lang::En, Lang::Zh] {
            let card = Card::new(atlas, id, lang).unwrap();
            let svg = preview::svg(&loaded.map, atlas, &card, &fonts).unwrap();
            let tree = preview::tree(&svg, &fonts).unwrap();
            let mut texts = 0;
            for node in tree.root().children() {
                let b = node.abs_stroke_bounding_box();
                assert!(b.left() >= 0.0 && b.top() >= 0.0, "{id:?} {lang:?} {b:?}");
                assert!(b.right() <= 1200.0 && b.bottom() <= 630.0, "{id:?} {lang:?} {b:?}");
                if let usvg::Node::Text(t) = node {
                    let b = t.abs_bounding_box();
                    assert!(b.right() <= 1200.0 - 39.0, "{id:?} {lang:?}: {:?} {b:?} in the right margin", t.id());
                    texts += 1;
                }
            }
            // The site, the names (two texts), the heading, the value, the label, the notes (and
            // in English the source's words: two texts).
            assert!(texts >= 7, "{id:?} {lang:?}: {texts} texts");
            cards += 1;
        }
    }
    assert_eq!(cards, 30);
}

#[test]
fn a_missing_font_names_its_file_and_its_debian_package() {
    let missing = [FontFile {
        path: "/nonexistent/NotoSansCJK-Regular.ttc",
        package: "fonts-noto-cjk",
        family: "Noto Sans CJK SC",
        weight: 400,
    }];
    let Err(error) = Fonts::from_files(&missing) else { panic!("a missing font loaded") };
    assert!(error.starts_with("/nonexistent/NotoSansCJK-Regular.ttc: "), "{error}");
    assert!(error.contains("install Debian's package fonts-noto-cjk"), "{error}");
    // The fonts the cards are drawn with are Debian's, each named with its package.
    let named: Vec<(&str, &str)> = preview::FONTS.iter().map(|f| (f.path, f.package)).collect();
    assert_eq!(
        named,
        [
            ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
            ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
            ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
            ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "fonts-noto-cjk"),
        ]
    );
}

#[test]
fn a_font_file_without_the_face_asked_for_is_an_error() {
    let wrong = [FontFile {
        path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        package: "fonts-dejavu-core",
        family: "Noto Sans CJK SC",
        weight: 400,
    }];
    let Err(error) = Fonts::from_files(&wrong) else { panic!("DejaVu Sans passed for Noto Sans CJK SC") };
    assert!(error.contains("has no face Noto Sans CJK SC of weight 400"), "{error}");
}
