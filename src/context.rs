//! What the page shares with the components below it through Leptos context, in a module of its
//! own so that no component depends on the one that provides it.

use leptos::prelude::{Callback, ReadSignal};

/// Whether the ECharts script has loaded, and how to ask for it. Charts ask when they come near
/// the viewport, and so does the reader's first scroll; a first view with no chart in sight (the
/// province on a laptop or a phone) downloads no ECharts, and the map never waits for it.
#[derive(Clone, Copy)]
pub struct Echarts {
    pub ready: ReadSignal<bool>,
    pub load: Callback<()>,
}
