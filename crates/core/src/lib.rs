//! The atlas's pure core: data, geometry, measures, the panel's model, and the view's state in
//! the URL. No DOM and no chart library: the same code runs in the build (crates/build), in the
//! app (compiled to wasm) and in native tests.

pub mod atlas;
pub mod charts;
pub mod csv;
pub mod data;
pub mod embed;
pub mod explorer;
pub mod export;
pub mod geo;
pub mod grammar;
pub mod html;
pub mod measures;
pub mod model;
pub mod text;
pub mod url_state;
pub mod view_state;
