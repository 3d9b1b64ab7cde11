//! How the page names where a figure comes from, in the reader's language: a date as a reader
//! of that language writes it, and a source in a few words. The panel's cards and lists, the
//! search's results and the build's chart tooltips all say it the same way.

use crate::data::Dataset;
use crate::lang::Lang;

/// A period or date as the page writes it: as the data writes it in English ("2019-04"); in
/// Chinese with 年, 月 and 日 ("2019年", "2019年4月", "2019年4月5日").
pub fn period(p: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return p.to_string();
    }
    let mut parts = p.split('-');
    let year = parts.next().unwrap_or("");
    // Months and days without their leading zero: 2019-04-05 is 2019年4月5日.
    let unpadded = |s: &str| s.trim_start_matches('0').to_string();
    match (parts.next(), parts.next()) {
        (None, _) => format!("{year}年"),
        (Some(m), None) => format!("{year}年{}月", unpadded(m)),
        (Some(m), Some(d)) => format!("{year}年{}月{}日", unpadded(m), unpadded(d)),
    }
}

/// Where a figure comes from, in a few words: "China Daily, 2019-08-05"; "中国日报，2019年8月5日".
pub fn source(publisher: &str, date: &str, lang: Lang) -> String {
    match (lang, date.is_empty()) {
        (_, true) => publisher.to_string(),
        (Lang::En, false) => format!("{publisher}, {date}"),
        (Lang::Zh, false) => format!("{publisher}，{date}"),
    }
}

/// Where a figure comes from, in a few words: "China Daily, 2019-08-05"; "中国日报，2019年8月5日".
/// An official source is marked so ("Official statistics: …").
pub fn source_label(data: &Dataset, id: &str, lang: Lang) -> String {
    data.source(id).map_or_else(
        || id.to_string(),
        |s| {
            let date = if s.date.is_empty() { String::new() } else { period(&s.date, lang) };
            let label = source(s.publisher.get(lang), &date, lang);
            if s.official {
                let m = crate::messages::of(lang);
                format!("{}{}{label}", m.official, m.colon)
            } else {
                label
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_periods_say_year_month_and_day() {
        assert_eq!(period("2019", Lang::Zh), "2019年");
        assert_eq!(period("2019-04", Lang::Zh), "2019年4月");
        assert_eq!(period("2019-10", Lang::Zh), "2019年10月");
        assert_eq!(period("2019-12-05", Lang::Zh), "2019年12月5日");
        assert_eq!(period("2019-04", Lang::En), "2019-04");
    }

    #[test]
    fn a_source_is_its_publisher_and_date() {
        assert_eq!(source("China Daily", "2019-08-05", Lang::En), "China Daily, 2019-08-05");
        assert_eq!(source("中国日报", "2019年8月5日", Lang::Zh), "中国日报，2019年8月5日");
        assert_eq!(source("China Daily", "", Lang::En), "China Daily");
    }
}
