//! The page: loads the atlas once, keeps the view in the URL (through the core's view-state
//! reducer), lays out map and panel.

use super::legend::Legend;
use super::map::MapView;
use super::map_summary::MapSummary;
use super::panel::Panel;
use super::search::{SearchField, SearchResults};
use super::share::ShareBar;
use crate::address::Address;
use crate::context::{Echarts, Language, words};
use crate::load::{self, SearchTexts};
use crate::signals::set_if_changed;
use crate::{browser, echarts};
use atlas_core::atlas::Atlas;
use atlas_core::chart_loader::{self, Loader};
use atlas_core::embed::share_url;
use atlas_core::lang::Lang;
use atlas_core::measures::Measure;
use atlas_core::messages;
use atlas_core::model::PlaceKind;
use atlas_core::pages;
use atlas_core::parts;
use atlas_core::search::{Entry, Query};
use atlas_core::url_state::{UrlState, View, Vocabulary};
use atlas_core::view_state::{self, Event, ViewState};
use leptos::prelude::*;

/// The atlas, or a clear message if its data could not be loaded.
#[component]
pub fn App(loaded: Result<Atlas, String>) -> impl IntoView {
    match loaded {
        Ok(atlas) => {
            // Loaded once and never freed: every component may hold a `&'static` to it.
            let atlas: &'static Atlas = Box::leak(Box::new(atlas));
            let loader = RwSignal::new(Loader::default());
            let charts = StoredValue::new_local(Vec::<(Lang, echarts::ChartFile)>::new());
            let send = Callback::new(move |event| to_loader(loader, charts, event));
            provide_context(Echarts { loader: loader.read_only(), send, charts });
            browser::report_height_to_parent();
            view! { <AtlasPage atlas /> }.into_any()
        }
        Err(e) => {
            let m = messages::of(Lang::preferred(&browser::languages()));
            view! {
                <main class="load-error">
                    <h1>{m.data_error}</h1>
                    <pre>{e}</pre>
                </main>
            }
            .into_any()
        }
    }
}

