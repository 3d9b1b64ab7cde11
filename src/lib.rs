//! Hunan Industry Atlas, the app: Leptos components and browser bindings over the pure core
//! (`atlas_core`). The build (`crates/build`, run by `build.rs`) has validated the data and
//! prerendered the map into the page; the app adopts that map and brings the page to life.

pub mod address;
pub mod browser;
pub mod components;
pub mod context;
pub mod echarts;
pub mod load;
pub mod signals;

/// Fetches the dataset, then mounts the app into `<body>` and removes the prerendered page it
/// replaces (in the same task, so no frame shows both; the map itself moves into the app, see
/// `components::map`).
pub fn mount() {
    // Leptos sets up its executor when it mounts: until then, wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async {
        let loaded = load::atlas().await;
        leptos::mount::mount_to_body(move || components::app::App(components::app::AppProps { loaded }));
        if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("prerendered"))
        {
            el.remove();
        }
    });
}
