//! The share cards' preview images (issue 28): for every view (the province and each division)
//! and language, a 1200×630 PNG that a chat app or social site shows beside a shared link. It
//! shows the map of the default view (the first measure's fills, as the page opens) with the
//! division outlined in the accent colour as the page outlines a selection, the view's names in
//! both languages (the page's first, as the panel's heading), its headline figure as the panel's
//! first card states it (its value, what the source states, what it is, the atlas's rank and
//! share), and the site's name. Every word comes from the message tables or the data, through the
//! functions the page uses.
//!
//! The card is written as SVG text and drawn by `resvg`, with Debian's fonts (`FONTS`): DejaVu
//! Sans for English, Noto Sans CJK SC for Chinese and for the Chinese characters of an English
//! card. A line too wide for its column is drawn smaller. The image is written as an indexed PNG
//! of at most 256 colours (`png_bytes`): a flat map and text have few, and a palette keeps each
//! file a fraction of its RGB size.

use crate::Loaded;
use crate::geo::MapGeometry;
use atlas_core::atlas::Atlas;
use atlas_core::explorer::{PlaceView, views};
use atlas_core::html::escape;
use atlas_core::lang::Lang;
use atlas_core::measures::NO_DATA;
use atlas_core::messages;
use atlas_core::parts::stated_beside;
use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// The image's size in pixels: the large image of Open Graph and of Twitter's
/// `summary_large_image` (1.91:1).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// A font file the cards are drawn with: where Debian puts it, the package that installs it, and
/// the family and weight the cards ask for from it (a collection holds other faces, left out).
pub struct FontFile {
    pub path: &'static str,
    pub package: &'static str,
    pub family: &'static str,
    pub weight: u16,
}

/// The only fonts loaded (not the system's): English in DejaVu Sans, as the page's font stack
/// has it on Linux; Chinese in Noto Sans CJK's simplified Chinese faces.
pub const FONTS: [FontFile; 4] = [
    FontFile {
        path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        package: "fonts-dejavu-core",
        family: LATIN,
        weight: 400,
    },
    FontFile {
        path: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        package: "fonts-dejavu-core",
        family: LATIN,
        weight: 700,
    },
    FontFile {
        path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        package: "fonts-noto-cjk",
        family: CJK,
        weight: 400,
    },
    FontFile {
        path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        package: "fonts-noto-cjk",
        family: CJK,
        weight: 700,
    },
];
const LATIN: &str = "DejaVu Sans";
const CJK: &str = "Noto Sans CJK SC";

/// The page's colours (style/main.css): its background, ink, muted ink, accent and borders.
const PAGE: &str = "#f6f5f1";
const INK: &str = "#1f2933";
const MUTED: &str = "#5b6770";
const ACCENT: &str = "#c2410c";
const BORDER: &str = "#ffffff";
/// A division the measure says nothing of: the page's `--none`.
const BLANK: &str = "#f1f1ee";
/// How strongly the other divisions are filled when one is selected: lighter, so that the
/// selected one stands out, yet still in their classes.
const OTHERS_OPACITY: f64 = 0.45;

/// The map's box on the card (pixels), and the text column's left edge and width.
const MAP_BOX: (f64, f64, f64, f64) = (30.0, 24.0, 546.0, 582.0);
const COLUMN_X: f64 = 600.0;
const COLUMN_WIDTH: f64 = 560.0;
/// Widths on the card in pixels: the divisions' borders, the selection's outline.
const BORDER_PX: f64 = 1.2;
const OUTLINE_PX: f64 = 4.5;

/// The fonts loaded from `FONTS`, for every card.
pub struct Fonts {
    db: Arc<fontdb::Database>,
}

impl Fonts {
    /// Loads `FONTS`; an error names a missing file and the Debian package that installs it.
    pub fn load() -> Result<Fonts, String> {
        Fonts::from_files(&FONTS)
    }