/// Sends `event` to the loader of ECharts and the chart files (`atlas_core::chart_loader`), and
/// starts the downloads it asks for, side by side: a chart draws once both are in. The charts
/// are told only when what they read has changed.
fn to_loader(
    loader: RwSignal<Loader>,
    charts: StoredValue<Vec<(Lang, echarts::ChartFile)>, LocalStorage>,
    event: chart_loader::Event,
) {
    let Some(todo) = loader.try_maybe_update(|l| {
        let todo = l.update(event);
        (todo.changed, todo)
    }) else {
        return;
    };
    if todo.script {
        echarts::load(
            "echarts.min.js",
            move || to_loader(loader, charts, chart_loader::Event::ScriptLoaded),
            move |src| to_loader(loader, charts, chart_loader::Event::ScriptFailed(src)),
        );
    }
    if let Some(lang) = todo.file {
        leptos::task::spawn_local(async move {
            match echarts::ChartFile::fetch(&echarts::chart_file(lang)).await {
                Ok(file) => {
                    charts.update_value(|all| all.push((lang, file)));
                    to_loader(loader, charts, chart_loader::Event::FileLoaded(lang));
                }
                Err(e) => to_loader(loader, charts, chart_loader::Event::FileFailed(lang, e)),
            }
        });
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
    // A link to a chosen result opens with it in view.
    if let Some(id) = &opened.shown().mark {
        browser::focus_item(id);
    }
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
    // No measure in the address: the first (official statistics, covering every division). The
    // memo holds its index, so that choosing one compares no measure's values.
    let measure_at = Memo::new(move |_| {
        let id = state.with(|s| s.measure.clone());
        id.and_then(|id| all_measures.iter().position(|m| m.id == id)).unwrap_or(0)
    });
    let measure = Signal::derive(move || &all_measures[measure_at.get()]);
    let view = Memo::new(move |_| state.get().view);
    let topic = Memo::new(move |_| state.with(|s| s.topic.clone()));
    let selected = Memo::new(move |_| state.get().city);
    let hovered = RwSignal::new(None::<String>);
    let embed_flag = Memo::new(move |_| state.get().embed);
    let embed = move || embed_flag.get();
    // The address's language, or else the browser's.
    let browser_lang = Lang::preferred(&browser::languages());
    let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser_lang));
    let settled = RwSignal::new(lang.get_untracked());
    provide_context(Language { shown: lang.into(), settled: settled.into() });
    Effect::new(move |_| {
        let l = lang.get();
        // A view's page came with its own description in its language: it stays until the
        // reader changes the language (a search engine that runs the app reads the page's).
        let described = !browser::set_document_language(l.tag());
        // The description and what is out of sight: after its frame.
        browser::after_paint(move || {
            if !described {
                browser::set_document_description(messages::of(l).description);
            }
            if lang.try_get_untracked() == Some(l) {
                settled.try_set(l);
            }
        });
    });
    let set_lang = Callback::new(move |l: Lang| dispatch.run(Event::Lang(l)));
    // The view but its language, for what names the language by `settled` (the links to share).
    let unlanguaged = Memo::new(move |_| state.with(|s| UrlState { lang: None, ..s.clone() }));
    // A reader who scrolls is on the way to the charts: fetch ECharts and the chart file now, so
    // they are there when they arrive (the listener lives as long as the page). A mouse coming
    // over the map is on the way to a click: ECharts and the chart file are downloaded then, not
    // run, so the first division chosen waits for no download, and no script runs in the frame
    // of its click. (A touch has no such warning: the tap's own charts ask.)
    if let Some(e) = use_context::<Echarts>() {
        let _ = window_event_listener(leptos::ev::scroll, move |_| {
            e.send.run(chart_loader::Event::Want(lang.get_untracked()))
        });
    }
    let pointed = StoredValue::new(false);
    let pointer_over_map = move |ev: web_sys::PointerEvent| {
        if !pointed.get_value() && ev.pointer_type() == "mouse" {
            pointed.set_value(true);
            echarts::prefetch(&["echarts.min.js", &echarts::chart_file(lang.get_untracked())]);
        }
    };
    let switch = move || view! { <LanguageSwitch state lang on_lang=set_lang /> };

    // The passages (what a reader reads on opening a source) arrive after the first view; the
    // panel's sources show them from then on (`PlaceView::passages`).
    let arrived = RwSignal::new(false);
    browser::after_paint(move || {
        leptos::task::spawn_local(async move { arrived.set(load::passages(atlas).await) });
    });

    // The search: its texts are fetched when the reader first focuses the field, or at once
    // when the link names a search. (Its results quote the passages that have arrived.)
    let texts = RwSignal::new(SearchTexts::NotAsked);
    let want_texts = Callback::new(move |()| {
        if matches!(texts.get_untracked(), SearchTexts::NotAsked | SearchTexts::Failed) {
            texts.set(SearchTexts::Loading);
            leptos::task::spawn_local(async move {
                texts.set(match load::search_index().await {
                    Ok(index) => SearchTexts::Ready(Box::leak(Box::new(index))),
                    Err(_) => SearchTexts::Failed,
                });
            });
        }
    });
    // The results, once the texts are in (`None`: no search).
    let results = Memo::new(move |_| {
        let q = state.with(|s| s.q.clone())?;
        Some(match texts.get() {
            SearchTexts::Ready(index) => index.find(&Query::new(&q)),
            _ => Vec::<&'static Entry>::new(),
        })
    });
    let searching = move || results.with(Option::is_some);
    let field = move || view! { <SearchField state on_focus=want_texts dispatch /> };
    // A new place shows on the map in the frame of the click that chose it (the outline and the
    // name, a few changes in layers of their own: style/main.css), and in the panel in the frame
    // after: the panel's new content (its elements, style, layout and raster: most of a
    // selection's work) would hold that first paint back by a frame or more. The panel's charts
    // follow the choice at once (`Panel`'s `state`): a chart near the viewport is redrawn in the
    // click's frame, on its canvas. The rest of the view (topic, table, mark) reaches the panel at
    // once.
    let shown_city = RwSignal::new(selected.get_untracked());
    Effect::new(move |_| {
        let chosen = selected.get();
        if shown_city.with_untracked(|c| *c != chosen) {
            browser::after_frame(move || {
                if let Some(latest) = selected.try_get_untracked() {
                    set_if_changed(shown_city, latest);
                }
            });
        }
    });
    let mark = Memo::new(move |_| state.with(|s| s.mark.clone()));
    // The tab's title is the view's, as its page's is (`pages::title`): after the panel's frame.
    Effect::new(move |_| {
        let (city, l) = (shown_city.get(), lang.get());
        browser::after_paint(move || {
            let place = city.as_deref().and_then(|id| atlas.data.place(id)).filter(|p| p.kind != PlaceKind::Province);
            browser::set_document_title(&pages::title(place, l));
        });
    });

    view! {
        <div class="atlas" class:embed=embed>
            // One header for both layouts (CSS shows each its parts): the page's masthead, or the
            // embed's compact bar with a link to the full view.
            <header class=move || if embed() { "embed-bar" } else { "masthead" }>
                {switch}
                // The page's one level-one heading (in the embed's compact type there).
                <h1 class:embed-title=embed>{words(|m| m.title)}</h1>
                <p class="lede">{words(|m| m.lede)}</p>
                {field}
                <ShareBar atlas state=unlanguaged />
                <a class="full-view" href=move || share_url(&browser::page_base(), &unlanguaged.get(), settled.get()) target="_blank" rel="noopener">
                    {words(|m| m.open_full_view)}
                </a>
            </header>
            <div class="notice" role="status" hidden=move || notices.with(Vec::is_empty)>
                <p>
                    {move || {
                        let l = lang.get();
                        notices.get().iter().map(|n| n.message(l)).collect::<Vec<_>>().join(" ")
                    }}
                </p>
                <button type="button" on:click=move |_| dispatch.run(Event::Dismiss)>{words(|m| m.dismiss)}</button>
            </div>
            <main class="layout" class:table-view=move || view.get() == View::Table>
                <section class="map-pane" aria-label=words(|m| m.map_pane) on:pointerover=pointer_over_map>
                    <MapView atlas selected hovered measure results topic on_select=select />
                    <MapSummary atlas selected />
                    <Legend measures=all_measures current=measure results province=atlas.data.province() on_measure=set_measure />
                </section>
                <section class="panel" id="panel" aria-label=words(|m| m.panel)>
                    <SearchResults atlas vocab state texts results want_texts dispatch />
                    // Kept while a search is on, so that ending it shows the view as it was.
                    <div class="place-view" hidden=searching>
                        <Panel atlas selected=shown_city view state hovered mark arrived on_select=select on_view=set_view on_topic=set_topic />
                    </div>
                </section>
            </main>
            <footer class="credits" hidden=embed inner_html=move || parts::credits(&atlas.data, settled.get())></footer>
        </div>
    }
}

