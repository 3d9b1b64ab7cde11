#![allow(unexpected_cfgs)]
//! Validates the dataset at build time with the same code the app uses (`src/data.rs`), so a
//! broken data file stops `cargo build`, `trunk build` and `cargo test` with a message naming the
//! file and line, never a blank page at run time. Then projects the boundaries once: the shapes
//! go into `$OUT_DIR/map_shapes.rs` for the app, and the default view's map into
//! `build/prerendered-map.html`, which Trunk's post-build hook puts into the page.

#[path = "src/csv.rs"]
mod csv;
#[allow(dead_code)]
#[path = "src/data.rs"]
mod data;
// `scripts/test-data-errors.sh` compiles this file alone with `--cfg data_check_only`, without
// the projection (which needs serde), to show each data error stops the build.
#[cfg(not(data_check_only))]
#[allow(dead_code)]
#[path = "src/geo.rs"]
mod geo;
#[cfg(not(data_check_only))]
#[allow(dead_code)]
#[path = "src/measures.rs"]
mod measures;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;
#[cfg(not(data_check_only))]
#[path = "src/prerender.rs"]
mod prerender;

use std::process::exit;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/data.rs");
    println!("cargo:rerun-if-changed=src/csv.rs");
    println!("cargo:rerun-if-changed=src/model.rs");
    for file in ["geo", "measures", "prerender"] {
        println!("cargo:rerun-if-changed=src/{file}.rs");
    }
    let files = data::embedded_files();
    let result = data::parse(files).and_then(|dataset| {
        data::check_quotes(&dataset, files, |file| {
            std::fs::read_to_string(format!("data/sources/{file}")).ok().map(|s| &*s.leak())
        })?;
        Ok(dataset)
    });
    let dataset = match result {
        Ok(dataset) => dataset,
        Err(errors) => fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    #[cfg(not(data_check_only))]
    if let Err(e) = project(&dataset) {
        fail(&[e]);
    }
    let _ = dataset;
}

/// Projects the boundaries and writes the shapes and the static map.
#[cfg(not(data_check_only))]
fn project(dataset: &data::Dataset) -> Result<(), String> {
    let geojson = std::fs::read_to_string("data/hunan.geojson").map_err(|e| format!("data/hunan.geojson: {e}"))?;
    let boundaries = geo::parse_boundaries(&geojson).map_err(|e| format!("data/hunan.geojson: {e}"))?;
    if let Some(b) = boundaries.iter().find(|b| dataset.place_by_adcode(&b.adcode).is_none()) {
        return Err(format!("data/hunan.geojson: adcode {} has no place in data/places.csv", b.adcode));
    }
    let map = geo::MapGeometry::new(&boundaries, geo::MAP_WIDTH, geo::MAP_MARGIN);
    let out = std::env::var("OUT_DIR").map_err(|e| e.to_string())?;
    std::fs::write(format!("{out}/map_shapes.rs"), prerender::shapes_source(&map)).map_err(|e| e.to_string())?;
    let coverage = &measures::measures(dataset)[0];
    std::fs::create_dir_all("build").map_err(|e| e.to_string())?;
    std::fs::write("build/prerendered-map.html", prerender::map_html(&map, dataset, coverage))
        .map_err(|e| e.to_string())
}

fn fail(errors: &[String]) -> ! {
    for e in errors {
        // `cargo:warning` shows through cargo's output even when the build script fails.
        println!("cargo:warning=invalid data: {e}");
        eprintln!("invalid data: {e}");
    }
    eprintln!("{} problem(s) in data/: fix them (see data/README.md) and build again", errors.len());
    exit(1);
}