    /// Loads the faces of `files` that the cards ask for, and only those.
    pub fn from_files(files: &[FontFile]) -> Result<Fonts, String> {
        let mut db = fontdb::Database::new();
        for file in files {
            let data = std::fs::read(file.path).map_err(|e| {
                format!(
                    "{}: {e}: the preview images need this font: install Debian's package {} (scripts/setup.sh does)",
                    file.path, file.package
                )
            })?;
            let ids = db.load_font_source(fontdb::Source::Binary(Arc::new(data)));
            let wanted = |f: &fontdb::FaceInfo| {
                f.families.iter().any(|(name, _)| name == file.family) && f.weight.0 == file.weight
            };
            let unwanted: Vec<fontdb::ID> =
                ids.iter().copied().filter(|id| !db.face(*id).is_some_and(wanted)).collect();
            if unwanted.len() == ids.len() {
                return Err(format!(
                    "{}: has no face {} of weight {}: the preview images need Debian's package {}",
                    file.path, file.family, file.weight, file.package
                ));
            }
            for id in unwanted {
                db.remove_face(id);
            }
        }
        Ok(Fonts { db: Arc::new(db) })
    }

    /// The options `usvg` reads a card with: these fonts, and for a character the first font
    /// lacks, the other font of the same weight (a Chinese name in English text), never a face
    /// of another weight.
    fn options(&self) -> usvg::Options<'static> {
        let mut options = usvg::Options { fontdb: self.db.clone(), ..Default::default() };
        options.font_resolver.select_fallback = Box::new(|_, used, db| {
            let weight = db.face(*used.first()?)?.weight;
            db.faces().find(|f| f.weight == weight && !used.contains(&f.id)).map(|f| f.id)
        });
        options
    }
}

/// What a card says, in its language: the words of the page's panel for the view.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub lang: Lang,
    /// The place's id, and a division's adcode (the map outlines it; not the province).
    pub id: String,
    pub adcode: Option<String>,
    /// The site's name.
    pub site: String,
    /// The place's name in the card's language, then in the other (as the panel's heading).
    pub name: String,
    pub other_name: String,
    /// The heading of the official statistics ("Official statistics, 2022").
    pub heading: String,
    /// The headline as the panel's first card shows it: its value, what the source states (in
    /// the source's language) where that differs, and what it is.
    pub value: String,
    pub stated: Option<(String, Lang)>,
    pub label: String,
    /// Under it, a division's rank and share of the province (the atlas's arithmetic, as on its
    /// card); for the province, what its panel's head says the articles hold.
    pub notes: Vec<String>,
}

impl Card {
    /// The card of the view of `selected` (a division's id, or `None` for the province), in
    /// `lang`; `None` if the place has no official headline.
    pub fn new(atlas: &Atlas, selected: Option<&str>, lang: Lang) -> Option<Card> {
        let view = PlaceView::new(atlas, selected, lang)?;
        let m = messages::of(lang);
        let h = view.baseline.headline?;
        let place = view.place;
        let notes = if view.is_province {
            vec![(m.counts)(view.figures.len(), view.highlights.len())]
        } else {
            view.baseline.headline_notes(&atlas.data, lang)
        };
        Some(Card {
            lang,
            id: place.id.clone(),
            adcode: (!view.is_province).then(|| place.adcode.clone()),
            site: m.title.to_string(),
            name: place.name(lang).to_string(),
            other_name: place.name(lang.other()).to_string(),
            heading: (m.baseline_heading)(&h.period),
            value: h.shown.get(lang).to_string(),
            stated: stated_beside(&atlas.data, h, lang).map(|(words, its_lang)| (words.to_string(), its_lang)),
            label: h.indicator.get(lang).to_string(),
            notes,
        })
    }

    /// The file it is written to: `{id}.{lang}.png`.
    pub fn file_name(&self) -> String {
        format!("{}.{}.png", self.id, self.lang.code())
    }
}

/// The font of a language's text.
fn font(lang: Lang) -> &'static str {
    match lang {
        Lang::En => LATIN,
        Lang::Zh => CJK,
    }
}

/// One line of the text column: its id in the SVG (to measure it), baseline, size, weight,
/// colour and text, and the words after it, regular and muted, in a language of their own (the
/// other name; the value as the source states it), drawn as a text of their own at `after_x`: a
/// text is shaped in one font, and one that lacks a character of it gives way to the fallback for
/// the whole text, English words included.
struct Line {
    id: &'static str,
    y: f64,
    size: f64,
    bold: bool,
    fill: &'static str,
    text: String,
    after: Option<(String, Lang)>,
    after_x: f64,
}

