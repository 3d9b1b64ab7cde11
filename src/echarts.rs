//! The only code that talks to ECharts: typed bindings for what the page asks of it at run time
//! (init, draws, events, highlight actions, dispose, image export), and the chart file
//! the build wrote with charming (`charts-<lang>.json`: every chart's option). ECharts is loaded as a
//! classic script (`window.echarts`), with the chart file, when the first chart comes near the
//! viewport, never before the map has painted.

use crate::browser;
use atlas_core::charts::{REPLACED, label_width, value_splits};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    type Instance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init(el: &web_sys::HtmlElement, theme: &JsValue, opts: &JsValue) -> Result<Instance, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setOption)]
    fn set_option(this: &Instance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method)]
    fn on(this: &Instance, event: &str, handler: &js_sys::Function);
    #[wasm_bindgen(method)]
    fn off(this: &Instance, event: &str);
    #[wasm_bindgen(method, js_name = dispatchAction)]
    fn dispatch_action(this: &Instance, action: &JsValue);
    #[wasm_bindgen(method)]
    fn resize(this: &Instance, opts: &JsValue);
    #[wasm_bindgen(method)]
    fn dispose(this: &Instance);
    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url(this: &Instance, opts: &JsValue) -> String;

    /// What ECharts passes to event handlers and tooltip formatters.
    type EventParams;
    #[wasm_bindgen(method, getter, js_name = seriesIndex)]
    fn series_index(this: &EventParams) -> Option<usize>;
    #[wasm_bindgen(method, getter, js_name = dataIndex)]
    fn data_index(this: &EventParams) -> Option<usize>;
}

/// Whether the ECharts script has run.
pub fn is_loaded() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("echarts")).ok())
        .is_some_and(|e| e.is_object())
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// The chart last drawn, whose tooltips the formatter reads.
type Drawn = Rc<RefCell<Option<ChartEntry>>>;

/// A live chart. Dropping it removes its listeners and disposes the ECharts instance.
pub struct LiveChart {
    instance: Instance,
    /// The element the chart draws in, which also holds its tooltip.
    element: web_sys::HtmlElement,
    /// The chart file's entry last drawn, read by `formatter`.
    drawn: Drawn,
    /// What was drawn last: its key, its frame (`ChartEntry::frame`) and its width.
    drawn_as: RefCell<Option<(String, String, f64)>>,
    formatter: Closure<dyn Fn(EventParams) -> String>,
    _listeners: Vec<Closure<dyn Fn(EventParams)>>,
}

/// A data item as (series index, data index).
pub type ItemRef = (usize, usize);

/// What a chart reports: clicks on data items, and the item under the pointer (or none).
pub struct Handlers {
    pub click: Box<dyn Fn(usize, usize)>,
    pub hover: Box<dyn Fn(Option<ItemRef>)>,
}

impl LiveChart {
    /// Creates an empty chart in `el`; `draw` fills it.
    pub fn new(el: &web_sys::HtmlElement, handlers: Handlers) -> Result<LiveChart, String> {
        let instance = init(el, &JsValue::NULL, &object(&[("renderer", "canvas".into())]))
            .map_err(|e| format!("ECharts could not start: {}", browser::describe(&e)))?;
        let Handlers { click, hover } = handlers;
        let hover = Rc::new(hover);
        let on_click = Closure::<dyn Fn(EventParams)>::new(move |p: EventParams| {
            if let (Some(s), Some(d)) = (p.series_index(), p.data_index()) {
                click(s, d);
            }
        });
        let on_over = {
            let hover = hover.clone();
            Closure::<dyn Fn(EventParams)>::new(move |p: EventParams| hover(p.series_index().zip(p.data_index())))
        };
        let on_out = Closure::<dyn Fn(EventParams)>::new(move |_: EventParams| hover(None));
        instance.on("click", on_click.as_ref().unchecked_ref());
        instance.on("mouseover", on_over.as_ref().unchecked_ref());
        instance.on("mouseout", on_out.as_ref().unchecked_ref());
        let drawn: Drawn = Rc::default();
        let formatter = {
            let drawn = drawn.clone();
            Closure::<dyn Fn(EventParams) -> String>::new(move |p: EventParams| {
                let (s, d) = (p.series_index().unwrap_or(0), p.data_index().unwrap_or(0));
                drawn.borrow().as_ref().map(|e| e.tooltip(s, d)).unwrap_or_default()
            })
        };
        Ok(LiveChart {
            instance,
            element: el.clone(),
            drawn,
            drawn_as: RefCell::default(),
            formatter,
            _listeners: vec![on_click, on_over, on_out],
        })
    }

