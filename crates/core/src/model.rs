//! The atlas's vocabulary: places, sources, figures and highlights, and the closed sets of kinds,
//! topics and qualifiers a figure can have. Plain data; what the reader reads of it is in both
//! languages (`Text`; the labels of the codes are in `data/terms.csv`, see `Terms`).

use crate::lang::{Lang, Text};

/// Declares a closed set of codes with their CSV spelling (their labels are data: `Terms`).
macro_rules! code_set {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $code:literal;)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling used in the data files and in URLs.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
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
        Amount = "amount";
        Count = "count";
        Growth = "growth";
        Share = "share";
        Difference = "difference";
        Rank = "rank";
        Intensity = "intensity";
        Duration = "duration";
        Spec = "spec";
        Threshold = "threshold";
    }
}

code_set! {
    /// What part of the economy a figure or highlight is about.
    Topic {
        Economy = "economy";
        Industry = "industry";
        Parks = "parks";
        Clusters = "clusters";
        Towns = "towns";
        Innovation = "innovation";
        Investment = "investment";
        Trade = "trade";
        Vehicles = "vehicles";
        Electronics = "electronics";
    }
}

code_set! {
    /// How exactly the text states a number ("more than 80%" is `More`).
    Qualifier {
        Exact = "";
        More = ">";
        AtLeast = ">=";
        About = "~";
        Less = "<";
    }
}

code_set! {
    /// Administrative level of a place.
    PlaceKind {
        Province = "province";
        City = "city";
        AutonomousPrefecture = "autonomous prefecture";
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
    /// The divisions that share a border with it, in adcode order (the build finds them in the
    /// boundaries; empty for the province).
    pub neighbours: Vec<String>,
}

/// One of the articles the figures are taken from, or a page of official statistics (a
/// statistical communiqué, kept apart in `data/baseline-sources.csv`).
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    /// The article's text in `data/sources/` (empty for official statistics).
    pub file: String,
    /// The page's address (official statistics; the articles are kept in `data/sources/`).
    pub url: String,
    /// Official statistics, not one of the articles: marked as such wherever its figures show.
    pub official: bool,
    /// What a reader should know of the page (a repost's garbling, a list that names no
    /// source), shown with each line it gives; empty for the articles.
    pub note: Text,
    pub title: Text,
    pub publisher: Text,
    pub site: Text,
    pub date: String,
    pub date_note: String,
}

/// A number stated by a source, with everything needed to check it against the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    pub place: String,
    pub subplace: Text,
    pub topic: Topic,
    /// Comparable figures of different places have the same English indicator, unit and kind.
    pub indicator: Text,
    /// The short, stable id of an indicator that several divisions share (it names the measure
    /// in links: `?measure=cluster-100bn`); empty for the others.
    pub indicator_id: String,
    pub value: f64,
    /// The value as written in the data file, for display without float noise.
    pub value_text: String,
    /// The value as the page writes it in each language (`values::value` of the build: "117,351万元"),
    /// written by the build (`crates/build/src/values.rs`), so that the wasm formats no number.
    pub shown: Text,
    /// The value in the source's own unit, translated (`values::as_stated` of the build: "1,173.51百万元").
    pub stated: Text,
    pub unit: String,
    pub period: String,
    pub kind: Kind,
    pub qualifier: Qualifier,
    pub source: String,
    /// Verbatim, in the source's language (English).
    pub quote: String,
    /// The quote's editorial Chinese translation, shown after it (never instead).
    pub quote_zh: String,
    pub note: Text,
    /// Line in `figures.csv`, for error messages.
    pub line: usize,
}

/// A non-numeric fact about a place (a cluster, a flagship company or project, an event).
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub id: String,
    pub place: String,
    pub subplace: Text,
    pub topic: Topic,
    pub text: Text,
    pub period: String,
    pub source: String,
    pub quote: String,
    pub quote_zh: String,
    pub line: usize,
}

impl Place {
    pub fn name(&self, lang: Lang) -> &str {
        if lang == Lang::Zh { &self.name_zh } else { &self.name_en }
    }

    pub fn official(&self, lang: Lang) -> &str {
        if lang == Lang::Zh { &self.official_zh } else { &self.official_en }
    }
}

/// One row of `data/terms.csv`: the label of a code of one of the closed sets (`kind`, `topic`,
/// `qualifier`, `place-kind`) or of a unit, in both languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub set: String,
    pub code: String,
    pub label: Text,
}

/// The labels of the codes and units (`data/terms.csv`); the build checks that every code and
/// every unit in use has one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Terms(pub Vec<Term>);

impl Terms {
    /// The label of `code` in `set`, or the code itself if it has none (the build prevents it).
    pub fn get<'a>(&'a self, set: &str, code: &'a str, lang: Lang) -> &'a str {
        self.0.iter().find(|t| t.set == set && t.code == code).map_or(code, |t| t.label.get(lang))
    }

    pub fn topic(&self, t: Topic, lang: Lang) -> &str {
        self.get("topic", t.code(), lang)
    }

    pub fn kind(&self, k: Kind, lang: Lang) -> &str {
        self.get("kind", k.code(), lang)
    }

    /// Empty for an exact figure.
    pub fn qualifier(&self, q: Qualifier, lang: Lang) -> &str {
        if q == Qualifier::Exact { "" } else { self.get("qualifier", q.code(), lang) }
    }

    pub fn place_kind(&self, k: PlaceKind, lang: Lang) -> &str {
        self.get("place-kind", k.code(), lang)
    }

    pub fn unit<'a>(&'a self, unit: &'a str, lang: Lang) -> &'a str {
        self.get("unit", unit, lang)
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
}
