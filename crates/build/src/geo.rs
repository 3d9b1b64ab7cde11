//! Boundaries of the 14 divisions (`data/hunan.geojson`), projected once to SVG coordinates, with
//! label points and areas. The build projects the map once; the app receives only the result (the
//! prerendered map and the areas).

use serde::Deserialize;

/// Width of the map's SVG frame (its viewBox) and its margin; the height follows from the
/// projection. Whole units are about 0.65 px on a desktop screen.
pub const MAP_WIDTH: f64 = 1000.0;
pub const MAP_MARGIN: f64 = 15.0;

/// A lon/lat pair in degrees.
pub type LonLat = [f64; 2];
/// Polygons of rings of points; the first ring of a polygon is its outline, the others holes.
pub type MultiPolygon = Vec<Vec<Vec<LonLat>>>;

#[derive(Deserialize)]
struct Collection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: Properties,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct Properties {
    adcode: String,
    label: LonLat,
}

#[derive(Deserialize)]
struct Geometry {
    coordinates: MultiPolygon,
}

/// One division's boundary in degrees.
#[derive(Debug, Clone, PartialEq)]
pub struct Boundary {
    pub adcode: String,
    pub label: LonLat,
    pub polygons: MultiPolygon,
}

/// Reads the boundary file (a GeoJSON FeatureCollection of MultiPolygons); an error gives the
/// line of the file where reading stopped.
pub fn parse_boundaries(geojson: &str) -> Result<Vec<Boundary>, (usize, String)> {
    let c: Collection = serde_json::from_str(geojson).map_err(|e| (e.line(), e.to_string()))?;
    Ok(c.features
        .into_iter()
        .map(|f| Boundary { adcode: f.properties.adcode, label: f.properties.label, polygons: f.geometry.coordinates })
        .collect())
}

/// An equirectangular projection scaled by the cosine of the middle latitude (true to shape at
/// this size) that fits a bounding box into a `width`-wide frame with `margin` on every side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    lon0: f64,
    lat1: f64,
    kx: f64,
    ky: f64,
    margin: f64,
    pub width: f64,
    pub height: f64,
}

