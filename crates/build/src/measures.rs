//! The measures that can colour the map, worked out once from the dataset: every indicator that
//! two or more divisions share (official statistics first), and how much the articles say; each
//! with its classes, fills and legend in both languages (`prepared`), which the packed dataset
//! carries to the app.

use crate::values::{chinese_units, english_units};
use atlas_core::data::Dataset;
use atlas_core::lang::{Lang, Text};
use atlas_core::measures::{COVERAGE, LegendEntry, Measure, MeasureValue, SCALE};
use atlas_core::messages::{EN, ZH};
use atlas_core::model::{Figure, Kind, PlaceKind, Qualifier};
use atlas_core::numbers::{group_thousands, tenths};

/// Lowercase ASCII words joined by dashes: "Industrial cluster of the 100-billion-yuan class" ->
/// "industrial-cluster-of-the-100-billion-yuan-class". Measures were once named by these slugs of
/// their labels; links that still use them are read through each measure's `legacy`.
pub fn slug(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// All measures: every indicator of the official statistics that two or more divisions share
/// (the first, which covers every division, is the default), then coverage, then every
/// indicator of the articles that two or more divisions share (its `indicator_id`, which the data
/// validation requires of shared indicators), in the order the data first gives them. A figure
/// about a part of a division (a town) does not colour the whole division: such indicators are
/// not measures.
pub fn measures(data: &Dataset) -> Vec<Measure> {
    let coverage = Measure {
        id: COVERAGE.into(),
        label: Text::new(EN.coverage, ZH.coverage),
        unit: Text::new(EN.coverage_unit, ZH.coverage_unit),
        period: String::new(),
        sources: Vec::new(),
        official: false,
        legacy: String::new(),
        fills: Vec::new(),
        legend: Vec::new(),
        values: data
            .divisions()
            .filter_map(|p| {
                let n = data.articles_of(&p.id).count();
                (n > 0).then(|| MeasureValue {
                    place: p.id.clone(),
                    value: n as f64,
                    qualifier: Qualifier::Exact,
                    figure: None,
                })
            })
            .collect(),
        membership: false,
    };
    let mut out = Vec::new();
    let is_division = |f: &&Figure| data.place(&f.place).is_some_and(|p| p.kind != PlaceKind::Province);
    let official = data.figures.iter().filter(|f| data.is_official(f));
    let articles = data.figures.iter().filter(|f| !data.is_official(f));
    let mut coverage = Some(coverage);
    for f in official.chain(articles).filter(is_division).filter(|f| !f.indicator_id.is_empty()) {
        if !data.is_official(f)
            && let Some(c) = coverage.take()
        {
            out.push(c);
        }
        if out.iter().any(|m| m.id == f.indicator_id) {
            continue;
        }
        let values: Vec<MeasureValue> = data
            .figures
            .iter()
            .filter(is_division)
            .filter(|g| g.indicator_id == f.indicator_id)
            .map(|g| MeasureValue {
                place: g.place.clone(),
                value: g.value,
                qualifier: g.qualifier,
                figure: Some(g.id.clone()),
            })
            .collect();
        let of = |g: &&Figure| g.indicator_id == f.indicator_id;
        // A class a division is named in by one of its clusters is the division's; a town's
        // value is not.
        let whole_divisions =
            f.kind == Kind::Threshold || data.figures.iter().filter(of).all(|g| g.subplace.is_empty());
        if crate::count_distinct(values.iter().map(|v| &v.place)) >= 2 && whole_divisions {
            let periods: Vec<&str> = data.figures.iter().filter(of).map(|g| g.period.as_str()).collect();
            let mut sources: Vec<String> = Vec::new();
            for g in data.figures.iter().filter(is_division).filter(of) {
                if !sources.contains(&g.source) {
                    sources.push(g.source.clone());
                }
            }
            // Its name in the menu: the indicator's, or the shorter one of data/terms.csv (set
            // `measure`) that fits a phone's menu. A measure of one year names it ("…, 2022";
            // "2022年…"): the legend says which year.
            let name = data.terms.0.iter().find(|t| t.set == "measure" && t.code == f.indicator_id);
            let name = name.map_or(&f.indicator, |t| &t.label);
            let label = match periods.first().filter(|p| crate::count_distinct(periods.iter()) == 1 && p.len() == 4) {
                Some(year) => Text::new((EN.of_year)(&name.en, year), (ZH.of_year)(&name.zh, year)),
                None => name.clone(),
            };
            out.push(Measure {
                id: f.indicator_id.clone(),
                label,
                unit: Text::new(f.unit.clone(), data.terms.unit(&f.unit, Lang::Zh)),
                values,
                membership: f.kind == Kind::Threshold,
                period: if crate::count_distinct(periods.iter()) == 1 { periods[0].to_string() } else { String::new() },
                sources,
                official: data.is_official(f),
                legacy: slug(&f.indicator.en),
                fills: Vec::new(),
                legend: Vec::new(),
            });
        }
    }
    out.extend(coverage);
    out.into_iter().map(prepared).collect()
}

/// The measure with its fills and legend worked out (`fills`, `legend`), as the build does
/// once: the app only reads them.
pub fn prepared(m: Measure) -> Measure {
    let classes = class_bounds(&m);
    let index = |c: &str| SCALE.iter().position(|s| *s == c).unwrap_or_default();
    let fills = m.values.iter().map(|v| index(fill(&m, &classes, v.value))).collect();
    let (en, zh) = (legend_in(&m, &classes, Lang::En), legend_in(&m, &classes, Lang::Zh));
    let legend = en.into_iter().zip(zh).map(|(e, z)| (index(e.colour), Text::new(e.label, z.label))).collect();
    // The unit as the legend names it: 亿元 are billions in English, as the labels count.
    let unit = match english_units("1", &m.unit.en) {
        Some((_, en)) => Text::new(en, m.unit.zh.clone()),
        None => m.unit.clone(),
    };
    Measure { fills, legend, unit, ..m }
}

/// Class boundaries: up to five classes; of counts, equal intervals of whole numbers between
/// the smallest and largest value; of amounts, equal numbers of values (quantiles); one
/// class when all values are equal.
fn class_bounds(m: &Measure) -> Vec<(f64, f64)> {
    let lo = m.values.iter().map(|v| v.value).fold(f64::INFINITY, f64::min);
    let hi = m.values.iter().map(|v| v.value).fold(f64::NEG_INFINITY, f64::max);
    if m.values.is_empty() {
        return Vec::new();
    }
    if hi <= lo {
        return vec![(lo, hi)];
    }
    let distinct = crate::count_distinct(m.values.iter().map(|v| v.value));
    let n = distinct.min(SCALE.len());
    if m.values.iter().all(|v| v.value.fract() == 0.0) {
        // Whole numbers (counts): classes of whole numbers that do not overlap.
        let size = ((hi - lo + 1.0) / n as f64).ceil();
        return (0..n)
            .map(|i| (lo + size * i as f64, (lo + size * (i + 1) as f64 - 1.0).min(hi)))
            .filter(|(a, b)| a <= b)
            .collect();
    }
    // Amounts: classes of (nearly) equal numbers of divisions, each from its smallest value
    // to its largest, so that one very large value (Changsha's GDP) does not leave the
    // others in one colour.
    let mut sorted: Vec<f64> = m.values.iter().map(|v| v.value).collect();
    sorted.sort_by(f64::total_cmp);
    let len = sorted.len();
    (0..n).map(|i| (sorted[i * len / n], sorted[(i + 1) * len / n - 1])).collect()
}

fn class_of(classes: &[(f64, f64)], value: f64) -> usize {
    classes.iter().position(|(_, hi)| value <= *hi + 1e-9).unwrap_or(classes.len().saturating_sub(1))
}

/// The fill of a value, given the classes: darkest for the largest.
fn fill(m: &Measure, classes: &[(f64, f64)], value: f64) -> &'static str {
    if m.membership {
        return SCALE[SCALE.len() - 1];
    }
    // Spread few classes over the scale.
    SCALE[SCALE.len() - classes.len() + class_of(classes, value)]
}

