//! The loading of ECharts and of the build's chart files (one a language), as a pure state
//! machine: the page (src/components/app.rs) sends it what the charts ask for and what the
//! browser reports, and starts the downloads it returns; the charts read from it whether they can
//! be drawn, or why not.
//!
//! Each download is asked for once. One that fails is forgotten, so that the next ask (the
//! reader's Retry, a scroll, a chart coming into view) starts it again; the failure is shown
//! until Retry, or until the charts can be drawn after all.

use crate::lang::Lang;

/// The script and the chart files, as far as they have come.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loader {
    /// The script: `None` if not asked for, or forgotten after a failure.
    script: Option<Stage>,
    /// The chart files asked for or loaded (a language absent: not asked for, or forgotten).
    files: Vec<(Lang, Stage)>,
    /// Why the last download failed, until Retry.
    failed: Option<String>,
}

/// Where a download stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Asked,
    Loaded,
}

/// What happens to the downloads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A chart in this language came near the viewport, or the reader scrolled towards the
    /// charts: the script and the language's chart file are wanted.
    Want(Lang),
    /// The reader asked again after a failure, from a chart in this language.
    Retry(Lang),
    /// The script has run.
    ScriptLoaded,
    /// The script could not be loaded (its address).
    ScriptFailed(String),
    /// The chart file of this language has been read.
    FileLoaded(Lang),
    /// The chart file of this language could not be loaded (why).
    FileFailed(Lang, String),
}

/// What the page must do after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Todo {
    /// Load the script.
    pub script: bool,
    /// Fetch the chart file of this language.
    pub file: Option<Lang>,
    /// Whether what the charts read (`ready`, `failed`) may have changed: only then are they
    /// told, so that charts asking again and again (each scroll asks) re-run nothing.
    pub changed: bool,
}

impl Loader {
    /// Applies `event`; returns the downloads to start.
    pub fn update(&mut self, event: Event) -> Todo {
        let changed = Todo { changed: true, ..Todo::default() };
        match event {
            Event::Want(lang) => self.want(lang),
            Event::Retry(lang) => Todo { changed: self.failed.take().is_some(), ..self.want(lang) },
            Event::ScriptLoaded => {
                self.script = Some(Stage::Loaded);
                changed
            }
            Event::ScriptFailed(why) => {
                self.script = None;
                self.failed = Some(why);
                changed
            }
            Event::FileLoaded(lang) => {
                self.files.retain(|(l, _)| *l != lang);
                self.files.push((lang, Stage::Loaded));
                changed
            }
            Event::FileFailed(lang, why) => {
                self.files.retain(|(l, _)| *l != lang);
                self.failed = Some(why);
                changed
            }
        }
    }

    /// Asks for what of the script and `lang`'s chart file is neither loaded nor on its way.
    fn want(&mut self, lang: Lang) -> Todo {
        let script = self.script.is_none();
        self.script.get_or_insert(Stage::Asked);
        let file = (!self.files.iter().any(|(l, _)| *l == lang)).then_some(lang);
        if file.is_some() {
            self.files.push((lang, Stage::Asked));
        }
        Todo { script, file, changed: false }
    }

    /// Whether the charts in `lang` can be drawn: the script has run and their file is in.
    pub fn ready(&self, lang: Lang) -> bool {
        self.script == Some(Stage::Loaded) && self.files.contains(&(lang, Stage::Loaded))
    }

