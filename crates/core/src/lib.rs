//! The atlas's pure core: what the app runs. The dataset and its packed reader, the measures that
//! colour the map, the panel's model and HTML parts, the view's state in the URL, numbers,
//! messages and search matching. No DOM, no chart library and no CSV reader: the same code runs in
//! the app (compiled to wasm), in the build (crates/build, which prepares everything that depends
//! only on the data) and in native tests, which read the atlas as the app does (`atlas::for_tests`).

pub mod atlas;
pub mod chart_loader;
pub mod charts;
pub mod citation;
pub mod data;
pub mod embed;
pub mod explorer;
pub mod html;
pub mod lang;
pub mod measures;
pub mod messages;
pub mod model;
pub mod numbers;
pub mod pages;
pub mod parts;
pub mod redraw;
pub mod search;
pub mod url_state;
pub mod view_state;

/// Every item of `items`, or `None` if one is `None`: what `collect::<Option<Vec<_>>>()` does, as
/// a plain loop (the standard library's adapter for it put a copy of its machinery in the wasm
/// for each list the packed dataset reads).
pub fn every<T>(items: impl IntoIterator<Item = Option<T>>) -> Option<Vec<T>> {
    let mut out = Vec::new();
    for item in items {
        out.push(item?);
    }
    Some(out)
}

/// Sorts a short list by `compare`, keeping equal items in their order (an insertion sort: the
/// atlas sorts at most a few dozen bars or places; each use of the standard library's sort
/// would put another copy of its code in the wasm).
pub fn sort_short_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j], &items[j - 1]).is_lt() {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            super::sort_short_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = items;
            std.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std);
        }
    }
}
