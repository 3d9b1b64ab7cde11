//! A place's highlights: clusters, flagship companies and projects, events, each with its source.

use super::folded::Folded;
use atlas_core::charts::options::source_label;
use atlas_core::data::Dataset;
use atlas_core::model::Highlight;
use leptos::prelude::*;

#[component]
pub fn Highlights(data: &'static Dataset, highlights: Vec<&'static Highlight>) -> impl IntoView {
    let items = highlights
        .into_iter()
        .map(|h| {
            view! {
                <li>
                    <span class="hl-text">{h.text.en.clone()}</span>
                    {(!h.period.is_empty()).then(|| view! { <span class="hl-period">" (" {h.period.clone()} ")"</span> })}
                    <Folded class="quote" summary=format!("Source: {}", source_label(data, &h.source))>
                        <blockquote>{format!("\u{201c}{}\u{201d}", h.quote)}</blockquote>
                    </Folded>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="highlights">{items}</ul> }
}
