//! A figure as a card: value, unit, what it measures, period, and its source with the verbatim
//! quote on demand.

use super::folded::Folded;
use atlas_core::charts::options::source_label;
use atlas_core::data::Dataset;
use atlas_core::lang::Lang;
use atlas_core::model::{Figure, Kind};
use atlas_core::numbers::group_thousands;
use leptos::prelude::*;

#[component]
pub fn FigureCard(data: &'static Dataset, figure: &'static Figure) -> impl IntoView {
    let qualifier = data.terms.qualifier(figure.qualifier, Lang::En);
    view! {
        <article class="card" data-figure=figure.id.clone()>
            <p class="card-value">
                <Show when=move || !qualifier.is_empty()>
                    <span class="qualifier">{qualifier} " "</span>
                </Show>
                <span class="number">{group_thousands(&figure.value_text)}</span>
                " "
                <span class="unit">{figure.unit.clone()}</span>
            </p>
            <p class="card-label">{figure.indicator.en.clone()}</p>
            // A share names its whole beside it: shares of different wholes are never compared.
            {(figure.kind == Kind::Share && !figure.note.is_empty()).then(|| view! { <p class="card-whole">{figure.note.en.clone()}</p> })}
            <p class="card-meta">
                {(!figure.subplace.is_empty()).then(|| format!("{} \u{b7} ", figure.subplace.en))}
                {figure.period.clone()}
            </p>
            <Quote data figure />
        </article>
    }
}

/// The source and the passage that states the figure, folded until asked for.
#[component]
pub fn Quote(data: &'static Dataset, figure: &'static Figure) -> impl IntoView {
    let source = data.source(&figure.source);
    view! {
        <Folded class="quote" summary=format!("Source: {}", source_label(data, &figure.source))>
            <blockquote>{format!("\u{201c}{}\u{201d}", figure.quote)}</blockquote>
            {source.map(|s| view! { <p class="source-title">{s.title.en.clone()} " \u{b7} " {s.site.en.clone()}</p> })}
            {(!figure.note.is_empty()).then(|| view! { <p class="note">"Note: " {figure.note.en.clone()}</p> })}
        </Folded>
    }
}
