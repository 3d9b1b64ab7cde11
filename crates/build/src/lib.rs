//! The build: everything that depends only on the data, done once, natively. It reads and
//! validates `data/` (`csv`, `dataset`, `baseline`, `comparisons`), projects the boundaries
//! (`geo`, `neighbours`, `labels`), writes each value as the page shows it (`values`), works out
//! the measures (`measures`), every chart (`grammar`, `spec`, `charts`), the search's index
//! (`search_index`) and the downloads (`export`, `downloads`), and the prerendered page (`page`).
//! `build.rs` runs it, and so does the `atlas-build` binary (for scripts that check broken copies
//! of `data/`); the app cannot link it, so none of it ships in the wasm.
//!
//! Writes, for the app, `$OUT_DIR/areas.rs` (each division's area) and `build/dataset.txt`
//! (the validated dataset and the index of every chart, see `atlas_core::data::packed`),
//! `build/search.txt` (the folded texts the search reads, `atlas_core::search`) and, in
//! `build/`, the prerendered page parts that `scripts/prerender.mjs` puts into `index.html` and
//! the static files Trunk copies into `dist/`: every chart (its option, its items' places and
//! tooltips, its description), one file a language (`charts-en.json`, `charts-zh.json`), the
//! downloads of every view, and the share cards' images (`preview`, in `build/previews/`).

pub mod baseline;
pub mod charts;
pub mod comparisons;
pub mod csv;
pub mod dataset;
pub mod downloads;
pub mod export;
pub mod geo;
pub mod grammar;
pub mod labels;
pub mod measures;
pub mod neighbours;
pub mod page;
pub mod preview;
pub mod rows;
pub mod search_index;
pub mod spec;
pub mod values;

use atlas_core::atlas::Atlas;
use atlas_core::data;
use atlas_core::lang::Lang;
use dataset::{DataError, File, Files};
use geo::{MAP_MARGIN, MAP_WIDTH, MapGeometry};
use std::path::Path;

/// Where the build reads and writes.
pub struct Paths<'a> {
    /// The project's root: `data/` is read from here.
    pub root: &'a Path,
    /// Cargo's `OUT_DIR`: Rust source for the app.
    pub out_dir: &'a Path,
    /// The page parts for Trunk's post-build hook (`build/`, ignored by git).
    pub build_dir: &'a Path,
}

/// The width of the icon's map, in its own units.
const ICON_WIDTH: f64 = 120.0;
/// How far, in those units, the icon's outlines may stray to drop the steps of whole units.
const ICON_TOLERANCE: f64 = 1.5;

/// The boundary file, relative to the root.
pub const BOUNDARIES: &str = "data/hunan.geojson";

/// Validates and writes everything; the errors name file and line (`data/figures.csv:12: ...`).
pub fn run(paths: &Paths<'_>) -> Result<(), Vec<String>> {
    let loaded = load(paths.root).map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let Loaded { atlas, map, comparisons } = &loaded;
    let write = |dir: &Path, name: &str, text: String| {
        std::fs::create_dir_all(dir)
            .and_then(|()| std::fs::write(dir.join(name), text))
            .map_err(|e| vec![format!("{}: {e}", dir.join(name).display())])
    };
    write(paths.out_dir, "areas.rs", areas_source(atlas))?;
    let files = app_files(&loaded)?;
    write(paths.build_dir, "dataset.txt", files.dataset)?;
    write(paths.build_dir, "passages.txt", files.passages)?;
    write(paths.build_dir, "search.txt", files.search)?;
    write(paths.build_dir, "prerendered-head.html", page::head())?;
    write(paths.build_dir, "prerendered-body.html", page::body(map, atlas))?;
    // The icon, projected again at its own small size, where whole units make a path a tenth
    // of the map's (the boundaries were checked by `load`).
    let icon = std::fs::read_to_string(paths.root.join(BOUNDARIES))
        .ok()
        .and_then(|g| geo::parse_boundaries(&g).ok())
        .map(|b| MapGeometry::within(&b, ICON_WIDTH, 0.0, ICON_TOLERANCE))
        .ok_or_else(|| vec![format!("{BOUNDARIES}: unreadable for the icon")])?;
    write(paths.build_dir, "icon.svg", page::icon_svg(&icon, atlas))?;
    for lang in Lang::ALL {
        write(paths.build_dir, &charts::file_name(lang), charts::all(atlas, comparisons, lang).to_string())?;
    }
    let downloads = paths.build_dir.join("downloads");
    for (name, text) in downloads::files(atlas) {
        write(&downloads, &name, text)?;
    }
    preview::write_all(&loaded, &paths.build_dir.join("previews"))?;
    // Every view's own page, for scripts/prerender.mjs to write from the staged index.html.
    let site = site_url();
    let views = page::view_pages(map, atlas, &site);
    let listed: Vec<serde_json::Value> = views
        .iter()
        .map(|p| serde_json::json!({ "file": p.file, "lang": p.lang.tag(), "head": p.head, "body": p.body }))
        .collect();
    write(paths.build_dir, "pages.json", serde_json::Value::Array(listed).to_string())?;
    write(paths.build_dir, "sitemap.xml", page::sitemap(&views, &site))?;
    write(paths.build_dir, "robots.txt", page::robots(&site))?;
    Ok(())
}

