//! The page's address as a signal: its query, kept in step with Back and Forward, and written
//! with the History API: all the atlas needs of a router, for its single route (leptos_router
//! was the largest part of the wasm this replaced; see README, "Release build and sizes").

use leptos::prelude::*;

/// The query of the page's address (`?city=zhuzhou`, or empty).
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

    /// Puts `query` (empty or starting with `?`) in the address, as a new history entry or in
    /// place of the current one; the page's path stays and its fragment goes.
    pub fn navigate(&self, query: &str, replace: bool) {
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        let path = window.location().pathname().unwrap_or_default();
        let url = format!("{path}{query}");
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
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}
