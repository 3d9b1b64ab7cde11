//! What the page shares with the components below it through Leptos context, in a module of its
//! own so that no component depends on the one that provides it.

use crate::echarts::ChartFile;
use atlas_core::chart_loader::{self, Loader};
use atlas_core::lang::Lang;
use atlas_core::messages::{self, Messages};
use leptos::prelude::{Callback, Get, LocalStorage, ReadSignal, Signal, StoredValue, use_context};

/// Whether the ECharts script and the build's chart files have loaded, and how to ask for them.
/// Charts ask when they come near the viewport (for the script and their language's file), and
/// so does the reader's first scroll; a first view with no chart in sight (the province on a
/// laptop or a phone) downloads neither, and the map never waits for them.
#[derive(Clone, Copy)]
pub struct Echarts {
    /// Where the downloads stand (`atlas_core::chart_loader`): whether the charts of a language
    /// can be drawn, or why not.
    pub loader: ReadSignal<Loader>,
    /// Tells the loader what a chart asks for (`Want`, `Retry`); it starts the downloads.
    pub send: Callback<chart_loader::Event>,
    /// The chart file of each language, once loaded (both load with ECharts: a language
    /// switch then waits for no download).
    pub charts: StoredValue<Vec<(Lang, ChartFile)>, LocalStorage>,
}

/// The language the page is shown in: the address's `lang`, or the browser's.
#[derive(Clone, Copy)]
pub struct Language {
    pub shown: Signal<Lang>,
    /// The same, once the frame that shows a new language has been painted: for what is out of
    /// sight when the reader switches (the credits below the panel, the map's tooltips, the embed
    /// code), since that frame lays out the whole page again.
    pub settled: Signal<Lang>,
}

/// The page's language, for components below the page (English if none is provided).
pub fn use_lang() -> Signal<Lang> {
    use_context::<Language>().map_or_else(|| Signal::stored(Lang::En), |l| l.shown)
}

/// The page's language for what is out of sight when it changes (see `Language::settled`).
pub fn use_settled_lang() -> Signal<Lang> {
    use_context::<Language>().map_or_else(|| Signal::stored(Lang::En), |l| l.settled)
}

/// A word of the interface (`pick` chooses it from the table) in the page's language, kept in
/// step with it. Every text and attribute of the interface goes through this one closure type, so
/// the wasm carries one copy of the code that renders and updates such a text, not one a text
/// (each `move || m().title` is a type of its own, monomorphized at about 2 KB of wasm).
pub fn words(pick: fn(&'static Messages) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    words_in(use_lang(), pick)
}

/// A word of the interface in `lang` (a chart's own language, say), kept in step with it: the
/// same closure type as `words`.
pub fn words_in(
    lang: Signal<Lang>,
    pick: fn(&'static Messages) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || pick(messages::of(lang.get()))
}
