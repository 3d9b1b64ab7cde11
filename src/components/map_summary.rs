//! The selected division in a few words, under the map: on a phone the panel is below the map,
//! so a tap shows here, in view, what it chose (name, how much the sources say, first figures)
//! with a link down to the panel. Hidden where map and panel stand side by side.

use crate::context::use_lang;
use atlas_core::atlas::Atlas;
use atlas_core::explorer::Summary;
use atlas_core::messages;
use atlas_core::numbers::value;
use leptos::prelude::*;

#[component]
pub fn MapSummary(atlas: &'static Atlas, #[prop(into)] selected: Signal<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let id = selected.get()?;
        let l = lang.get();
        let m = messages::of(l);
        let s = Summary::of(atlas, &id)?;
        let first = s
            .first
            .iter()
            .map(|f| view! { <li><strong>{value(f, &atlas.data.terms, l)}</strong> " " {f.indicator.get(l).to_string()}</li> })
            .collect_view();
        Some(view! {
            <div class="map-summary" role="status" data-place=id>
                <p>
                    <strong>{s.place.name(l).to_string()}</strong> " " <span lang=l.other().tag()>{s.place.name(l.other()).to_string()}</span>
                    " \u{b7} " {(m.counts)(s.figures, s.highlights)}
                </p>
                <ul>{first}</ul>
                <a href="#panel">{(m.all_figures_of)(s.place.name(l))}</a>
            </div>
        })
    }
}
