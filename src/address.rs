//! The page's address as a signal: the query it stands for, kept in step with Back and Forward,
//! and written with the History API: all the atlas needs of a router (leptos_router was the
//! largest part of the wasm this replaced; see README, "Release build and sizes"). On a view's
//! own page (`zhuzhou.en.html`) the page's name is part of the view (`atlas_core::pages`).

use atlas_core::pages;
use leptos::prelude::*;

/// The query the page's address stands for (`?city=zhuzhou`, or empty).
#[derive(Clone, Copy)]
pub struct Address {
    search: RwSignal<String>,
}

impl Address {
    /// Reads the address and follows the reader's Back and Forward for as long as the page lives.
    pub fn follow() -> Address {
        let search = RwSignal::new(current_search());
        let _ = window_event_listener(leptos::ev::popstate, move |_| search.set(current_search()));
        Address { search }
    }

    /// The query, tracked.
    pub fn search(&self) -> String {
        self.search.get()
    }

    /// The query, untracked.
    pub fn search_untracked(&self) -> String {
        self.search.get_untracked()
    }

    /// Puts the view of `query` (empty or starting with `?`) in the address, as a new history
    /// entry or in place of the current one: on a view's page, that view's page; elsewhere the
    /// page's path stays. The fragment goes.
    pub fn navigate(&self, query: &str, replace: bool) {
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        let path = window.location().pathname().unwrap_or_default();
        let url = pages::address(&path, query);
        let written = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
        if written.is_ok() {
            self.search.set(current_search());
        }
    }
}

fn current_search() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    pages::query_of(&location.pathname().unwrap_or_default(), &location.search().unwrap_or_default())
}
