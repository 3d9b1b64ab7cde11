//! The view: components render state and send events; the logic they use lives in the pure core.

pub mod app;
pub mod chart_view;
pub mod legend;
pub mod map;
pub mod map_summary;
pub mod panel;
pub mod search;
pub mod share;
pub mod topic_section;
