//! The figures of a place as a table: the text alternative to the charts.

use super::figure_card::Passage;
use super::folded::Folded;
use atlas_core::charts::options::source_label;
use atlas_core::data::Dataset;
use atlas_core::lang::Lang;
use atlas_core::messages;
use atlas_core::model::Figure;
use atlas_core::numbers::{as_stated, value};
use leptos::prelude::*;

#[component]
pub fn FigureTable(data: &'static Dataset, figures: Vec<&'static Figure>, lang: Lang) -> impl IntoView {
    let m = messages::of(lang);
    let rows = figures
        .into_iter()
        .map(|f| {
            let shown = value(f, &data.terms, lang);
            let shifted = shown != as_stated(f, &data.terms, lang);
            let stated = as_stated(f, &data.terms, Lang::En);
            view! {
                <tr>
                    <td>{f.indicator.get(lang).to_string()} {(!f.subplace.is_empty()).then(|| format!("{}{}{}", m.parens.0, f.subplace.get(lang), m.parens.1))}</td>
                    // The value as the source states it stays beside one shown in other units.
                    <td class="num">{shown.clone()} {shifted.then(|| view! { <br /><span class="stated">{m.as_stated} {m.colon} <span lang="en">{stated}</span></span> })}</td>
                    <td>{f.period.clone()}</td>
                    <td>{data.terms.topic(f.topic, lang).to_string()}</td>
                    <td>
                        <Folded class="quote" summary=source_label(data, &f.source, lang)>
                            <Passage quote=&f.quote translation=&f.quote_zh lang />
                        </Folded>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="figures">
                <thead>
                    <tr>
                        <th scope="col">{m.col_figure}</th>
                        <th scope="col">{m.col_value}</th>
                        <th scope="col">{m.col_period}</th>
                        <th scope="col">{m.col_topic}</th>
                        <th scope="col">{m.col_source}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
