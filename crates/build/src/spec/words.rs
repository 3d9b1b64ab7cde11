//! The charts' own words in both languages: how a title, a tooltip or a description puts the
//! data's words (places, indicators, values, topics, sources, all already in the chart's
//! language) into a sentence. English reads as it always has; Chinese as a Chinese chart would.

use atlas_core::lang::Lang;

/// Items of a description, in order: "a; b"; "a；b".
pub fn list(items: impl IntoIterator<Item = String>, lang: Lang) -> String {
    let separator = if lang == Lang::En { "; " } else { "；" };
    items.into_iter().collect::<Vec<_>>().join(separator)
}

/// The title of a chart of one quantity: "History of the characteristic industry, years";
/// "特色产业历史（年）".
pub fn quantity(indicator: &str, unit: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{indicator}, {unit}"),
        Lang::Zh => format!("{indicator}（{unit}）"),
    }
}

/// One bar in a description: its category and its label (in English the label is a bare number
/// and the unit follows; in Chinese the label already says its unit): "Zhuzhou > 2,000 years";
/// "株洲：超过2,000年".
pub fn bar(category: &str, label: &str, unit: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{category} {label} {unit}"),
        Lang::Zh => format!("{category}：{label}"),
    }
}

/// The description of an editor's comparison, its bars in the editor's order, `bars` from
/// `list`: "Major product innovation projects, 2019, projects: Continued from 2018 76 …; …".
pub fn compared(title: &str, bars: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{title}: {bars}."),
        Lang::Zh => format!("{title}。{bars}。"),
    }
}

/// The description of divisions ranked by a quantity, `bars` from `list`.
pub fn ranked(title: &str, bars: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{title}, largest first: {bars}."),
        Lang::Zh => format!("{title}，从大到小排列。{bars}。"),
    }
}

/// The description of divisions ranked by a quantity in one unit, said once, `bars` their names
/// and numbers from `list`: "GDP…, billion CNY, largest first: Changsha 1,396.611; …".
pub fn ranked_in(title: &str, unit: &str, bars: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{title}, {unit}, largest first: {bars}."),
        Lang::Zh => format!("{title}，{unit}，从大到小排列。{bars}。"),
    }
}

/// The description of one place's values over its periods, `bars` from `list`.
pub fn by_period(title: &str, bars: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{title}, by period: {bars}."),
        Lang::Zh => format!("{title}，按时间先后排列。{bars}。"),
    }
}

/// What a figure's tooltip says, its texts in the chart's language.
pub struct FigureTip<'a> {
    /// The place's name, and its subplace if the figure has one.
    pub place: &'a str,
    pub subplace: &'a str,
    pub indicator: &'a str,
    /// The value as the reader reads it (`values::value`), and as the source states it
    /// (`values::as_stated`): Chinese shows the second too when it differs.
    pub value: &'a str,
    pub as_stated: &'a str,
    pub period: &'a str,
    pub source: &'a str,
    pub note: &'a str,
}

/// A figure's tooltip, one line each: where, what, value and period, source, note.
pub fn figure_tip(t: &FigureTip<'_>, lang: Lang) -> String {
    let FigureTip { place, subplace, indicator, value, as_stated, period, source, note } = *t;
    match lang {
        Lang::En => {
            let sub = if subplace.is_empty() { String::new() } else { format!(" ({subplace})") };
            let note = if note.is_empty() { String::new() } else { format!("\nNote: {note}") };
            format!("{place}{sub}\n{indicator}\n{value}, {period}\nSource: {source}{note}")
        }
        Lang::Zh => {
            let sub = if subplace.is_empty() { String::new() } else { format!("（{subplace}）") };
            let stated = if as_stated == value { String::new() } else { format!("\n原文数值：{as_stated}") };
            let note = if note.is_empty() { String::new() } else { format!("\n注：{note}") };
            format!("{place}{sub}\n{indicator}\n{value}，{period}{stated}\n来源：{source}{note}")
        }
    }
}

/// A dated event's tooltip: "Event: Zhuzhou, 2017-10", what happened, the source.
pub fn event_tip(place: &str, period: &str, text: &str, source: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Event: {place}, {period}\n{text}\nSource: {source}"),
        Lang::Zh => format!("事件：{place}，{period}\n{text}\n来源：{source}"),
    }
}

/// The title of the chart of the official statistics of every division: "Gross domestic product
/// (GDP) of the divisions, 2022 (official statistics)"; "2022年地区生产总值（官方统计）".
pub fn baseline(indicator: &str, period: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{indicator} of the divisions, {period} (official statistics)"),
        Lang::Zh => format!("{period}年{indicator}（官方统计）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chinese_tooltip_gives_the_stated_value_only_when_it_differs() {
        let tip = |value, as_stated| FigureTip {
            place: "长沙",
            subplace: "",
            indicator: "指标",
            value,
            as_stated,
            period: "2019年",
            source: "中国日报，2019年8月5日",
            note: "",
        };
        assert_eq!(
            figure_tip(&tip("117,351万元", "1,173.51百万元"), Lang::Zh),
            "长沙\n指标\n117,351万元，2019年\n原文数值：1,173.51百万元\n来源：中国日报，2019年8月5日"
        );
        assert_eq!(figure_tip(&tip("80%", "80%"), Lang::Zh), "长沙\n指标\n80%，2019年\n来源：中国日报，2019年8月5日");
    }
}
