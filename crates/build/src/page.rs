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
use atlas_core::explorer::PlaceView;
use atlas_core::html::escape;
use atlas_core::lang::Lang;
use atlas_core::measures::NO_DATA;
use atlas_core::messages::{self, EN, ZH};
use atlas_core::pages;
use atlas_core::parts;

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
    view_map_svg(map, atlas, None, None)
}

/// The map of a view's page: `selected` marked and outlined, and each division a link to its
/// page in `links` (`None`: to `?city=`, as old links were).
fn view_map_svg(map: &MapGeometry, atlas: &Atlas, selected: Option<&str>, links: Option<Lang>) -> String {
    let default = &atlas.measures[0];
    let mut shapes = String::new();
    let mut labels = String::new();
    // The fills, as a style sheet rather than `style` attributes, which a strict CSP refuses
    // (scripts/csp.mjs hashes it); the app removes it when it adopts the map.
    let mut fills = String::new();
    let mut outline = String::new();
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
        let on = selected == Some(p.id.as_str());
        if on {
            outline = s.path.clone();
        }
        let href = match links {
            Some(lang) => pages::file_name(Some(&p.id), lang),
            None => format!("?city={}", p.id),
        };
        shapes.push_str(&format!(
            "<a href=\"{href}\"><path class=\"{class}{sel}\" d=\"{d}\" data-place=\"{id}\" aria-label=\"{name}\"><title>{name}</title></path></a>",
            href = escape(&href),
            id = escape(&p.id),
            d = s.path,
            sel = if on { " selected" } else { "" },
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
            "<g class=\"label{moves}{sel}\" data-place=\"{id}\" transform=\"translate({x:.1} {y:.1})\"><text class=\"en\" y=\"{LABEL_EN_DY}\" lang=\"en\">{en}</text>{phone}<text class=\"zh\" y=\"{LABEL_ZH_DY}\" lang=\"zh-CN\">{zh}</text></g>",
            id = escape(&p.id),
            x = s.label.0,
            y = s.label.1,
            en = escape(&p.name_en),
            zh = escape(&p.name_zh),
            moves = if phone.is_empty() { "" } else { " moves" },
            sel = if on { " selected" } else { "" },
        ));
    }
    format!(
        "<svg class=\"map\" viewBox=\"0 0 {w:.0} {h:.0}\" role=\"group\" aria-label=\"{label}\"><style>{fills}</style>{NO_DATA_PATTERN}<g class=\"divisions\">{shapes}</g><path class=\"selected-outline\" d=\"{outline}\" aria-hidden=\"true\"></path><g class=\"labels\" aria-hidden=\"true\">{labels}</g></svg>",
        w = map.width,
        h = map.height,
        label = escape(EN.map),
    )
}

/// One view's own page (`atlas_core::pages`): its file, language, `<head>` part and body.
pub struct ViewPage {
    pub file: String,
    pub lang: Lang,
    pub head: String,
    pub body: String,
}

/// The pages of every view (the province and each division) in both languages. `site` is the
/// address the atlas is published at (`ATLAS_SITE_URL`, ending in `/`), or empty: then the
/// canonical, alternate and card addresses are relative to the page, which link previews that
/// need absolute addresses cannot follow.
pub fn view_pages(map: &MapGeometry, atlas: &Atlas, site: &str) -> Vec<ViewPage> {
    let mut out = Vec::new();
    for city in atlas_core::explorer::views(atlas) {
        for lang in Lang::ALL {
            let Some(view) = PlaceView::new(atlas, city, lang) else { continue };
            out.push(ViewPage {
                file: pages::file_name(city, lang),
                lang,
                head: view_head(atlas, &view, city, lang, site),
                body: view_body(map, atlas, &view, city, lang),
            });
        }
    }
    out
}

