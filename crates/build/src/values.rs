//! How the page writes a figure's value, one format everywhere (cards, bars, tooltips, tables,
//! descriptions): thousands separators in values (845,200), none in years, the qualifier and unit
//! kept. In Chinese a money value may be shown in Chinese units (亿元, 万元, 万亿元) by an exact
//! shift of its decimal point, never rounded, with at most two decimals in 亿: 1,173.51 million
//! CNY is 117,351万元 (not 11.7351亿元). The value as the source states it (`as_stated`) stays
//! beside it in tooltips and the table. Written once, by the build, into each figure's `shown`
//! and `stated` texts, which the packed dataset carries to the app.

use atlas_core::data::Dataset;
use atlas_core::lang::{Lang, Text};
use atlas_core::model::{Figure, Qualifier, Terms};
use atlas_core::numbers::{group_thousands, shift};

/// Writes each figure's `shown` (`value`) and `stated` (`as_stated`) texts in both languages: done
/// once, natively (by `dataset::parse` and `baseline::add`), and shipped in the packed dataset.
/// An exact money value of a place and topic is shown in the scale of the largest money value of
/// the same place, topic and currency (one scale a topic: "1.17 billion" beside "72.387
/// billion", not "1,173.51 million"), where that takes at most three decimals in English and two
/// in Chinese, or rounded to two and said to be "about" (the value as stated stays beside it).
pub fn write(data: &mut Dataset) {
    let scales: Vec<Option<(i32, i32)>> = data.figures.iter().map(|f| topic_scale(data, f)).collect();
    let terms = &data.terms;
    for (f, scale) in data.figures.iter_mut().zip(scales) {
        let both = |write: fn(&Figure, &Terms, Lang) -> String| {
            Text::new(write(f, terms, Lang::En), write(f, terms, Lang::Zh))
        };
        (f.shown, f.stated) = (both(value), both(as_stated));
        if let Some((en, zh)) = scale {
            let about = |lang| terms.qualifier(Qualifier::About, lang).to_string();
            if let Some(text) = in_scale(f, en, Lang::En, &about(Lang::En)) {
                f.shown.en = text;
            }
            if let Some(text) = in_scale(f, zh, Lang::Zh, &about(Lang::Zh)) {
                f.shown.zh = text;
            }
        }
    }
}

/// The power of ten of a money unit and its currency: (9, "CNY") for billion CNY.
fn money(unit: &str) -> Option<(i32, &str)> {
    let (scale, currency) = unit.split_once(' ')?;
    let power = match scale {
        "million" => 6,
        "billion" => 9,
        "trillion" => 12,
        _ => return None,
    };
    Some((power, currency))
}

/// The scales (English, Chinese: powers of ten) of the largest exact money value among the
/// figures of `f`'s place, topic and currency, if `f` is one of several such and exact.
fn topic_scale(data: &Dataset, f: &Figure) -> Option<(i32, i32)> {
    let (_, currency) = money(&f.unit)?;
    if f.qualifier != Qualifier::Exact || data.is_official(f) {
        return None;
    }
    let same =
        |g: &&Figure| g.place == f.place && g.topic == f.topic && money(&g.unit).is_some_and(|(_, c)| c == currency);
    let in_base = |g: &Figure| g.value * 10f64.powi(money(&g.unit).map_or(0, |m| m.0));
    let group: Vec<&Figure> = data.figures.iter().filter(same).collect();
    let largest = group.iter().map(|g| in_base(g)).fold(0.0, f64::max);
    let top = group.iter().find(|g| in_base(g) == largest)?;
    let en = money(&top.unit)?.0;
    let digits = largest.log10().floor() as i32;
    let zh = if digits >= 12 {
        12
    } else if digits >= 8 {
        8
    } else {
        4
    };
    (group.len() > 1).then_some((en, zh))
}

