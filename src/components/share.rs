//! Share, embed and download: the link to this view, the `<iframe>` snippet, and links to the
//! figures as CSV or JSON (files the build wrote).

use crate::browser;
use crate::context::{use_lang, use_settled_lang, words};
use atlas_core::atlas::Atlas;
use atlas_core::embed::{share_url, snippet};
use atlas_core::messages;
use atlas_core::parts;
use atlas_core::url_state::UrlState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

#[component]
pub fn ShareBar(
    atlas: &'static Atlas,
    /// The view, but for its language (`lang` and `settled` give that).
    #[prop(into)]
    state: Signal<UrlState>,
) -> impl IntoView {
    let data = &atlas.data;
    // The embed pins the measure the page opens on, should the default ever change.
    let default_measure = atlas.measures.first().map_or("", |m| m.id.as_str());
    let lang = use_lang();
    // The embed code is out of sight when the language changes (see `Language::settled`).
    let settled = use_settled_lang();
    // What the last share action did, for the reader (and for screen readers: role=status).
    let status = RwSignal::new(String::new());
    // The link, shown selected when the clipboard refused it.
    let fallback = RwSignal::new(None::<String>);
    let embed_open = RwSignal::new(false);
    let title = move || {
        let l = settled.get();
        let city = state.get().city.and_then(|id| data.place(&id)).map(|p| p.name(l));
        (messages::of(l).share_title)(city)
    };

    let on_share = move |_| {
        let url = share_url(&browser::page_base(), &state.get_untracked(), lang.get_untracked());
        let title = title();
        let m = messages::of(lang.get_untracked());
        spawn_local(async move {
            if browser::can_share() && browser::share(&title, &url).await {
                status.set(m.shared.into());
            } else if browser::copy_text(&url).await {
                fallback.set(None);
                status.set(m.link_copied.into());
            } else {
                status.set(m.copy_link.into());
                fallback.set(Some(url));
            }
        });
    };

    // The download menu (`parts::download_menu`) closes once a file is chosen.
    let close_menu = move |ev: web_sys::MouseEvent| {
        let menu = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.first_element_child());
        if let (Some(_), Some(menu)) = (browser::data_of(ev.target(), "data-download"), menu) {
            let _ = menu.remove_attribute("open");
        }
    };
    let menu = move || parts::download_menu(data, &state.get(), lang.get());
    let snippet_text = move || snippet(&browser::page_base(), &state.get(), default_measure, settled.get(), &title());

    view! {
        <div class="sharebar">
            <button type="button" on:click=on_share>{words(|m| m.share_link)}</button>
            <button type="button" aria-expanded=move || embed_open.get().to_string() on:click=move |_| embed_open.update(|o| *o = !*o)>
                {words(|m| m.embed)}
            </button>
            <span on:click=close_menu inner_html=menu></span>
            <span class="status" role="status">{move || status.get()}</span>
            {move || fallback.get().map(|url| view! {
                <input class="fallback-link" readonly value=url on:focus=|ev| select_all(&ev) autofocus />
            })}
        </div>
        <div class="embed-box" role="region" hidden=move || !embed_open.get() aria-label=words(|m| m.embed_region)>
                <p>{words(|m| m.embed_help)}</p>
                <textarea class="embed-snippet" readonly rows="4" on:focus=|ev| select_all(&ev)>{snippet_text}</textarea>
                <button type="button" on:click=move |_| {
                    let text = snippet_text();
                    spawn_local(async move {
                        let copied = browser::copy_text(&text).await;
                        let m = messages::of(lang.get_untracked());
                        status.set(if copied { m.embed_copied } else { m.embed_select }.into());
                    });
                }>{words(|m| m.copy_code)}</button>
        </div>
    }
}

/// Selects the whole text of the focused input or textarea.
fn select_all(ev: &web_sys::FocusEvent) {
    if let Some(t) = ev.target() {
        if let Some(area) = t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.select();
        } else if let Some(input) = t.dyn_ref::<web_sys::HtmlInputElement>() {
            input.select();
        }
    }
}
