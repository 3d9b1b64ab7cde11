//! The view: components render state and send events; the logic they use lives in the pure core.

pub mod app;
pub mod chart_view;
pub mod map;
pub mod panel;
