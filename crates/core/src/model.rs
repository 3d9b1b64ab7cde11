//! The atlas's vocabulary: places, sources, figures and highlights, and the closed sets of kinds,
//! topics and qualifiers a figure can have. Plain data.

/// Declares a closed set of codes with their CSV spelling and a reader-facing label.
macro_rules! code_set {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $code:literal, $label:literal;)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling used in the data files and in URLs.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

code_set! {
    /// What sort of quantity a figure is.
    Kind {
        Amount = "amount", "Amount";
        Count = "count", "Count";
        Growth = "growth", "Growth";
        Share = "share", "Share";
        Difference = "difference", "Difference";
        Rank = "rank", "Rank";
        Intensity = "intensity", "Intensity";
        Duration = "duration", "History";
        Spec = "spec", "Specification";
        Threshold = "threshold", "Threshold";
    }
}

code_set! {
    /// What part of the economy a figure or highlight is about.
    Topic {
        Industry = "industry", "Industry";
        Parks = "parks", "Industrial parks";
        Clusters = "clusters", "Clusters and chains";
        Towns = "towns", "Characteristic towns";
        Innovation = "innovation", "Innovation";
        Investment = "investment", "Projects and investment";
        Trade = "trade", "Foreign trade";
        Vehicles = "vehicles", "New-energy vehicles";
        Electronics = "electronics", "Electronics";
    }
}

code_set! {
    /// How exactly the text states a number ("more than 80%" is `More`).
    Qualifier {
        Exact = "", "";
        More = ">", "more than";
        AtLeast = ">=", "at least";
        About = "~", "about";
        Less = "<", "less than";
    }
}

code_set! {
    /// Administrative level of a place.
    PlaceKind {
        Province = "province", "Province";
        City = "city", "Prefecture-level city";
        AutonomousPrefecture = "autonomous prefecture", "Autonomous prefecture";
    }
}

/// The province or one of its 14 prefecture-level divisions. `id` is a public contract: it
/// appears in shared links (`?city=zhuzhou`).
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
    pub adcode: String,
    pub kind: PlaceKind,
    pub name_en: String,
    pub name_zh: String,
    pub official_en: String,
    pub official_zh: String,
}

/// One of the articles the figures are taken from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub file: String,
    pub title: String,
    pub publisher: String,
    pub site: String,
    pub date: String,
    pub date_note: String,
}

/// A number stated by a source, with everything needed to check it against the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    pub place: String,
    pub subplace: String,
    pub topic: Topic,
    pub indicator: String,
    /// The short, stable id of an indicator that several divisions share (it names the measure
    /// in links: `?measure=cluster-100bn`); empty for the others.
    pub indicator_id: String,
    pub value: f64,
    /// The value as written in the data file, for display without float noise.
    pub value_text: String,
    pub unit: String,
    pub period: String,
    pub kind: Kind,
    pub qualifier: Qualifier,
    pub source: String,
    pub quote: String,
    pub note: String,
    /// Line in `figures.csv`, for error messages.
    pub line: usize,
}

/// A non-numeric fact about a place (a cluster, a flagship company or project, an event).
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub id: String,
    pub place: String,
    pub subplace: String,
    pub topic: Topic,
    pub text: String,
    pub period: String,
    pub source: String,
    pub quote: String,
    pub line: usize,
}

impl Figure {
    /// The value with its qualifier and unit as a reader says it: "more than 80 %".
    pub fn display_value(&self) -> String {
        let q = self.qualifier.label();
        let unit = if self.unit == "%" { "%".to_string() } else { format!(" {}", self.unit) };
        let value = group_thousands(&self.value_text);
        if q.is_empty() { format!("{value}{unit}") } else { format!("{q} {value}{unit}") }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_code(k.code()), Some(*k));
        }
        assert_eq!(Qualifier::from_code(">"), Some(Qualifier::More));
        assert_eq!(Topic::from_code("nope"), None);
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