/// The title, description, canonical and language alternates, and the share card's tags.
fn view_head(atlas: &Atlas, view: &PlaceView<'_>, city: Option<&str>, lang: Lang, site: &str) -> String {
    let m = messages::of(lang);
    let place = view.place;
    let title = pages::title((!view.is_province).then_some(place), lang);
    // What the page leads with: the headline figure as the panel's first card gives it.
    let headline = view.baseline.headline.map(|h| {
        // "GDP: 361.681 billion CNY"; in Chinese as the communiqués write it, "地区生产总值3,616.81亿元".
        let colon = if lang == Lang::Zh { "" } else { ": " };
        let mut words = vec![[h.indicator.get(lang), colon, h.shown.get(lang)].concat()];
        if !view.is_province {
            words.extend(view.baseline.headline_notes(&atlas.data, lang));
        }
        words.join(if lang == Lang::Zh { "\u{ff1b}" } else { "; " })
    });
    let description = match headline {
        Some(h) if lang == Lang::Zh => format!("{}\u{ff1a}{h}\u{3002}{}", place.name(lang), m.description),
        Some(h) => format!("{}: {h}. {}", place.name(lang), m.description),
        None => m.description.to_string(),
    };
    let file = pages::file_name(city, lang);
    let image = format!("{site}previews/{}.{}.png", place.id, lang.code());
    let alternates: String = Lang::ALL
        .into_iter()
        .map(|l| {
            format!(
                "\n    <link rel=\"alternate\" hreflang=\"{}\" href=\"{site}{}\" />",
                l.tag(),
                escape(&pages::file_name(city, l))
            )
        })
        .collect();
    let (title, description) = (escape(&title), escape(&description));
    format!(
        "<title>{title}</title>\n    <meta name=\"description\" content=\"{description}\" />\n    \
         <link rel=\"canonical\" href=\"{site}{file}\" />{alternates}\n    \
         <meta property=\"og:type\" content=\"website\" />\n    \
         <meta property=\"og:site_name\" content=\"{site_name}\" />\n    \
         <meta property=\"og:locale\" content=\"{locale}\" />\n    \
         <meta property=\"og:title\" content=\"{title}\" />\n    \
         <meta property=\"og:description\" content=\"{description}\" />\n    \
         <meta property=\"og:url\" content=\"{site}{file}\" />\n    \
         <meta property=\"og:image\" content=\"{image}\" />\n    \
         <meta property=\"og:image:type\" content=\"image/png\" />\n    \
         <meta property=\"og:image:width\" content=\"1200\" />\n    \
         <meta property=\"og:image:height\" content=\"630\" />\n    \
         <meta property=\"og:image:alt\" content=\"{title}\" />\n    \
         <meta name=\"twitter:card\" content=\"summary_large_image\" />\n    \
         <meta name=\"twitter:title\" content=\"{title}\" />\n    \
         <meta name=\"twitter:description\" content=\"{description}\" />\n    \
         <meta name=\"twitter:image\" content=\"{image}\" />",
        file = escape(&file),
        image = escape(&image),
        site_name = escape(m.title),
        locale = if lang == Lang::Zh { "zh_CN" } else { "en_US" },
    )
}

/// The page as a reader without JavaScript sees it, and everyone before the wasm: the masthead
/// with the language links, the map with the view's division marked, and the panel's head and its
/// official statistics; under them every figure with its source (the table view's table).
fn view_body(map: &MapGeometry, atlas: &Atlas, view: &PlaceView<'_>, city: Option<&str>, lang: Lang) -> String {
    let m = messages::of(lang);
    let shown = atlas_core::url_state::UrlState { city: city.map(str::to_string), ..Default::default() };
    let other = lang.other();
    let figures = view.table_rows(atlas);
    // Every figure with its source, under the map and the panel, as wide as the page: the
    // panel's column is too narrow for the table's six columns.
    let table = if figures.is_empty() {
        String::new()
    } else {
        format!(
            "<section class=\"panel all-figures\" aria-label=\"{}\">{}</section>",
            escape(m.table),
            parts::figure_table(&atlas.data, &figures, lang)
        )
    };
    format!(
        "<header class=\"masthead\"><h1>{title} <span lang=\"{other_tag}\">{other_title}</span></h1><p class=\"lede\">{lede}</p>\
         <nav class=\"lang-switch\">{links}</nav></header>\
         <main><div class=\"layout\"><section class=\"map-pane\" aria-label=\"{pane}\">{svg}</section>\
         <section class=\"panel\">{head}{baseline}</section></div>{table}</main>",
        title = escape(m.title),
        other_tag = other.tag(),
        other_title = escape(messages::of(other).title),
        lede = escape(m.lede),
        links = parts::language_links(&shown, lang),
        pane = escape(m.map_pane),
        svg = view_map_svg(map, atlas, city, Some(lang)),
        head = parts::panel_head(atlas, view, lang),
        baseline = parts::baseline(&atlas.data, &view.baseline, lang),
    )
}

/// `sitemap.xml`: every view's page; `site` as for
/// `view_pages` (the sitemaps protocol asks for absolute addresses).
pub fn sitemap(pages: &[ViewPage], site: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in pages {
        out += &format!("  <url><loc>{site}{}</loc></url>\n", escape(&p.file));
    }
    out + "</urlset>\n"
}

/// `robots.txt`: everything may be read; where the sitemap is.
pub fn robots(site: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {site}sitemap.xml\n")
}
