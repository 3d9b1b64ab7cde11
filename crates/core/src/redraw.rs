//! When a chart's view (src/components/chart_view.rs) draws its chart, and at what size: pure
//! decisions over the chart wanted, the chart last drawn and where the chart is, which the
//! component follows.
//!
//! A chart in view is drawn in the frame of the click that changed it (its option is the build's,
//! so drawing is ECharts' work alone, which the frame has room for). A chart out of sight is drawn
//! after that frame, so that a reader who scrolls to it finds it drawn. The same chart in the
//! other language is drawn after the frame that shows the page in it: a language switch changes
//! every text of the page, and that frame has no room for every chart's redraw too. Charts are
//! the same drawing only if they are the same `Arc` (a view built again draws again).

use crate::charts::ChartRef;
use std::sync::Arc;

/// When to draw the chart wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// It is drawn already: nothing to do.
    Drawn,
    /// Now, in the frame of the change.
    Now,
    /// After the next paint, if `still_to_draw` then. `off_screen`: it was out of view when
    /// asked for, so it may be hidden then (the table or a search is shown).
    AfterPaint { off_screen: bool },
}

/// When to draw `wanted`, `drawn` being the chart drawn last (`None`: none yet) and `near`
/// whether the chart is near the viewport.
pub fn when(drawn: Option<&Arc<ChartRef>>, wanted: &Arc<ChartRef>, near: bool) -> When {
    let relabelled = match drawn {
        Some(d) if Arc::ptr_eq(d, wanted) => return When::Drawn,
        Some(d) => d.key == wanted.key && d.view == wanted.view && d.lang != wanted.lang,
        None => false,
    };
    if near && !relabelled { When::Now } else { When::AfterPaint { off_screen: !near } }
}

/// After the paint that `When::AfterPaint` waited for: whether to draw `wanted` now. Not if
/// another chart is wanted meanwhile (`current`; its own turn draws it), nor if `wanted` has been
/// drawn meanwhile, nor if it was off screen and has no width now (it is hidden: there is nothing
/// to draw it at). `has_width` asks the page for its layout: it is called only if that decides.
pub fn still_to_draw(
    wanted: &Arc<ChartRef>,
    current: Option<&Arc<ChartRef>>,
    drawn: Option<&Arc<ChartRef>>,
    off_screen: bool,
    has_width: impl FnOnce() -> bool,
) -> bool {
    let still = current.is_some_and(|c| Arc::ptr_eq(c, wanted));
    let done = drawn.is_some_and(|d| Arc::ptr_eq(d, wanted));
    still && !done && (!off_screen || has_width())
}

/// Whether the chart shown waits for its redraw after the paint: `current` is wanted and `drawn`
/// is another. A resize then waits for that redraw, which lays the chart out at its new size
/// (laying the old one out now would be work in the click's frame).
pub fn waiting(drawn: Option<&Arc<ChartRef>>, current: Option<&Arc<ChartRef>>) -> bool {
    matches!((drawn, current), (Some(d), Some(c)) if !Arc::ptr_eq(d, c))
}

