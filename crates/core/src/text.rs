//! The page's own words that appear both in the prerendered page (written by the build) and in
//! the app: one source for each.

pub const TITLE: &str = "Hunan Industry Atlas";
pub const TITLE_ZH: &str = "湖南产业地图";
/// The line under the title.
pub const LEDE: &str = "What five published articles (2019\u{2013}2023) say about the industry of Hunan\u{2019}s 14 prefecture-level divisions. Select a division on the map.";
/// The page's description for search engines and link previews.
pub const DESCRIPTION: &str = "What five published articles (2019\u{2013}2023) say about the industry of Hunan\u{2019}s 14 prefecture-level divisions, on a map linked to charts, every figure with its verbatim source.";
/// The accessible names of the map's pane and of the map itself.
pub const MAP_PANE: &str = "Map of Hunan";
pub const MAP: &str = "Hunan\u{2019}s 14 prefecture-level divisions";

/// The browser tab's title: "Hunan Industry Atlas · 湖南产业地图".
pub fn page_title() -> String {
    format!("{TITLE} \u{b7} {TITLE_ZH}")
}
