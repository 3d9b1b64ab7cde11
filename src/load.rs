//! The atlas as the app loads it: the dataset the build validated and packed, and the areas it
//! computed from the boundaries (the wasm carries no geometry and no CSV reader).

use atlas_core::atlas::Atlas;
use atlas_core::data;

mod areas {
    include!(concat!(env!("OUT_DIR"), "/areas.rs"));
}

/// Loads the embedded dataset. The build has validated it, so an error here means a build that
/// skipped that step; it is reported on the page rather than panicking.
pub fn atlas() -> Result<Atlas, String> {
    let data = data::packed::read(include_str!(concat!(env!("OUT_DIR"), "/dataset.packed")))
        .ok_or("The embedded dataset is not in the form this app reads: build it again.")?;
    let areas = areas::AREAS_KM2.iter().map(|&(id, km2)| (id.to_string(), km2)).collect();
    Ok(Atlas::new(data, areas))
}
