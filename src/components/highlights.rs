//! A place's highlights: clusters, flagship companies and projects, events, each with its source.

use super::figure_card::Passage;
use super::folded::Folded;
use atlas_core::charts::options::source_label;
use atlas_core::data::Dataset;
use atlas_core::lang::Lang;
use atlas_core::messages;
use atlas_core::model::Highlight;
use leptos::prelude::*;

#[component]
pub fn Highlights(data: &'static Dataset, highlights: Vec<&'static Highlight>, lang: Lang) -> impl IntoView {
    let m = messages::of(lang);
    let items = highlights
        .into_iter()
        .map(|h| {
            view! {
                <li>
                    <span class="hl-text">{h.text.get(lang).to_string()}</span>
                    {(!h.period.is_empty()).then(|| view! { <span class="hl-period">{m.parens.0} {h.period.clone()} {m.parens.1}</span> })}
                    <Folded class="quote" summary=format!("{}{}{}", m.source, m.colon, source_label(data, &h.source, lang))>
                        <Passage quote=&h.quote translation=&h.quote_zh lang />
                    </Folded>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="highlights">{items}</ul> }
}
