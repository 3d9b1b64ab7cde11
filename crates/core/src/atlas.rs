//! The atlas's loaded state: the validated dataset, each division's area and the measures that
//! can colour the map, built once; and the pure rules of moving between divisions.

use crate::charts::ChartIndex;
use crate::data::Dataset;
use crate::measures::Measure;
use crate::model::Place;

pub struct Atlas {
    pub data: Dataset,
    /// (place id, area in km²) of each division, from the boundaries.
    pub areas: Vec<(String, f64)>,
    /// What can colour the map, computed once by the build (the panel reads them on every
    /// selection).
    pub measures: Vec<Measure>,
    /// Every chart of every view (where it goes, its title, height and kind): built by the build
    /// (`charts::index`) and read from the packed dataset; empty until set.
    pub charts: ChartIndex,
}

impl Atlas {
    /// The atlas of a dataset and the measures the build computed from it.
    pub fn new(data: Dataset, areas: Vec<(String, f64)>, measures: Vec<Measure>) -> Atlas {
        Atlas { data, areas, measures, charts: ChartIndex::default() }
    }

    /// The area of a division in km², from its boundary.
    pub fn area_km2(&self, place: &str) -> Option<f64> {
        self.areas.iter().find(|(id, _)| id == place).map(|(_, a)| *a)
    }

    /// The 14 divisions, in adcode order (the order keyboard arrows follow).
    pub fn divisions(&self) -> Vec<&Place> {
        self.data.divisions().collect()
    }

    /// The division `step` places after `from` (wrapping), or the first/last when none has focus.
    pub fn step(&self, from: Option<&str>, step: isize) -> Option<&Place> {
        let all = self.divisions();
        let n = all.len() as isize;
        if n == 0 {
            return None;
        }
        let at = from.and_then(|id| all.iter().position(|p| p.id == id));
        let next = match at {
            Some(i) => (i as isize + step).rem_euclid(n),
            None if step >= 0 => 0,
            None => n - 1,
        };
        all.get(next as usize).copied()
    }
}

/// The real atlas for native tests, read as the app reads it: the build (a dev-dependency) loads
/// and checks `data/` and writes the app's files (the packed dataset with the chart index and
/// the measures, the passages); they are read back here, the passages set as once they arrived.
#[cfg(test)]
pub fn for_tests() -> Atlas {
    let files = test_files();
    let (data, charts, measures) = crate::data::packed::read(&files.dataset).expect("the packed dataset reads");
    let passages = crate::data::packed::read_passages(&files.passages).expect("the passages read");
    let _ = data.passages.set(passages);
    let mut atlas = Atlas::new(data, files.areas.clone(), measures);
    atlas.charts = charts;
    atlas
}

/// The app's files as the build writes them from this checkout's `data/`.
#[cfg(test)]
pub fn test_files() -> &'static atlas_build::AppFiles {
    static FILES: std::sync::OnceLock<atlas_build::AppFiles> = std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let loaded = atlas_build::load(&root).unwrap_or_else(|e| panic!("data/ is invalid: {}", e[0]));
        atlas_build::app_files(&loaded).unwrap_or_else(|e| panic!("{}", e[0]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_14_divisions_in_adcode_order() {
        let atlas = for_tests();
        let ids: Vec<&str> = atlas.divisions().iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), 14);
        assert_eq!(ids[0], "changsha");
        assert_eq!(ids[13], "xiangxi");
    }

    #[test]
    fn steps_wrap_around_and_start_at_the_ends() {
        let atlas = for_tests();
        assert_eq!(atlas.step(None, 1).unwrap().id, "changsha");
        assert_eq!(atlas.step(None, -1).unwrap().id, "xiangxi");
        assert_eq!(atlas.step(Some("changsha"), 1).unwrap().id, "zhuzhou");
        assert_eq!(atlas.step(Some("changsha"), -1).unwrap().id, "xiangxi");
        assert_eq!(atlas.step(Some("xiangxi"), 1).unwrap().id, "changsha");
    }

    #[test]
    fn every_division_has_an_area() {
        let atlas = for_tests();
        // Changsha is about 11,819 km² (official figure); simplification moves it by under 3 %.
        let changsha = atlas.area_km2("changsha").unwrap();
        assert!((changsha - 11_819.0).abs() / 11_819.0 < 0.03, "{changsha}");
        assert!(atlas.divisions().iter().all(|p| atlas.area_km2(&p.id).is_some()));
        assert_eq!(atlas.area_km2("hunan"), None);
    }
}