impl Line {
    /// The id of the words after it.
    fn after_id(&self) -> String {
        format!("{}-after", self.id)
    }
}

/// The text column, top to bottom: the site's name; the names; a rule, the heading, the value,
/// what the source states, what it is; the notes. An absent line takes no room; the column is
/// centred on the card.
fn lines(card: &Card) -> Vec<Line> {
    let m = messages::of(card.lang);
    let mut out = Vec::new();
    let mut y = 0.0;
    let mut push = |id, gap: f64, size: f64, bold, fill, text: String, after: Option<(String, Lang)>| {
        y += gap;
        out.push(Line { id, y, size, bold, fill, text, after, after_x: COLUMN_X });
    };
    push("site", 0.0, 30.0, true, ACCENT, card.site.clone(), None);
    // As the panel's heading: the name, a space, the other name.
    let other = Some((card.other_name.clone(), card.lang.other()));
    push("name", 96.0, 72.0, true, INK, format!("{} ", card.name), other);
    push("heading", 94.0, 30.0, false, MUTED, card.heading.clone(), None);
    push("value", 74.0, 60.0, true, INK, card.value.clone(), None);
    if let Some(stated) = &card.stated {
        push("stated", 50.0, 30.0, false, MUTED, format!("{}{}", m.as_stated, m.colon), Some(stated.clone()));
    }
    push("label", 52.0, 32.0, false, INK, card.label.clone(), None);
    for (i, note) in card.notes.iter().take(NOTES.len()).enumerate() {
        let bold = i == 0 && card.adcode.is_some();
        push(NOTES[i], if i == 0 { 66.0 } else { 46.0 }, 34.0, bold, INK, note.clone(), None);
    }
    // From the site's cap height to the last line's descenders.
    let (top, bottom) = (out[0].size * 0.75, y + out.last().map_or(0.0, |l| l.size * 0.25));
    let shift = (f64::from(HEIGHT) - (bottom - top)) / 2.0 - top;
    for l in &mut out {
        l.y += shift;
    }
    out
}

/// The ids of the notes' lines.
const NOTES: [&str; 3] = ["note0", "note1", "note2"];

/// The card as SVG, as `render` draws it: the page's background, the map, and the text column,
/// each line fitted into the column.
pub fn svg(map: &MapGeometry, atlas: &Atlas, card: &Card, fonts: &Fonts) -> Result<String, String> {
    let mut lines = lines(card);
    // Laid out once to measure each line, then placed.
    let tree = tree(&svg_of(map, atlas, card, &lines), fonts)?;
    let width = |id: &str| match tree.node_by_id(id) {
        Some(usvg::Node::Text(t)) => Ok(f64::from(t.bounding_box().width())),
        _ => Err(format!("the card's line {id} was not laid out")),
    };
    for l in &mut lines {
        let main = width(l.id)?;
        // The space the text ends with (the panel's heading's), which the SVG leaves out.
        let space = if l.text.ends_with(' ') { l.size * SPACE_EM } else { 0.0 };
        let after = if l.after.is_some() { space + width(&l.after_id())? } else { 0.0 };
        // Widths follow the size: a line too wide is drawn smaller, to fit.
        let size = (l.size * (COLUMN_WIDTH / (main + after)).min(1.0) * 10.0).floor() / 10.0;
        l.after_x = COLUMN_X + (main + space) * size / l.size;
        l.size = size;
    }
    Ok(svg_of(map, atlas, card, &lines))
}

/// A space's width in DejaVu Sans and Noto Sans CJK, in ems (about 0.32 and 0.22).
const SPACE_EM: f64 = 0.3;

