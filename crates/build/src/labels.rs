//! Where a division's English name goes on a phone. There the map is drawn at about a third of
//! its size and the names at 31 map units a letter-height (style/main.css), so a name at its
//! label point may run out of a narrow division into its neighbour's (Zhuzhou's into Xiangtan's).
//! The build finds, nearest the label point, a place where the name's box lies wholly inside
//! its division, and writes the name there a second time for phones (`<text class="en phone">`).

/// The size of the English names on a phone (style/main.css, `max-width: 600px`), in map units.
pub const PHONE_NAME_SIZE: f64 = 31.0;
/// How far apart the points of a box's edges are checked, in map units.
const STEP: f64 = 6.0;
/// How far from its label point a name may move, in map units.
const REACH: f64 = 150.0;

/// The rings of an SVG path as the build writes it (`M x y l dx dy … z`, one pair a command),
/// in absolute map units.
pub fn rings(d: &str) -> Vec<Vec<(f64, f64)>> {
    let mut rings = Vec::new();
    let mut ring: Vec<(f64, f64)> = Vec::new();
    let mut numbers: Vec<f64> = Vec::new();
    let mut command = ' ';
    let mut number = String::new();
    let flush = |number: &mut String, numbers: &mut Vec<f64>| {
        if let Ok(n) = number.parse::<f64>() {
            numbers.push(n);
        }
        number.clear();
    };
    for c in d.chars().chain(std::iter::once('M')) {
        if c.is_ascii_digit() || c == '.' {
            number.push(c);
            continue;
        }
        flush(&mut number, &mut numbers);
        if c == '-' {
            number.push(c);
            continue;
        }
        if c == ' ' || c == ',' {
            continue;
        }
        match (command, numbers.as_slice()) {
            ('M', [x, y, ..]) => ring = vec![(*x, *y)],
            ('l', [dx, dy, ..]) => {
                if let Some(&(x, y)) = ring.last() {
                    ring.push((x + dx, y + dy));
                }
            }
            ('z', _) => rings.push(std::mem::take(&mut ring)),
            _ => {}
        }
        numbers.clear();
        command = c;
    }
    rings
}

/// Whether `(x, y)` lies inside `rings` (even-odd rule: holes are holes).
pub fn inside(rings: &[Vec<(f64, f64)>], (x, y): (f64, f64)) -> bool {
    let mut inside = false;
    for ring in rings {
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            if (a.1 > y) != (b.1 > y) && x < a.0 + (y - a.1) * (b.0 - a.0) / (b.1 - a.1) {
                inside = !inside;
            }
        }
    }
    inside
}

/// The box a name of `chars` letters takes on a phone with its baseline's middle at `(x, y)`:
/// about 0.62 of its size a letter of a semibold sans-serif, 0.8 of it above the baseline.
pub fn phone_box((x, y): (f64, f64), chars: usize) -> [f64; 4] {
    let half = chars as f64 * 0.62 * PHONE_NAME_SIZE / 2.0;
    [x - half, y - PHONE_NAME_SIZE * 0.8, x + half, y + PHONE_NAME_SIZE * 0.2]
}

/// Whether every point of the box's edges, `STEP` apart, lies inside `rings`.
pub fn fits(rings: &[Vec<(f64, f64)>], b: [f64; 4]) -> bool {
    let along = |from: f64, to: f64| {
        let n = ((to - from) / STEP).ceil().max(1.0) as usize;
        (0..=n).map(move |i| from + (to - from) * i as f64 / n as f64)
    };
    along(b[0], b[2]).all(|x| inside(rings, (x, b[1])) && inside(rings, (x, b[3])))
        && along(b[1], b[3]).all(|y| inside(rings, (b[0], y)) && inside(rings, (b[2], y)))
}

/// Where the name's baseline goes on a phone, as an offset from `at` (its place on a larger
/// screen): none if the name fits there, else the nearest offset where it fits, else none.
pub fn phone_offset(rings: &[Vec<(f64, f64)>], at: (f64, f64), chars: usize) -> (f64, f64) {
    let fits_at = |(dx, dy): (f64, f64)| fits(rings, phone_box((at.0 + dx, at.1 + dy), chars));
    if fits_at((0.0, 0.0)) {
        return (0.0, 0.0);
    }
    let steps = (REACH / STEP) as i32;
    let mut offsets: Vec<(f64, f64)> = (-steps..=steps)
        .flat_map(|i| (-steps..=steps).map(move |j| (f64::from(i) * STEP, f64::from(j) * STEP)))
        .collect();
    offsets.sort_by(|a, b| (a.0.hypot(a.1)).total_cmp(&b.0.hypot(b.1)));
    offsets.into_iter().find(|o| fits_at(*o)).unwrap_or((0.0, 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_reads_back_as_its_rings() {
        assert_eq!(
            rings("M0 33l33 0l0-33l-33 0l0 33z"),
            vec![vec![(0., 33.), (33., 33.), (33., 0.), (0., 0.), (0., 33.)]]
        );
        let square = rings("M0 0l10 0l0 10l-10 0z");
        assert!(inside(&square, (5.0, 5.0)) && !inside(&square, (15.0, 5.0)));
    }

    #[test]
    fn a_name_too_wide_for_where_it_stands_moves_to_where_it_fits() {
        // A tall strip 100 wide, widening to 300 below y = 400: a name of 10 letters (about 155
        // units wide) fits only in the wide part.
        let shape = rings("M0 0l100 0l0 400l100 0l0 300l-300 0l0-300l100 0z");
        assert!(!fits(&shape, phone_box((50.0, 200.0), 10)));
        let (dx, dy) = phone_offset(&shape, (50.0, 380.0), 10);
        assert!(fits(&shape, phone_box((50.0 + dx, 380.0 + dy), 10)));
        assert!(dy > 20.0, "{dy}");
        // One that fits stays.
        assert_eq!(phone_offset(&shape, (50.0, 200.0), 3), (0.0, 0.0));
    }
}