/// What the colours mean, in `lang`, given the classes. A membership has one entry: the
/// class its members are named in, its threshold in Chinese money units in Chinese (an exact
/// shift, see `values`).
fn legend_in(m: &Measure, classes: &[(f64, f64)], lang: Lang) -> Vec<LegendEntry> {
    if m.membership {
        let threshold = m.values.first().map_or(String::new(), |v| tenths(v.value));
        let label = match (lang, chinese_units(&threshold, &m.unit.en)) {
            (Lang::En, _) => (EN.in_the_class)(&format!("{} {}", group_thousands(&threshold), m.unit.en)),
            (Lang::Zh, Some((n, unit))) => (ZH.in_the_class)(&format!("{}{unit}", group_thousands(&n))),
            (Lang::Zh, None) => (ZH.in_the_class)(&format!("{}{}", group_thousands(&threshold), m.unit.zh)),
        };
        return vec![LegendEntry { colour: SCALE[SCALE.len() - 1], label }];
    }
    let n = classes.len();
    // In the unit the reader counts in: 亿元 are billions in English.
    let scale = if lang == Lang::En && english_units("1", &m.unit.en).is_some() { 0.1 } else { 1.0 };
    let fmt = |v: f64| group_thousands(&tenths(v * scale));
    // A top value given as "more than" has no upper bound: its class is open.
    let open_top = m
        .values
        .iter()
        .any(|v| matches!(v.qualifier, Qualifier::More | Qualifier::AtLeast) && class_of(classes, v.value) + 1 == n);
    classes
        .iter()
        .enumerate()
        .map(|(i, (lo, hi))| LegendEntry {
            colour: SCALE[SCALE.len() - n + i],
            label: if i + 1 == n && open_top {
                format!("\u{2265} {}", fmt(*lo))
            } else if (hi - lo).abs() < 1e-9 {
                fmt(*lo)
            } else {
                format!("{}\u{2013}{}", fmt(*lo), fmt(*hi))
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset as data;
    use atlas_core::measures::{COVERAGE, LegendEntry, MeasureValue, NO_DATA, SCALE};
    use atlas_core::model::Qualifier;

    fn dataset() -> Dataset {
        data::parse(data::embedded_files()).unwrap()
    }

    /// A measure of amounts in the unit "u", with its fills and legend worked out.
    fn amounts(values: Vec<MeasureValue>) -> Measure {
        prepared(Measure {
            id: "m".into(),
            label: Text::new("m", "m"),
            unit: Text::new("u", "u"),
            membership: false,
            period: String::new(),
            sources: Vec::new(),
            official: false,
            legacy: String::new(),
            fills: Vec::new(),
            legend: Vec::new(),
            values,
        })
    }

    fn value(place: &str, v: f64, qualifier: Qualifier) -> MeasureValue {
        MeasureValue { place: place.into(), value: v, qualifier, figure: None }
    }

    #[test]
    fn coverage_counts_figures_and_leaves_silent_divisions_without_a_value() {
        let m = &measures(&dataset())[0];
        assert_eq!(m.id, COVERAGE);
        // Counted by hand in data/figures.csv (rows whose place is changsha: 9, zhuzhou: 6).
        assert_eq!(m.value("changsha"), Some((9.0, Qualifier::Exact)));
        assert_eq!(m.value("zhuzhou"), Some((6.0, Qualifier::Exact)));
        assert_eq!(m.value("hengyang"), None);
        assert_eq!(m.colour("hengyang"), NO_DATA);
        assert_ne!(m.colour("changsha"), NO_DATA);
    }

    #[test]
    fn shared_indicators_become_measures_named_by_their_ids() {
        let all = measures(&dataset());
        let ids: Vec<&str> = all.iter().map(|m| m.id.as_str()).collect();
        // The history of a town's industry (Liling's, Dayao's) does not colour its division.
        assert_eq!(ids, ["coverage", "cluster-100bn"]);
        let mut places: Vec<&str> = all[1].values.iter().map(|v| v.place.as_str()).collect();
        places.sort();
        // The province's own cluster (construction machinery) is not a division's.
        assert_eq!(places, ["changsha", "loudi", "yueyang", "zhuzhou"]);
        assert!(all[1].membership && !all[0].membership);
        let legend = |lang| all[1].legend(lang).into_iter().map(|e| e.label).collect::<Vec<_>>();
        assert_eq!(legend(Lang::En), ["named in the class (\u{2265} 100 billion CNY)"]);
        // 100 billion CNY is 1,000亿元: the decimal point moved, nothing rounded.
        assert_eq!(legend(Lang::Zh), ["入选该级别（\u{2265}1,000亿元）"]);
        // Labels and units as data/figures.csv and data/terms.csv give them: the short name of
        // data/terms.csv (set measure). A measure of one year names it.
        assert_eq!(all[1].label, Text::new("100-billion-yuan industrial clusters, 2020", "2020年千亿级产业集群"));
        assert_eq!(all[1].unit, Text::new("billion CNY", "十亿元"));
        assert!(!all[0].label.zh.is_empty() && !all[0].unit.zh.is_empty());
        assert_eq!(all[1].colour("loudi"), SCALE[4]);
        assert_eq!(all[1].colour("hengyang"), NO_DATA);
        assert_eq!(all[1].values[0].figure.as_deref(), Some("yueyang-petrochemical-100-billion-cluster"));
        assert_eq!((all[1].period.as_str(), all[1].official), ("2020", false));
    }

    /// The measure once named by the slug of its label keeps that slug, for old links; coverage
    /// had none.
    #[test]
    fn a_measure_keeps_the_slug_it_was_once_named_by() {
        let legacy: Vec<(String, String)> = measures(&dataset()).into_iter().map(|m| (m.id, m.legacy)).collect();
        assert_eq!(
            legacy,
            [
                ("coverage".into(), String::new()),
                ("cluster-100bn".into(), "industrial-cluster-of-the-100-billion-yuan-class".into())
            ]
        );
    }

    #[test]
    fn colours_grow_darker_with_the_value() {
        let m = amounts(vec![
            value("a", 1.0, Qualifier::Exact),
            value("b", 5.0, Qualifier::Exact),
            value("c", 9.0, Qualifier::Exact),
        ]);
        assert_eq!(m.colour("a"), SCALE[2]);
        assert_eq!(m.colour("b"), SCALE[3]);
        assert_eq!(m.colour("c"), SCALE[4]);
        assert_eq!(m.colour("z"), NO_DATA);
        let labels: Vec<String> = m.legend(Lang::En).into_iter().map(|e| e.label).collect();
        assert_eq!(m.legend(Lang::Zh), m.legend(Lang::En), "numbers alone read the same");
        assert_eq!(labels, ["1\u{2013}3", "4\u{2013}6", "7\u{2013}9"]);
        let fractional = amounts(vec![value("a", 0.5, Qualifier::Exact), value("b", 2.0, Qualifier::Exact)]);
        // Amounts are classed by rank: each value its own class here.
        assert_eq!(fractional.legend(Lang::En)[0].label, "0.5");
        assert_eq!(fractional.legend(Lang::En)[1].label, "2");
    }

    #[test]
    fn equal_values_make_one_class() {
        let m = amounts(vec![value("a", 100.0, Qualifier::AtLeast), value("b", 100.0, Qualifier::AtLeast)]);
        // "At least 100": the one class is open at the top.
        assert_eq!(m.legend(Lang::En), vec![LegendEntry { colour: SCALE[4], label: "\u{2265} 100".into() }]);
        assert_eq!(m.colour("a"), SCALE[4]);
        let exact = amounts(vec![value("a", 100.0, Qualifier::Exact), value("b", 100.0, Qualifier::Exact)]);
        assert_eq!(exact.legend(Lang::En), vec![LegendEntry { colour: SCALE[4], label: "100".into() }]);
    }

    #[test]
    fn a_top_value_given_as_more_than_opens_its_class() {
        let m = amounts(vec![value("a", 1.0, Qualifier::Exact), value("b", 9.0, Qualifier::More)]);
        let labels: Vec<String> = m.legend(Lang::En).into_iter().map(|e| e.label).collect();
        assert_eq!(labels, ["1\u{2013}5", "\u{2265} 6"]);
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug("History of the characteristic industry"), "history-of-the-characteristic-industry");
        assert_eq!(slug("Share (%) of X, 2019"), "share-of-x-2019");
    }
}
