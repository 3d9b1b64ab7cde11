//! One topic of the panel: a section that opens from the topic index (its state is the URL's
//! `topic`), with the place's figures of the topic, its charts, the classes it names and its
//! highlights. Its body is built, and its charts drawn, only once it is open.

use super::chart_view::ChartView;
use atlas_core::data::Dataset;
use atlas_core::explorer::TopicSection;
use atlas_core::lang::Lang;
use atlas_core::messages;
use atlas_core::parts;
use leptos::prelude::*;

/// The id of a topic's section, which the index links to.
pub fn section_id(code: &str) -> String {
    format!("topic-{code}")
}

#[component]
pub fn TopicPanel(
    data: &'static Dataset,
    section: TopicSection<'static>,
    /// Whether it is open (the panel builds the sections again when the topic changes).
    open: bool,
    /// Opened (`true`) or closed by the reader.
    on_toggle: Callback<bool>,
    hovered: RwSignal<Option<String>>,
    on_select: Callback<Option<String>>,
    lang: Lang,
    /// The chosen search result, marked where it shows.
    mark: Option<String>,
) -> impl IntoView {
    let m = messages::of(lang);
    let code = section.topic.code();
    // Everything about the topic, its figures included (the panel's cards above are all of a
    // division's figures at a glance): a section is never empty.
    let figures = section.figures.len();
    let members = section.memberships.iter().map(|m| m.members.len()).sum();
    let counts = (m.section_counts)(figures, section.charts.len(), members, section.highlights.len());
    let topic = data.terms.topic(section.topic, lang);
    let (open_paren, close_paren) = m.parens;
    let summary = format!("{topic}{open_paren}{counts}{close_paren}");
    let body = open.then(|| {
        let s = section;
        let memberships: String = s.memberships.iter().map(|ms| parts::membership(data, ms, lang)).collect();
        view! {
            {(!s.figures.is_empty()).then(|| view! {
                <div class="cards" inner_html=parts::figure_cards(data, &s.figures, lang, mark.as_deref())></div>
            })}
            <div class="charts">
                {s.charts.iter().map(|c| {
                    let c = c.clone();
                    view! { <ChartView spec=Signal::derive(move || Some(c.clone())) hovered on_select /> }
                }).collect_view()}
            </div>
            // A member's link selects its division (`data-select`, see `parts::membership`).
            <div
                on:click=move |ev: web_sys::MouseEvent| {
                    if let Some(id) = crate::browser::data_of(ev.target(), "data-select") {
                        on_select.run(Some(id));
                    }
                }
                inner_html=memberships
            ></div>
            {(!s.highlights.is_empty()).then(|| view! { <h4>{m.highlights}</h4> })}
            <div inner_html=parts::highlights(data, &s.highlights, lang, mark.as_deref())></div>
        }
    });
    view! {
        <details
            class="topic"
            id=section_id(code)
            data-topic=code
            prop:open=open
            on:toggle=move |ev| on_toggle.run(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>{summary}</summary>
            {body}
        </details>
    }
}