impl Projection {
    pub fn fit(boundaries: &[Boundary], width: f64, margin: f64) -> Projection {
        let points = boundaries.iter().flat_map(|b| b.polygons.iter().flatten().flatten());
        let (mut lon0, mut lat0, mut lon1, mut lat1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for [lon, lat] in points {
            lon0 = lon0.min(*lon);
            lon1 = lon1.max(*lon);
            lat0 = lat0.min(*lat);
            lat1 = lat1.max(*lat);
        }
        let cos = ((lat0 + lat1) / 2.0).to_radians().cos();
        let k = (width - 2.0 * margin) / ((lon1 - lon0) * cos);
        let height = (lat1 - lat0) * k + 2.0 * margin;
        Projection { lon0, lat1, kx: k * cos, ky: k, margin, width, height }
    }

    /// Screen coordinates (y down) of a point.
    pub fn project(&self, [lon, lat]: LonLat) -> (f64, f64) {
        (self.margin + (lon - self.lon0) * self.kx, self.margin + (self.lat1 - lat) * self.ky)
    }

    /// A compact SVG path for a multipolygon: whole units, each ring an absolute move then
    /// relative lines, under one `l` (SVG repeats the command for each further pair). Positions are rounded before differencing, so shared borders of
    /// neighbouring divisions stay identical and the rounding never drifts. Rounding leaves
    /// straight runs of several points and spikes out and back (at the icon's size, most of
    /// the path): only the ends of a run are kept, and a spike is dropped. Neither changes what
    /// is drawn, so neighbours still meet exactly.
    pub fn path(&self, polygons: &MultiPolygon) -> String {
        self.path_within(polygons, 0.0)
    }

    /// `path`, with every point dropped that lies within `tolerance` units of the line that
    /// replaces it (Douglas-Peucker, ring by ring): for a map so small that the steps of its
    /// whole units are most of its path (the icon). Neighbours may then part by up to
    /// `tolerance`, which the borders' stroke covers.
    pub fn path_within(&self, polygons: &MultiPolygon, tolerance: f64) -> String {
        let mut d = String::new();
        for ring in polygons.iter().flatten() {
            let points = straightened(ring.iter().map(|p| {
                let (x, y) = self.project(*p);
                (x.round() as i64, y.round() as i64)
            }));
            let points = if tolerance > 0.0 { simplified(&points, tolerance) } else { points };
            let mut at = (0i64, 0i64);
            for (i, &(x, y)) in points.iter().enumerate() {
                match i {
                    0 => d.push_str(&format!("M{x} {y}")),
                    1 => {
                        d.push('l');
                        push_pair(&mut d, x - at.0, y - at.1);
                    }
                    _ => {
                        // A further pair: a space before it, unless its minus sign parts it.
                        if x - at.0 >= 0 {
                            d.push(' ');
                        }
                        push_pair(&mut d, x - at.0, y - at.1);
                    }
                }
                at = (x, y);
            }
            d.push('z');
        }
        d
    }
}

/// Douglas-Peucker: the ends, and recursively the point farthest from the line between them
/// while it is more than `tolerance` away.
fn simplified(points: &[(i64, i64)], tolerance: f64) -> Vec<(i64, i64)> {
    fn keep(points: &[(i64, i64)], tolerance: f64, out: &mut Vec<(i64, i64)>) {
        let (a, b) = (points[0], points[points.len() - 1]);
        let (dx, dy) = ((b.0 - a.0) as f64, (b.1 - a.1) as f64);
        let length = dx.hypot(dy);
        let distance = |p: &(i64, i64)| {
            let (px, py) = ((p.0 - a.0) as f64, (p.1 - a.1) as f64);
            if length == 0.0 { px.hypot(py) } else { (dx * py - dy * px).abs() / length }
        };
        let far = (1..points.len() - 1).max_by(|&i, &j| distance(&points[i]).total_cmp(&distance(&points[j])));
        match far {
            Some(i) if distance(&points[i]) > tolerance => {
                keep(&points[..=i], tolerance, out);
                keep(&points[i..], tolerance, out);
            }
            _ => out.push(b),
        }
    }
    let mut out = vec![points[0]];
    if points.len() > 1 {
        keep(points, tolerance, &mut out);
    }
    out
}

/// The points of a ring without repeats, and without a point that lies on the line through the
/// point before it and the one after (the middle of a straight run, or the tip of a spike).
/// The first point stays.
fn straightened(points: impl Iterator<Item = (i64, i64)>) -> Vec<(i64, i64)> {
    let mut kept: Vec<(i64, i64)> = Vec::new();
    for q in points {
        while let [.., a, b] = kept[..] {
            let cross = (b.0 - a.0) * (q.1 - b.1) - (b.1 - a.1) * (q.0 - b.0);
            if cross != 0 || b == q {
                break;
            }
            kept.pop();
        }
        if kept.last() != Some(&q) {
            kept.push(q);
        }
    }
    kept
}

/// Appends "dx dy" with the shortest separators SVG allows ("3-2" needs no space).
fn push_pair(d: &mut String, dx: i64, dy: i64) {
    if dy < 0 { d.push_str(&format!("{dx}{dy}")) } else { d.push_str(&format!("{dx} {dy}")) }
}

/// Area on the sphere in km² (outline minus holes), by the spherical-excess approximation used
/// by common GIS libraries; good to a fraction of a percent at this scale.
pub fn area_km2(polygons: &MultiPolygon) -> f64 {
    const R: f64 = 6_378_137.0;
    let ring_area = |ring: &Vec<LonLat>| -> f64 {
        let mut sum = 0.0;
        for w in ring.windows(2) {
            let ([l1, p1], [l2, p2]) = (w[0], w[1]);
            sum += (l2 - l1).to_radians() * (2.0 + p1.to_radians().sin() + p2.to_radians().sin());
        }
        (sum * R * R / 2.0).abs()
    };
    polygons
        .iter()
        .map(|rings| {
            let outer = rings.first().map_or(0.0, ring_area);
            outer - rings.iter().skip(1).map(ring_area).sum::<f64>()
        })
        .sum::<f64>()
        / 1e6
}

/// A division ready to draw: path, label point and area.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub adcode: String,
    pub path: String,
    pub label: (f64, f64),
    pub area_km2: f64,
}

/// The projected map: the frame size and one shape per division.
#[derive(Debug, Clone, PartialEq)]
pub struct MapGeometry {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
}

impl MapGeometry {
    pub fn new(boundaries: &[Boundary], width: f64, margin: f64) -> MapGeometry {
        MapGeometry::within(boundaries, width, margin, 0.0)
    }

    /// A map whose paths leave out what lies within `tolerance` units (`Projection::path_within`).
    pub fn within(boundaries: &[Boundary], width: f64, margin: f64, tolerance: f64) -> MapGeometry {
        let proj = Projection::fit(boundaries, width, margin);
        let shapes = boundaries
            .iter()
            .map(|b| Shape {
                adcode: b.adcode.clone(),
                path: proj.path_within(&b.polygons, tolerance),
                label: proj.project(b.label),
                area_km2: area_km2(&b.polygons),
            })
            .collect();
        MapGeometry { width: proj.width, height: proj.height, shapes }
    }

    pub fn shape(&self, adcode: &str) -> Option<&Shape> {
        self.shapes.iter().find(|s| s.adcode == adcode)
    }
}

/// The boundary file (the build projects it; the app embeds no geometry).
#[cfg(test)]
const BOUNDARIES: &str = include_str!("../../../data/hunan.geojson");

