//! The few browser APIs the atlas uses beyond the DOM, as small typed functions: clipboard, Web
//! Share, file downloads, telling an embedding page our height, and watching an element's size
//! and distance from the viewport.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn clipboard_write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = navigator, js_name = share)]
    fn navigator_share(data: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// Runs `f` once the frame being prepared has been painted and handed on: after the next two
/// animation frames, in a task of its own. Work that can wait (redrawing charts, writing the
/// address, disposing old charts) goes here, so that it competes neither with the frame that
/// shows a click nor, on a machine with few cores, with its rasterising.
/// The body of `url` (relative to the page) as text, or why not.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{url}: {}", describe(&e)))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|e| format!("{url}: {}", describe(&e)))?;
    wasm_bindgen_futures::JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| format!("{url}: not text"))
}

/// What a JavaScript error says: its message, or the value itself if it is a string. (Not its
/// `Debug` form, which would bring the formatting machinery into the wasm for error text.)
pub fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "error".into())
}

/// The reader's preferred languages, most preferred first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|l| l.as_string()).collect()
}

/// Puts the page's language in `<html lang>`; whether it was another.
pub fn set_document_language(tag: &str) -> bool {
    let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return false;
    };
    let changed = html.get_attribute("lang").as_deref() != Some(tag);
    let _ = html.set_attribute("lang", tag);
    changed
}

/// The page's title.
pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The page's `description`.
pub fn set_document_description(description: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// Runs `f` in a task of its own once the frame now being prepared has been rendered: what is
/// changed before shows in that frame, what `f` changes in the next one.
pub fn after_frame(f: impl FnOnce() + 'static) {
    after_frame_boxed(Box::new(f));
}

/// Runs `f` in a task of its own after the next frame has been rendered (the one after the frame
/// now being prepared).
pub fn after_paint(f: impl FnOnce() + 'static) {
    after_paint_boxed(Box::new(f));
}

// Every caller shares one copy of the frame callbacks and the timer (each closure type would
// otherwise compile a copy of its own into the wasm).
fn after_frame_boxed(f: Box<dyn FnOnce()>) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
    });
}

fn after_paint_boxed(f: Box<dyn FnOnce()>) {
    leptos::prelude::request_animation_frame(move || after_frame_boxed(f));
}

/// The message an embedded atlas sends its parent page (see README, "Embed").
pub const RESIZE_MESSAGE: &str = "hunan-atlas:resize";

/// Copies `text` to the clipboard; `false` if the browser refused (the caller then shows the
/// text selected for the reader to copy).
pub async fn copy_text(text: &str) -> bool {
    match clipboard_write_text(text) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Whether the browser has the Web Share API (phones mostly).
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the system share sheet; `false` if cancelled or unavailable.
pub async fn share(title: &str, url: &str) -> bool {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    match navigator_share(&data) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Saves `href` (a data: or blob: URL) under `filename`.
pub fn download_url(filename: &str, href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(a) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) else { return };
    a.set_href(href);
    a.set_download(filename);
    a.click();
}

/// Scrolls the first element `selector` matches into view, if it is not (the nearest edge: no
/// jump when it already shows).
pub fn scroll_into_view(selector: &str) {
    if let Some(el) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(selector).ok().flatten())
    {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Once the next frame is painted, brings the card or highlight `id` into view and gives it the
/// focus, so that a keyboard reader goes on from there (a marked one has a `tabindex`).
pub fn focus_item(id: &str) {
    let selector = format!("[data-figure=\"{id}\"], [data-highlight=\"{id}\"]");
    after_paint(move || focus_into_view(&selector));
}

fn focus_into_view(selector: &str) {
    scroll_into_view(selector);
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The value of `attribute` on the nearest element at or above `target` that has it: what a
/// click on a link written as HTML (`data-select`, `data-item`) chooses.
pub fn data_of(target: Option<web_sys::EventTarget>, attribute: &str) -> Option<String> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(&format!("[{attribute}]")).ok()??.get_attribute(attribute)
}

/// Sets the address and the `aria-current` mark of each link in `el` that has `key`, from
/// `of(its key's value)`: (address, current).
pub fn update_links(el: &web_sys::Element, key: &str, of: impl Fn(&str) -> Option<(String, bool)>) {
    let Ok(links) = el.query_selector_all(&format!("a[{key}]")) else { return };
    for i in 0..links.length() {
        let Some(link) = links.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        if let Some((href, current)) = link.get_attribute(key).as_deref().and_then(&of) {
            let _ = link.set_attribute("href", &href);
            let _ = if current {
                link.set_attribute("aria-current", "true")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    }
}

/// Whether a key pressed on `target` is typed into a field (a page shortcut must then not act).
pub fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.dyn_ref::<web_sys::HtmlElement>().is_some_and(|h| h.is_content_editable())
    })
}

/// The address of the page the atlas opened on, without its query: links to other views start
/// in its folder (`atlas_core::embed`).
pub fn page_base() -> String {
    thread_local! {
        // The address moves only between pages of one folder (`Address::navigate`): read once.
        static BASE: String = web_sys::window()
            .and_then(|w| {
                let l = w.location();
                Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
            })
            .unwrap_or_default();
    }
    BASE.with(Clone::clone)
}

/// In an `<iframe>`, tells the parent page the content height now and whenever it changes:
/// `{type: "hunan-atlas:resize", height: <px>}`. Does nothing in a top-level page. The atlas
/// listens to no messages.
pub fn report_height_to_parent() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    // The body's height, not the root's: the root's scroll height is never less than the frame,
    // so a frame that grew for a long view never shrank back for a short one.
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let send = {
        let body = body.clone();
        move || {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &(body.scroll_height()).into());
            let _ = parent.post_message(&message, "*");
        }
    };
    send();
    // One observer for the page's lifetime: it is never dropped, so it is leaked on purpose.
    let on_resize = Closure::<dyn Fn()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    on_resize.forget();
}

/// Watches an element; the observer is disconnected and its callback freed when this is dropped.
pub struct Watch<O: Disconnect> {
    observer: O,
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

pub trait Disconnect {
    fn disconnect(&self);
}

impl Disconnect for web_sys::ResizeObserver {
    fn disconnect(&self) {
        web_sys::ResizeObserver::disconnect(self);
    }
}

impl Disconnect for web_sys::IntersectionObserver {
    fn disconnect(&self) {
        web_sys::IntersectionObserver::disconnect(self);
    }
}

impl<O: Disconnect> Drop for Watch<O> {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_resize` whenever `el` changes size (and once when watching starts).
pub fn watch_size(el: &web_sys::Element, on_resize: impl Fn() + 'static) -> Option<Watch<web_sys::ResizeObserver>> {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |_| on_resize());
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(Watch { observer, _callback: callback })
}

/// How far outside the viewport an element counts as near: a chart there is drawn before the
/// reader scrolls to it, yet the province view opens on a laptop screen with no chart near.
const NEAR_MARGIN: &str = "240px 0px";

/// Calls `on_change(true)` when `el` comes within `NEAR_MARGIN` of the viewport and
/// `on_change(false)` when it leaves that band; called once when watching starts.
pub fn watch_nearness(
    el: &web_sys::Element,
    on_change: impl Fn(bool) + 'static,
) -> Option<Watch<web_sys::IntersectionObserver>> {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // Entries arrive oldest first: the last says where the element is now.
        if let Some(entry) = entries.iter().last().and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            on_change(entry.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(NEAR_MARGIN);
    let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(el);
    Some(Watch { observer, _callback: callback })
}
