//! The one HTML escaper: for text and attribute values alike.

/// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe as element text and inside a quoted
/// attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `text` escaped, marked as English (`<span lang="en">`) where a Chinese page gives a name
/// that has no Chinese form in the data (a company's name as its page gives it).
pub fn in_its_language(text: &str, chinese_page: bool) -> String {
    if chinese_page && !text.is_empty() && !text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        format!("<span lang=\"en\">{}</span>", escape(text))
    } else {
        escape(text)
    }
}

/// For tests of HTML the core writes: its tags (what is between `<` and `>`), checking that each
/// closes before another opens. An unescaped `<` in a text, or a mark put into an attribute,
/// would open a tag inside one.
#[cfg(test)]
pub fn tags(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("an unclosed tag") + start;
        let tag = &rest[start + 1..end];
        assert!(!tag.contains('<'), "markup inside a tag: <{tag}>");
        out.push(tag);
        rest = &rest[end + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_both_quotes() {
        assert_eq!(escape("<b a=\"1\" c='2'>&</b>"), "&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;&amp;&lt;/b&gt;");
        assert_eq!(escape("长沙 & 株洲"), "长沙 &amp; 株洲");
    }
}
