//! The panel beside the map: the province or the selected division, its headline figures, its
//! charts (or the same figures as a table), its highlights and every figure with its source.

use super::chart_view::ChartView;
use super::figure_card::{FigureCard, Quote};
use super::figure_table::FigureTable;
use super::folded::Folded;
use super::highlights::Highlights;
use super::membership::MembershipList;
use atlas_core::atlas::Atlas;
use atlas_core::explorer::PlaceView;
use atlas_core::model::{Topic, group_thousands};
use atlas_core::url_state::View;
use leptos::prelude::*;

#[component]
pub fn Panel(
    atlas: &'static Atlas,
    #[prop(into)] selected: Signal<Option<String>>,
    #[prop(into)] view: Signal<View>,
    hovered: RwSignal<Option<String>>,
    on_select: Callback<Option<String>>,
    on_view: Callback<View>,
) -> impl IntoView {
    let data = &atlas.data;
    // Built once per selection (cards, charts and lists all read it).
    let model = Memo::new(move |_| PlaceView::new(atlas, selected.get().as_deref()));
    let place_view = move || model.get();
    let charts = Memo::new(move |_| place_view().map(|v| v.charts).unwrap_or_default());
    let keys = move || charts.with(|cs| cs.iter().map(|c| c.key.clone()).collect::<Vec<_>>());

    let head = move || {
        place_view().map(|v| {
            let p = v.place;
            let area =
                (!v.is_province).then(|| atlas.area_km2(&p.id).map(|a| group_thousands(&format!("{a:.0}")))).flatten();
            let summary = match (v.figures.len(), v.highlights.len()) {
                (0, 0) => {
                    format!(
                        "The five source articles say nothing about {}: no figures, no highlights. {ELSEWHERE}",
                        p.name_en
                    )
                }
                (0, h) => format!(
                    "The sources give no figures for {}, only {h} highlight{}. {ELSEWHERE}",
                    p.name_en,
                    plural(h)
                ),
                (n, h) => format!("{n} figure{} and {h} highlight{} in the sources.", plural(n), plural(h)),
            };
            view! {
                <div class="panel-head">
                    <h2>{p.name_en.clone()} " " <span lang="zh">{p.name_zh.clone()}</span></h2>
                    <p class="kind">
                        {p.official_en.clone()} " \u{b7} " <span lang="zh">{p.official_zh.clone()}</span>
                        {area.map(|a| format!(" \u{b7} about {a} km\u{b2}"))}
                    </p>
                    <p class="summary" data-figures=v.figures.len()>{summary}</p>
                    {(!v.is_province).then(|| view! {
                        <button type="button" class="back" on:click=move |_| on_select.run(None)>
                            "\u{2190} Whole province"
                        </button>
                    })}
                </div>
                {(!v.silent.is_empty()).then(|| view! {
                    <p class="silent">
                        "No figures in the sources for: "
                        {v.silent.iter().map(|p| p.name_en.clone()).collect::<Vec<_>>().join(", ")} "."
                    </p>
                })}
                {(!v.cards.is_empty()).then(|| view! {
                    <h3>{if v.is_province { "Headline figures, one per topic" } else { "Figures" }}</h3>
                    <div class="cards">
                        {v.cards.iter().map(|f| view! { <FigureCard data figure=*f /> }).collect_view()}
                    </div>
                })}
            }
        })
    };

    let tabs = move || {
        let current = view.get();
        let tab = move |v: View, label: &'static str| {
            view! {
                <button type="button" class="tab" aria-pressed=(current == v).to_string() on:click=move |_| on_view.run(v)>
                    {label}
                </button>
            }
        };
        view! { <div class="tabs" role="group" aria-label="Show figures as">{tab(View::Charts, "Charts")} {tab(View::Table, "Table")}</div> }
    };

    let body = move || match view.get() {
        View::Charts => view! {
            <div class="charts">
                <For each=keys key=|k| k.clone() let:key>
                    <ChartView
                        spec=Memo::new(move |_| charts.with(|cs| cs.iter().find(|c| c.key == key).cloned()))
                        hovered
                        on_select
                    />
                </For>
            </div>
        }
        .into_any(),
        View::Table => place_view().map(|v| view! { <FigureTable data figures=v.figures /> }).into_any(),
    };

    let rest = move || {
        place_view().map(|v| {
            let has_figures = !v.figures.is_empty();
            let all = v.is_province.then(|| {
                Topic::ALL
                    .iter()
                    .filter_map(|t| {
                        let of_topic: Vec<_> = v.figures.iter().filter(|f| f.topic == *t).copied().collect();
                        (!of_topic.is_empty()).then(|| {
                            view! {
                                <Folded class="topic" summary=format!("{} ({})", t.label(), of_topic.len())>
                                    <ul class="figure-list">
                                        {of_topic.iter().map(|f| view! {
                                            <li>
                                                <span class="fl-label">{f.indicator.clone()}</span> ": "
                                                <strong>{f.display_value()}</strong> " (" {f.period.clone()} ")"
                                                <Quote data figure=f />
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                </Folded>
                            }
                        })
                    })
                    .collect_view()
            });
            let memberships = v
                .memberships
                .into_iter()
                .map(|membership| view! { <MembershipList data membership on_select /> })
                .collect_view();
            view! {
                {memberships}
                {(!v.highlights.is_empty()).then(|| view! { <h3>"Highlights"</h3> })}
                <Highlights data highlights=v.highlights />
                {(v.is_province && has_figures).then(|| view! { <h3>"Every figure of the province, by topic"</h3> })}
                {all}
            }
        })
    };

    view! {
        {head}
        <Show when=move || !charts.with(Vec::is_empty)>
            {tabs}
            {body}
        </Show>
        {rest}
    }
}

/// Where a reader of a silent division can still look.
const ELSEWHERE: &str = "Figures for the province as a whole are in the province view.";

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
