//! The choropleth's controls: which measure colours the map, and what its colours mean.

use crate::context::use_lang;
use atlas_core::measures::{Measure, NO_DATA};
use atlas_core::messages;
use leptos::prelude::*;

#[component]
pub fn Legend(
    measures: &'static [Measure],
    #[prop(into)] current: Signal<&'static Measure>,
    on_measure: Callback<String>,
) -> impl IntoView {
    let lang = use_lang();
    let m = move || messages::of(lang.get());
    let options = move || {
        let l = lang.get();
        measures
            .iter()
            .map(|m| {
                let id = m.id.clone();
                view! { <option value=id.clone() selected=move || current.get().id == id>{m.label.get(l).to_string()}</option> }
            })
            .collect_view()
    };
    let entries = move || {
        current
            .get()
            .legend(lang.get())
            .into_iter()
            .map(|e| view! { <li><span class="swatch" style:background=e.colour></span>{e.label}</li> })
            .collect_view()
    };
    view! {
        <div class="legend">
            <label>
                {move || m().colour_by} " "
                <select on:change=move |ev| on_measure.run(event_target_value(&ev))>{options}</select>
            </label>
            <ul class="legend-scale" aria-label=move || (m().legend)(current.get().unit.get(lang.get()))>
                {entries}
                {move || (!current.get().membership).then(|| view! { <li class="unit">{current.get().unit.get(lang.get()).to_string()}</li> })}
                <li><span class=format!("swatch {NO_DATA}")></span>{move || m().no_figures}</li>
            </ul>
        </div>
    }
}
