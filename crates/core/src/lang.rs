//! The two languages of the atlas, and the text of the data in both (`Text`). Which one a reader
//! gets is part of the view (`url_state`'s `lang`); without it, the browser's languages decide.

/// A language the atlas is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The spelling in URLs and file names: `en`, `zh`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The page's `lang` attribute (BCP 47).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The other of the two.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// The language's own name, as the switch offers it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }

    /// The language of a reader whose browser prefers `languages` (`navigator.languages`, most
    /// preferred first): the first `zh*` or `en*` decides; anything else gets English.
    pub fn preferred<S: AsRef<str>>(languages: &[S]) -> Lang {
        languages
            .iter()
            .find_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
                Lang::from_code(&primary)
            })
            .unwrap_or_default()
    }
}

/// A text of the data in both languages: the English as the data file writes it, and its
/// (editorial) Chinese translation. Both are empty, or neither (the build checks it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    pub en: String,
    pub zh: String,
}

impl Text {
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Text {
        Text { en: en.into(), zh: zh.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.en.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_chinese_or_english_browser_language_decides() {
        assert_eq!(Lang::preferred(&["zh-CN", "en-US"]), Lang::Zh);
        assert_eq!(Lang::preferred(&["en-US", "zh-CN"]), Lang::En);
        assert_eq!(Lang::preferred(&["fr-FR", "zh-TW", "en"]), Lang::Zh);
        assert_eq!(Lang::preferred(&["ZH_hk"]), Lang::Zh);
        assert_eq!(Lang::preferred(&["de", "fr"]), Lang::En);
        assert_eq!(Lang::preferred::<&str>(&[]), Lang::En);
        // A tag that only starts with the letters is another language.
        assert_eq!(Lang::preferred(&["zha", "enx"]), Lang::En);
    }

    #[test]
    fn codes_and_tags() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::Zh.tag(), "zh-CN");
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!((Lang::Zh.other(), Lang::En.other()), (Lang::En, Lang::Zh));
    }
}