/// The size (width, height) to draw a chart of `height` at, `laid_out` being the size it was
/// last laid out at (`None` or `(0, 0)`: never). In a click (`measure` false), a chart laid out
/// before keeps its width (the resize observer follows any change) and takes the spec's height,
/// which its canvas has just been given: known without asking the browser to lay out the page in
/// the middle of the click. A new chart, or one drawn after a paint, is `measured`.
pub fn canvas_size(
    laid_out: Option<(i32, i32)>,
    measure: bool,
    height: u32,
    measured: impl FnOnce() -> (i32, i32),
) -> (i32, i32) {
    match laid_out {
        Some(before) if before != (0, 0) && !measure => (before.0, height as i32),
        _ => measured(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn chart(view: &str, key: &str, lang: Lang) -> Arc<ChartRef> {
        let (view, key, title) = (view.to_string(), key.to_string(), "A chart".to_string());
        Arc::new(ChartRef { view, key, title, height: 240, lang })
    }

    #[test]
    fn a_chart_in_view_is_drawn_now_and_one_out_of_sight_after_the_paint() {
        let wanted = chart("zhuzhou", "output", Lang::En);
        assert_eq!(when(None, &wanted, true), When::Now);
        assert_eq!(when(None, &wanted, false), When::AfterPaint { off_screen: true });
        let other = chart("zhuzhou", "parks", Lang::En);
        assert_eq!(when(Some(&other), &wanted, true), When::Now);
        assert_eq!(when(Some(&other), &wanted, false), When::AfterPaint { off_screen: true });
    }

    #[test]
    fn the_chart_drawn_is_not_drawn_again_but_the_same_chart_built_anew_is() {
        let wanted = chart("zhuzhou", "output", Lang::En);
        assert_eq!(when(Some(&wanted.clone()), &wanted, true), When::Drawn);
        assert_eq!(when(Some(&wanted), &wanted, false), When::Drawn);
        // Equal (same chart, view and language), but another instance.
        let again = chart("zhuzhou", "output", Lang::En);
        assert_eq!(when(Some(&again), &wanted, true), When::Now);
    }

    #[test]
    fn the_same_chart_in_the_other_language_waits_for_the_paint_even_in_view() {
        let english = chart("zhuzhou", "output", Lang::En);
        let chinese = chart("zhuzhou", "output", Lang::Zh);
        assert_eq!(when(Some(&english), &chinese, true), When::AfterPaint { off_screen: false });
        assert_eq!(when(Some(&english), &chinese, false), When::AfterPaint { off_screen: true });
        // Another view's chart of the same key is another chart.
        let elsewhere = chart("changsha", "output", Lang::En);
        assert_eq!(when(Some(&elsewhere), &chinese, true), When::Now);
    }

    #[test]
    fn after_the_paint_a_chart_is_drawn_if_still_wanted_not_drawn_and_shown() {
        let (wanted, other) = (chart("zhuzhou", "output", Lang::Zh), chart("zhuzhou", "output", Lang::En));
        let no_layout = || panic!("a chart that was in view is drawn without reading the layout");
        assert!(still_to_draw(&wanted, Some(&wanted), Some(&other), false, no_layout));
        assert!(still_to_draw(&wanted, Some(&wanted), None, false, no_layout));
        // Off screen: drawn only if it has a width (the table or a search hides it).
        assert!(still_to_draw(&wanted, Some(&wanted), None, true, || true));
        assert!(!still_to_draw(&wanted, Some(&wanted), None, true, || false));
        // Another chart wanted meanwhile, or none, or this one drawn meanwhile.
        assert!(!still_to_draw(&wanted, Some(&other), Some(&other), false, || true));
        assert!(!still_to_draw(&wanted, None, None, false, || true));
        assert!(!still_to_draw(&wanted, Some(&wanted), Some(&wanted), false, || true));
    }

    #[test]
    fn a_resize_waits_only_for_a_chart_that_awaits_its_redraw() {
        let (a, b) = (chart("zhuzhou", "output", Lang::En), chart("zhuzhou", "parks", Lang::En));
        assert!(waiting(Some(&a), Some(&b)));
        assert!(!waiting(Some(&a), Some(&a)));
        assert!(!waiting(None, Some(&a)), "nothing drawn: nothing to lay out");
        assert!(!waiting(Some(&a), None));
    }

    #[test]
    fn in_a_click_a_chart_drawn_before_keeps_its_width_and_takes_its_new_height() {
        let no_layout = || panic!("measured in a click");
        assert_eq!(canvas_size(Some((320, 180)), false, 240, no_layout), (320, 240));
        // After a paint, or never laid out: measured.
        assert_eq!(canvas_size(Some((320, 180)), true, 240, || (300, 240)), (300, 240));
        assert_eq!(canvas_size(None, false, 240, || (310, 240)), (310, 240));
        assert_eq!(canvas_size(Some((0, 0)), false, 240, || (290, 240)), (290, 240));
    }
}
