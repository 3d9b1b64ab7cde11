//! The figures as files to download, written once at build time for every view: the province's
//! own figures, each division's, and all of them, as CSV and JSON (`export`). The
//! page links to them (`downloads/hunan-atlas-<view>.csv`), so the wasm carries no exporter.

use crate::export::{figures_csv, figures_json};
use atlas_core::atlas::Atlas;
use atlas_core::model::Figure;

/// The file name of a view's download: `hunan-atlas-zhuzhou.csv`; `all` for every figure.
pub fn file_name(view: &str, extension: &str) -> String {
    format!("hunan-atlas-{view}.{extension}")
}

/// (file name, content) of every download.
pub fn files(atlas: &Atlas) -> Vec<(String, String)> {
    let data = &atlas.data;
    let all: Vec<&Figure> = data.figures.iter().collect();
    let views = data.places.iter().map(|p| (p.id.as_str(), data.figures_of(&p.id).collect::<Vec<_>>()));
    std::iter::once(("all", all))
        .chain(views)
        .flat_map(|(view, figures)| {
            [
                (file_name(view, "csv"), figures_csv(data, &figures)),
                (file_name(view, "json"), figures_json(data, &figures)),
            ]
        })
        .collect()
}