/// Where the atlas is published (`ATLAS_SITE_URL`, e.g. `https://example.org/atlas/`), for the
/// absolute addresses of share cards and the sitemap; empty (relative addresses) if unset.
pub fn site_url() -> String {
    match std::env::var("ATLAS_SITE_URL") {
        Ok(url) if !url.is_empty() && !url.ends_with('/') => format!("{url}/"),
        Ok(url) => url,
        Err(_) => String::new(),
    }
}

/// The files the app fetches, as `run` writes them, and the areas it is built with.
pub struct AppFiles {
    /// The dataset with the chart index and the measures (`atlas_core::data::packed`).
    pub dataset: String,
    /// The verbatim passages, fetched after the first view.
    pub passages: String,
    /// The search's folded texts (`search_index`).
    pub search: String,
    /// (place id, km²) of each division, which the app includes as Rust source.
    pub areas: Vec<(String, f64)>,
}

/// The app's files of a loaded atlas; an error if a field holds one of their separators.
pub fn app_files(loaded: &Loaded) -> Result<AppFiles, Vec<String>> {
    let atlas = &loaded.atlas;
    let dataset = data::packed::write(&atlas.data, &atlas.charts, &atlas.measures)
        .ok_or_else(|| vec!["data/: a field holds a control character (U+001D..U+001F)".to_string()])?;
    let passages = data::packed::write_passages(&atlas.data)
        .ok_or_else(|| vec!["data/: a quote holds a control character (U+001E..U+001F)".to_string()])?;
    let search = search_index::build(atlas)
        .write()
        .ok_or_else(|| vec!["data/: a field holds a control character (U+001E..U+001F)".to_string()])?;
    Ok(AppFiles { dataset, passages, search, areas: atlas.areas.clone() })
}

/// What `load` reads: the atlas (with its chart index), its projected map and the editor's
/// comparisons.
pub struct Loaded {
    pub atlas: Atlas,
    pub map: MapGeometry,
    pub comparisons: Vec<comparisons::Comparison>,
}