    /// Why the charts in `lang` cannot be drawn, if a download failed (`None` once they can).
    pub fn failed(&self, lang: Lang) -> Option<&str> {
        if self.ready(lang) { None } else { self.failed.as_deref() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{En, Zh};

    /// A loader after `events`.
    fn after(events: Vec<Event>) -> Loader {
        let mut loader = Loader::default();
        for event in events {
            loader.update(event);
        }
        loader
    }

    fn todo(script: bool, file: Option<Lang>, changed: bool) -> Todo {
        Todo { script, file, changed }
    }

    #[test]
    fn the_first_chart_asks_for_the_script_and_its_file_and_nothing_is_asked_twice() {
        let mut loader = Loader::default();
        assert_eq!(loader.update(Event::Want(Zh)), todo(true, Some(Zh), false));
        assert_eq!(loader.update(Event::Want(Zh)), todo(false, None, false), "both on their way");
        assert_eq!(loader.update(Event::Want(En)), todo(false, Some(En), false), "only the other file");
        assert_eq!(loader.update(Event::Want(En)), todo(false, None, false));
    }

    #[test]
    fn charts_are_ready_once_the_script_and_their_own_file_are_in() {
        let mut loader = after(vec![Event::Want(En)]);
        assert!(!loader.ready(En));
        assert_eq!(loader.update(Event::ScriptLoaded), todo(false, None, true));
        assert!(!loader.ready(En), "the file is still on its way");
        assert_eq!(loader.update(Event::FileLoaded(En)), todo(false, None, true));
        assert!(loader.ready(En));
        assert!(!loader.ready(Zh), "the other language's file was never asked for");
        // Loaded, nothing is asked for again.
        assert_eq!(loader.update(Event::Want(En)), todo(false, None, false));
        // The file may arrive before the script.
        let loader = after(vec![Event::Want(Zh), Event::FileLoaded(Zh)]);
        assert!(!loader.ready(Zh));
        assert!(after(vec![Event::Want(Zh), Event::FileLoaded(Zh), Event::ScriptLoaded]).ready(Zh));
    }

    #[test]
    fn a_failed_script_is_shown_and_asked_for_again_alone() {
        let mut loader = after(vec![Event::Want(En), Event::FileLoaded(En)]);
        assert_eq!(loader.update(Event::ScriptFailed("echarts.min.js".into())), todo(false, None, true));
        assert_eq!(loader.failed(En), Some("echarts.min.js"));
        // A scroll asks again for the script, not for the file it has.
        assert_eq!(loader.update(Event::Want(En)), todo(true, None, false));
        assert_eq!(loader.failed(En), Some("echarts.min.js"), "shown until Retry");
        assert_eq!(loader.update(Event::Want(En)), todo(false, None, false), "on its way again");
        // Loaded at the second try: the failure is no longer shown.
        loader.update(Event::ScriptLoaded);
        assert!(loader.ready(En));
        assert_eq!(loader.failed(En), None);
    }

    #[test]
    fn a_failed_file_is_shown_and_asked_for_again_alone() {
        let mut loader = after(vec![Event::Want(Zh), Event::ScriptLoaded]);
        assert_eq!(loader.update(Event::FileFailed(Zh, "charts-zh.json: HTTP 404".into())), todo(false, None, true));
        assert_eq!(loader.failed(Zh), Some("charts-zh.json: HTTP 404"));
        assert_eq!(loader.update(Event::Want(Zh)), todo(false, Some(Zh), false));
    }

    #[test]
    fn retry_clears_the_failure_and_asks_again() {
        let mut loader = after(vec![Event::Want(En), Event::ScriptFailed("echarts.min.js".into())]);
        assert_eq!(loader.update(Event::Retry(En)), todo(true, None, true));
        assert_eq!(loader.failed(En), None);
        // Retry with nothing failed changes nothing the charts read, and asks for what is missing.
        let mut loader = after(vec![Event::Want(En), Event::ScriptLoaded]);
        assert_eq!(loader.update(Event::Retry(Zh)), todo(false, Some(Zh), false));
        assert_eq!(loader.update(Event::Retry(Zh)), todo(false, None, false));
    }

    #[test]
    fn the_failure_shown_is_the_last_one() {
        let loader = after(vec![
            Event::Want(En),
            Event::Want(Zh),
            Event::FileFailed(Zh, "charts-zh.json: HTTP 500".into()),
            Event::ScriptFailed("echarts.min.js".into()),
        ]);
        assert_eq!(loader.failed(Zh), Some("echarts.min.js"));
        assert_eq!(loader.failed(En), Some("echarts.min.js"));
    }
}
