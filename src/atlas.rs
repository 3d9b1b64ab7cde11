//! The atlas's loaded state: the validated dataset and the projected map, built once at start-up,
//! and the pure rules of moving between divisions.

use crate::data::{self, Dataset};
use crate::geo::{MapGeometry, Shape};
use crate::measures::{self, Measure};
use crate::model::Place;

/// The shapes `build.rs` projected from `data/hunan.geojson`.
mod projected {
    include!(concat!(env!("OUT_DIR"), "/map_shapes.rs"));
}

pub struct Atlas {
    pub data: Dataset,
    pub map: MapGeometry,
    /// What can colour the map, computed once (the panel's charts read them on every selection).
    pub measures: Vec<Measure>,
}

impl Atlas {
    /// Loads the embedded dataset and boundaries. `build.rs` has validated the data, so an error
    /// here means a build that skipped it; it is reported on the page rather than panicking.
    pub fn load() -> Result<Atlas, String> {
        let data = data::parse(data::embedded_files())
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
        let shapes = projected::SHAPES
            .iter()
            .map(|&(adcode, path, label, area_km2)| Shape { adcode: adcode.into(), path: path.into(), label, area_km2 })
            .collect();
        let map = MapGeometry { width: projected::WIDTH, height: projected::HEIGHT, shapes };
        let measures = measures::measures(&data);
        Ok(Atlas { data, map, measures })
    }

    /// The divisions that have a boundary, in adcode order (the order keyboard arrows follow).
    pub fn divisions(&self) -> Vec<&Place> {
        self.map.shapes.iter().filter_map(|s| self.data.place_by_adcode(&s.adcode)).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_14_divisions_that_all_have_places() {
        let atlas = Atlas::load().unwrap();
        let ids: Vec<&str> = atlas.divisions().iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), 14);
        assert_eq!(ids[0], "changsha");
        assert_eq!(ids[13], "xiangxi");
    }

    #[test]
    fn steps_wrap_around_and_start_at_the_ends() {
        let atlas = Atlas::load().unwrap();
        assert_eq!(atlas.step(None, 1).unwrap().id, "changsha");
        assert_eq!(atlas.step(None, -1).unwrap().id, "xiangxi");
        assert_eq!(atlas.step(Some("changsha"), 1).unwrap().id, "zhuzhou");
        assert_eq!(atlas.step(Some("changsha"), -1).unwrap().id, "xiangxi");
        assert_eq!(atlas.step(Some("xiangxi"), 1).unwrap().id, "changsha");
    }

    #[test]
    fn label_points_lie_inside_the_frame() {
        let atlas = Atlas::load().unwrap();
        for s in &atlas.map.shapes {
            assert!(s.label.0 > 0.0 && s.label.0 < atlas.map.width, "{}", s.adcode);
            assert!(s.label.1 > 0.0 && s.label.1 < atlas.map.height, "{}", s.adcode);
        }
    }
}
