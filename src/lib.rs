//! Hunan Industry Atlas: a map of Hunan's 14 prefecture-level divisions linked to charts of what
//! five published articles say about their industry.
//!
//! The pure core (`csv`, `model`, `data`, `geo`, `url_state`, `charts::options`, `atlas`) has no
//! DOM and is tested natively; `components` renders it and `charts::echarts` binds ECharts.

pub mod atlas;
pub mod browser;
pub mod charts;
pub mod components;
pub mod csv;
pub mod data;
pub mod embed;
pub mod explorer;
pub mod export;
pub mod geo;
pub mod measures;
pub mod model;
pub mod url_state;

/// Mounts the app into `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(components::app::App);
}
