//! The view: components render state and send events; the logic they use lives in the pure core.

pub mod app;
pub mod chart_view;
pub mod figure_card;
pub mod figure_table;
pub mod folded;
pub mod highlights;
pub mod legend;
pub mod map;
pub mod map_summary;
pub mod membership;
pub mod panel;
pub mod share;
pub mod topic_section;
