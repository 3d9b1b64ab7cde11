//! One ECharts chart: created when it first comes near the viewport (loading ECharts and the
//! chart file of its language then if need be), redrawn in place when it changes, resized with
//! its container, disposed when it leaves the page. Linked to the map both ways. What it draws,
//! its items' places, tooltips and description are the build's (`charts-<lang>.json`).

use crate::browser::{self, Watch};
use crate::context::{Echarts, use_lang, words_in};
use crate::echarts::{ChartEntry, Handlers, LiveChart};
use crate::signals::set_if_changed;
use atlas_core::chart_loader;
use atlas_core::charts::ChartRef;
use atlas_core::messages;
use atlas_core::redraw::{self, When};
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ChartView(
    #[prop(into)] spec: Signal<Option<Arc<ChartRef>>>,
    hovered: RwSignal<Option<String>>,
    on_select: Callback<Option<String>>,
) -> impl IntoView {
    let el = NodeRef::<html::Div>::new();
    let frame = NodeRef::<html::Figure>::new();
    let live = StoredValue::new_local(None::<LiveChart>);
    let resizes = StoredValue::new_local(None::<Watch<web_sys::ResizeObserver>>);
    // The size of the canvas when the chart was last laid out.
    let laid_out = StoredValue::new((0, 0));
    let nearness = StoredValue::new_local(None::<Watch<web_sys::IntersectionObserver>>);
    // Whether the chart is near the viewport (see `browser::watch_nearness`): only then is it drawn.
    let near = RwSignal::new(false);
    // The chart last drawn, and its entry in the chart file, to map an event's (series, index)
    // back to a place.
    let drawn = StoredValue::new(None::<Arc<ChartRef>>);
    let entry = StoredValue::new_local(None::<ChartEntry>);
    // Its text alternative, once its entry is read.
    let description = RwSignal::new(None::<String>);
    // The items emphasised now (a redraw clears them).
    let emphasised = StoredValue::new(Vec::<(usize, usize)>::new());
    let echarts = use_context::<Echarts>();
    // What it draws and its own words (PNG, loading, retry) follow its chart's language
    // (`ChartRef::lang`), so a language switch redraws and relabels the same instances. Not the
    // page's language: an effect that read that long-lived signal would stay among its
    // subscribers after the view is gone (see e2e/memory.test.mjs); the chart's is its own.
    let page_lang = use_lang().get_untracked();
    let lang_of = move || spec.with_untracked(|s| s.as_ref().map(|s| s.lang)).unwrap_or(page_lang);
    let chart_lang = Signal::derive(move || spec.with(|s| s.as_ref().map(|s| s.lang)).unwrap_or(page_lang));
    let m = move || messages::of(chart_lang.get());
    // Whether ECharts and the chart file are in. A memo: the loader also reports failures, which
    // must not re-run the effects below (the one that asks would ask again at once, in a loop while
    // offline; the reader's Retry or scroll asks again). The loader is tracked only until they are
    // in, which happens once a language: charts come and go with selections, and a dropped effect
    // stays among the subscribers of what it read (see e2e/memory.test.mjs).
    let ready = Memo::new(move |_| {
        let lang = chart_lang.get();
        echarts.is_some_and(|e| e.loader.with_untracked(|l| l.ready(lang)) || e.loader.with(|l| l.ready(lang)))
    });
    let failed = RwSignal::new(None::<String>);
    // Why ECharts or the chart file could not be loaded; not tracked once they are (see `ready`).
    let load_error = move || {
        if ready.get() {
            return None;
        }
        let lang = lang_of();
        let why = echarts.and_then(|e| e.loader.with(|l| l.failed(lang).map(str::to_string)));
        why.map(|e| (m().charts_error)(&e))
    };

    // Events can still arrive between this view's cleanup and the chart's disposal.
    let place_at =
        move |s: usize, d: usize| entry.try_with_value(|e| e.as_ref().and_then(|e| e.place_at(s, d))).flatten();

    // Creates the chart on first use and draws `target`; does nothing once the view is gone (it
    // runs a frame later, when the component may have been disposed: hence the `try_`s).
    // `measure`: whether to read the canvas's size from the page (after a paint, where it costs
    // nothing), or else take it as known (in a click).
    let draw = move |target: Arc<ChartRef>, measure: bool| {
        let Some(Some(div)) = el.try_get_untracked() else { return };
        let result = live.try_update_value(|slot| {
            if slot.is_none() {
                let handlers = Handlers {
                    click: Box::new(move |s, d| {
                        if let Some(place) = place_at(s, d) {
                            on_select.run(Some(place));
                        }
                    }),
                    hover: Box::new(move |item| set_if_changed(hovered, item.and_then(|(s, d)| place_at(s, d)))),
                };
                *slot = Some(LiveChart::new(&div, handlers)?);
                let watch = browser::watch_size(&div, {
                    let div = div.clone();
                    move || {
                        // A chart waiting to be redrawn takes its new size then.
                        let current = spec.try_with_untracked(|s| s.clone()).flatten();
                        if drawn.try_with_value(|d| redraw::waiting(d.as_ref(), current.as_ref())) == Some(true) {
                            return;
                        }
                        // The observer also reports the size the chart already has (at first,
                        // and for changes elsewhere on the page): lay it out again only if new.
                        let size = (div.client_width(), div.client_height());
                        if laid_out.try_get_value() != Some(size) {
                            laid_out.try_set_value(size);
                            live.try_with_value(|c| c.as_ref().map(LiveChart::resize));
                        }
                    }
                });
                resizes.try_set_value(watch);
            }
            let measured = || (div.client_width(), div.client_height());
            let size = redraw::canvas_size(laid_out.try_get_value(), measure, target.height, measured);
            if laid_out.try_get_value() != Some(size) {
                laid_out.try_set_value(size);
                if let Some(chart) = slot.as_ref() {
                    chart.resize_to(size);
                }
            }
            let lang = target.lang;
            let found = echarts
                .and_then(|e| {
                    e.charts.try_with_value(|files| {
                        files.iter().find(|(l, _)| *l == lang).and_then(|(_, f)| f.entry(&target.view, &target.key))
                    })
                })
                .flatten()
                .ok_or_else(|| (messages::of(lang).chart_missing)(&target.key, &target.view))?;
            if let Some(chart) = slot.as_ref() {
                chart.draw(&target.key, &found, f64::from(size.0))?;
            }
            Ok(found)
        });
        match result {
            Some(Err(e)) => {
                failed.try_set(Some(e));
            }
            Some(Ok(found)) => {
                description.try_set(Some(found.description()));
                entry.try_set_value(Some(found));
                drawn.try_set_value(Some(target));
                emphasised.try_set_value(Vec::new());
            }
            None => {}
        }
    };

    Effect::new(move |_| {
        // The figure, not the canvas: off screen, the figure's content is not laid out.
        if let Some(figure) = frame.get()
            && nearness.with_value(Option::is_none)
        {
            nearness.set_value(browser::watch_nearness(&figure, move |is_near| {
                near.try_set(is_near);
            }));
        }
    });

    // The first chart to come near the viewport fetches ECharts, and the first of a language
    // its chart file.
    Effect::new(move |_| {
        spec.track();
        if near.get()
            && let Some(e) = echarts
            && !ready.get()
        {
            e.send.run(chart_loader::Event::Want(lang_of()));
        }
    });

    // When to draw is `redraw`'s decision: now, in the frame of the click, for a chart in view;
    // after the paint for one out of sight (so that ECharts' code is compiled, its first draw
    // being the slowest, before a click needs it) and for the same chart in the other language.
    Effect::new(move |_| {
        let Some(wanted) = spec.get() else { return };
        if !ready.get() || el.get().is_none() {
            return;
        }
        let last = drawn.with_value(Clone::clone);
        match redraw::when(last.as_ref(), &wanted, near.get()) {
            When::Drawn => {}
            When::Now => draw(wanted, false),
            When::AfterPaint { off_screen } => browser::after_paint(move || {
                let current = spec.try_with_untracked(|s| s.clone()).flatten();
                let Some(last) = drawn.try_get_value() else { return };
                let has_width = || el.try_get_untracked().flatten().is_some_and(|div| div.client_width() > 0);
                if redraw::still_to_draw(&wanted, current.as_ref(), last.as_ref(), off_screen, has_width) {
                    draw(wanted, true);
                }
            }),
        }
    });

    // Hovering a division on the map emphasises its bars here, after the next paint: ECharts
    // repaints a chart for every emphasis, which must not hold up the frame of a click. Only
    // changes are sent.
    Effect::new(move |_| {
        let place = hovered.get();
        browser::after_paint(move || {
            let items = entry
                .try_with_value(|e| match (e, &place) {
                    (Some(e), Some(place)) => e.items_of(place),
                    _ => Vec::new(),
                })
                .unwrap_or_default();
            if emphasised.try_with_value(|e| *e != items) == Some(true) {
                live.try_with_value(|chart| chart.as_ref().map(|c| c.emphasise(&items)));
                emphasised.try_set_value(items);
            }
        });
    });

    let save_png = move || {
        let key = spec.with_untracked(|s| s.as_ref().map(|s| s.key.clone())).unwrap_or_default();
        live.with_value(|c| {
            if let Some(c) = c {
                crate::browser::download_url(&format!("hunan-atlas-{key}.png"), &c.png_data_url());
            }
        });
    };

    on_cleanup(move || {
        resizes.try_update_value(Option::take);
        nearness.try_update_value(Option::take);
        // Dropping the chart disposes the ECharts instance and its listeners: after the next
        // paint, so that leaving a view with many charts does not delay the frame that shows the
        // new one.
        if let Some(Some(chart)) = live.try_update_value(Option::take) {
            browser::after_paint(move || drop(chart));
        }
    });

    view! {
        <figure
            class="chart"
            node_ref=frame
            data-chart=move || spec.with(|s| s.as_ref().map(|s| s.key.clone()))
            // Its size while off screen and skipped (see style/main.css): caption and canvas.
            style:contain-intrinsic-size=move || spec.with(|s| s.as_ref().map(|s| format!("auto {}px", s.height + 36)))
        >
            <figcaption>
                <span>{move || spec.with(|s| s.as_ref().map(|s| s.title.clone()))}</span>
                <button type="button" class="png" title=words_in(chart_lang, |m| m.save_png) on:click=move |_| save_png()>
                    "PNG"
                </button>
            </figcaption>
            <div
                class="chart-canvas"
                node_ref=el
                role="img"
                // The build's description once the chart file is in; until then its title.
                aria-label=move || description.get().or_else(|| spec.with(|s| s.as_ref().map(|s| s.title.clone())))
                style:height=move || spec.with(|s| s.as_ref().map(|s| format!("{}px", s.height)))
            >
                <p class="chart-loading" hidden=ready>{words_in(chart_lang, |m| m.chart_loading)}</p>
            </div>
            <p class="error" hidden=move || failed.get().is_none() && load_error().is_none()>{move || failed.get().or_else(load_error)}</p>
            // A download that failed can be asked for again; a chart the build lacks cannot.
            <button
                type="button"
                class="retry"
                hidden=move || load_error().is_none()
                on:click=move |_| { if let Some(e) = echarts { e.send.run(chart_loader::Event::Retry(lang_of())) } }
            >
                {words_in(chart_lang, |m| m.retry)}
            </button>
        </figure>
    }
}
