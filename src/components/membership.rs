//! A class the sources name places in (a threshold, such as the 100-billion-yuan clusters): its
//! members as a list, each with its source, never as bars of equal length.

use super::figure_card::Quote;
use atlas_core::data::Dataset;
use atlas_core::explorer::Membership;
use atlas_core::lang::Lang;
use atlas_core::model::PlaceKind;
use atlas_core::numbers::value;
use leptos::prelude::*;

#[component]
pub fn MembershipList(
    data: &'static Dataset,
    membership: Membership<'static>,
    on_select: Callback<Option<String>>,
) -> impl IntoView {
    let threshold = membership.members.first().map(|f| value(f, &data.terms, Lang::En)).unwrap_or_default();
    let members = membership
        .members
        .iter()
        .map(|f| {
            let place = data.place(&f.place);
            let name = place.map_or(f.place.clone(), |p| p.name_en.clone());
            let is_division = place.is_some_and(|p| p.kind != PlaceKind::Province);
            let id = f.place.clone();
            let who = if is_division {
                view! { <button type="button" class="link" on:click=move |_| on_select.run(Some(id.clone()))>{name}</button> }
                    .into_any()
            } else {
                view! { <span>{name} " (no division named)"</span> }.into_any()
            };
            view! {
                <li data-place=f.place.clone()>
                    {who}
                    {(!f.subplace.is_empty()).then(|| format!(": {}", f.subplace.en))}
                    " (" {f.period.clone()} ")"
                    <Quote data figure=f />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="membership" aria-label=membership.label>
            <h3>{membership.label} " (" {threshold} ")"</h3>
            <p class="membership-note">
                "The sources name these members; it is a class, not a measured amount. Colour the map by it to see where they are."
            </p>
            <ul class="members">{members}</ul>
        </section>
    }
}
