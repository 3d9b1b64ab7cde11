//! The selected division in a few words, under the map: on a phone the panel is below the map,
//! so a tap shows here, in view, what it chose (name, how much the sources say, first figures)
//! with a link down to the panel. Hidden where map and panel stand side by side.

use atlas_core::atlas::Atlas;
use atlas_core::explorer::Summary;
use atlas_core::lang::Lang;
use atlas_core::numbers::value;
use leptos::prelude::*;

#[component]
pub fn MapSummary(atlas: &'static Atlas, #[prop(into)] selected: Signal<Option<String>>) -> impl IntoView {
    move || {
        let id = selected.get()?;
        let s = Summary::of(atlas, &id)?;
        let counts = format!(
            "{} figure{}, {} highlight{} in the sources",
            s.figures,
            if s.figures == 1 { "" } else { "s" },
            s.highlights,
            if s.highlights == 1 { "" } else { "s" }
        );
        let first = s
            .first
            .iter()
            .map(|f| view! { <li><strong>{value(f, &atlas.data.terms, Lang::En)}</strong> " " {f.indicator.en.clone()}</li> })
            .collect_view();
        Some(view! {
            <div class="map-summary" role="status" data-place=id>
                <p>
                    <strong>{s.place.name_en.clone()}</strong> " " <span lang="zh">{s.place.name_zh.clone()}</span>
                    " \u{b7} " {counts}
                </p>
                <ul>{first}</ul>
                <a href="#panel">"All of " {s.place.name_en.clone()} "\u{2019}s figures \u{2193}"</a>
            </div>
        })
    }
}