    /// Draws a chart of the chart file. The same chart of another view or language (its `key`
    /// drawn last) has the same components, which the build writes alike: it is merged into
    /// them, and ECharts updates the items it already draws, as the reference page's click does.
    /// Another chart replaces every component an option can hold (`REPLACED`), so nothing of the
    /// earlier one survives. The tooltip, alike in every chart, is always merged, so the instance
    /// keeps its tooltip view: re-creating it (as a notMerge draw does) makes ECharts read the
    /// page's layout in the middle of a click. The same chart with the same frame at the same
    /// width differs only in its series, which alone are merged. `width` is the chart's width in
    /// pixels: its category labels get `label_width` of it and its value axis `value_splits`.
    pub fn draw(&self, key: &str, entry: &ChartEntry, width: f64) -> Result<(), String> {
        let option = entry.option();
        let option = &option;
        let get = |o: &JsValue, key: &str| js_sys::Reflect::get(o, &key.into()).ok().filter(JsValue::is_object);
        let rejected = |e: JsValue| format!("ECharts rejected the chart: {}", browser::describe(&e));
        *self.drawn.borrow_mut() = Some(entry.clone());
        let now = (key.to_string(), entry.frame(), width);
        let before = self.drawn_as.replace(Some(now.clone()));
        // The same chart with the same frame, at the same width: only its series differ (the
        // coverage chart of another division), and only they are merged. (A chart without a
        // frame is never taken for another.)
        if !now.1.is_empty() && before.as_ref() == Some(&now) {
            let series = get(option, "series").unwrap_or(JsValue::UNDEFINED);
            return self.instance.set_option(&object(&[("series", series)]), &JsValue::UNDEFINED).map_err(rejected);
        }
        let same = before.is_some_and(|(k, _, _)| k == key);
        if let Some(tooltip) = get(option, "tooltip") {
            let _ = js_sys::Reflect::set(&tooltip, &"formatter".into(), self.formatter.as_ref());
            // Keep tooltips inside the chart, so they never run off a phone's screen.
            let _ = js_sys::Reflect::set(&tooltip, &"confine".into(), &true.into());
            // In the chart's own element (positioned by the style sheet). Without a container
            // ECharts reads the element's computed style at every draw, which makes the browser
            // recompute the page's styles in the middle of a click.
            let _ = js_sys::Reflect::set(&tooltip, &"appendTo".into(), &self.element);
        }
        if let Some(label) = get(option, "yAxis").and_then(|a| get(&a, "axisLabel")) {
            let _ = js_sys::Reflect::set(&label, &"width".into(), &label_width(width).into());
        }
        if let Some(axis) = get(option, "xAxis") {
            let _ = js_sys::Reflect::set(&axis, &"splitNumber".into(), &value_splits(width).into());
        }
        let opts = if same {
            JsValue::UNDEFINED
        } else {
            object(&[(
                "replaceMerge",
                REPLACED.iter().copied().map(JsValue::from_str).collect::<js_sys::Array>().into(),
            )])
        };
        self.instance.set_option(option, &opts).map_err(rejected)
    }

    /// Emphasises the given items (series, data index) and no others.
    pub fn emphasise(&self, items: &[(usize, usize)]) {
        self.instance.dispatch_action(&object(&[("type", "downplay".into())]));
        for (s, d) in items {
            self.instance.dispatch_action(&object(&[
                ("type", "highlight".into()),
                ("seriesIndex", (*s as u32).into()),
                ("dataIndex", (*d as u32).into()),
            ]));
        }
    }

    /// Lays the chart out again at its container's size, which ECharts measures.
    pub fn resize(&self) {
        self.instance.resize(&JsValue::UNDEFINED);
    }

    /// Lays the chart out again at a size the caller knows, so that ECharts does not read the
    /// page's layout (a click redraws charts before the browser has laid out its changes).
    pub fn resize_to(&self, (width, height): (i32, i32)) {
        self.instance.resize(&object(&[("width", width.into()), ("height", height.into())]));
    }

    /// The chart as a PNG data URL at twice the screen resolution, on white.
    pub fn png_data_url(&self) -> String {
        self.instance.get_data_url(&object(&[
            ("type", "png".into()),
            ("pixelRatio", 2.into()),
            ("backgroundColor", "#fff".into()),
        ]))
    }
}

impl Drop for LiveChart {
    fn drop(&mut self) {
        for event in ["click", "mouseover", "mouseout"] {
            self.instance.off(event);
        }
        self.instance.dispose();
    }
}

/// Loads the ECharts script (`src`, relative to the page) and runs `ready` when it has run, or
/// `failed` if it could not be fetched (the element is removed, so a retry adds a new one); runs
/// `ready` at once if ECharts is already there. The caller asks once a try (see `context::Echarts`).
pub fn load(src: &str, ready: impl FnOnce() + 'static, failed: impl FnOnce(String) + 'static) {
    if is_loaded() {
        ready();
    } else {
        inject(src, ready, failed);
    }
}