/// The browser tab's title in `lang`, with the atlas's name in the other language beside it.
/// 中文 / English: real links to this view in each language, each in its own language (written
/// by the core: `parts::language_links`). After that their addresses and marks change in place:
/// replacing the link a reader has just clicked would lose the keyboard's focus, and make the
/// browser lay out the page in the middle of the click.
#[component]
fn LanguageSwitch(
    #[prop(into)] state: Signal<UrlState>,
    #[prop(into)] lang: Signal<Lang>,
    on_lang: Callback<Lang>,
) -> impl IntoView {
    let choose = move |ev: web_sys::MouseEvent| {
        if let Some(l) = browser::data_of(ev.target(), "data-lang").and_then(|code| Lang::from_code(&code)) {
            ev.prevent_default();
            on_lang.run(l);
        }
    };
    let nav = NodeRef::<leptos::html::Nav>::new();
    Effect::new(move |_| {
        let (shown, current) = (state.get(), lang.get());
        if let Some(nav) = nav.get() {
            browser::update_links(&nav, "data-lang", |code| {
                Lang::from_code(code).map(|l| (parts::language_href(&shown, l), l == current))
            });
        }
    });
    let links = parts::language_links(&state.get_untracked(), lang.get_untracked());
    view! { <nav class="lang-switch" aria-label=words(|m| m.language) on:click=choose node_ref=nav inner_html=links></nav> }
}
