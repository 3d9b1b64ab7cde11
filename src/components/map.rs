//! The SVG map: one focusable, labelled shape per division. It paints without ECharts; before the
//! wasm has loaded, the page shows the same map prerendered by `build.rs` (see `prerender`).

use super::set_if_changed;
use crate::atlas::Atlas;
use crate::measures::{Measure, NO_DATA};
use crate::prerender::{LABEL_EN_DY, LABEL_ZH_DY, NO_DATA_PATTERN};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Click, Enter or Space selects a division; arrows move between divisions; Escape returns to
/// the province.
#[component]
pub fn MapView(
    atlas: &'static Atlas,
    #[prop(into)] selected: Signal<Option<String>>,
    hovered: RwSignal<Option<String>>,
    /// What colours the divisions.
    #[prop(into)]
    measure: Signal<&'static Measure>,
    on_select: Callback<Option<String>>,
) -> impl IntoView {
    let map = &atlas.map;
    let divisions = atlas.divisions();
    let is_selected = move |id: &str| selected.with(|s| s.as_deref() == Some(id));

    let shapes = divisions
        .iter()
        .filter_map(|place| map.shape(&place.adcode).map(|shape| (*place, shape)))
        .map(|(place, shape)| {
            let id = place.id.as_str();
            let name = format!("{} {}", place.name_en, place.name_zh);
            let title = name.clone();
            let on_key = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
                "Enter" | " " => {
                    ev.prevent_default();
                    on_select.run(Some(id.to_string()));
                }
                "Escape" => on_select.run(None),
                "ArrowRight" | "ArrowDown" | "ArrowLeft" | "ArrowUp" => {
                    ev.prevent_default();
                    let step = if matches!(ev.key().as_str(), "ArrowRight" | "ArrowDown") { 1 } else { -1 };
                    if let Some(next) = atlas.step(Some(id), step) {
                        focus_division(&next.id);
                    }
                }
                _ => {}
            };
            view! {
                <path
                    class="division"
                    class:selected=move || is_selected(id)
                    class:hovered=move || hovered.with(|h| h.as_deref() == Some(id))
                    class:no-data=move || measure.get().colour(id) == NO_DATA
                    style:fill=move || Some(measure.get().colour(id)).filter(|c| *c != NO_DATA)
                    d=shape.path.clone()
                    data-place=id
                    tabindex="0"
                    role="button"
                    aria-label=name
                    aria-pressed=move || is_selected(id).to_string()
                    on:click=move |_| on_select.run(Some(id.to_string()))
                    on:keydown=on_key
                    on:mouseenter=move |_| set_if_changed(hovered, Some(id.to_string()))
                    on:mouseleave=move |_| set_if_changed(hovered, None)
                    on:focus=move |_| set_if_changed(hovered, Some(id.to_string()))
                    on:blur=move |_| set_if_changed(hovered, None)
                >
                    <title>{title}</title>
                </path>
            }
        })
        .collect_view();

    let labels = divisions
        .iter()
        .filter_map(|place| map.shape(&place.adcode).map(|shape| (*place, shape)))
        .map(|(place, shape)| {
            let id = place.id.as_str();
            let (x, y) = shape.label;
            view! {
                <g class="label" data-place=id class:selected=move || is_selected(id) transform=format!("translate({x:.1} {y:.1})")>
                    <text class="en" y=LABEL_EN_DY>{place.name_en.clone()}</text>
                    <text class="zh" y=LABEL_ZH_DY lang="zh">{place.name_zh.clone()}</text>
                </g>
            }
        })
        .collect_view();

    // The selected outline is drawn again on top, so its border is not hidden by neighbours.
    let outline = move || {
        selected.get().and_then(|id| atlas.data.place(&id)).and_then(|p| map.shape(&p.adcode)).map(|s| s.path.clone())
    };

    view! {
        <svg
            class="map"
            viewBox=format!("0 0 {:.0} {:.0}", map.width, map.height)
            role="group"
            aria-label="Hunan's 14 prefecture-level divisions"
        >
            <g inner_html=NO_DATA_PATTERN></g>
            <g class="divisions">{shapes}</g>
            <path class="selected-outline" d=move || outline().unwrap_or_default() aria-hidden="true" />
            <g class="labels" aria-hidden="true">{labels}</g>
        </svg>
    }
}

fn focus_division(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("path.division[data-place=\"{id}\"]")).ok().flatten());
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = el.focus();
    }
}
