//! The atlas as the app loads it: the data files embedded by `atlas_core::data`, and the areas
//! the build computed from the boundaries (the wasm carries no geometry).

use atlas_core::atlas::Atlas;
use atlas_core::data;

mod areas {
    include!(concat!(env!("OUT_DIR"), "/areas.rs"));
}

/// Loads the embedded dataset. The build has validated it, so an error here means a build that
/// skipped that step; it is reported on the page rather than panicking.
pub fn atlas() -> Result<Atlas, String> {
    let data = data::parse(data::embedded_files())
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    let areas = areas::AREAS_KM2.iter().map(|&(id, km2)| (id.to_string(), km2)).collect();
    Ok(Atlas::new(data, areas))
}