#[cfg(test)]
mod tests {
    use super::*;

    fn square(lon: f64, lat: f64, size: f64) -> Vec<LonLat> {
        vec![[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    }

    #[test]
    fn one_degree_square_at_equator_has_its_known_area() {
        // Exactly R² · Δλ · (sin φ2 − sin φ1) = 12,391 km² on a sphere of radius 6,378.137 km.
        let a = area_km2(&vec![vec![square(0.0, 0.0, 1.0)]]);
        assert!((a - 12_391.0).abs() / 12_391.0 < 0.005, "{a}");
    }

    #[test]
    fn holes_are_subtracted() {
        let with_hole = vec![vec![square(0.0, 0.0, 2.0), square(0.5, 0.5, 1.0)]];
        let outer = area_km2(&vec![vec![square(0.0, 0.0, 2.0)]]);
        let hole = area_km2(&vec![vec![square(0.5, 0.5, 1.0)]]);
        assert!((area_km2(&with_hole) - (outer - hole)).abs() < 1e-6);
    }

    #[test]
    fn projection_fits_the_frame_and_keeps_north_up() {
        let b =
            vec![Boundary { adcode: "1".into(), label: [0.5, 0.5], polygons: vec![vec![square(110.0, 25.0, 4.0)]] }];
        let p = Projection::fit(&b, 1000.0, 10.0);
        let (x0, y0) = p.project([110.0, 29.0]);
        let (x1, y1) = p.project([114.0, 25.0]);
        assert!((x0 - 10.0).abs() < 1e-9 && (y0 - 10.0).abs() < 1e-9);
        assert!((x1 - 990.0).abs() < 1e-9 && (y1 - (p.height - 10.0)).abs() < 1e-9);
        // A degree of latitude is longer on screen than a degree of longitude at 27°N.
        assert!(p.height - 20.0 > (x1 - x0) * 0.99);
    }

    #[test]
    fn path_has_one_subpath_per_ring() {
        let b = vec![Boundary {
            adcode: "1".into(),
            label: [0.0, 0.0],
            polygons: vec![vec![square(0.0, 0.0, 1.0)], vec![square(2.0, 0.0, 1.0)]],
        }];
        let p = Projection::fit(&b, 100.0, 0.0);
        let d = p.path(&b[0].polygons);
        assert_eq!(d.matches('M').count(), 2);
        assert_eq!(d.matches('z').count(), 2);
        // (0,0)-(1,0)-(1,1)-(0,1) at 33.3 units a degree, y down.
        assert!(d.starts_with("M0 33l33 0 0-33-33 0 0 33z"), "{d}");
    }

    #[test]
    fn a_path_keeps_only_the_corners() {
        // A straight run (0,0)-(1,0)-(2,0), a repeat, a spike out to (2,-3) and back, then a
        // corner: only (0,0), (2,0), (2,2) and the way back remain.
        let ring = [(0, 0), (1, 0), (2, 0), (2, 0), (2, -3), (2, 0), (2, 1), (2, 2), (0, 0)];
        assert_eq!(straightened(ring.into_iter()), vec![(0, 0), (2, 0), (2, 2), (0, 0)]);
        // A corner is never dropped, nor the first point of a ring.
        let corners = [(5, 5), (6, 5), (6, 6), (5, 5)];
        assert_eq!(straightened(corners.into_iter()), corners.to_vec());
    }

    #[test]
    fn a_small_map_drops_the_steps_of_its_units() {
        // A staircase of unit steps along a diagonal, closed back to its start: within 0.75 of
        // the diagonal, only the ends and the corner of the way back remain.
        let stairs = [(0, 0), (1, 0), (1, 1), (2, 1), (2, 2), (3, 2), (3, 3), (0, 3), (0, 0)];
        assert_eq!(simplified(&stairs, 0.75), vec![(0, 0), (3, 3), (0, 3), (0, 0)]);
        // A point farther than the tolerance stays.
        assert_eq!(simplified(&[(0, 0), (2, 2), (4, 0)], 0.75), vec![(0, 0), (2, 2), (4, 0)]);
    }

    #[test]
    fn embedded_boundaries_cover_the_14_divisions_with_plausible_areas() {
        let b = parse_boundaries(BOUNDARIES).unwrap();
        assert_eq!(b.len(), 14);
        let total: f64 = b.iter().map(|b| area_km2(&b.polygons)).sum();
        // Hunan's official area is about 211,800 km²; simplification moves it by well under 2 %.
        assert!((total - 211_800.0).abs() / 211_800.0 < 0.02, "total area {total}");
        let changsha = b.iter().find(|b| b.adcode == "430100").unwrap();
        let a = area_km2(&changsha.polygons);
        assert!((a - 11_819.0).abs() / 11_819.0 < 0.03, "Changsha {a}");
    }
}
