//! The choropleth's controls: which measure colours the map, and what its colours mean.

use atlas_core::measures::{Measure, NO_DATA};
use leptos::prelude::*;

#[component]
pub fn Legend(
    measures: &'static [Measure],
    #[prop(into)] current: Signal<&'static Measure>,
    on_measure: Callback<String>,
) -> impl IntoView {
    let options = measures
        .iter()
        .map(|m| {
            let id = m.id.clone();
            view! { <option value=id.clone() selected=move || current.get().id == id>{m.label.clone()}</option> }
        })
        .collect_view();
    let entries = move || {
        let m = current.get();
        m.legend()
            .into_iter()
            .map(|e| view! { <li><span class="swatch" style=format!("background:{}", e.colour)></span>{e.label}</li> })
            .collect_view()
    };
    view! {
        <div class="legend">
            <label>
                "Colour by "
                <select on:change=move |ev| on_measure.run(event_target_value(&ev))>{options}</select>
            </label>
            <ul class="legend-scale" aria-label=move || format!("Legend, {}", current.get().unit)>
                {entries}
                {move || (!current.get().membership).then(|| view! { <li class="unit">{current.get().unit.clone()}</li> })}
                <li><span class=format!("swatch {NO_DATA}")></span>"no figures in the sources"</li>
            </ul>
        </div>
    }
}