/// `f`'s value in the scale `power` (10^power of its currency), if that is another than its own:
/// exact, or rounded to two decimals and qualified `about` where it would take more than three
/// decimals (English) or two (Chinese); `None` where the rounding would leave nothing.
fn in_scale(f: &Figure, power: i32, lang: Lang, about: &str) -> Option<String> {
    let (own, currency) = money(&f.unit)?;
    let number = shift(&f.value_text, own - power);
    let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
    let most = if lang == Lang::En { 3 } else { 2 };
    let (number, qualifier) = if decimals > most {
        let rounded = format!("{:.2}", f.value * 10f64.powi(own - power));
        (rounded.trim_end_matches('0').trim_end_matches('.').to_string(), about)
    } else {
        (number, "")
    };
    if number == "0" {
        return None;
    }
    let number = group_thousands(&number);
    match lang {
        Lang::En if power == own => None,
        Lang::En => {
            let scale = match power {
                6 => "million",
                9 => "billion",
                _ => "trillion",
            };
            let gap = if qualifier.is_empty() { "" } else { " " };
            Some(format!("{qualifier}{gap}{number} {scale} {currency}"))
        }
        Lang::Zh => {
            let unit = match (power, currency) {
                (12, _) => "万亿元",
                (8, "CNY") => "亿元",
                (4, "CNY") => "万元",
                (8, _) => "亿美元",
                _ => "万美元",
            };
            Some(format!("{qualifier}{number}{unit}"))
        }
    }
}

/// The value, qualifier and unit as the reader reads them in `lang`: "more than 80%",
/// "≥ 100 billion CNY"; "超过80%", "117,351万元", "第12位".
pub fn value(f: &Figure, terms: &Terms, lang: Lang) -> String {
    match lang {
        Lang::En => match english_units(&f.value_text, &f.unit) {
            Some((number, unit)) => {
                qualified(f.qualifier, terms, lang, &format!("{} {unit}", group_thousands(&number)))
            }
            None => as_stated(f, terms, lang),
        },
        Lang::Zh => match chinese_units(&f.value_text, &f.unit) {
            Some((number, unit)) => qualified(f.qualifier, terms, lang, &format!("{}{unit}", group_thousands(&number))),
            None => as_stated(f, terms, lang),
        },
    }
}

/// The value in the source's own unit (translated, never converted): "1,173.51 million CNY",
/// "1,173.51百万元". A unit whose label is a pattern (data/terms.csv) puts the number in it:
/// `{}` as written ("up {} places": "up 3 places"), `{th}` as an English ordinal ("{th}":
/// "12th"; "第{}位": "第12位").
pub fn as_stated(f: &Figure, terms: &Terms, lang: Lang) -> String {
    let number = group_thousands(&f.value_text);
    let unit = terms.unit(&f.unit, lang);
    let body = if f.unit == "%" {
        format!("{number}%")
    } else if unit.contains("{th}") {
        unit.replace("{th}", &ordinal(&number))
    } else if unit.contains("{}") {
        unit.replace("{}", &number)
    } else if lang == Lang::Zh {
        format!("{number}{unit}")
    } else {
        format!("{number} {unit}")
    };
    qualified(f.qualifier, terms, lang, &body)
}

