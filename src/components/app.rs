//! The page: loads the atlas once, keeps the view in the URL (through the core's view-state
//! reducer), lays out map and panel.

use super::legend::Legend;
use super::map::MapView;
use super::map_summary::MapSummary;
use super::panel::Panel;
use super::share::ShareBar;
use crate::address::Address;
use crate::context::Echarts;
use crate::{browser, echarts};
use atlas_core::atlas::Atlas;
use atlas_core::embed::share_url;
use atlas_core::measures::{self, Measure};
use atlas_core::text;
use atlas_core::url_state::{View, Vocabulary};
use atlas_core::view_state::{self, Event, ViewState};
use leptos::prelude::*;

/// The atlas, or a clear message if its data could not be loaded.
#[component]
pub fn App(loaded: Result<Atlas, String>) -> impl IntoView {
    match loaded {
        Ok(atlas) => {
            // Loaded once and never freed: every component may hold a `&'static` to it.
            let atlas: &'static Atlas = Box::leak(Box::new(atlas));
            let (ready, set_ready) = signal(false);
            let (failed, set_failed) = signal(None::<String>);
            let charts = StoredValue::new_local(None::<echarts::ChartFile>);
            let requested = StoredValue::new(false);
            let load = Callback::new(move |()| {
                if requested.get_value() {
                    return;
                }
                requested.set_value(true);
                // The script and the chart file load side by side; charts draw once both are in.
                // (A plain counter: the callback runs under the owner of whichever chart asked
                // first, which may be gone by the time both have loaded.)
                let loaded = std::rc::Rc::new(std::cell::Cell::new(0_u8));
                let one_more = move |loaded: &std::cell::Cell<u8>| {
                    loaded.set(loaded.get() + 1);
                    if loaded.get() == 2 {
                        set_ready.set(true);
                    }
                };
                let script = loaded.clone();
                echarts::load("echarts.min.js", move || one_more(&script));
                leptos::task::spawn_local(async move {
                    match echarts::ChartFile::fetch("charts.json").await {
                        Ok(file) => {
                            charts.set_value(Some(file));
                            one_more(&loaded);
                        }
                        Err(e) => set_failed.set(Some(format!("The charts could not be loaded ({e})."))),
                    }
                });
            });
            provide_context(Echarts { ready, load, charts, failed });
            // A reader who scrolls is on the way to the charts: fetch ECharts now, so it is
            // there when they arrive. (The listener lives as long as the page.)
            let _ = window_event_listener(leptos::ev::scroll, move |_| load.run(()));
            browser::report_height_to_parent();
            view! { <AtlasPage atlas /> }.into_any()
        }
        Err(e) => view! {
            <main class="load-error">
                <h1>"The atlas could not load its data"</h1>
                <pre>{e}</pre>
            </main>
        }
        .into_any(),
    }
}

