//! Find in the sources: the search field (in the masthead and the embed bar) and the results that
//! take the panel's place while a search is on, grouped by place, the query's words marked. The
//! matching is the core's (`atlas_core::search`); the map's colours by results are the map's.

use crate::browser;
use crate::context::{use_lang, words};
use crate::load::SearchTexts;
use atlas_core::atlas::Atlas;
use atlas_core::messages;
use atlas_core::search::{self, Entry, Query};
use atlas_core::url_state::{MAX_QUERY, UrlState, Vocabulary};
use atlas_core::view_state::Event;
use leptos::html;
use leptos::prelude::*;

/// The id of the field, which `/` focuses (the page shows one field: masthead or embed bar).
const FIELD: &str = "search-field";

/// Typing searches at once; Enter (or leaving the field) confirms the search, so that the next
/// one is a history entry of its own; Escape or the clear button ends it.
#[component]
pub fn SearchField(
    /// The view, whose `q` the field shows.
    #[prop(into)]
    state: Signal<UrlState>,
    /// The field was focused: the texts are wanted.
    on_focus: Callback<()>,
    dispatch: Callback<Event>,
) -> impl IntoView {
    let input = NodeRef::<html::Input>::new();
    let q = move || state.with(|s| s.q.clone());
    // From anywhere but another field: `/` focuses the field, and Escape ends a search.
    let shortcut = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || browser::is_typing_target(ev.target()) {
            return;
        }
        match ev.key().as_str() {
            "/" => {
                ev.prevent_default();
                if let Some(field) = input.get_untracked() {
                    let _ = field.focus();
                }
            }
            "Escape" if state.with_untracked(|s| s.q.is_some()) => dispatch.run(Event::EndSearch),
            _ => {}
        }
    });
    on_cleanup(move || shortcut.remove());
    // No <form>: Enter has nothing to submit, and `change` confirms the search.
    view! {
        <div role="search" class="search">
            <label for=FIELD>{words(|m| m.search)}</label>
            <span class="search-box">
                <input
                    id=FIELD
                    node_ref=input
                    type="search"
                    maxlength=MAX_QUERY
                    autocomplete="off"
                    aria-keyshortcuts="/"
                    placeholder=words(|m| m.search_hint)
                    prop:value=move || q().unwrap_or_default()
                    on:focus=move |_| on_focus.run(())
                    on:input=move |ev| dispatch.run(Event::Search(event_target_value(&ev)))
                    on:change=move |_| dispatch.run(Event::Commit)
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            dispatch.run(Event::EndSearch);
                        }
                    }
                />
                <kbd aria-hidden="true">"/"</kbd>
                <button
                    type="button"
                    class="clear"
                    hidden=move || q().is_none()
                    aria-label=words(|m| m.clear_search)
                    on:click=move |_| dispatch.run(Event::EndSearch)
                >
                    "\u{d7}"
                </button>
            </span>
        </div>
    }
}

/// The results of the search, which take the panel's place while it is on: the core writes them
/// (`search::results_html`) into one element on every change, and a click on a result's link
/// (`data-item`) chooses it. Texts that could not load are asked for again when the reader
/// focuses the field.
#[component]
pub fn SearchResults(
    atlas: &'static Atlas,
    vocab: &'static Vocabulary,
    /// The view searched from, for the results' links.
    #[prop(into)]
    state: Signal<UrlState>,
    #[prop(into)] texts: Signal<SearchTexts>,
    /// `None` when no search is on.
    #[prop(into)]
    results: Signal<Option<Vec<&'static Entry>>>,
    /// A search is on: the texts are wanted (a link that names one needs them at once).
    want_texts: Callback<()>,
    dispatch: Callback<Event>,
) -> impl IntoView {
    let lang = use_lang();
    let (status, list) = (NodeRef::<html::P>::new(), NodeRef::<html::Div>::new());
    // Returns whether it shows a search, so that a view without one clears the list only once.
    Effect::new(move |searched: Option<bool>| {
        let (Some(status), Some(list)) = (status.get(), list.get()) else { return false };
        let l = lang.get();
        let m = messages::of(l);
        let from = state.get();
        let Some(q) = from.q.as_deref() else {
            if searched != Some(false) {
                list.set_inner_html("");
            }
            return false;
        };
        let (said, html) = match texts.get() {
            SearchTexts::Ready(_) => results.with(|r| {
                let r = r.as_deref().unwrap_or_default();
                (search::status(r, q, l), search::results_html(atlas, r, &Query::new(q), &from, vocab, l))
            }),
            SearchTexts::Failed => (m.search_failed.to_string(), String::new()),
            _ => {
                want_texts.run(());
                (m.search_loading.to_string(), String::new())
            }
        };
        status.set_text_content(Some(&said));
        list.set_inner_html(&html);
        true
    });
    let choose = move |ev: web_sys::MouseEvent| {
        let Some(id) = browser::data_of(ev.target(), "data-item") else { return };
        if let Some(entry) = results.with_untracked(|r| r.iter().flatten().copied().find(|e| e.id == id)) {
            ev.prevent_default();
            dispatch.run(entry.choice());
            browser::focus_item(&entry.id);
        }
    };
    view! {
        <div class="search-results" hidden=move || results.with(Option::is_none)>
            <h2>{words(|m| m.results_legend)}</h2>
            <p class="results-count" role="status" node_ref=status></p>
            <div node_ref=list on:click=choose></div>
            <p class="search-help">{words(|m| m.search_help)}</p>
        </div>
    }
}
