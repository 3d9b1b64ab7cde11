//! The search's index: what a reader can see of every figure and highlight, in both languages,
//! folded once (`atlas_core::search::fold`) into the records the app's search matches
//! (`atlas_core::search`), each with where the panel shows it.

use atlas_core::atlas::Atlas;
use atlas_core::lang::{Lang, Text};
use atlas_core::model::Topic;
use atlas_core::search::{BETWEEN, Entry, Index, Kind, fold};

/// Folds what the reader can see of every figure and highlight.
pub fn build(atlas: &Atlas) -> Index {
    let data = &atlas.data;
    let place_names = |id: &str| {
        data.place(id).map_or_else(Vec::new, |p| {
            vec![p.name_en.clone(), p.name_zh.clone(), p.official_en.clone(), p.official_zh.clone()]
        })
    };
    let text = |t: &Text| vec![t.en.clone(), t.zh.clone()];
    // What figures and highlights both show: place, subplace, topic, passage and source; and
    // `own`, what each shows of its own (a figure's indicator, unit and note; a highlight's text).
    let fields = |place: &str, subplace: &Text, topic: Topic, quote: &str, quote_zh: &str, source: &str, own| {
        let source = data.source(source).map_or_else(Vec::new, |s| [text(&s.title), text(&s.publisher)].concat());
        let topic = vec![data.terms.topic(topic, Lang::En).to_string(), data.terms.topic(topic, Lang::Zh).to_string()];
        [place_names(place), text(subplace), own, topic, vec![quote.to_string(), quote_zh.to_string()], source].concat()
    };
    let figures = data.figures.iter().map(|f| {
        let unit = vec![data.terms.unit(&f.unit, Lang::En).to_string(), data.terms.unit(&f.unit, Lang::Zh).to_string()];
        let own = [text(&f.indicator), unit, text(&f.note)].concat();
        (Kind::Figure, &f.id, &f.place, fields(&f.place, &f.subplace, f.topic, &f.quote, &f.quote_zh, &f.source, own))
    });
    let highlights = data.highlights.iter().map(|h| {
        let own = text(&h.text);
        (
            Kind::Highlight,
            &h.id,
            &h.place,
            fields(&h.place, &h.subplace, h.topic, &h.quote, &h.quote_zh, &h.source, own),
        )
    });
    let entries = figures
        .chain(highlights)
        .map(|(kind, id, place, fields)| {
            let fields: Vec<String> = fields.iter().filter(|f| !f.is_empty()).map(|f| fold(f)).collect();
            let section = atlas_core::explorer::locate(atlas, id).and_then(|(_, topic)| topic);
            Entry {
                kind,
                id: id.clone(),
                place: place.clone(),
                section: section.map_or(String::new(), |t| t.code().to_string()),
                text: fields.join(&BETWEEN.to_string()),
            }
        })
        .collect();
    Index { entries }
}
