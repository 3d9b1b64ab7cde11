//! The map: the `<svg>` the build prerendered into the page (`atlas_build::page`), adopted when
//! the app mounts and brought to life. Its links become focusable buttons; fills, selection and
//! hover follow the app's state. The shapes are written once, by the build, and the wasm carries
//! no geometry.

use crate::context::use_settled_lang;
use crate::signals::set_if_changed;
use atlas_core::atlas::Atlas;
use atlas_core::measures::{Measure, NO_DATA};
use atlas_core::model::Topic;
use atlas_core::search;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

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
    /// While a search is on, its results, which colour the map by how many each place holds.
    #[prop(into)]
    results: Signal<Option<Vec<&'static search::Entry>>>,
    /// The open topic (its code): the divisions the articles say nothing of it about fade.
    #[prop(into)]
    topic: Signal<Option<String>>,
    on_select: Callback<Option<String>>,
) -> impl IntoView {
    let Some(map) = Adopted::take() else {
        return view! { <p class="error">"The map is missing from this page: build it with the project's build (see README)."</p> }
            .into_any();
    };
    let host = NodeRef::<html::Div>::new();
    let svg = map.svg.clone();
    Effect::new(move |_| {
        if let Some(host) = host.get() {
            let _ = host.append_child(&svg);
        }
    });

    // The map's names in the page's language: the name first, the other language's after it.
    // They are its tooltips and accessible names, not drawn: they follow after the frame.
    let lang = use_settled_lang();
    let (svg, named) = (map.svg.clone(), map.paths.clone());
    Effect::new(move |_| {
        let l = lang.get();
        let _ = svg.set_attribute("aria-label", atlas_core::messages::of(l).map);
        for (id, path) in &named {
            let Some(p) = atlas.data.place(id) else { continue };
            let name = format!("{} {}", p.name(l), p.name(l.other()));
            let _ = path.set_attribute("aria-label", &name);
            if let Ok(Some(title)) = path.query_selector("title") {
                title.set_text_content(Some(&name));
            }
        }
    });

    let paths = map.paths.clone();
    Effect::new(move |_| {
        let m = measure.get();
        let counts = results.with(|r| r.as_ref().map(|r| search::counts(r)));
        for (id, path) in &paths {
            let colour = match &counts {
                Some(counts) => search::colour(counts.iter().find(|(p, _)| p == id).map_or(0, |c| c.1)),
                None => m.colour(id),
            };
            let _ = path.class_list().toggle_with_force("no-data", colour == NO_DATA);
            // Through the style object: a strict CSP refuses `style` attributes.
            if let Some(style) = path.dyn_ref::<web_sys::SvgElement>().map(web_sys::SvgElement::style) {
                let _ = if colour == NO_DATA {
                    style.remove_property("fill").map(drop)
                } else {
                    style.set_property("fill", colour)
                };
            }
        }
    });

    let paths = map.paths.clone();
    Effect::new(move |_| {
        let topic = topic.get().and_then(|code| Topic::from_code(&code));
        for (id, path) in &paths {
            let off = topic.is_some_and(|t| !atlas.data.speaks_of(id, t));
            let _ = path.class_list().toggle_with_force("off-topic", off);
        }
    });

    // Only the divisions that change are touched: the previous selection and the new one.
    let (paths, labels, outline) = (map.paths.clone(), map.labels.clone(), map.outline.clone());
    Effect::new(move |previous: Option<Option<String>>| {
        let now = selected.get();
        for (id, on) in [(previous.flatten(), false), (now.clone(), true)] {
            let Some(id) = id else { continue };
            if let Some((_, path)) = paths.iter().find(|(p, _)| *p == id) {
                let _ = path.class_list().toggle_with_force("selected", on);
                let _ = path.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
            if let Some((_, label)) = labels.iter().find(|(p, _)| *p == id) {
                let _ = label.class_list().toggle_with_force("selected", on);
            }
        }
        // The selected outline is drawn again on top, so its border is not hidden by neighbours.
        let d = now.as_ref().and_then(|id| paths.iter().find(|(p, _)| p == id)).and_then(|(_, p)| p.get_attribute("d"));
        if let Some(outline) = &outline {
            let _ = outline.set_attribute("d", d.as_deref().unwrap_or_default());
        }
        now
    });

    let paths = map.paths.clone();
    Effect::new(move |previous: Option<Option<String>>| {
        let now = hovered.get();
        for (id, on) in [(previous.flatten(), false), (now.clone(), true)] {
            if let Some((_, path)) = id.and_then(|id| paths.iter().find(|(p, _)| *p == id)) {
                let _ = path.class_list().toggle_with_force("hovered", on);
            }
        }
        now
    });

    let paths = map.paths;
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(id) = place_of(ev.target()) else { return };
        match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                on_select.run(Some(id));
            }
            "Escape" => on_select.run(None),
            "ArrowRight" | "ArrowDown" | "ArrowLeft" | "ArrowUp" => {
                ev.prevent_default();
                let step = if matches!(ev.key().as_str(), "ArrowRight" | "ArrowDown") { 1 } else { -1 };
                let next = atlas.step(Some(&id), step).and_then(|next| paths.iter().find(|(p, _)| *p == next.id));
                if let Some(path) = next.and_then(|(_, p)| p.dyn_ref::<web_sys::SvgElement>()) {
                    let _ = path.focus();
                }
            }
            _ => {}
        }
    };
    view! {
        <div
            class="map-host"
            node_ref=host
            on:click=move |ev: web_sys::MouseEvent| {
                if let Some(id) = place_of(ev.target()) {
                    ev.prevent_default();
                    on_select.run(Some(id));
                }
            }
            on:keydown=on_key
            on:mouseover=move |ev: web_sys::MouseEvent| set_if_changed(hovered, place_of(ev.target()))
            on:mouseleave=move |_| set_if_changed(hovered, None)
            on:focusin=move |ev: web_sys::FocusEvent| set_if_changed(hovered, place_of(ev.target()))
            on:focusout=move |_| set_if_changed(hovered, None)
        ></div>
    }
    .into_any()
}

