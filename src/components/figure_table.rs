//! The figures of a place as a table: the text alternative to the charts.

use super::folded::Folded;
use atlas_core::charts::options::source_label;
use atlas_core::data::Dataset;
use atlas_core::lang::Lang;
use atlas_core::model::Figure;
use atlas_core::numbers::value;
use leptos::prelude::*;

#[component]
pub fn FigureTable(data: &'static Dataset, figures: Vec<&'static Figure>) -> impl IntoView {
    let rows = figures
        .into_iter()
        .map(|f| {
            view! {
                <tr>
                    <td>{f.indicator.en.clone()} {(!f.subplace.is_empty()).then(|| format!(" ({})", f.subplace.en))}</td>
                    <td class="num">{value(f, &data.terms, Lang::En)}</td>
                    <td>{f.period.clone()}</td>
                    <td>{data.terms.topic(f.topic, Lang::En).to_string()}</td>
                    <td>
                        <Folded class="quote" summary=source_label(data, &f.source)>
                            <blockquote>{format!("\u{201c}{}\u{201d}", f.quote)}</blockquote>
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
                        <th scope="col">"Figure"</th>
                        <th scope="col">"Value"</th>
                        <th scope="col">"Period"</th>
                        <th scope="col">"Topic"</th>
                        <th scope="col">"Source"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
