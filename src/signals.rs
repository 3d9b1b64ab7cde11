//! A helper the components share for their signals, below them all.

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