/// The prerendered map, taken out of the page before the app replaces the prerendered part.
struct Adopted {
    svg: Element,
    /// (place id, element) of each division's path and label, in the page's order.
    paths: Vec<(String, Element)>,
    labels: Vec<(String, Element)>,
    outline: Option<Element>,
}

impl Adopted {
    /// Finds the prerendered `<svg>` and turns each division's link into a button: the path
    /// leaves its `<a>` and becomes focusable and pressable.
    fn take() -> Option<Adopted> {
        let document = web_sys::window()?.document()?;
        let svg = document.query_selector("#prerendered svg.map").ok()??;
        let all = |selector: &str| -> Vec<Element> {
            let Ok(list) = svg.query_selector_all(selector) else { return Vec::new() };
            (0..list.length()).filter_map(|i| list.get(i)?.dyn_into::<Element>().ok()).collect()
        };
        for link in all("a") {
            if let Some(path) = link.first_element_child() {
                let _ = link.replace_with_with_node_1(&path);
            }
        }
        let by_place = |elements: Vec<Element>| -> Vec<(String, Element)> {
            elements.into_iter().filter_map(|e| Some((e.get_attribute("data-place")?, e))).collect()
        };
        let paths = by_place(all("path.division"));
        for (_, path) in &paths {
            let _ = path.set_attribute("tabindex", "0");
            let _ = path.set_attribute("role", "button");
            let _ = path.set_attribute("aria-pressed", "false");
        }
        let labels = by_place(all("g.label"));
        let outline = svg.query_selector("path.selected-outline").ok().flatten();
        // The build's fills of the default view: from now on the app's fill every path.
        for sheet in all("style") {
            sheet.remove();
        }
        Some(Adopted { svg, paths, labels, outline })
    }
}

/// The division an event happened on, if any.
fn place_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<Element>().ok()?;
    el.closest("path.division").ok()??.get_attribute("data-place")
}
