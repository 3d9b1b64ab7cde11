//! The panel beside the map: the selected division (or the province) and its charts.

use super::chart_view::ChartView;
use crate::atlas::Atlas;
use crate::charts::options;
use crate::model::group_thousands;
use leptos::prelude::*;

#[component]
pub fn Panel(
    atlas: &'static Atlas,
    #[prop(into)] selected: Signal<Option<String>>,
    hovered: RwSignal<Option<String>>,
    on_select: Callback<Option<String>>,
) -> impl IntoView {
    let place = Memo::new(move |_| selected.get().and_then(|id| atlas.data.place(&id).cloned()));
    let area_chart = Signal::derive(move || {
        let rows = atlas
            .divisions()
            .into_iter()
            .filter_map(|p| {
                atlas.area_km2(p).map(|a| {
                    (p, a.round(), format!("{}\n{} km²", p.name_en, group_thousands(&format!("{}", a.round()))))
                })
            })
            .collect();
        options::ranked_bars(
            "area",
            "Land area by division, km² (computed from the simplified boundaries)",
            "km²",
            rows,
            selected.get().as_deref(),
        )
    });

    view! {
        <div class="panel-head">
            {move || match place.get() {
                Some(p) => view! {
                    <h2>{p.name_en.clone()} " " <span lang="zh">{p.name_zh.clone()}</span></h2>
                    <p class="kind">{p.official_en.clone()} " \u{b7} " <span lang="zh">{p.official_zh.clone()}</span></p>
                    <button type="button" class="back" on:click=move |_| on_select.run(None)>"\u{2190} Whole province"</button>
                }.into_any(),
                None => view! {
                    <h2>"Hunan " <span lang="zh">"湖南"</span></h2>
                    <p class="kind">"Province \u{b7} 14 prefecture-level divisions"</p>
                }.into_any(),
            }}
        </div>
        <ChartView spec=area_chart hovered on_select />
    }
}