fn svg_of(map: &MapGeometry, atlas: &Atlas, card: &Card, lines: &[Line]) -> String {
    let mut text = String::new();
    for l in lines {
        let weight = if l.bold { "700" } else { "400" };
        text.push_str(&format!(
            "<text id=\"{}\" x=\"{COLUMN_X}\" y=\"{:.1}\" font-size=\"{:.1}\" font-weight=\"{weight}\" fill=\"{}\">{}</text>",
            l.id,
            l.y,
            l.size,
            l.fill,
            escape(l.text.trim_end())
        ));
        if let Some((words, lang)) = &l.after {
            text.push_str(&format!(
                "<text id=\"{}\" x=\"{:.1}\" y=\"{:.1}\" font-size=\"{:.1}\" font-family=\"{}\" fill=\"{MUTED}\">{}</text>",
                l.after_id(),
                l.after_x,
                l.y,
                l.size,
                font(*lang),
                escape(words)
            ));
        }
    }
    // A short rule in the accent colour above the heading.
    let rule_y = lines.iter().find(|l| l.id == "heading").map_or(0.0, |l| l.y - 48.0);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{}\"><rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{PAGE}\"/>{}<rect x=\"{COLUMN_X}\" y=\"{rule_y:.1}\" width=\"64\" height=\"5\" fill=\"{ACCENT}\"/>{text}</svg>",
        font(card.lang),
        map_group(map, atlas, card.adcode.as_deref()),
    )
}

/// The divisions filled as the default view fills them, fitted into `MAP_BOX`; with a selection,
/// the others lighter and the selected one outlined on top.
fn map_group(map: &MapGeometry, atlas: &Atlas, selected: Option<&str>) -> String {
    let (x, y, w, h) = MAP_BOX;
    let scale = (w / map.width).min(h / map.height);
    let (dx, dy) = (x + (w - map.width * scale) / 2.0, y + (h - map.height * scale) / 2.0);
    let default = &atlas.measures[0];
    let mut paths = String::new();
    let mut outline = String::new();
    for s in &map.shapes {
        let Some(p) = atlas.data.place_by_adcode(&s.adcode) else { continue };
        let colour = default.colour(&p.id);
        let fill = if colour == NO_DATA { BLANK } else { colour };
        let opacity = match selected {
            Some(a) if a != s.adcode => format!(" fill-opacity=\"{OTHERS_OPACITY}\""),
            _ => String::new(),
        };
        paths.push_str(&format!("<path d=\"{}\" fill=\"{fill}\"{opacity}/>", s.path));
        if selected == Some(s.adcode.as_str()) {
            outline = format!(
                "<path d=\"{}\" fill=\"none\" stroke=\"{ACCENT}\" stroke-width=\"{:.2}\" stroke-linejoin=\"round\"/>",
                s.path,
                OUTLINE_PX / scale
            );
        }
    }
    format!(
        "<g transform=\"translate({dx:.1} {dy:.1}) scale({scale:.4})\"><g stroke=\"{BORDER}\" stroke-width=\"{:.2}\" stroke-linejoin=\"round\">{paths}</g>{outline}</g>",
        BORDER_PX / scale
    )
}

/// A card's SVG laid out with `fonts`, as `render` draws it.
pub fn tree(svg: &str, fonts: &Fonts) -> Result<usvg::Tree, String> {
    usvg::Tree::from_str(svg, &fonts.options()).map_err(|e| e.to_string())
}

/// The card drawn (`svg`): its SVG and its PNG.
pub fn render(map: &MapGeometry, atlas: &Atlas, card: &Card, fonts: &Fonts) -> Result<(String, Vec<u8>), String> {
    let text = svg(map, atlas, card, fonts)?;
    let tree = tree(&text, fonts)?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    Ok((text, png_bytes(pixmap.data(), WIDTH, HEIGHT)?))
}

