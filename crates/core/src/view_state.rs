//! The view's state machine: what the page shows, the address it keeps in step with, and the
//! notices for links that named something unknown. A pure reducer, `(state, event) -> effects`:
//! the page component feeds it browser events and carries out the effects it returns.
//!
//! A choice shows at once and reaches the address once its frame is painted (writing history
//! costs milliseconds that frame cannot spare); an address that changes by itself (Back,
//! Forward) is shown when no write of ours is pending; a link that names something unknown is
//! replaced by the valid view it falls back to, with a notice.

use crate::lang::Lang;
use crate::url_state::{self, Notice, UrlState, View, Vocabulary};

/// What the page shows and what it still owes the address bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    shown: UrlState,
    notices: Vec<Notice>,
    /// Choices shown but not yet written to the address.
    pending: u32,
    /// Whether the choices not yet written may replace the address's entry rather than add one:
    /// only if each of them may (true when there are none).
    replace: bool,
    /// A search is being typed: its next keystroke replaces the entry of the last, so that Back
    /// walks from search to search, not from letter to letter.
    typing: bool,
}

/// What happens to the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The address now has this query string: Back, Forward, or a write of our own.
    Address(String),
    /// The reader selected a division, or the province (`None`).
    Select(Option<String>),
    /// The reader chose what colours the map.
    Measure(String),
    /// The reader opened a topic's section, or closed it (`None`).
    Topic(Option<String>),
    /// The reader chose charts or the table.
    View(View),
    /// The reader chose a language.
    Lang(Lang),
    /// The reader typed in the search field (the field's whole text).
    Search(String),
    /// The reader confirmed the search (Enter, or left the field): the next keystroke starts a
    /// new history entry.
    Commit,
    /// Escape or the clear button: the search ends and the view it was made from is back.
    EndSearch,
    /// The reader chose a result: its division (`None`: the province), the topic whose section
    /// holds it if the panel shows it there, and the figure's or highlight's id.
    Choose { city: Option<String>, topic: Option<String>, item: String },
    /// The frame that shows a choice has been painted; the address has this query string now.
    Painted(String),
    /// The reader dismissed the notices.
    Dismiss,
}

/// What the page must do for the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Send `Event::Painted` once the next frame has been painted.
    AwaitPaint,
    /// Write this query string (`?...`, or empty for the default view) to the address: as a new
    /// history entry, or replacing the current one.
    Navigate { query: String, replace: bool },
}

impl ViewState {
    /// The state of a page opened at `search`, and what to do about its address.
    pub fn open(search: &str, vocab: &Vocabulary) -> (ViewState, Vec<Effect>) {
        let parsed = url_state::parse(search, vocab);
        let state = ViewState { shown: parsed.state, notices: Vec::new(), pending: 0, replace: true, typing: false };
        let mut state = state;
        let effects = state.adopt_notices(parsed.notices, parsed.migrated);
        (state, effects)
    }

    /// What the page shows.
    pub fn shown(&self) -> &UrlState {
        &self.shown
    }