/// Keeps the view and the address in step through `ViewState` (see `atlas_core::view_state`):
/// it sends the reducer the address's changes and the reader's choices, and carries out the
/// effects it returns.
#[component]
fn AtlasPage(atlas: &'static Atlas) -> impl IntoView {
    let address = Address::follow();
    let all_measures: &'static [Measure] = &atlas.measures;
    let vocab: &'static Vocabulary = Box::leak(Box::new(Vocabulary::of(atlas)));
    let (opened, first_effects) = ViewState::open(&address.search_untracked(), vocab);
    let page_state = RwSignal::new(opened);
    // The dispatcher, for the paints it waits for (it cannot name itself).
    let dispatcher = StoredValue::new(None::<Callback<Event>>);
    let carry_out = move |effects: Vec<view_state::Effect>| {
        for effect in effects {
            match effect {
                view_state::Effect::AwaitPaint => browser::after_paint(move || {
                    if let Some(Some(dispatch)) = dispatcher.try_get_value() {
                        dispatch.run(Event::Painted(address.search_untracked()));
                    }
                }),
                view_state::Effect::Navigate { query, replace } => address.navigate(&query, replace),
            }
        }
    };
    let dispatch = Callback::new(move |event: Event| {
        let effects = page_state.try_update(|s| s.update(event, vocab)).unwrap_or_default();
        carry_out(effects);
    });
    dispatcher.set_value(Some(dispatch));
    carry_out(first_effects);
    // Back, Forward and our own writes: the first run is the address the page opened with.
    Effect::new(move |opened: Option<()>| {
        let search = address.search();
        if opened.is_some() {
            dispatch.run(Event::Address(search));
        }
    });

    // Memos: a selection must not re-run what reads only the view or the embed flag.
    let state = Memo::new(move |_| page_state.with(|s| s.shown().clone()));
    let notices = Memo::new(move |_| page_state.with(|s| s.notices().to_vec()));
    let select = Callback::new(move |city: Option<String>| dispatch.run(Event::Select(city)));
    let set_view = Callback::new(move |view: View| dispatch.run(Event::View(view)));
    let set_topic = Callback::new(move |topic: Option<String>| dispatch.run(Event::Topic(topic)));
    let set_measure = Callback::new(move |id: String| dispatch.run(Event::Measure(id)));
    let measure = Memo::new(move |_| {
        let id = state.with(|s| s.measure.clone()).unwrap_or_else(|| measures::COVERAGE.to_string());
        all_measures.iter().find(|m| m.id == id).unwrap_or(&all_measures[0])
    });
    let view = Memo::new(move |_| state.get().view);
    let selected = Memo::new(move |_| state.get().city);
    let hovered = RwSignal::new(None::<String>);
    let embed_flag = Memo::new(move |_| state.get().embed);
    let embed = move || embed_flag.get();

    view! {
        <div class="atlas" class:embed=embed>
            <Show when=embed>
                <header class="embed-bar">
                    <strong>{text::TITLE}</strong>
                    <a href=move || share_url(&browser::page_base(), &state.get()) target="_blank" rel="noopener">
                        "Open the full view \u{2197}"
                    </a>
                </header>
            </Show>
            <Show when=move || !embed()>
                <header class="masthead">
                    <h1>{text::TITLE} " " <span lang="zh">{text::TITLE_ZH}</span></h1>
                    <p class="lede">{text::LEDE}</p>
                    <ShareBar atlas state />
                </header>
            </Show>
            <Show when=move || !notices.get().is_empty()>
                <div class="notice" role="status">
                    <p>{move || notices.get().join(" ")}</p>
                    <button type="button" on:click=move |_| dispatch.run(Event::Dismiss)>"Dismiss"</button>
                </div>
            </Show>
            <main class="layout">
                <section class="map-pane" aria-label=text::MAP_PANE>
                    <MapView atlas selected hovered measure on_select=select />
                    <MapSummary atlas selected />
                    <Legend measures=all_measures current=measure on_measure=set_measure />
                </section>
                <section class="panel" id="panel" aria-label="Figures">
                    <Panel atlas selected view state hovered on_select=select on_view=set_view on_topic=set_topic />
                </section>
            </main>
            <Show when=move || !embed()>
                <footer class="credits">
                    <h2>"Sources"</h2>
                    <p>
                        "Every figure is stated in one of these articles; open a figure\u{2019}s source to read the passage. The atlas computes no figure of its own, except areas from the boundaries."
                    </p>
                    <ul>
                        {atlas
                            .data
                            .sources
                            .iter()
                            .map(|s| {
                                view! {
                                    <li>
                                        {s.publisher.en.clone()} ", \u{201c}" {s.title.en.clone()} "\u{201d}, " {s.date.clone()} " ("
                                        {s.site.en.clone()} ")"
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p>
                        "Boundaries: derived from the ECharts 4.9.0 map of Hunan (Apache-2.0), simplified; approximate, for orientation only, not an officially approved map (no \u{5ba1}\u{56fe}\u{53f7})."
                    </p>
                </footer>
            </Show>
        </div>
    }
}
