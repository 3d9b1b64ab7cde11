//! Share, embed and download: the link to this view, the `<iframe>` snippet, and the figures as
//! CSV or JSON.

use crate::browser;
use atlas_core::atlas::Atlas;
use atlas_core::embed::{share_url, snippet};
use atlas_core::explorer::PlaceView;
use atlas_core::export::{figures_csv, figures_json};
use atlas_core::measures::COVERAGE;
use atlas_core::url_state::UrlState;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ShareBar(atlas: &'static Atlas, #[prop(into)] state: Signal<UrlState>) -> impl IntoView {
    let data = &atlas.data;
    // What the last share action did, for the reader (and for screen readers: role=status).
    let status = RwSignal::new(String::new());
    // The link, shown selected when the clipboard refused it.
    let fallback = RwSignal::new(None::<String>);
    let embed_open = RwSignal::new(false);
    let title = move || {
        let city = state.get().city.and_then(|id| data.place(&id)).map(|p| format!(": {}", p.name_en));
        format!("Hunan Industry Atlas{}", city.unwrap_or_default())
    };

    let on_share = move |_| {
        let url = share_url(&browser::page_base(), &state.get_untracked());
        let title = title();
        spawn_local(async move {
            if browser::can_share() && browser::share(&title, &url).await {
                status.set("Shared.".into());
            } else if browser::copy_text(&url).await {
                fallback.set(None);
                status.set("Link copied to the clipboard.".into());
            } else {
                status.set("Copy this link:".into());
                fallback.set(Some(url));
            }
        });
    };

    let view_figures = move || {
        let state = state.get_untracked();
        PlaceView::new(atlas, state.city.as_deref()).map(|v| (v.place.id.clone(), v.figures)).unwrap_or_default()
    };
    let menu = NodeRef::<leptos::html::Details>::new();
    let download = move |what: &'static str| {
        if let Some(menu) = menu.get_untracked() {
            menu.set_open(false);
        }
        let all: Vec<_> = data.figures.iter().collect();
        let (name, figures) = match what {
            "all-csv" | "all-json" => ("all".to_string(), all),
            _ => view_figures(),
        };
        if what.ends_with("csv") {
            browser::download_text(&format!("hunan-atlas-{name}.csv"), "text/csv", &figures_csv(data, &figures));
        } else {
            browser::download_text(
                &format!("hunan-atlas-{name}.json"),
                "application/json",
                &figures_json(data, &figures),
            );
        }
    };
    let snippet_text = move || snippet(&browser::page_base(), &state.get(), COVERAGE, &title());

    view! {
        <div class="sharebar">
            <button type="button" on:click=on_share>"Share link"</button>
            <button type="button" aria-expanded=move || embed_open.get().to_string() on:click=move |_| embed_open.update(|o| *o = !*o)>
                "Embed"
            </button>
            <details class="menu" node_ref=menu>
                <summary>"Download data"</summary>
                <div class="menu-items">
                    <button type="button" data-download="view-csv" on:click=move |_| download("view-csv")>"This view, CSV"</button>
                    <button type="button" data-download="view-json" on:click=move |_| download("view-json")>"This view, JSON"</button>
                    <button type="button" data-download="all-csv" on:click=move |_| download("all-csv")>"All figures, CSV"</button>
                    <button type="button" data-download="all-json" on:click=move |_| download("all-json")>"All figures, JSON"</button>
                </div>
            </details>
            <span class="status" role="status">{move || status.get()}</span>
            {move || fallback.get().map(|url| view! {
                <input class="fallback-link" readonly value=url on:focus=|ev| select_all(&ev) autofocus />
            })}
        </div>
        <Show when=move || embed_open.get()>
            <div class="embed-box" role="region" aria-label="Embed this view">
                <p>"Paste this into your page. The script is optional: it makes the frame as tall as the atlas."</p>
                <textarea class="embed-snippet" readonly rows="4" on:focus=|ev| select_all(&ev)>{snippet_text}</textarea>
                <button type="button" on:click=move |_| {
                    let text = snippet_text();
                    spawn_local(async move {
                        let copied = browser::copy_text(&text).await;
                        status.set(if copied { "Embed code copied." } else { "Select the code and copy it." }.into());
                    });
                }>"Copy code"</button>
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
