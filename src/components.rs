//! The view: components render state and send events; the logic they use lives in the pure core.

pub mod app;
pub mod chart_view;
pub mod figure_card;
pub mod figure_table;
pub mod folded;
pub mod highlights;
pub mod legend;
pub mod map;
pub mod panel;
pub mod share;

use leptos::prelude::{RwSignal, Update};

/// Sets `signal` only if `value` differs, so that readers do not re-run for nothing (moving the
/// pointer within a division, or focusing the division it is over, changes nothing).
pub fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    signal.maybe_update(|current| {
        let changed = *current != value;
        if changed {
            *current = value;
        }
        changed
    });
}
