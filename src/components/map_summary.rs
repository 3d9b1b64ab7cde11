//! The selected division in a few words, under the map: on a phone the panel is below the map,
//! so a tap shows here, in view, what it chose (name, how much the sources say, first figures)
//! with a link down to the panel (written by the core: `parts::map_summary`). Hidden where map
//! and panel stand side by side.

use crate::context::use_lang;
use atlas_core::atlas::Atlas;
use atlas_core::parts;
use leptos::prelude::*;

#[component]
pub fn MapSummary(atlas: &'static Atlas, #[prop(into)] selected: Signal<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    let summary = move || selected.get().map(|id| parts::map_summary(atlas, &id, lang.get())).unwrap_or_default();
    view! { <div inner_html=summary></div> }
}
