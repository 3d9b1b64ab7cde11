//! The dataset: every place, source, figure, highlight and term the atlas knows, validated by
//! the build (`crates/build/src/dataset.rs` reads and checks `data/*.csv`), which hands it to the
//! app in `packed` form; and the questions the app asks of it.

pub mod packed;

use crate::model::{Figure, Highlight, Place, PlaceKind, Source, Terms, Topic};

/// Everything the atlas knows, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub places: Vec<Place>,
    pub sources: Vec<Source>,
    pub figures: Vec<Figure>,
    pub highlights: Vec<Highlight>,
    /// The labels of codes and units in both languages.
    pub terms: Terms,
    /// The verbatim passages, where the figures and highlights do not carry them: the app reads
    /// the dataset without them (the largest part of its texts, which only a reader who opens a
    /// source reads) and sets them once they have arrived (`packed::read_passages`).
    pub passages: std::sync::OnceLock<Passages>,
}

/// The verbatim passage of each figure and highlight: (id, quote, its translation).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Passages(pub Vec<(String, String, String)>);

impl Passages {
    /// The quote and translation of the figure or highlight `id`.
    pub fn get(&self, id: &str) -> Option<(&str, &str)> {
        self.0.iter().find(|(i, _, _)| i == id).map(|(_, q, t)| (q.as_str(), t.as_str()))
    }
}

impl Dataset {
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    pub fn place_by_adcode(&self, adcode: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.adcode == adcode)
    }

    /// The passage of a figure or highlight: the quote it carries (as the build reads the
    /// data), or the one that arrived with the passages (as the app reads it); `None` until then.
    pub fn passage<'a>(&'a self, id: &str, quote: &'a str, quote_zh: &'a str) -> Option<(&'a str, &'a str)> {
        if !quote.is_empty() {
            return Some((quote, quote_zh));
        }
        self.passages.get()?.get(id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The 14 prefecture-level divisions, in adcode order.
    pub fn divisions(&self) -> impl Iterator<Item = &Place> {
        self.places.iter().filter(|p| p.kind != PlaceKind::Province)
    }

    pub fn province(&self) -> Option<&Place> {
        self.places.iter().find(|p| p.kind == PlaceKind::Province)
    }

    /// Every figure of `place`: the articles' and the official statistics'.
    pub fn figures_of<'a>(&'a self, place: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| f.place == place)
    }

    /// Whether `f` is official statistics rather than an article's figure.
    pub fn is_official(&self, f: &Figure) -> bool {
        self.source(&f.source).is_some_and(|s| s.official)
    }

    /// The articles' figures of `place` (not the official statistics).
    pub fn articles_of<'a>(&'a self, place: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures_of(place).filter(move |f| !self.is_official(f))
    }

    /// The official statistics of `place`.
    pub fn official_of<'a>(&'a self, place: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures_of(place).filter(move |f| self.is_official(f))
    }

    pub fn highlights_of<'a>(&'a self, place: &'a str) -> impl Iterator<Item = &'a Highlight> + 'a {
        self.highlights.iter().filter(move |h| h.place == place)
    }

    /// Whether the articles say anything of `topic` about `place`: a figure or a highlight.
    pub fn speaks_of(&self, place: &str, topic: Topic) -> bool {
        self.articles_of(place).any(|f| f.topic == topic) || self.highlights_of(place).any(|h| h.topic == topic)
    }
}
