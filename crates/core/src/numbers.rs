//! How the page writes numbers, in digits and without float formatting: thousands separators
//! (845,200), exact decimal shifts, tenths. Each figure's value is written in both languages by
//! the build (`crates/build/src/values.rs`) and shipped as text; the app writes only the few
//! numbers it computes (a rank, a share).

/// `number` (digits with an optional decimal point) times 10^`places`, written without float
/// arithmetic and without leading or trailing zeros: shift("1173.51", 6 - 8) = "11.7351".
pub fn shift(number: &str, places: i32) -> String {
    let (int, frac) = number.split_once('.').unwrap_or((number, ""));
    let digits: String = format!("{int}{frac}");
    // Position of the decimal point within `digits`, after the shift.
    let point = int.len() as i32 + places;
    let (int, frac) = if point <= 0 {
        ("0".to_string(), format!("{}{digits}", "0".repeat((-point) as usize)))
    } else if point as usize >= digits.len() {
        (format!("{digits}{}", "0".repeat(point as usize - digits.len())), String::new())
    } else {
        (digits[..point as usize].to_string(), digits[point as usize..].to_string())
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") }
}

/// "845200" -> "845,200"; decimals are kept as written.
pub fn group_thousands(number: &str) -> String {
    let (int, frac) = number.split_once('.').map_or((number, None), |(i, f)| (i, Some(f)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// `v` rounded to one decimal, the decimal dropped when it is 0: 12.25 -> "12.3", 100.0 -> "100".
/// Integer arithmetic only, so that the wasm carries no float formatting.
pub fn tenths(v: f64) -> String {
    let t = (v * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    let (whole, tenth) = (t.unsigned_abs() / 10, t.unsigned_abs() % 10);
    if tenth == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{tenth}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_shifts_are_exact() {
        assert_eq!(shift("1173.51", -2), "11.7351");
        assert_eq!(shift("310", 1), "3100");
        assert_eq!(shift("12.45", 2), "1245");
        assert_eq!(shift("0.5", 0), "0.5");
        assert_eq!(shift("5", -3), "0.005");
        assert_eq!(shift("100", 0), "100");
        assert_eq!(shift("4.87", 0), "4.87");
        assert_eq!(shift("72.387", 1), "723.87");
    }

    #[test]
    fn rounds_to_tenths_without_a_trailing_zero() {
        assert_eq!(tenths(12.25), "12.3");
        assert_eq!(tenths(100.0), "100");
        assert_eq!(tenths(0.04), "0");
        assert_eq!(tenths(-0.5), "-0.5");
        assert_eq!(tenths(-12.0), "-12");
        assert_eq!(tenths(11_818.96), "11819");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands("845200"), "845,200");
        assert_eq!(group_thousands("1173.51"), "1,173.51");
        assert_eq!(group_thousands("12"), "12");
        assert_eq!(group_thousands("100000"), "100,000");
    }
}