    /// What the reader is told about the link they followed.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Applies `event`; returns what the page must do.
    pub fn update(&mut self, event: Event, vocab: &Vocabulary) -> Vec<Effect> {
        match event {
            Event::Address(search) => {
                let parsed = url_state::parse(&search, vocab);
                if self.pending > 0 {
                    // Our own write is on its way and will carry what is shown.
                    return Vec::new();
                }
                // Back or Forward (not our own write coming back): a keystroke now starts a new
                // search rather than overwriting the entry reached.
                if parsed.state != self.shown {
                    self.typing = false;
                }
                self.shown = parsed.state;
                self.adopt_notices(parsed.notices, parsed.migrated)
            }
            Event::Select(city) => {
                let city = city.filter(|c| vocab.cities.contains(c));
                // A division clicked during a search is where the reader wants to go.
                let mark = if city == self.shown.city { self.shown.mark.clone() } else { None };
                self.choose(UrlState { city, mark, q: None, ..self.shown.clone() })
            }
            // The default measure (the first) is the address without one.
            Event::Measure(id) if vocab.measures.first() == Some(&id) => {
                self.choose(UrlState { measure: None, ..self.shown.clone() })
            }
            Event::Measure(id) if vocab.measures.contains(&id) => {
                self.choose(UrlState { measure: Some(id), ..self.shown.clone() })
            }
            Event::Measure(_) => Vec::new(),
            Event::Topic(topic) => {
                let topic = topic.filter(|t| vocab.topics.contains(t));
                self.choose(UrlState { topic, ..self.shown.clone() })
            }
            Event::View(view) => self.choose(UrlState { view, ..self.shown.clone() }),
            Event::Lang(lang) => self.choose(UrlState { lang: Some(lang), ..self.shown.clone() }),
            // The first keystroke of an edit adds an entry and the others replace it: deleting a
            // search and typing another is one step, and Back returns to the search before it.
            Event::Search(typed) => {
                let next = UrlState { q: url_state::query(&typed), mark: None, ..self.shown.clone() };
                let effects = self.write(next, self.typing);
                self.typing |= !effects.is_empty();
                effects
            }
            Event::Commit => {
                self.typing = false;
                Vec::new()
            }
            Event::EndSearch => self.choose(UrlState { q: None, ..self.shown.clone() }),
            Event::Choose { city, topic, item } => self.choose(chosen(&self.shown, city, topic, item, vocab)),
            Event::Painted(address) => {
                self.pending = self.pending.saturating_sub(1);
                // Writes what is shown now: of quick choices, only the last reaches the address.
                let query = url_state::serialize(&self.shown);
                // Everything shown is written now: the next choices start afresh.
                let replace = std::mem::replace(&mut self.replace, true);
                if same_query(&address, &query) { Vec::new() } else { vec![Effect::Navigate { query, replace }] }
            }
            Event::Dismiss => {
                self.notices.clear();
                Vec::new()
            }
        }
    }

    /// A choice that adds a history entry.
    fn choose(&mut self, next: UrlState) -> Vec<Effect> {
        self.typing = false;
        self.write(next, false)
    }

    /// Shows `next` and asks for the paint after which it is written; of several choices shown
    /// before a write, the write replaces the entry only if each of them would.
    fn write(&mut self, next: UrlState, replace: bool) -> Vec<Effect> {
        if next == self.shown {
            return Vec::new();
        }
        self.replace &= replace;
        self.shown = next;
        self.pending += 1;
        vec![Effect::AwaitPaint]
    }

    /// Shows the notices of a link and replaces it by the valid view it falls back to, so that
    /// sharing it again is safe; a link read under old names is rewritten without a notice.
    fn adopt_notices(&mut self, notices: Vec<Notice>, migrated: bool) -> Vec<Effect> {
        if notices.is_empty() && !migrated {
            return Vec::new();
        }
        self.notices.extend(notices);
        vec![Effect::Navigate { query: url_state::serialize(&self.shown), replace: true }]
    }
}

/// The view a result chosen in `shown` opens (`Event::Choose`): its division (the province for
/// anything else), the section that holds it, and it marked; the search ends.
pub fn chosen(
    shown: &UrlState,
    city: Option<String>,
    topic: Option<String>,
    item: String,
    vocab: &Vocabulary,
) -> UrlState {
    let city = city.filter(|c| vocab.cities.contains(c));
    let topic = topic.filter(|t| vocab.topics.contains(t));
    let mark = vocab.items.contains(&item).then_some(item);
    UrlState { city, topic, mark, q: None, ..shown.clone() }
}

