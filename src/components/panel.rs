//! The panel beside the map: the province or the selected division, the index of its topics, its
//! headline figures, the charts about every topic (or the figures as a table), and one section a
//! topic, of which the URL's `topic` is open.

use super::chart_view::ChartView;
use super::figure_card::FigureCard;
use super::figure_table::FigureTable;
use super::topic_section::{TopicPanel, section_id};
use crate::browser;
use crate::context::use_lang;
use atlas_core::atlas::Atlas;
use atlas_core::explorer::PlaceView;
use atlas_core::lang::Lang;
use atlas_core::messages;
use atlas_core::numbers::group_thousands;
use atlas_core::url_state::{UrlState, View, serialize};
use leptos::prelude::*;

#[component]
pub fn Panel(
    atlas: &'static Atlas,
    #[prop(into)] selected: Signal<Option<String>>,
    #[prop(into)] view: Signal<View>,
    /// The whole view, for the topic index's links.
    #[prop(into)]
    state: Signal<UrlState>,
    hovered: RwSignal<Option<String>>,
    on_select: Callback<Option<String>>,
    on_view: Callback<View>,
    on_topic: Callback<Option<String>>,
) -> impl IntoView {
    let data = &atlas.data;
    let lang = use_lang();
    // Built once per selection and language (cards, charts and lists all read it); what it
    // builds reads the language untracked (see `ChartView`).
    let model = Memo::new(move |_| PlaceView::new(atlas, selected.get().as_deref(), lang.get()));
    let place_view = move || model.get();
    let charts = Memo::new(move |_| place_view().map(|v| v.charts).unwrap_or_default());
    // The charts' places in the panel: a selection or a new language draws its charts into the
    // places (and ECharts instances) the last one had, rather than disposing of them and
    // creating new ones.
    let places = move || charts.with(|cs| (0..cs.len()).collect::<Vec<_>>());

    let topic = Memo::new(move |_| state.with(|s| s.topic.clone()));
    // A topic opened from the index or by a link comes into view once it is drawn.
    Effect::new(move |_| {
        if let Some(code) = topic.get() {
            browser::after_paint(move || browser::scroll_into_view(&section_id(&code)));
        }
    });
    let index = move || {
        // Read here, not in each link: a dropped effect stays among the subscribers of the memos
        // it read for as long as they live, so effects of the links, which each selection
        // rebuilds, would pile up in the view's memos.
        let open = topic.get();
        let shown = state.get();
        let l = lang.get();
        place_view().map(|v| {
            let links = v
                .sections
                .iter()
                .map(|s| {
                    let code = s.topic.code();
                    let href = serialize(&UrlState { topic: Some(code.to_string()), ..shown.clone() });
                    let current = (open.as_deref() == Some(code)).then_some("true");
                    view! {
                        <li>
                            <a
                                href=href
                                aria-current=current
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    on_topic.run(Some(code.to_string()));
                                }
                            >
                                {data.terms.topic(s.topic, l).to_string()}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            (!v.sections.is_empty()).then(|| {
                view! {
                    <nav class="topic-index" aria-label=messages::of(l).topics><ul>{links}</ul></nav>
                }
            })
        })
    };
    let head = move || {
        place_view().map(|v| {
            let l = lang.get_untracked();
            let m = messages::of(l);
            let p = v.place;
            let area = (!v.is_province)
                .then(|| atlas.area_km2(&p.id).map(|a| group_thousands(&(a.round() as i64).to_string())))
                .flatten();
            let name = p.name(l);
            let summary = match (v.figures.len(), v.highlights.len()) {
                // Chinese sentences follow each other with no space.
                (0, 0) => [(m.silent)(name), m.in_province_view.to_string()].join(if l == Lang::Zh { "" } else { " " }),
                (0, h) => [(m.only_highlights)(name, h), m.in_province_view.to_string()].join(if l == Lang::Zh {
                    ""
                } else {
                    " "
                }),
                (n, h) => (m.counts)(n, h),
            };
            // The name in the page's language, the other language's beside it, marked as such.
            let (other, other_tag) = (l.other(), l.other().tag());
            let separator = if l == Lang::Zh { "\u{3001}" } else { ", " };
            view! {
                <div class="panel-head">
                    <h2>{name.to_string()} " " <span lang=other_tag>{p.name(other).to_string()}</span></h2>
                    <p class="kind">
                        {p.official(l).to_string()} " \u{b7} " <span lang=other_tag>{p.official(other).to_string()}</span>
                        {area.map(|a| format!(" \u{b7} {}", (m.area)(&a)))}
                    </p>
                    <p class="summary" data-figures=v.figures.len()>{summary}</p>
                    {(!v.is_province).then(|| view! {
                        <button type="button" class="back" on:click=move |_| on_select.run(None)>
                            {m.whole_province}
                        </button>
                    })}
                </div>
                {(!v.silent.is_empty()).then(|| view! {
                    <p class="silent">
                        {m.silent_divisions} " "
                        {v.silent.iter().map(|p| p.name(l).to_string()).collect::<Vec<_>>().join(separator)}
                        {if l == Lang::Zh { "\u{3002}" } else { "." }}
                    </p>
                })}

            }
        })
    };

    let cards = move || {
        place_view().and_then(|v| {
            let l = lang.get_untracked();
            let m = messages::of(l);
            (!v.cards.is_empty()).then(|| {
                view! {
                    <h3>{if v.is_province { m.headlines } else { m.figures }}</h3>
                    <div class="cards">
                        {v.cards.iter().map(|f| view! { <FigureCard data figure=*f lang=l /> }).collect_view()}
                    </div>
                }
            })
        })
    };

    let tabs = move || {
        let current = view.get();
        let m = messages::of(lang.get());
        let tab = move |v: View, label: &'static str| {
            view! {
                <button type="button" class="tab" aria-pressed=(current == v).to_string() on:click=move |_| on_view.run(v)>
                    {label}
                </button>
            }
        };
        view! { <div class="tabs" role="group" aria-label=m.show_as>{tab(View::Charts, m.charts)} {tab(View::Table, m.table)}</div> }
    };

    let body = move || match view.get() {
        View::Charts => view! {
            <div class="charts">
                <For each=places key=|i| *i let:i>
                    <ChartView
                        spec=Memo::new(move |_| charts.with(|cs| cs.get(i).cloned()))
                        hovered
                        on_select
                    />
                </For>
            </div>
        }
        .into_any(),
        View::Table => {
            place_view().map(|v| view! { <FigureTable data figures=v.figures lang=lang.get_untracked() /> }).into_any()
        }
    };

    let sections = move || {
        // The open topic is read once for all sections (see `index`).
        let topic = topic.get();
        let l = lang.get_untracked();
        place_view().map(|v| {
            v.sections
                .into_iter()
                .map(|section| {
                    let code = section.topic.code();
                    let open = topic.as_deref() == Some(code);
                    let on_toggle = Callback::new(move |opened: bool| {
                        if opened != open {
                            on_topic.run(opened.then(|| code.to_string()));
                        }
                    });
                    view! { <TopicPanel data section open on_toggle hovered on_select lang=l /> }
                })
                .collect_view()
        })
    };

    // Each part is a child of the panel itself, never nested in another part that a selection
    // rebuilds: an effect created in such a rebuild and then dropped stays among the subscribers
    // of the memos it read for as long as they live (see e2e/memory.test.mjs).
    view! {
        {head}
        {index}
        {cards}
        <Show when=move || !charts.with(Vec::is_empty)>
            {tabs}
            {body}
        </Show>
        {move || {
            let by_topic = messages::of(lang.get()).by_topic;
            place_view().is_some_and(|v| !v.sections.is_empty()).then(|| view! { <h3>{by_topic}</h3> })
        }}
        {sections}
    }
}
