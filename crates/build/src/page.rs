//! The prerendered page: the masthead and the map of the default view, written once at build
//! time and put into `index.html` (by `scripts/prerender.mjs`), so the map paints with the HTML,
//! before the wasm has loaded. This is the only code that writes the map's markup: the app
//! adopts this very `<svg>` when it mounts and brings it to life (see `src/components/map.rs`).
//!
//! Until then each division is a link to its view (`?city=...`), so a click before the app is
//! ready still reaches the right view. It is written in English, with the names in both
//! languages; the app puts the page in the reader's language when it mounts.

use crate::geo::MapGeometry;
use crate::labels;
use atlas_core::atlas::Atlas;
use atlas_core::html::escape;
use atlas_core::measures::NO_DATA;
use atlas_core::messages::{EN, ZH};

/// Offsets of the English and Chinese label lines from the label point, in map units.
const LABEL_EN_DY: f64 = -3.0;
const LABEL_ZH_DY: f64 = 16.0;

/// The hatching of divisions without figures (`fill: url(#no-data)` in the stylesheet).
const NO_DATA_PATTERN: &str = "<defs><pattern id=\"no-data\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"7\" height=\"7\" fill=\"#f4f4f1\"></rect><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"7\" stroke=\"#d5d5cf\" stroke-width=\"2.4\"></line></pattern></defs>";

/// What goes into `<head>`: the title and description.
pub fn head() -> String {
    format!(
        "<title>{} \u{b7} {}</title>\n    <meta name=\"description\" content=\"{}\" />",
        escape(EN.title),
        escape(ZH.title),
        escape(EN.description)
    )
}

/// What the page shows until the app mounts: the masthead, the map, and a line in the panel.
pub fn body(map: &MapGeometry, atlas: &Atlas) -> String {
    format!(
        "<header class=\"masthead\"><h1>{title} <span lang=\"zh-CN\">{zh}</span></h1><p class=\"lede\">{lede}</p></header>\
         <main class=\"layout\"><section class=\"map-pane\" aria-label=\"{pane}\">{svg}</section>\
         <section class=\"panel\"><p>Loading the figures\u{2026}</p></section></main>",
        title = escape(EN.title),
        zh = escape(ZH.title),
        lede = escape(EN.lede),
        pane = escape(EN.map_pane),
        svg = map_svg(map, atlas),
    )
}

/// The atlas's icon (the favicon, and the web app manifest's): the map's divisions, filled as
/// the default view fills them, on a square of the page's paper colour.
pub fn icon_svg(map: &MapGeometry, atlas: &Atlas) -> String {
    let default = &atlas.measures[0];
    let side = map.width.max(map.height) * 1.08;
    let (dx, dy) = ((side - map.width) / 2.0, (side - map.height) / 2.0);
    let mut paths = String::new();
    for s in &map.shapes {
        let Some(p) = atlas.data.place_by_adcode(&s.adcode) else { continue };
        let colour = default.colour(&p.id);
        let fill = if colour == NO_DATA { "#e4e1d8" } else { colour };
        paths.push_str(&format!("<path d=\"{}\" fill=\"{fill}\"/>", s.path));
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side:.0} {side:.0}\"><rect width=\"{side:.0}\" height=\"{side:.0}\" rx=\"{r:.0}\" fill=\"#f6f4ee\"/><g transform=\"translate({dx:.1} {dy:.1})\" stroke=\"#fff\" stroke-width=\"0.8\" stroke-linejoin=\"round\">{paths}</g></svg>",
        r = side * 0.12,
    )
}

/// The map of the default view as an `<svg>` element: one link and path per division, filled by
/// the default measure, the outline of the selection (empty), and the names.
pub fn map_svg(map: &MapGeometry, atlas: &Atlas) -> String {
    let default = &atlas.measures[0];
    let mut shapes = String::new();
    let mut labels = String::new();
    // The fills, as a style sheet rather than `style` attributes, which a strict CSP refuses
    // (scripts/csp.mjs hashes it); the app removes it when it adopts the map.
    let mut fills = String::new();
    for s in &map.shapes {
        let Some(p) = atlas.data.place_by_adcode(&s.adcode) else { continue };
        let name = escape(&format!("{} {}", p.name_en, p.name_zh));
        let colour = default.colour(&p.id);
        let class = if colour == NO_DATA {
            "division no-data"
        } else {
            fills.push_str(&format!("path.division[data-place=\"{id}\"]{{fill:{colour}}}", id = escape(&p.id)));
            "division"
        };
        shapes.push_str(&format!(
            "<a href=\"?city={id}\"><path class=\"{class}\" d=\"{d}\" data-place=\"{id}\" aria-label=\"{name}\"><title>{name}</title></path></a>",
            id = escape(&p.id),
            d = s.path,
        ));
        // Where the name fits on a phone, if not where it stands (`labels`).
        let at = (s.label.0, s.label.1 + LABEL_EN_DY);
        let ((dx, dy), size) = labels::phone_place(&labels::rings(&s.path), at, p.name_en.chars().count());
        let phone = if (dx, dy, size) == (0.0, 0.0, labels::PHONE_NAME_SIZES[0]) {
            String::new()
        } else {
            let class = if size == labels::PHONE_NAME_SIZES[0] { String::new() } else { format!(" s{size}") };
            format!(
                "<text class=\"en phone{class}\" x=\"{dx:.0}\" y=\"{:.0}\" lang=\"en\">{}</text>",
                LABEL_EN_DY + dy,
                escape(&p.name_en)
            )
        };
        labels.push_str(&format!(
            "<g class=\"label{moves}\" data-place=\"{id}\" transform=\"translate({x:.1} {y:.1})\"><text class=\"en\" y=\"{LABEL_EN_DY}\" lang=\"en\">{en}</text>{phone}<text class=\"zh\" y=\"{LABEL_ZH_DY}\" lang=\"zh-CN\">{zh}</text></g>",
            id = escape(&p.id),
            x = s.label.0,
            y = s.label.1,
            en = escape(&p.name_en),
            zh = escape(&p.name_zh),
            moves = if phone.is_empty() { "" } else { " moves" },
        ));
    }
    format!(
        "<svg class=\"map\" viewBox=\"0 0 {w:.0} {h:.0}\" role=\"group\" aria-label=\"{label}\"><style>{fills}</style>{NO_DATA_PATTERN}<g class=\"divisions\">{shapes}</g><path class=\"selected-outline\" d=\"\" aria-hidden=\"true\"></path><g class=\"labels\" aria-hidden=\"true\">{labels}</g></svg>",
        w = map.width,
        h = map.height,
        label = escape(EN.map),
    )
}