/// Whether two query strings are the same, with or without their `?`.
fn same_query(a: &str, b: &str) -> bool {
    a.trim_start_matches('?') == b.trim_start_matches('?')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn vocab() -> Vocabulary {
        Vocabulary::of(&crate::atlas::for_tests())
    }

    fn zhuzhou() -> UrlState {
        UrlState { city: Some("zhuzhou".into()), ..Default::default() }
    }

    #[test]
    fn a_selection_shows_at_once_and_reaches_the_address_after_the_paint() {
        let v = vocab();
        let (mut s, effects) = ViewState::open("", &v);
        assert!(effects.is_empty());
        assert_eq!(s.update(Event::Select(Some("zhuzhou".into())), &v), [Effect::AwaitPaint]);
        assert_eq!(s.shown(), &zhuzhou());
        let written = s.update(Event::Painted(String::new()), &v);
        assert_eq!(written, [Effect::Navigate { query: "?city=zhuzhou".into(), replace: false }]);
        // The write comes back as an address change, which changes nothing.
        assert!(s.update(Event::Address("?city=zhuzhou".into()), &v).is_empty());
        assert_eq!(s.shown(), &zhuzhou());
    }

    #[test]
    fn of_quick_selections_only_the_last_is_written() {
        let v = vocab();
        let (mut s, _) = ViewState::open("", &v);
        s.update(Event::Select(Some("zhuzhou".into())), &v);
        s.update(Event::Select(Some("changsha".into())), &v);
        // An address change while writes are pending (the first selection's) does not undo them.
        assert!(s.update(Event::Address(String::new()), &v).is_empty());
        let first = s.update(Event::Painted(String::new()), &v);
        assert_eq!(first, [Effect::Navigate { query: "?city=changsha".into(), replace: false }]);
        assert!(s.update(Event::Painted("?city=changsha".into()), &v).is_empty());
    }

    #[test]
    fn back_and_forward_show_the_address() {
        let v = vocab();
        let (mut s, _) = ViewState::open("?city=zhuzhou", &v);
        assert!(s.update(Event::Address("?city=changsha&view=table".into()), &v).is_empty());
        assert_eq!(s.shown().city.as_deref(), Some("changsha"));
        assert_eq!(s.shown().view, View::Table);
    }

    #[test]
    fn a_language_is_a_history_entry_that_keeps_the_view() {
        let v = vocab();
        let mut b = Browser::open("?city=zhuzhou&topic=towns", &v);
        b.send(Event::Lang(Lang::Zh), &v);
        b.paint(&v);
        assert_eq!(b.address, "?city=zhuzhou&topic=towns&lang=zh");
        b.send(Event::Select(Some("changsha".into())), &v);
        b.paint(&v);
        assert_eq!(b.address, "?city=changsha&topic=towns&lang=zh", "a selection keeps the language");
        b.send(Event::Address("?city=zhuzhou&topic=towns".into()), &v);
        assert_eq!(b.state.shown().lang, None, "Back to the address that did not name one");
    }

    #[test]
    fn a_topic_is_a_history_entry_that_back_and_forward_walk() {
        let v = vocab();
        let mut b = Browser::open("?city=zhuzhou", &v);
        b.send(Event::Topic(Some("towns".into())), &v);
        b.paint(&v);
        assert_eq!(b.address, "?city=zhuzhou&topic=towns");
        b.send(Event::Topic(Some("clusters".into())), &v);
        b.paint(&v);
        assert_eq!(b.history, ["?city=zhuzhou", "?city=zhuzhou&topic=towns", "?city=zhuzhou&topic=clusters"]);
        // Back: the browser shows the previous address, and the page follows it.
        b.send(Event::Address("?city=zhuzhou&topic=towns".into()), &v);
        assert_eq!(b.state.shown().topic.as_deref(), Some("towns"));
        b.send(Event::Topic(None), &v);
        b.paint(&v);
        assert_eq!(b.address, "?city=zhuzhou");
        b.send(Event::Topic(Some("weather".into())), &v);
        assert_eq!(b.state.shown().topic, None, "an unknown topic opens none");
    }

    #[test]
    fn a_bad_link_falls_back_with_a_notice_and_is_replaced() {
        let v = vocab();
        let (s, effects) = ViewState::open("?city=atlantis&view=table", &v);
        assert_eq!(s.shown(), &UrlState { view: View::Table, ..Default::default() });
        assert_eq!(s.notices().len(), 1);
        assert_eq!(effects, [Effect::Navigate { query: "?view=table".into(), replace: true }]);
    }

    /// Notices came only from the first parse: a bad address reached later (Back to a link typed
    /// by hand) was shown silently.
    #[test]
    fn a_bad_address_reached_later_also_gets_a_notice() {
        let v = vocab();
        let (mut s, _) = ViewState::open("", &v);
        let effects = s.update(Event::Address("?measure=nope".into()), &v);
        assert_eq!(s.notices().len(), 1);
        assert_eq!(effects, [Effect::Navigate { query: String::new(), replace: true }]);
        s.update(Event::Dismiss, &v);
        assert!(s.notices().is_empty());
    }

    #[test]
    fn an_old_measure_link_is_rewritten_without_a_notice() {
        let v = vocab();
        let (s, effects) = ViewState::open("?measure=industrial-cluster-of-the-100-billion-yuan-class", &v);
        assert_eq!(s.shown().measure.as_deref(), Some("cluster-100bn"));
        assert!(s.notices().is_empty());
        assert_eq!(effects, [Effect::Navigate { query: "?measure=cluster-100bn".into(), replace: true }]);
    }

    #[test]
    fn choices_of_unknown_values_or_the_same_view_change_nothing() {
        let v = vocab();
        let (mut s, _) = ViewState::open("?city=zhuzhou", &v);
        assert!(s.update(Event::Select(Some("zhuzhou".into())), &v).is_empty());
        assert!(s.update(Event::Measure("nope".into()), &v).is_empty());
        assert_eq!(s.update(Event::Select(Some("atlantis".into())), &v), [Effect::AwaitPaint]);
        assert_eq!(s.shown().city, None, "an unknown division selects the province");
        // The default measure (the first: the official statistics' GDP of 2022) is written as no
        // parameter at all.
        s.update(Event::Measure("cluster-100bn".into()), &v);
        assert_eq!(v.measures[0], "gdp-2022");
        s.update(Event::Measure(v.measures[0].clone()), &v);
        assert_eq!(s.shown().measure, None);
    }

    #[test]
    fn a_search_is_one_history_entry_however_many_keystrokes_it_takes() {
        let v = vocab();
        let mut b = Browser::open("?city=changsha", &v);
        for typed in ["a", "ae", "aer", "aero"] {
            b.send(Event::Search(typed.into()), &v);
            b.paint(&v);
        }
        assert_eq!(b.history, ["?city=changsha", "?city=changsha&q=aero"]);
        // Confirmed, the next search is an entry of its own; Back returns to the last one.
        b.send(Event::Commit, &v);
        b.send(Event::Search("fireworks".into()), &v);
        b.paint(&v);
        assert_eq!(b.history, ["?city=changsha", "?city=changsha&q=aero", "?city=changsha&q=fireworks"]);
        b.back(&v);
        assert_eq!(b.state.shown().q.as_deref(), Some("aero"));
        // After Back, typing starts a new entry rather than overwriting the one Back reached.
        b.send(Event::Search("aero engine".into()), &v);
        b.paint(&v);
        assert_eq!(b.history, ["?city=changsha", "?city=changsha&q=aero", "?city=changsha&q=aero%20engine"]);
        // Deleting the search and typing another is one entry too, after a confirmed search.
        b.send(Event::Commit, &v);
        for typed in ["aero engin", "", "s", "steel"] {
            b.send(Event::Search(typed.into()), &v);
            b.paint(&v);
        }
        assert_eq!(b.history.last().map(String::as_str), Some("?city=changsha&q=steel"));
        b.back(&v);
        assert_eq!(b.state.shown().q.as_deref(), Some("aero engine"));
        // A keystroke that changes nothing (a markup character) starts no edit.
        b.send(Event::Commit, &v);
        b.send(Event::Search("aero engine<".into()), &v);
        b.send(Event::Search("aero".into()), &v);
        b.paint(&v);
        assert_eq!(b.history.len(), 4, "{:?}", b.history);
    }

    /// Keystrokes come faster than frames: each paint writes what is shown, and only the first
    /// write of an edit adds an entry.
    #[test]
    fn keystrokes_between_paints_still_make_one_entry() {
        let v = vocab();
        let mut b = Browser::open("?q=aero", &v);
        b.send(Event::Search(String::new()), &v);
        b.send(Event::Search("f".into()), &v);
        b.paint_once(&v);
        for typed in ["fi", "fir", "fire"] {
            b.send(Event::Search(typed.into()), &v);
            b.paint_once(&v);
        }
        b.paint(&v);
        assert_eq!(b.history, ["?q=aero", "?q=fire"]);
    }

    #[test]
    fn ending_a_search_returns_to_the_view_it_was_made_from() {
        let v = vocab();
        let mut b = Browser::open("?city=changsha&topic=towns", &v);
        b.send(Event::Search("aero".into()), &v);
        b.paint(&v);
        b.send(Event::EndSearch, &v);
        b.paint(&v);
        assert_eq!(b.address, "?city=changsha&topic=towns");
        assert_eq!(b.history.len(), 3, "Back returns to the search: {:?}", b.history);
        // Deleting the whole text ends it too, in the search's own entry.
        b.send(Event::Search("x".into()), &v);
        b.send(Event::Search(" ".into()), &v);
        b.paint(&v);
        assert_eq!(b.address, "?city=changsha&topic=towns");
        // A markup-only search is no search.
        assert!(b.state.update(Event::Search("<>".into()), &v).is_empty());
    }

    #[test]
    fn choosing_a_result_opens_its_place_with_the_item_marked() {
        let v = vocab();
        let mut b = Browser::open("?q=aero&lang=en", &v);
        let item = "zhuzhou-2020-aero-engine-market-share".to_string();
        b.send(Event::Choose { city: Some("zhuzhou".into()), topic: None, item: item.clone() }, &v);
        b.paint(&v);
        assert_eq!(b.address, format!("?city=zhuzhou&lang=en&mark={item}"));
        b.back(&v);
        assert_eq!(b.state.shown().q.as_deref(), Some("aero"), "Back returns to the results");
        // A highlight of the province is in its topic's section.
        b.send(Event::Choose { city: None, topic: Some("towns".into()), item: "nope".into() }, &v);
        b.paint(&v);
        assert_eq!(b.address, "?topic=towns&lang=en", "an unknown item is not marked");
        // Another division leaves the mark behind; a click on the map ends a search.
        b.send(Event::Choose { city: Some("zhuzhou".into()), topic: None, item: item.clone() }, &v);
        b.send(Event::Search("gas".into()), &v);
        b.send(Event::Select(Some("loudi".into())), &v);
        b.paint(&v);
        assert_eq!(b.address, "?city=loudi&lang=en");
    }

    /// A page and its address bar: effects are carried out as the component does.
    struct Browser {
        state: ViewState,
        address: String,
        history: Vec<String>,
        paints_due: u32,
    }

    impl Browser {
        fn open(address: &str, v: &Vocabulary) -> Browser {
            let (state, effects) = ViewState::open(address, v);
            let mut b = Browser { state, address: address.into(), history: vec![address.into()], paints_due: 0 };
            b.apply(effects, v);
            b
        }

        /// The reader acts; an address they go to (Back, Forward, a typed link) is the new address.
        fn send(&mut self, event: Event, v: &Vocabulary) {
            if let Event::Address(query) = &event {
                self.address = query.clone();
                self.history.push(query.clone());
            }
            self.deliver(event, v);
        }

        fn deliver(&mut self, event: Event, v: &Vocabulary) {
            let effects = self.state.update(event, v);
            self.apply(effects, v);
        }

        fn apply(&mut self, effects: Vec<Effect>, v: &Vocabulary) {
            for effect in effects {
                match effect {
                    Effect::AwaitPaint => self.paints_due += 1,
                    Effect::Navigate { query, replace } => {
                        if replace {
                            self.history.pop();
                        }
                        self.history.push(query.clone());
                        self.address = query.clone();
                        self.deliver(Event::Address(query), v);
                    }
                }
            }
        }

        /// Back: the previous entry becomes the address.
        fn back(&mut self, v: &Vocabulary) {
            self.history.pop();
            let previous = self.history.last().cloned().unwrap_or_default();
            self.address = previous.clone();
            self.deliver(Event::Address(previous), v);
        }

        /// One frame: the oldest paint due is delivered.
        fn paint_once(&mut self, v: &Vocabulary) {
            if self.paints_due > 0 {
                self.paints_due -= 1;
                let address = self.address.clone();
                self.deliver(Event::Painted(address), v);
            }
        }

        fn paint(&mut self, v: &Vocabulary) {
            while self.paints_due > 0 {
                self.paints_due -= 1;
                let address = self.address.clone();
                self.deliver(Event::Painted(address), v);
            }
        }
    }

    /// The reader's actions, with values from the real vocabulary and some that are not in it.
    fn action(v: &Vocabulary) -> impl Strategy<Value = Event> {
        let cities = prop::sample::select(
            v.cities.iter().cloned().map(Some).chain([None, Some("atlantis".to_string())]).collect::<Vec<_>>(),
        );
        let measures = prop::sample::select(
            v.measures.iter().cloned().chain(["nope".to_string(), "coverage".to_string()]).collect::<Vec<_>>(),
        );
        let addresses = prop::sample::select(vec![
            String::new(),
            "?city=changsha".to_string(),
            "?city=atlantis".to_string(),
            "?measure=industrial-cluster-of-the-100-billion-yuan-class&view=table".to_string(),
            "?city=zhuzhou&city=loudi".to_string(),
            "?view=%FF".to_string(),
            "?topic=parks&city=loudi".to_string(),
            "?topic=%3Cb%3E".to_string(),
            "?lang=zh&city=zhuzhou".to_string(),
            "?lang=fr".to_string(),
            "?q=aero&city=zhuzhou".to_string(),
            "?q=%3Cb%3E".to_string(),
        ]);
        prop_oneof![
            cities.clone().prop_map(Event::Select),
            measures.prop_map(Event::Measure),
            prop_oneof![Just(View::Charts), Just(View::Table)].prop_map(Event::View),
            prop::sample::select(vec![None, Some("towns".to_string()), Some("weather".to_string())])
                .prop_map(Event::Topic),
            addresses.prop_map(Event::Address),
            prop_oneof![Just(Lang::Zh), Just(Lang::En)].prop_map(Event::Lang),
            Just(Event::Dismiss),
            prop::sample::select(vec!["aero", "aero engine", "", " ", "<b>", "株洲"])
                .prop_map(|q| Event::Search(q.into())),
            Just(Event::Commit),
            Just(Event::EndSearch),
            (cities, prop::sample::select(v.items.iter().take(5).cloned().chain(["nope".into()]).collect::<Vec<_>>()))
                .prop_map(|(city, item)| Event::Choose { city, topic: Some("towns".into()), item }),
        ]
    }

    proptest! {
        /// After any sequence of choices and address changes, once the frames are painted, the
        /// page shows a valid view and the address names exactly that view.
        #[test]
        fn the_address_always_catches_up_with_a_valid_view(
            steps in prop::collection::vec((action(&vocab()), any::<bool>()), 1..40)
        ) {
            let v = vocab();
            let mut b = Browser::open("", &v);
            for (event, paint_now) in steps {
                b.send(event, &v);
                if paint_now {
                    b.paint(&v);
                }
            }
            b.paint(&v);
            let shown = b.state.shown().clone();
            prop_assert!(shown.city.as_ref().is_none_or(|c| v.cities.contains(c)));
            prop_assert!(shown.measure.as_ref().is_none_or(|m| v.measures.contains(m)));
            prop_assert!(shown.topic.as_ref().is_none_or(|t| v.topics.contains(t)));
            let parsed = url_state::parse(&b.address, &v);
            prop_assert_eq!(&parsed.state, &shown);
            prop_assert!(parsed.notices.is_empty());
            prop_assert_eq!(b.history.last(), Some(&b.address));
        }
    }
}
