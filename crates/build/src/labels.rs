//! Where a division's English name goes on a phone. There the map is drawn at about a third of
//! its size and the names at 31 map units a letter-height (style/main.css), so a name at its
//! label point may run out of a narrow division into its neighbour's (Zhuzhou's into Xiangtan's).
//! The build finds, nearest the label point, a place where the name's box lies wholly inside
//! its division, and writes the name there a second time for phones (`<text class="en phone">`).

/// The sizes of the English names on a phone (style/main.css, `max-width: 600px`), in map units:
/// 31 (about 10.7 px on a 390 px screen), or smaller for a name that fits its division at no
/// place at that size (`.s27`, `.s24`).
pub const PHONE_NAME_SIZES: [f64; 3] = [31.0, 27.0, 24.0];
/// How far apart the points of a box's edges are checked, in map units.
const STEP: f64 = 6.0;
/// How far from its label point a name may move, in map units.
const REACH: f64 = 150.0;

/// The rings of an SVG path as the build writes it (`M x y l dx dy dx dy … z`: each pair after
/// the `l` a line), in absolute map units.
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
            // Each pair after an `l` is a line of its own (`l1 2 3-4`: two lines).
            ('l', pairs) => {
                for pair in pairs.chunks_exact(2) {
                    if let Some(&(x, y)) = ring.last() {
                        ring.push((x + pair[0], y + pair[1]));
                    }
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
/// about 0.72 of its size a letter of a semibold sans-serif (DejaVu Sans Bold, the widest of the
/// fonts it may get), and a letter's room either side; 0.8 of it above the baseline.
pub fn phone_box((x, y): (f64, f64), chars: usize, size: f64) -> [f64; 4] {
    let half = (chars as f64 + 1.0) * 0.72 * size / 2.0;
    [x - half, y - size * 0.8, x + half, y + size * 0.2]
}

/// How many points of the box's edges, `STEP` apart, lie outside `rings`.
pub fn outside(rings: &[Vec<(f64, f64)>], b: [f64; 4]) -> usize {
    let along = |from: f64, to: f64| {
        let n = ((to - from) / STEP).ceil().max(1.0) as usize;
        (0..=n).map(move |i| from + (to - from) * i as f64 / n as f64)
    };
    let points = along(b[0], b[2])
        .flat_map(|x| [(x, b[1]), (x, b[3])])
        .chain(along(b[1], b[3]).flat_map(|y| [(b[0], y), (b[2], y)]));
    points.filter(|p| !inside(rings, *p)).count()
}

/// Whether the box lies wholly inside `rings`.
pub fn fits(rings: &[Vec<(f64, f64)>], b: [f64; 4]) -> bool {
    outside(rings, b) == 0
}

/// Where the name's baseline goes on a phone, as an offset from `at` (its place on a larger
/// screen), and at which size: at the largest size, none if the name fits there, else the
/// nearest offset where it fits; else the same at a smaller size; where none does, the nearest
/// place where least of it is outside, at the smallest.
pub fn phone_place(rings: &[Vec<(f64, f64)>], at: (f64, f64), chars: usize) -> ((f64, f64), f64) {
    let steps = (REACH / STEP) as i32;
    let mut offsets: Vec<(f64, f64)> = (-steps..=steps)
        .flat_map(|i| (-steps..=steps).map(move |j| (f64::from(i) * STEP, f64::from(j) * STEP)))
        .collect();
    // Nearest first; (0, 0) is the first.
    offsets.sort_by(|a, b| (a.0.hypot(a.1)).total_cmp(&b.0.hypot(b.1)));
    let out_at = |(dx, dy): (f64, f64), size| outside(rings, phone_box((at.0 + dx, at.1 + dy), chars, size));
    for size in PHONE_NAME_SIZES {
        if let Some(o) = offsets.iter().find(|o| out_at(**o, size) == 0) {
            return (*o, size);
        }
    }
    let smallest = PHONE_NAME_SIZES[PHONE_NAME_SIZES.len() - 1];
    // The first (nearest) of the fewest points outside.
    let best = offsets.into_iter().map(|o| (out_at(o, smallest), o)).min_by_key(|(n, _)| *n);
    (best.map_or((0.0, 0.0), |(_, o)| o), smallest)
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
        // The same with one `l` for every line, as `geo` writes it.
        assert_eq!(rings("M0 33l33 0 0-33-33 0 0 33z"), rings("M0 33l33 0l0-33l-33 0l0 33z"));
        let square = rings("M0 0l10 0l0 10l-10 0z");
        assert!(inside(&square, (5.0, 5.0)) && !inside(&square, (15.0, 5.0)));
    }

    #[test]
    fn a_name_too_wide_for_where_it_stands_moves_to_where_it_fits() {
        // A tall strip 100 wide, widening to 300 below y = 400: a name of 10 letters (about 155
        // units wide) fits only in the wide part.
        let shape = rings("M0 0l100 0l0 400l100 0l0 300l-300 0l0-300l100 0z");
        assert!(!fits(&shape, phone_box((50.0, 200.0), 10, 31.0)));
        let ((dx, dy), size) = phone_place(&shape, (50.0, 380.0), 10);
        assert!(fits(&shape, phone_box((50.0 + dx, 380.0 + dy), 10, 31.0)));
        assert!(dy > 20.0 && size == 31.0, "{dy} {size}");
        // One that fits stays.
        assert_eq!(phone_place(&shape, (50.0, 200.0), 2), ((0.0, 0.0), 31.0));
        // One too wide at 31 for the whole shape (300 units) is smaller.
        assert_eq!(phone_place(&shape, (150.0, 600.0), 13).1, 27.0);
    }
}
