//! Find in the sources: every figure and highlight with what a reader can see of it (its place
//! and subplace, indicator or text, topic, unit, note, verbatim quote and translation, source
//! title and publisher), in both languages, folded once by the build (`crates/build/src/search_index.rs`) into a
//! compact file the app fetches when the reader first searches.
//!
//! Matching ignores case and accents and, for Chinese, splits no words: the query's words (split
//! at spaces) must each occur somewhere in a record's fields, as substrings of their folded text.
//! Folding maps every character to exactly one character, so a match in folded text is a match
//! at the same characters of the original: `segments` marks them in what the page shows. Only
//! texts are searched, never markup: the page renders the segments as text nodes.

use crate::measures::{LegendEntry, NO_DATA, SCALE};

/// The index's first line: a file of another format is refused, not misread.
const HEADER: &str = "atlas-search 1";
const RECORD: char = '\u{1e}';
const FIELD: char = '\u{1f}';
/// Between the folded fields of a record: no query word holds it (words are split at
/// whitespace), so no match spans two fields.
pub const BETWEEN: char = '\n';
/// More words than this are ignored: a query is at most 100 characters anyway.
const MAX_WORDS: usize = 8;

/// What a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Figure,
    Highlight,
}

/// One searchable record: a figure or a highlight, the place it belongs to (a division, or the
/// province for what names none), where the panel shows it, and its fields, folded.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: Kind,
    /// The figure's or highlight's id.
    pub id: String,
    /// A division's id, or the province's.
    pub place: String,
    /// The code of the topic whose section shows it, or empty if it is among the place's cards
    /// (`explorer::locate`, worked out by the build).
    pub section: String,
    /// Its fields, each folded (`fold`), joined by `BETWEEN`.
    pub text: String,
}

/// Every record, in the dataset's order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Index {
    pub entries: Vec<Entry>,
}

/// A reader's query, folded and split into words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    words: Vec<Vec<char>>,
}

impl Index {
    /// The index as a file: a header line, then records of kind, id, place, section and folded
    /// text.
    /// `None` if a field holds a separator (the build's data files hold no control characters).
    pub fn write(&self) -> Option<String> {
        let mut out = format!("{HEADER}\n");
        for e in &self.entries {
            let kind = if e.kind == Kind::Figure { "f" } else { "h" };
            let fields = [kind, e.id.as_str(), e.place.as_str(), e.section.as_str(), e.text.as_str()];
            if fields.iter().any(|f| f.contains([RECORD, FIELD])) {
                return None;
            }
            out.push_str(&fields.join(&FIELD.to_string()));
            out.push(RECORD);
        }
        Some(out)
    }

    /// Reads a file `write` wrote; `None` for anything else.
    pub fn read(file: &str) -> Option<Index> {
        let body = file.strip_prefix(HEADER)?.strip_prefix('\n')?;
        let entries = crate::every(body.split_terminator(RECORD).map(|record| {
            let mut fields = record.split(FIELD);
            let kind = match fields.next()? {
                "f" => Kind::Figure,
                "h" => Kind::Highlight,
                _ => return None,
            };
            let (id, place, section, text) = (fields.next()?, fields.next()?, fields.next()?, fields.next()?);
            let entry = Entry { kind, id: id.into(), place: place.into(), section: section.into(), text: text.into() };
            fields.next().is_none().then_some(entry)
        }))?;
        Some(Index { entries })
    }

    /// The records that hold every word of `query`, in the index's order; none for an empty one.
    pub fn find(&self, query: &Query) -> Vec<&Entry> {
        if query.is_empty() {
            return Vec::new();
        }
        // Both sides are folded: a plain substring search (marks need characters: `segments`).
        let words: Vec<String> = query.words.iter().map(|w| w.iter().collect()).collect();
        self.entries.iter().filter(|e| words.iter().all(|w| e.text.contains(w.as_str()))).collect()
    }
}

impl Entry {
    /// Choosing it: its place (the reducer reads the province's id as the province) and its
    /// section, if the panel shows it in one.
    pub fn choice(&self) -> crate::view_state::Event {
        let topic = (!self.section.is_empty()).then(|| self.section.clone());
        crate::view_state::Event::Choose { city: Some(self.place.clone()), topic, item: self.id.clone() }
    }
}

