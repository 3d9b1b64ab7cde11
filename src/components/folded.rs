//! A `<details>` whose body is built the first time it is opened: while closed it costs one
//! summary, so a selection does not build hundreds of nodes the reader has not asked for.

use leptos::prelude::*;

#[component]
pub fn Folded<S: IntoView + 'static>(class: &'static str, summary: S, children: ChildrenFn) -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <details
            class=class
            on:toggle=move |ev| {
                if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
                    opened.set(true);
                }
            }
        >
            <summary>{summary}</summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}
