//! Links to a view: the share link and the `<iframe>` snippet that embeds it, both to the view's
//! own page (`atlas_core::pages`). Pure.

use crate::html::escape;
use crate::lang::Lang;
use crate::pages::page;
use crate::url_state::UrlState;

/// Initial height of an embed; the optional `embed.js` on the host page then follows the content.
pub const EMBED_HEIGHT: u32 = 760;

/// The link to exactly this view in the full page (never the embed layout), in `lang`, the
/// language it is shown in: a shared link reads the same whatever the recipient's browser
/// prefers. It is the view's own page, whose title and card say what it shows.
pub fn share_url(page_base: &str, state: &UrlState, lang: Lang) -> String {
    [folder(page_base), &page(&UrlState { embed: false, ..state.clone() }, lang)].concat()
}

/// The embed's address pins the measure and the language explicitly, so that neither a later
/// change of the default nor the reader's browser changes what a published embed shows.
pub fn embed_url(page_base: &str, state: &UrlState, default_measure: &str, lang: Lang) -> String {
    let measure = state.measure.clone().or_else(|| Some(default_measure.to_string()));
    [folder(page_base), &page(&UrlState { embed: true, measure, ..state.clone() }, lang)].concat()
}

/// The folder the page is served from, where `embed.js` and every view's page sit beside
/// `index.html`.
fn folder(page_base: &str) -> &str {
    // Byte by byte, as `pages::pinned` finds the page's name.
    page_base.bytes().rposition(|b| b == b'/').and_then(|i| page_base.get(..=i)).unwrap_or(page_base)
}

/// The HTML a reader pastes into their page: the iframe, and the optional resizing script.
pub fn snippet(page_base: &str, state: &UrlState, default_measure: &str, lang: Lang, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{EMBED_HEIGHT}\" loading=\"lazy\" style=\"border:0;width:100%;max-width:100%\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        escape(&embed_url(page_base, state, default_measure, lang)),
        escape(title),
        escape(folder(page_base)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zhuzhou() -> UrlState {
        UrlState { city: Some("zhuzhou".into()), embed: true, ..Default::default() }
    }

    #[test]
    fn share_links_open_the_full_page() {
        assert_eq!(share_url("https://x.org/atlas/", &zhuzhou(), Lang::En), "https://x.org/atlas/zhuzhou.en.html");
        assert_eq!(
            share_url("https://x.org/index.html", &UrlState::default(), Lang::Zh),
            "https://x.org/hunan.zh.html"
        );
        // From a view's page, to the page of the view shown.
        let table =
            UrlState { city: Some("changsha".into()), view: crate::url_state::View::Table, ..Default::default() };
        assert_eq!(
            share_url("https://x.org/atlas/zhuzhou.en.html", &table, Lang::Zh),
            "https://x.org/atlas/changsha.zh.html?view=table"
        );
    }

    #[test]
    fn embeds_pin_the_measure_and_use_the_embed_layout() {
        let url = embed_url("https://x.org/atlas/index.html", &zhuzhou(), "coverage", Lang::Zh);
        assert_eq!(url, "https://x.org/atlas/zhuzhou.zh.html?measure=coverage&embed=1");
    }

    #[test]
    fn snippet_is_a_lazy_titled_full_width_iframe_and_the_script_beside_the_page() {
        let s = snippet("https://x.org/atlas/index.html", &zhuzhou(), "coverage", Lang::En, "Atlas: \"Zhuzhou\" <b>");
        assert!(s.starts_with("<iframe src=\"https://x.org/atlas/zhuzhou.en.html?measure=coverage&amp;embed=1\""));
        assert!(s.contains("title=\"Atlas: &quot;Zhuzhou&quot; &lt;b&gt;\""));
        assert!(s.contains("width=\"100%\"") && s.contains("loading=\"lazy\"") && s.contains("height=\"760\""));
        assert!(s.ends_with("<script src=\"https://x.org/atlas/embed.js\" async></script>"));
    }
}
