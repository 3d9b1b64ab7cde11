//! The choropleth's controls: which measure colours the map, and what its colours mean.

use crate::context::{use_lang, words};
use atlas_core::measures::Measure;
use atlas_core::messages;
use atlas_core::model::Place;
use atlas_core::parts;
use atlas_core::search;
use leptos::prelude::*;

#[component]
pub fn Legend(
    measures: &'static [Measure],
    #[prop(into)] current: Signal<&'static Measure>,
    /// While a search is on, its results (the map shows how many each place holds).
    #[prop(into)]
    results: Signal<Option<Vec<&'static search::Entry>>>,
    /// The province, which holds the results that name no division.
    province: Option<&'static Place>,
    on_measure: Callback<String>,
) -> impl IntoView {
    let lang = use_lang();
    let m = move || messages::of(lang.get());
    let options = move || parts::measure_options(measures, &current.get().id, lang.get());
    // While a search is on, its classes replace the measure's.
    let searching = move || results.with(Option::is_some);
    let entries = move || {
        let m = messages::of(lang.get());
        if searching() {
            parts::legend_entries(&search::legend(), None, m.no_results_here)
        } else {
            let current = current.get();
            let unit = (!current.membership).then(|| current.unit.get(lang.get()));
            // Where the colours come from, after the scale.
            parts::legend_entries(&current.legend(lang.get()), unit, m.no_figures)
                + &parts::legend_source(current, lang.get())
        }
    };
    // The results that name no division: the map has no shape for the province.
    let province_results = move || {
        let l = lang.get();
        results.with(|r| {
            r.as_ref().zip(province).map(|(r, p)| {
                let n = r.iter().filter(|e| e.place == p.id).count();
                (messages::of(l).province_count)(p.name(l), n)
            })
        })
    };
    view! {
        <div class="legend" class:search-legend=searching>
            <label hidden=searching>
                {words(|m| m.colour_by)} " "
                <select on:change=move |ev| on_measure.run(event_target_value(&ev)) inner_html=options></select>
            </label>
            <ul
                class="legend-scale"
                aria-label=move || if searching() { m().results_legend.to_string() } else { (m().legend)(current.get().unit.get(lang.get())) }
                inner_html=entries
            ></ul>
            <p class="province-results">{province_results}</p>
        </div>
    }
}
