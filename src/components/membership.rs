//! A class the sources name places in (a threshold, such as the 100-billion-yuan clusters): its
//! members as a list, each with its source, never as bars of equal length.

use super::figure_card::Quote;
use atlas_core::data::Dataset;
use atlas_core::explorer::Membership;
use atlas_core::lang::Lang;
use atlas_core::messages;
use atlas_core::model::PlaceKind;
use atlas_core::numbers::value;
use leptos::prelude::*;

#[component]
pub fn MembershipList(
    data: &'static Dataset,
    membership: Membership<'static>,
    on_select: Callback<Option<String>>,
    lang: Lang,
) -> impl IntoView {
    let m = messages::of(lang);
    let threshold = membership.members.first().map(|f| value(f, &data.terms, lang)).unwrap_or_default();
    let members = membership
        .members
        .iter()
        .map(|f| {
            let place = data.place(&f.place);
            let name = place.map_or(f.place.clone(), |p| p.name(lang).to_string());
            let is_division = place.is_some_and(|p| p.kind != PlaceKind::Province);
            let id = f.place.clone();
            let who = if is_division {
                view! { <button type="button" class="link" on:click=move |_| on_select.run(Some(id.clone()))>{name}</button> }
                    .into_any()
            } else {
                view! { <span>{name} " (" {m.no_division} ")"</span> }.into_any()
            };
            view! {
                <li data-place=f.place.clone()>
                    {who}
                    {(!f.subplace.is_empty()).then(|| format!("{}{}", if lang == Lang::Zh { "\u{ff1a}" } else { ": " }, f.subplace.get(lang)))}
                    " (" {f.period.clone()} ")"
                    <Quote data figure=f lang />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="membership" aria-label=membership.label>
            <h3>{membership.label} " (" {threshold} ")"</h3>
            <p class="membership-note">{m.membership_note}</p>
            <ul class="members">{members}</ul>
        </section>
    }
}
