//! Which divisions share a border, found in the boundaries: neighbours share vertices (the
//! boundaries were simplified along shared borders, so a border's points are the same in both).

use crate::geo::Boundary;
use std::collections::HashSet;

/// How many points two divisions must share to be neighbours (one alone is a corner).
const SHARED_POINTS: usize = 2;

/// For each boundary (by adcode), the adcodes of the others it shares a border with, in the
/// boundaries' order.
pub fn of(boundaries: &[Boundary]) -> Vec<(String, Vec<String>)> {
    let points: Vec<HashSet<(u64, u64)>> = boundaries
        .iter()
        .map(|b| b.polygons.iter().flatten().flatten().map(|p| (p[0].to_bits(), p[1].to_bits())).collect())
        .collect();
    boundaries
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let next = boundaries
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i && points[i].intersection(&points[*j]).count() >= SHARED_POINTS)
                .map(|(_, other)| other.adcode.clone())
                .collect();
            (b.adcode.clone(), next)
        })
        .collect()
}
