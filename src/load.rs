//! The atlas as the app loads it: the dataset the build validated and packed with the index of
//! every view's charts and the measures that colour the map (`dataset.txt`,
//! a static file beside the page, fetched as the wasm starts: data, in both languages, is not
//! code), and the areas it computed from the boundaries (the wasm carries no geometry and no CSV
//! reader).

use atlas_core::atlas::Atlas;
use atlas_core::data;

mod areas {
    include!(concat!(env!("OUT_DIR"), "/areas.rs"));
}

/// The dataset's file, relative to the page (the page preloads it). Plain text, so that any
/// static host serves it compressed.
pub const DATASET: &str = "dataset.txt";

/// Fetches and reads the dataset. The build has validated it, so a read error means a file of
/// another build; it is reported on the page rather than panicking, as is a failed download.
pub async fn atlas() -> Result<Atlas, String> {
    let text = crate::browser::fetch_text(DATASET).await?;
    let (data, charts, measures) =
        data::packed::read(&text).ok_or("The dataset is not in the form this app reads: build it again.")?;
    let areas = areas::AREAS_KM2.iter().map(|&(id, km2)| (id.to_string(), km2)).collect();
    let mut atlas = Atlas::new(data, areas, measures);
    atlas.charts = charts;
    Ok(atlas)
}

/// The verbatim passages (`atlas_core::data::packed::write_passages`), relative to the page.
pub const PASSAGES: &str = "passages.txt";

/// Fetches the passages and gives them to the dataset; whether they arrived (a failed download,
/// or a file of another build, leaves the sources without their passages).
pub async fn passages(atlas: &'static Atlas) -> bool {
    let Ok(text) = crate::browser::fetch_text(PASSAGES).await else { return false };
    data::packed::read_passages(&text).is_some_and(|p| atlas.data.passages.set(p).is_ok())
}

/// The search's folded texts (`atlas_core::search`), relative to the page.
pub const SEARCH_INDEX: &str = "search.txt";

/// Where the search's texts are: fetched when the reader first searches (or a link names a
/// search), then kept for the page's life.
#[derive(Clone, Copy, PartialEq)]
pub enum SearchTexts {
    NotAsked,
    Loading,
    Ready(&'static atlas_core::search::Index),
    Failed,
}

/// Fetches and reads the search's texts; like the dataset, a file of another build is an error.
pub async fn search_index() -> Result<atlas_core::search::Index, String> {
    let text = crate::browser::fetch_text(SEARCH_INDEX).await?;
    atlas_core::search::Index::read(&text).ok_or_else(|| format!("{SEARCH_INDEX}: not the index this app reads"))
}