/// Reads and checks the data files and boundaries under `root`, or returns every problem found.
pub fn load(root: &Path) -> Result<Loaded, Vec<DataError>> {
    let read = |path: &'static str| {
        std::fs::read_to_string(root.join(path))
            .map_err(|e| vec![DataError { file: path.into(), line: 1, message: format!("cannot be read: {e}") }])
    };
    let (places, sources, figures, highlights, terms) = (
        read("data/places.csv")?,
        read("data/sources.csv")?,
        read("data/figures.csv")?,
        read("data/highlights.csv")?,
        read("data/terms.csv")?,
    );
    let files = Files {
        places: File { path: "data/places.csv", text: &places },
        sources: File { path: "data/sources.csv", text: &sources },
        figures: File { path: "data/figures.csv", text: &figures },
        highlights: File { path: "data/highlights.csv", text: &highlights },
        terms: File { path: "data/terms.csv", text: &terms },
    };
    let mut dataset = dataset::parse(files)?;
    dataset::check_quotes(&dataset, files, |file| {
        std::fs::read_to_string(root.join("data/sources").join(file)).ok().map(|s| &*s.leak())
    })?;
    let (indicators, sources, values) =
        (read(baseline::INDICATORS)?, read(baseline::SOURCES)?, read(baseline::VALUES)?);
    baseline::add(&mut dataset, &baseline::Files { indicators: &indicators, sources: &sources, values: &values })?;
    let geojson = read(BOUNDARIES)?;
    let error = |line, message| vec![DataError { file: BOUNDARIES.into(), line, message }];
    let boundaries = geo::parse_boundaries(&geojson).map_err(|(line, message)| error(line, message))?;
    let line_of =
        |adcode: &str| geojson.lines().position(|l| l.contains(&format!("\"{adcode}\""))).map_or(1, |i| i + 1);
    let mut areas = Vec::new();
    for b in &boundaries {
        match dataset.place_by_adcode(&b.adcode) {
            Some(p) => areas.push((p.id.clone(), geo::area_km2(&b.polygons))),
            None => {
                return Err(error(line_of(&b.adcode), format!("adcode {} has no place in data/places.csv", b.adcode)));
            }
        }
    }
    if let Some(p) = dataset.divisions().find(|p| !boundaries.iter().any(|b| b.adcode == p.adcode)) {
        return Err(error(1, format!("no boundary for {} (adcode {} in data/places.csv)", p.id, p.adcode)));
    }
    for (adcode, next) in neighbours::of(&boundaries) {
        let ids: Vec<String> = next.iter().filter_map(|a| dataset.place_by_adcode(a)).map(|p| p.id.clone()).collect();
        if let Some(p) = dataset.places.iter_mut().find(|p| p.adcode == adcode) {
            p.neighbours = ids;
        }
    }
    // A measure's short name (data/terms.csv, set `measure`) names an indicator that colours the
    // map, the official ones included.
    let terms = read("data/terms.csv")?;
    for t in dataset.terms.0.iter().filter(|t| t.set == "measure") {
        if !dataset.figures.iter().any(|f| f.indicator_id == t.code) {
            let line = terms.lines().position(|l| l.starts_with(&format!("measure,{},", t.code))).map_or(1, |i| i + 1);
            let message =
                format!("measure {:?} names no indicator_id of the figures or the official statistics", t.code);
            return Err(vec![DataError { file: "data/terms.csv".into(), line, message }]);
        }
    }
    let comparisons = comparisons::read_all(&dataset, &read(comparisons::FILE)?)?;
    let map = MapGeometry::new(&boundaries, MAP_WIDTH, MAP_MARGIN);
    let measures = measures::measures(&dataset);
    let mut atlas = Atlas::new(dataset, areas, measures);
    // The index of every chart, which the packed dataset carries to the app.
    atlas.charts = spec::index(&atlas, |view, lang| charts::specs(&atlas, &comparisons, view, lang));
    Ok(Loaded { atlas, map, comparisons })
}

/// How many different items `items` holds (values compared with `==`, so floats too). Quadratic,
/// for the short lists of the atlas: at most a few dozen figures.
pub fn count_distinct<T: PartialEq>(items: impl IntoIterator<Item = T>) -> usize {
    let mut seen: Vec<T> = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen.len()
}

/// Rust source of `AREAS_KM2: &[(place id, km²)]`, which the app includes.
fn areas_source(atlas: &Atlas) -> String {
    let mut out = String::from("// Written by the build (crates/build) from data/hunan.geojson.\n");
    out.push_str("pub const AREAS_KM2: &[(&str, f64)] = &[\n");
    for (id, km2) in &atlas.areas {
        out.push_str(&format!("    ({id:?}, {km2:?}),\n"));
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_distinct_items() {
        assert_eq!(super::count_distinct([3.0, 1.0, 3.0, 2.0, 1.0]), 3);
        assert_eq!(super::count_distinct(["a", "a"]), 1);
        assert_eq!(super::count_distinct(Vec::<u8>::new()), 0);
    }
}