impl Query {
    pub fn new(raw: &str) -> Query {
        let mut words: Vec<Vec<char>> = Vec::new();
        for word in fold(raw).split_whitespace() {
            let word: Vec<char> = word.chars().collect();
            if !words.contains(&word) && words.len() < MAX_WORDS {
                words.push(word);
            }
        }
        Query { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// `text` cut where `query`'s words occur: `(part, marked)` pieces that join back into `text`.
/// Overlapping and adjacent matches merge into one marked piece.
pub fn segments<'t>(text: &'t str, query: &Query) -> Vec<(&'t str, bool)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let folded: Vec<char> = chars.iter().map(|&(_, c)| fold_char(c)).collect();
    let mut marked = vec![false; chars.len()];
    for word in &query.words {
        for start in occurrences(&folded, word) {
            marked[start..start + word.len()].iter_mut().for_each(|m| *m = true);
        }
    }
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=chars.len() {
        if i == chars.len() || marked[i] != marked[start] {
            // At character boundaries, so `get` always finds it (a slice by `[..]` would bring the
            // code of its panic's message into the wasm).
            out.push((text.get(byte(start)..byte(i)).unwrap_or_default(), marked[start]));
            start = i;
        }
    }
    out
}

/// Whether `text` holds a word of `query` (a field of a result is shown if it does).
pub fn marks(text: &str, query: &Query) -> bool {
    let folded: Vec<char> = text.chars().map(fold_char).collect();
    query.words.iter().any(|w| occurrences(&folded, w).next().is_some())
}

/// The starts of `word` in `text`, overlapping ones included.
fn occurrences<'a>(text: &'a [char], word: &'a [char]) -> impl Iterator<Item = usize> + 'a {
    let n = word.len();
    (0..=text.len().saturating_sub(n)).filter(move |&i| n > 0 && i + n <= text.len() && text[i..i + n] == *word)
}

/// How many results each place holds, most first (ties in the results' order).
pub fn counts<'a>(results: &[&'a Entry]) -> Vec<(&'a str, usize)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for e in results {
        match counts.iter_mut().find(|(p, _)| *p == e.place) {
            Some((_, n)) => *n += 1,
            None => counts.push((&e.place, 1)),
        }
    }
    crate::sort_short_by(&mut counts, |a, b| b.1.cmp(&a.1));
    counts
}

/// The smallest count of each of the map's classes of results: fixed, so that the colours mean
/// the same from one search to the next.
const CLASSES: [usize; 5] = [1, 2, 4, 8, 16];

/// A division's fill for `count` results: `NO_DATA` for none.
pub fn colour(count: usize) -> &'static str {
    match CLASSES.iter().rposition(|&lo| count >= lo) {
        Some(i) => SCALE[i],
        None => NO_DATA,
    }
}

/// What the fills of a search mean.
pub fn legend() -> Vec<LegendEntry> {
    CLASSES
        .iter()
        .enumerate()
        .map(|(i, &lo)| {
            let label = match CLASSES.get(i + 1) {
                Some(&next) if next == lo + 1 => lo.to_string(),
                Some(&next) => format!("{lo}\u{2013}{}", next - 1),
                None => format!("{lo}+"),
            };
            LegendEntry { colour: SCALE[i], label }
        })
        .collect()
}

/// Case and accents folded away, one character for one: lowercase ASCII, Latin letters with
/// diacritics (pinyin's tone marks included) to their base letter, full-width ASCII to ASCII,
/// typographic quotes and dashes to their plain forms. Chinese is left as it is.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        c if c.is_ascii() => c,
        // Full-width forms of ASCII, as Chinese input methods type them.
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).map_or(c, |a| a.to_ascii_lowercase()),
        '\u{3000}' => ' ',
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        '\u{2010}'..='\u{2015}' => '-',
        _ => ACCENTED.iter().find(|(letters, _)| letters.contains(c)).map_or(c, |&(_, base)| base),
    }
}

/// Latin letters with diacritics (both cases), by base letter.
const ACCENTED: [(&str, char); 13] = [
    ("ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎ", 'a'),
    ("ÇçĆćĈĉĊċČč", 'c'),
    ("ĎďĐđ", 'd'),
    ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", 'e'),
    ("ĜĝĞğĠġĢģ", 'g'),
    ("ÌÍÎÏìíîïĨĩĪīĬĭĮįǏǐ", 'i'),
    ("ÑñŃńŅņŇň", 'n'),
    ("ÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒ", 'o'),
    ("ŚśŜŝŞşŠš", 's'),
    ("ŢţŤť", 't'),
    ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔǕǖǗǘǙǚǛǜ", 'u'),
    ("ÝýÿŶŷŸ", 'y'),
    ("ŹźŻżŽž", 'z'),
];

mod results;
pub use results::{SHOWN, results_html, status};

#[cfg(test)]
mod tests;
