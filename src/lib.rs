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
pub mod prerender;
pub mod url_state;

/// Mounts the app into `<body>` and removes the prerendered map it replaces (in the same task,
/// so no frame shows both).
pub fn mount() {
    leptos::mount::mount_to_body(components::app::App);
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("prerendered")) {
        el.remove();
    }
}
