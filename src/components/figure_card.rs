//! A figure as a card: value, unit, what it measures, period, and its source with the verbatim
//! quote on demand (in Chinese, followed by its translation).

use super::folded::Folded;
use atlas_core::charts::options::source_label;
use atlas_core::data::Dataset;
use atlas_core::lang::Lang;
use atlas_core::messages;
use atlas_core::model::{Figure, Kind};
use atlas_core::numbers::{as_stated, value};
use leptos::prelude::*;

#[component]
pub fn FigureCard(data: &'static Dataset, figure: &'static Figure, lang: Lang) -> impl IntoView {
    let m = messages::of(lang);
    let shown = value(figure, &data.terms, lang);
    // A value shown in other units than the source's (Chinese money units) has the source's own
    // words beside it (English): the check of the shift.
    let shifted = shown != as_stated(figure, &data.terms, lang);
    let stated = as_stated(figure, &data.terms, Lang::En);
    let note = figure.note.get(lang);
    view! {
        <article class="card" data-figure=figure.id.clone()>
            <p class="card-value">{shown.clone()}</p>
            // A value in other units than the source's says what the source states.
            {shifted.then(|| view! { <p class="card-stated">{m.as_stated} {m.colon} <span lang="en">{stated}</span></p> })}
            <p class="card-label">{figure.indicator.get(lang).to_string()}</p>
            // A share names its whole beside it: shares of different wholes are never compared.
            {(figure.kind == Kind::Share && !note.is_empty()).then(|| view! { <p class="card-whole">{note.to_string()}</p> })}
            <p class="card-meta">
                {(!figure.subplace.is_empty()).then(|| format!("{} \u{b7} ", figure.subplace.get(lang)))}
                {figure.period.clone()}
            </p>
            <Quote data figure lang />
        </article>
    }
}

/// The source and the passage that states the figure, folded until asked for.
#[component]
pub fn Quote(data: &'static Dataset, figure: &'static Figure, lang: Lang) -> impl IntoView {
    let m = messages::of(lang);
    let source = data.source(&figure.source);
    let note = figure.note.get(lang);
    view! {
        <Folded class="quote" summary=format!("{}{}{}", m.source, m.colon, source_label(data, &figure.source, lang))>
            <Passage quote=&figure.quote translation=&figure.quote_zh lang />
            {source.map(|s| view! { <p class="source-title">{s.title.get(lang).to_string()} " \u{b7} " {s.site.get(lang).to_string()}</p> })}
            {(!note.is_empty()).then(|| view! { <p class="note">{format!("{}{}{note}", m.note, m.colon)}</p> })}
        </Folded>
    }
}

/// A verbatim passage, in the source's language (English), and in Chinese its translation after
/// it, marked as one: it never replaces the quote.
#[component]
pub fn Passage(quote: &'static str, translation: &'static str, lang: Lang) -> impl IntoView {
    view! {
        <blockquote lang="en">{format!("\u{201c}{quote}\u{201d}")}</blockquote>
        {(lang == Lang::Zh && !translation.is_empty()).then(|| view! {
            <p class="translation"><span class="translation-mark">{messages::of(lang).translation}</span> {translation}</p>
        })}
    }
}