/// A whole number as an English ordinal: "1st", "2nd", "3rd", "11th", "12th", "22nd".
pub fn ordinal(number: &str) -> String {
    let tens = number.len() > 1 && number.as_bytes()[number.len() - 2] == b'1';
    let suffix = match number.as_bytes().last() {
        _ if tens => "th",
        Some(b'1') => "st",
        Some(b'2') => "nd",
        Some(b'3') => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

fn qualified(q: Qualifier, terms: &Terms, lang: Lang, body: &str) -> String {
    let q = terms.qualifier(q, lang);
    match (q.is_empty(), lang) {
        (true, _) => body.to_string(),
        (false, Lang::En) => format!("{q} {body}"),
        (false, Lang::Zh) => format!("{q}{body}"),
    }
}

/// A value in a Chinese unit (亿元, 万人) in the units an English reader counts in, by an exact
/// decimal shift: 13966.11 (亿元) is 1,396.611 billion CNY. `None` for other units.
pub fn english_units(value: &str, unit: &str) -> Option<(String, &'static str)> {
    match unit {
        "100 million CNY" => Some((shift(value, -1), "billion CNY")),
        "10,000 people" => Some((shift(value, -2), "million people")),
        _ => None,
    }
}

/// A money value in the units a Chinese reader counts in, by an exact decimal shift: (digits,
/// unit). `None` for values that are not money in one of the data's money units.
pub fn chinese_units(value: &str, unit: &str) -> Option<(String, &'static str)> {
    // The power of ten of the unit, and the currency's Chinese name.
    let (power, currency) = match unit {
        "trillion CNY" => (12, "元"),
        "billion CNY" => (9, "元"),
        "million CNY" => (6, "元"),
        "million USD" => (6, "美元"),
        _ => return None,
    };
    // 万亿 (10^12) for trillions, 亿 (10^8) from 10^8 up, 万 (10^4) below, and below too where
    // 亿 would need more than two decimals (117,351万元, not 11.7351亿元).
    let whole = shift(value, power);
    let digits_before_point = whole.split('.').next().unwrap_or("").len();
    let decimals_in_yi = shift(value, power - 8).split('.').nth(1).map_or(0, str::len);
    let (by, name) = if power == 12 {
        (12, "万亿")
    } else if digits_before_point > 8 && decimals_in_yi <= 2 {
        (8, "亿")
    } else {
        (4, "万")
    };
    let unit = match (name, currency) {
        ("万亿", _) => "万亿元",
        ("亿", "元") => "亿元",
        ("万", "元") => "万元",
        ("亿", _) => "亿美元",
        _ => "万美元",
    };
    Some((shift(value, power - by), unit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{embedded_files, parse};

    #[test]
    fn money_in_chinese_units() {
        let c = |v, u| chinese_units(v, u).map(|(n, u)| format!("{n}{u}"));
        // Four decimals in 亿元: in 万元 instead.
        assert_eq!(c("1173.51", "million CNY").as_deref(), Some("117351万元"));
        assert_eq!(c("926", "million CNY").as_deref(), Some("9.26亿元"));
        assert_eq!(c("7.305", "billion CNY").as_deref(), Some("73.05亿元"));
        assert_eq!(c("12.45", "million CNY").as_deref(), Some("1245万元"));
        assert_eq!(c("500", "million CNY").as_deref(), Some("5亿元"));
        assert_eq!(c("100", "million CNY").as_deref(), Some("1亿元"));
        assert_eq!(c("310", "billion CNY").as_deref(), Some("3100亿元"));
        assert_eq!(c("0.5", "billion CNY").as_deref(), Some("5亿元"));
        assert_eq!(c("3", "trillion CNY").as_deref(), Some("3万亿元"));
        assert_eq!(c("167", "million USD").as_deref(), Some("1.67亿美元"));
        assert_eq!(c("16.7", "million USD").as_deref(), Some("1670万美元"));
        assert_eq!(c("99000", "CNY per mu"), None);
        assert_eq!(c("12", "rank"), None);
    }

    fn figure(value: &str, unit: &str, qualifier: Qualifier) -> Figure {
        let data = parse(embedded_files()).unwrap();
        let mut f = data.figures[0].clone();
        f.value_text = value.into();
        f.unit = unit.into();
        f.qualifier = qualifier;
        f
    }

    /// Every unit of data/figures.csv, written in both languages; the expected texts are written
    /// by hand from data/terms.csv.
    #[test]
    fn every_unit_in_the_data_reads_in_both_languages() {
        let data = parse(embedded_files()).unwrap();
        let t = &data.terms;
        let cases: &[(&str, &str, Qualifier, &str, &str)] = &[
            ("1173.51", "million CNY", Qualifier::Exact, "1,173.51 million CNY", "117,351万元"),
            ("310", "billion CNY", Qualifier::More, "more than 310 billion CNY", "超过3,100亿元"),
            ("3", "trillion CNY", Qualifier::Exact, "3 trillion CNY", "3万亿元"),
            ("167", "million USD", Qualifier::Exact, "167 million USD", "1.67亿美元"),
            ("80", "%", Qualifier::More, "more than 80%", "超过80%"),
            ("1.2", "percentage points", Qualifier::Exact, "1.2 percentage points", "1.2个百分点"),
            ("12", "rank", Qualifier::Exact, "12th", "第12位"),
            ("3", "places up", Qualifier::Exact, "up 3 places", "上升3位"),
            ("6", "generation", Qualifier::Exact, "6th generation", "第6代"),
            (
                "99000",
                "CNY per mu",
                Qualifier::Exact,
                "99,000 CNY per mu (1 mu \u{2248} 667 m\u{b2})",
                "99,000元/亩（1亩\u{2248}667平方米）",
            ),
            ("100", "billion CNY", Qualifier::AtLeast, "at least 100 billion CNY", "至少1,000亿元"),
            ("2000", "years", Qualifier::About, "about 2,000 years", "约2,000年"),
            ("350", "km/h", Qualifier::Exact, "350 km/h", "350km/h"),
        ];
        for (v, u, q, en, zh) in cases {
            let f = figure(v, u, *q);
            assert_eq!(value(&f, t, Lang::En), *en);
            assert_eq!(value(&f, t, Lang::Zh), *zh);
        }
        // Every unit in use has a Chinese label that is not its English code.
        for f in &data.figures {
            let zh = value(f, t, Lang::Zh);
            assert!(!zh.contains(&f.unit) || f.unit == "%" || f.unit == "km/h", "{}: {zh}", f.id);
            assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()) || f.unit == "km/h", "{}: {zh}", f.id);
        }
    }

    /// One money scale a topic (data/figures.csv): the towns' tax revenue beside their output
    /// value, the innovation projects' tax revenue beside their billions.
    #[test]
    fn money_of_a_topic_is_shown_in_one_scale() {
        let data = parse(embedded_files()).unwrap();
        let shown = |id: &str| data.figures.iter().find(|f| f.id == id).map(|f| f.shown.clone()).unwrap();
        assert_eq!(shown("hunan-2019-town-output-value"), Text::new("72.387 billion CNY", "723.87亿元"));
        assert_eq!(shown("hunan-2019-town-tax-revenue"), Text::new("about 1.17 billion CNY", "约11.74亿元"));
        assert_eq!(shown("hunan-2019-11-innovation-tax-revenue"), Text::new("0.926 billion CNY", "9.26亿元"));
        // The only money of its place and topic keeps its own scale; so does a lower bound.
        assert_eq!(shown("zhuzhou-liling-ceramics-output-value"), Text::new("11.89 billion CNY", "118.9亿元"));
        assert_eq!(
            shown("hunan-2023-electronics-investment-per-project"),
            Text::new("more than 500 million CNY", "超过5亿元")
        );
        // The stated value is the source's, untouched.
        let tax = data.figures.iter().find(|f| f.id == "hunan-2019-town-tax-revenue").unwrap();
        assert_eq!(tax.stated.en, "1,173.51 million CNY");
    }

    #[test]
    fn ordinals() {
        for (n, o) in [("1", "1st"), ("2", "2nd"), ("3", "3rd"), ("4", "4th"), ("11", "11th"), ("12", "12th")] {
            assert_eq!(ordinal(n), o);
        }
        assert_eq!(
            (ordinal("13"), ordinal("21"), ordinal("102"), ordinal("111")),
            ("13th".into(), "21st".into(), "102nd".into(), "111th".into())
        );
    }
}
