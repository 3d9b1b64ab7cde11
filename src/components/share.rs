//! Share, embed and download: the link to this view, the `<iframe>` snippet, and links to the
//! figures as CSV or JSON (files the build wrote).

use crate::browser;
use crate::context::use_lang;
use atlas_core::atlas::Atlas;
use atlas_core::embed::{share_url, snippet};
use atlas_core::measures::COVERAGE;
use atlas_core::messages;
use atlas_core::url_state::UrlState;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ShareBar(atlas: &'static Atlas, #[prop(into)] state: Signal<UrlState>) -> impl IntoView {
    let data = &atlas.data;
    let lang = use_lang();
    let m = move || messages::of(lang.get());
    // What the last share action did, for the reader (and for screen readers: role=status).
    let status = RwSignal::new(String::new());
    // The link, shown selected when the clipboard refused it.
    let fallback = RwSignal::new(None::<String>);
    let embed_open = RwSignal::new(false);
    let title = move || {
        let l = lang.get();
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

    let menu = NodeRef::<leptos::html::Details>::new();
    let close_menu = move |_| {
        if let Some(menu) = menu.get_untracked() {
            menu.set_open(false);
        }
    };
    // The files are written by the build (crates/build/src/downloads.rs), one per view.
    let view_file = move |extension: &str| {
        let view = state.get().city.unwrap_or_else(|| data.province().map_or(String::new(), |p| p.id.clone()));
        format!("downloads/hunan-atlas-{view}.{extension}")
    };
    let snippet_text = move || snippet(&browser::page_base(), &state.get(), COVERAGE, lang.get(), &title());

    view! {
        <div class="sharebar">
            <button type="button" on:click=on_share>{move || m().share_link}</button>
            <button type="button" aria-expanded=move || embed_open.get().to_string() on:click=move |_| embed_open.update(|o| *o = !*o)>
                {move || m().embed}
            </button>
            <details class="menu" node_ref=menu>
                <summary>{move || m().download}</summary>
                <div class="menu-items">
                    <a data-download="view-csv" href=move || view_file("csv") download on:click=close_menu>{move || m().view_csv}</a>
                    <a data-download="view-json" href=move || view_file("json") download on:click=close_menu>{move || m().view_json}</a>
                    <a data-download="all-csv" href="downloads/hunan-atlas-all.csv" download on:click=close_menu>{move || m().all_csv}</a>
                    <a data-download="all-json" href="downloads/hunan-atlas-all.json" download on:click=close_menu>{move || m().all_json}</a>
                </div>
            </details>
            <span class="status" role="status">{move || status.get()}</span>
            {move || fallback.get().map(|url| view! {
                <input class="fallback-link" readonly value=url on:focus=|ev| select_all(&ev) autofocus />
            })}
        </div>
        <Show when=move || embed_open.get()>
            <div class="embed-box" role="region" aria-label=move || m().embed_region>
                <p>{move || m().embed_help}</p>
                <textarea class="embed-snippet" readonly rows="4" on:focus=|ev| select_all(&ev)>{snippet_text}</textarea>
                <button type="button" on:click=move |_| {
                    let text = snippet_text();
                    spawn_local(async move {
                        let copied = browser::copy_text(&text).await;
                        let m = messages::of(lang.get_untracked());
                        status.set(if copied { m.embed_copied } else { m.embed_select }.into());
                    });
                }>{move || m().copy_code}</button>
            </div>
        </Show>
    }
}

/// Selects the whole text of the focused input or textarea.
fn select_all(ev: &web_sys::FocusEvent) {
    use wasm_bindgen::JsCast;
    if let Some(t) = ev.target() {
        if let Some(area) = t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.select();
        } else if let Some(input) = t.dyn_ref::<web_sys::HtmlInputElement>() {
            input.select();
        }
    }
}
