//! The panel beside the map: the province or the selected division, its official statistics, a
//! division's figures from the articles, the charts about every topic, and one section a topic
//! (of which the URL's `topic` is open, the one list of the topics); or, as a table, every
//! figure of the view, right under its head.

use super::chart_view::ChartView;
use super::topic_section::{TopicPanel, section_id};
use crate::browser;
use crate::context::use_lang;
use atlas_core::atlas::Atlas;
use atlas_core::explorer::PlaceView;
use atlas_core::messages;
use atlas_core::parts;
use atlas_core::url_state::{UrlState, View};
use leptos::prelude::*;

#[component]
pub fn Panel(
    atlas: &'static Atlas,
    /// The place the panel shows: the view's, a frame after it is chosen (see `components/app.rs`).
    #[prop(into)]
    selected: Signal<Option<String>>,
    #[prop(into)] view: Signal<View>,
    /// The whole view, for the topic index's links; its place is the one chosen, which the charts
    /// show at once: a chart near the viewport is redrawn in the click's frame, on its canvas
    /// (`atlas_core::redraw`).
    #[prop(into)]
    state: Signal<UrlState>,
    hovered: RwSignal<Option<String>>,
    /// The chosen search result, marked (`browser::focus_item` brings it into view).
    #[prop(into)]
    mark: Signal<Option<String>>,
    /// Whether the passages have arrived: the view is built again then, with them.
    #[prop(into)]
    arrived: Signal<bool>,
    on_select: Callback<Option<String>>,
    on_view: Callback<View>,
    on_topic: Callback<Option<String>>,
) -> impl IntoView {
    let data = &atlas.data;
    let lang = use_lang();
    // Built once per selection and language (cards, charts and lists all read it); what it
    // builds reads the language untracked (see `ChartView`).
    let model = Memo::new(move |_| {
        arrived.track();
        PlaceView::new(atlas, selected.get().as_deref(), lang.get())
    });
    let place_view = move || model.get();
    let charts = Memo::new(move |_| {
        arrived.track();
        let chosen = state.with(|s| s.city.clone());
        PlaceView::new(atlas, chosen.as_deref(), lang.get()).map(|v| v.charts).unwrap_or_default()
    });
    // The charts' places in the panel: a selection or a new language draws its charts into the
    // places (and ECharts instances) the last one had, rather than disposing of them and
    // creating new ones.
    let places = move || charts.with(|cs| (0..cs.len()).collect::<Vec<_>>());

    let topic = Memo::new(move |_| state.with(|s| s.topic.clone()));
    // A topic opened from the index or by a link comes into view once it is drawn.
    Effect::new(move |_| {
        if let Some(code) = topic.get() {
            browser::after_paint(move || browser::scroll_into_view(&format!("#{}", section_id(&code))));
        }
    });
    // The head, written by the core (`parts`); its links choose through one handler: the way
    // back to the province and a silent division's neighbours (`data-select`).
    let top = move || place_view().map(|v| parts::panel_head(atlas, &v, lang.get()));
    // The official statistics come first, apart from the articles' figures.
    let baseline = move || place_view().map(|v| parts::baseline(data, &v.baseline, lang.get()));
    let table = Memo::new(move |_| view.get() == View::Table);
    let choose = move |ev: web_sys::MouseEvent| {
        if let Some(id) = browser::data_of(ev.target(), "data-select") {
            // The way back to the province (empty), or a neighbouring division.
            on_select.run((!id.is_empty()).then_some(id));
        }
    };
    let cards = move || {
        let mark = mark.get();
        place_view().and_then(|v| {
            let l = lang.get_untracked();
            let m = messages::of(l);
            (!v.cards.is_empty()).then(|| {
                view! {
                    <h3>{m.from_articles}</h3>
                    <div class="cards" inner_html=parts::figure_cards(data, &v.cards, l, mark.as_deref())></div>
                }
            })
        })
    };

    let tabs = move || parts::view_tabs(view.get(), lang.get());
    let choose_view = move |ev: web_sys::MouseEvent| match browser::data_of(ev.target(), "data-view").as_deref() {
        Some("table") => on_view.run(View::Table),
        Some(_) => on_view.run(View::Charts),
        None => {}
    };
    let body = move || {
        match view.get() {
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
        View::Table => place_view()
            .map(|v| view! { <div inner_html=parts::figure_table(data, &v.table_rows(atlas), lang.get_untracked())></div> })
            .into_any(),
    }
    };

    let sections = move || {
        // The open topic is read once for all sections (see `index`).
        let topic = topic.get();
        let mark = mark.get();
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
                    view! { <TopicPanel data section open on_toggle hovered on_select lang=l mark=mark.clone() /> }
                })
                .collect_view()
        })
    };

    // Each part is a child of the panel itself, never nested in another part that a selection
    // rebuilds: an effect created in such a rebuild and then dropped stays among the subscribers
    // of the memos it read for as long as they live (see e2e/memory.test.mjs).
    // In the table view the table follows the head: the charts view's parts are hidden.
    view! {
        <div class="panel-top" on:click=choose inner_html=top></div>
        <div hidden=table>
            <div inner_html=baseline></div>
            {cards}
        </div>
        <div class="overview">
            <div on:click=choose_view inner_html=tabs></div>
            {body}
        </div>
        <div hidden=table>
            {move || {
                let by_topic = messages::of(lang.get()).by_topic;
                place_view().is_some_and(|v| !v.sections.is_empty()).then(|| view! { <h3>{by_topic}</h3> })
            }}
            {sections}
        </div>
    }
}