/// An opaque RGBA image as an indexed PNG: its colours if there are at most 256, else the 256
/// most frequent, every other pixel taking the nearest of them (the few colours of a flat map
/// and of text's smoothed edges).
pub fn png_bytes(rgba: &[u8], width: u32, height: u32) -> Result<Vec<u8>, String> {
    // The image as runs of one colour: a flat image is mostly long runs, and each run is then
    // counted and looked up once (the build script runs unoptimised).
    let mut runs: Vec<([u8; 3], usize)> = Vec::new();
    for p in rgba.chunks_exact(4) {
        let colour = [p[0], p[1], p[2]];
        match runs.last_mut() {
            Some((last, n)) if *last == colour => *n += 1,
            _ => runs.push((colour, 1)),
        }
    }
    let mut counts: HashMap<[u8; 3], usize> = HashMap::new();
    for (colour, n) in &runs {
        *counts.entry(*colour).or_default() += n;
    }
    let mut by_count: Vec<([u8; 3], usize)> = counts.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<[u8; 3]> = by_count.iter().take(256).map(|(c, _)| *c).collect();
    let mut index: HashMap<[u8; 3], u8> = palette.iter().enumerate().map(|(i, c)| (*c, i as u8)).collect();
    let distance =
        |a: [u8; 3], b: [u8; 3]| -> i32 { a.iter().zip(b).map(|(x, y)| (i32::from(*x) - i32::from(y)).pow(2)).sum() };
    let mut indices = Vec::with_capacity(rgba.len() / 4);
    for (colour, n) in runs {
        let i = *index
            .entry(colour)
            .or_insert_with(|| (0..palette.len()).min_by_key(|&i| distance(colour, palette[i])).unwrap_or(0) as u8);
        indices.extend(std::iter::repeat_n(i, n));
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.concat());
    // Unfiltered rows compress best for indices (measured on Zhuzhou's card: 46 KB against 58 KB
    // with the default adaptive filter).
    encoder.set_compression(png::Compression::High);
    encoder.set_filter(png::Filter::NoFilter);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&indices).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

/// Writes every view's card in both languages into `dir` (`{id}.{lang}.png`), loading the fonts
/// once.
pub fn write_all(loaded: &Loaded, dir: &Path) -> Result<(), Vec<String>> {
    let fonts = Fonts::load().map_err(|e| vec![e])?;
    std::fs::create_dir_all(dir).map_err(|e| vec![format!("{}: {e}", dir.display())])?;
    let atlas = &loaded.atlas;
    for selected in views(atlas) {
        for lang in Lang::ALL {
            let Some(card) = Card::new(atlas, selected, lang) else { continue };
            let (_, png) =
                render(&loaded.map, atlas, &card, &fonts).map_err(|e| vec![format!("{}: {e}", card.file_name())])?;
            let path = dir.join(card.file_name());
            std::fs::write(&path, png).map_err(|e| vec![format!("{}: {e}", path.display())])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::png_bytes;

    /// The RGB pixels of a PNG, decoded (its palette expanded).
    fn decoded(png: &[u8]) -> Vec<[u8; 3]> {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png));
        decoder.set_transformations(png::Transformations::EXPAND);
        let mut reader = decoder.read_info().unwrap();
        assert_eq!(reader.info().color_type, png::ColorType::Indexed);
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let frame = reader.next_frame(&mut buffer).unwrap();
        buffer[..frame.buffer_size()].chunks_exact(3).map(|p| [p[0], p[1], p[2]]).collect()
    }

    fn rgba(pixels: &[[u8; 3]]) -> Vec<u8> {
        pixels.iter().flat_map(|p| [p[0], p[1], p[2], 255]).collect()
    }

    #[test]
    fn an_image_of_few_colours_keeps_every_one() {
        let pixels = [[255, 0, 0], [255, 0, 0], [255, 255, 255], [0, 0, 255]];
        assert_eq!(decoded(&png_bytes(&rgba(&pixels), 2, 2).unwrap()), pixels);
    }

    #[test]
    fn past_256_colours_the_rarest_take_the_nearest_kept() {
        // Red twice, then the 256 greys once each: red and the 255 darkest greys are kept (of
        // those seen as often, the lower), and white takes the nearest, the lightest grey kept.
        let mut pixels = vec![[255, 0, 0], [255, 0, 0]];
        pixels.extend((0..=255).map(|v| [v, v, v]));
        let mut expected = pixels.clone();
        *expected.last_mut().unwrap() = [254, 254, 254];
        assert_eq!(decoded(&png_bytes(&rgba(&pixels), 258, 1).unwrap()), expected);
    }
}
