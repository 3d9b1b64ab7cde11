//! What the page shares with the components below it through Leptos context, in a module of its
//! own so that no component depends on the one that provides it.

use crate::echarts::ChartFile;
use leptos::prelude::{Callback, LocalStorage, ReadSignal, StoredValue};

/// Whether the ECharts script and the build's chart file have loaded, and how to ask for them.
/// Charts ask when they come near the viewport, and so does the reader's first scroll; a first
/// view with no chart in sight (the province on a laptop or a phone) downloads neither, and the
/// map never waits for them.
#[derive(Clone, Copy)]
pub struct Echarts {
    pub ready: ReadSignal<bool>,
    pub load: Callback<()>,
    /// The chart file, once loaded.
    pub charts: StoredValue<Option<ChartFile>, LocalStorage>,
    /// Why the charts could not load, if they could not.
    pub failed: ReadSignal<Option<String>>,
}