/// Asks the browser to download `urls` (relative to the page) into its cache, without running
/// them: a later `load` then finds them there. Running ECharts' script takes the main thread
/// for about 15 ms, which must not land in the frame of a click.
pub fn prefetch(urls: &[&str]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    for url in urls {
        let Ok(link) = document.create_element("link") else { continue };
        let _ = link.set_attribute("rel", "prefetch");
        let _ = link.set_attribute("href", url);
        if let Some(head) = document.head() {
            let _ = head.append_child(&link);
        }
    }
}

fn inject(src: &str, ready: impl FnOnce() + 'static, failed: impl FnOnce(String) + 'static) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(script) = document.create_element("script") else {
        return;
    };
    let onload = Closure::once_into_js(ready);
    let onerror = {
        let (script, src) = (script.clone(), src.to_string());
        Closure::once_into_js(move || {
            script.remove();
            failed(src);
        })
    };
    let _ = script.set_attribute("src", src);
    let _ = js_sys::Reflect::set(&script, &"onload".into(), &onload);
    let _ = js_sys::Reflect::set(&script, &"onerror".into(), &onerror);
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

/// The name of the chart file of `lang`, relative to the page.
pub fn chart_file(lang: atlas_core::lang::Lang) -> String {
    format!("charts-{}.json", lang.code())
}

/// A chart file the build wrote, one a language: `{ "<view>": { "<chart key>": option } }`.
#[derive(Clone)]
pub struct ChartFile(JsValue);

impl ChartFile {
    /// Fetches and reads the chart file at `url` (relative to the page).
    pub async fn fetch(url: &str) -> Result<ChartFile, String> {
        let window = web_sys::window().ok_or("no window")?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(|e| format!("{url}: {}", browser::describe(&e)))?
            .unchecked_into();
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        let json = response.json().map_err(|e| format!("{url}: {}", browser::describe(&e)))?;
        JsFuture::from(json).await.map(ChartFile).map_err(|e| format!("{url}: {}", browser::describe(&e)))
    }

    /// A view's chart.
    pub fn entry(&self, view: &str, key: &str) -> Option<ChartEntry> {
        let charts = js_sys::Reflect::get(&self.0, &view.into()).ok().filter(JsValue::is_object)?;
        js_sys::Reflect::get(&charts, &key.into()).ok().filter(JsValue::is_object).map(ChartEntry)
    }
}

/// One chart of a chart file, as the build wrote it (`crates/build/src/charts.rs`): its ECharts
/// option and, per series and data item, the place it stands for and its tooltip; and the
/// chart's text description.
#[derive(Clone)]
pub struct ChartEntry(JsValue);

impl ChartEntry {
    fn get(&self, key: &str) -> JsValue {
        js_sys::Reflect::get(&self.0, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    /// `entry[key][series][index]`.
    fn item(&self, key: &str, series: usize, index: usize) -> JsValue {
        let series = js_sys::Reflect::get_u32(&self.get(key), series as u32).unwrap_or(JsValue::UNDEFINED);
        js_sys::Reflect::get_u32(&series, index as u32).unwrap_or(JsValue::UNDEFINED)
    }

    fn option(&self) -> JsValue {
        self.get("option")
    }

    /// The place of a data item, if it stands for one.
    pub fn place_at(&self, series: usize, index: usize) -> Option<String> {
        self.item("places", series, index).as_string()
    }

    /// Every data item that stands for `place`, as (series, data index).
    pub fn items_of(&self, place: &str) -> Vec<(usize, usize)> {
        let arrays = |v: JsValue| js_sys::Array::is_array(&v).then(|| v.unchecked_into::<js_sys::Array>());
        let mut out = Vec::new();
        let Some(all) = arrays(self.get("places")) else { return out };
        for (s, series) in all.iter().enumerate() {
            let Some(series) = arrays(series) else { continue };
            for (d, p) in series.iter().enumerate() {
                if p.as_string().as_deref() == Some(place) {
                    out.push((s, d));
                }
            }
        }
        out
    }

    /// The tooltip's HTML (escaped by the build).
    pub fn tooltip(&self, series: usize, index: usize) -> String {
        self.item("tooltips", series, index).as_string().unwrap_or_default()
    }

    /// The signature of all the option draws but its series (`crates/build/src/charts.rs`).
    pub fn frame(&self) -> String {
        self.get("frame").as_string().unwrap_or_default()
    }

    /// The text alternative, listing every item the chart draws.
    pub fn description(&self) -> String {
        self.get("description").as_string().unwrap_or_default()
    }
}
