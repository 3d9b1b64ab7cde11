//! The page: loads the atlas once, keeps the view in the URL, lays out map and panel.

use super::legend::Legend;
use super::map::MapView;
use super::panel::Panel;
use super::share::ShareBar;
use crate::atlas::Atlas;
use crate::browser;
use crate::charts::echarts;
use crate::embed::share_url;
use crate::measures::{self, Measure};
use crate::url_state::{self, UrlState, View, Vocabulary};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_navigate};

/// Whether the ECharts script has loaded, and how to ask for it. Charts ask when they come near
/// the viewport, and so does the reader's first scroll; a first view with no chart in sight (the
/// province on a laptop or a phone) downloads no ECharts, and the map never waits for it.
#[derive(Clone, Copy)]
pub struct Echarts {
    pub ready: ReadSignal<bool>,
    pub load: Callback<()>,
}

/// The atlas, or a clear message if its embedded data could not be read.
#[component]
pub fn App() -> impl IntoView {
    match Atlas::load() {
        Ok(atlas) => {
            // Loaded once and never freed: every component may hold a `&'static` to it.
            let atlas: &'static Atlas = Box::leak(Box::new(atlas));
            let (ready, set_ready) = signal(echarts::is_loaded());
            let requested = StoredValue::new(false);
            let load = Callback::new(move |()| {
                if !requested.get_value() {
                    requested.set_value(true);
                    echarts::load("echarts.min.js", move || set_ready.set(true));
                }
            });
            provide_context(Echarts { ready, load });
            // A reader who scrolls is on the way to the charts: fetch ECharts now, so it is
            // there when they arrive. (The listener lives as long as the page.)
            let _ = window_event_listener(leptos::ev::scroll, move |_| load.run(()));
            browser::report_height_to_parent();
            view! { <Router><AtlasPage atlas /></Router> }.into_any()
        }
        Err(e) => view! {
            <main class="load-error">
                <h1>"The atlas could not read its data"</h1>
                <pre>{e}</pre>
            </main>
        }
        .into_any(),
    }
}

/// Reads the view from the URL and writes selections back to it (a history entry each, so Back
/// walks through them).
#[component]
fn AtlasPage(atlas: &'static Atlas) -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    let all_measures: &'static [Measure] = &atlas.measures;
    let cities: Vec<&'static str> = atlas.divisions().iter().map(|p| p.id.as_str()).collect();
    let measure_ids: Vec<&'static str> = all_measures.iter().map(|m| m.id.as_str()).collect();
    let parsed = Memo::new(move |_| {
        url_state::parse(&location.search.get(), &Vocabulary { cities: &cities, measures: &measure_ids })
    });
    // What the page shows. A selection shows at once and reaches the address once its frame is
    // painted (writing history costs milliseconds that frame cannot spare); an address that
    // changes by itself (Back, Forward) is shown when no write of ours is pending.
    let state = RwSignal::new(parsed.get_untracked().state);
    let pending_writes = StoredValue::new(0_u32);
    Effect::new(move |_| {
        let from_url = parsed.get().state;
        if pending_writes.get_value() == 0 && from_url != state.get_untracked() {
            state.set(from_url);
        }
    });
    let notices = RwSignal::new(parsed.get_untracked().notices);
    let write_url = {
        let navigate = navigate.clone();
        move |replace: bool| {
            let query = url_state::serialize(&state.get_untracked());
            if location.search.get_untracked().trim_start_matches('?') != query.trim_start_matches('?') {
                let path = location.pathname.get_untracked();
                navigate(&format!("{path}{query}"), NavigateOptions { replace, scroll: false, ..Default::default() });
            }
        }
    };
    if !notices.get_untracked().is_empty() {
        // Replace a broken link by the valid view it falls back to, so sharing it again is safe.
        write_url(true);
    }
    let set_state = Callback::new(move |next: UrlState| {
        if next != state.get_untracked() {
            state.set(next);
            pending_writes.update_value(|n| *n += 1);
            let write_url = write_url.clone();
            browser::after_paint(move || {
                pending_writes.update_value(|n| *n -= 1);
                // Writes what is shown now: of quick selections, only the last is kept.
                write_url(false);
            });
        }
    });
    let select = Callback::new(move |city: Option<String>| set_state.run(UrlState { city, ..state.get_untracked() }));
    let set_view = Callback::new(move |view: View| set_state.run(UrlState { view, ..state.get_untracked() }));
    let set_measure = Callback::new(move |id: String| {
        // The default measure is written as no parameter at all.
        let measure = (id != measures::COVERAGE).then_some(id);
        set_state.run(UrlState { measure, ..state.get_untracked() })
    });
    let measure = Memo::new(move |_| {
        let id = state.with(|s| s.measure.clone()).unwrap_or_else(|| measures::COVERAGE.to_string());
        all_measures.iter().find(|m| m.id == id).unwrap_or(&all_measures[0])
    });
    // Memos: a selection must not re-run what reads only the view or the embed flag.
    let view = Memo::new(move |_| state.get().view);
    let selected = Memo::new(move |_| state.get().city);
    let hovered = RwSignal::new(None::<String>);
    let embed_flag = Memo::new(move |_| state.get().embed);
    let embed = move || embed_flag.get();

    view! {
        <div class="atlas" class:embed=embed>
            <Show when=embed>
                <header class="embed-bar">
                    <strong>"Hunan Industry Atlas"</strong>
                    <a href=move || share_url(&browser::page_base(), &state.get()) target="_blank" rel="noopener">
                        "Open the full view \u{2197}"
                    </a>
                </header>
            </Show>
            <Show when=move || !embed()>
                <header class="masthead">
                    <h1>"Hunan Industry Atlas " <span lang="zh">"湖南产业地图"</span></h1>
                    <p class="lede">
                        "What five published articles (2019\u{2013}2023) say about the industry of Hunan\u{2019}s 14 prefecture-level divisions. Select a division on the map."
                    </p>
                    <ShareBar atlas state />
                </header>
            </Show>
            <Show when=move || !notices.get().is_empty()>
                <div class="notice" role="status">
                    <p>{move || notices.get().join(" ")}</p>
                    <button type="button" on:click=move |_| notices.set(Vec::new())>"Dismiss"</button>
                </div>
            </Show>
            <main class="layout">
                <section class="map-pane" aria-label="Map of Hunan">
                    <MapView atlas selected hovered measure on_select=select />
                    <Legend measures=all_measures current=measure on_measure=set_measure />
                </section>
                <section class="panel" aria-label="Figures">
                    <Panel atlas selected view hovered on_select=select on_view=set_view />
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
                                        {s.publisher.clone()} ", \u{201c}" {s.title.clone()} "\u{201d}, " {s.date.clone()} " ("
                                        {s.site.clone()} ")"
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
