//! Builds the charts the atlas draws from the figures, in either language: the grammar
//! (`crate::grammar`) decides which figures make a chart, this module what it plots, what each
//! item stands for and how it is described (in the words of `super::words`). Pure: tested
//! natively by comparing the specs it returns. Native only: the build runs it, the app never
//! links it (`scripts/wasm-contents.mjs`).
//!
//! One number format everywhere: every number drawn is the text `value_label` gives (thousands
//! separated, with its qualifier), the same as cards and descriptions; years are never
//! separated; no label is cut (long category labels wrap).

use super::words::{self, FigureTip};
use super::{BAR, ChartSpec, EVENT, Item, Plot, Shape, TimePoint, TimeSeries};
use crate::data::Dataset;
use crate::lang::Lang;
use crate::model::{Figure, Place, PlaceKind, Qualifier, Terms, Topic};
use crate::numbers::{as_stated, group_thousands, value};

/// A figure's value as drawn at the end of its bar. In English the number and its qualifier:
/// "845,200", "≥ 100", "> 2,000" (the axis names the unit); in Chinese the value as the page
/// writes it (`numbers::value`): "超过2,000年", "11.7351亿元".
pub fn value_label(f: &Figure, terms: &Terms, lang: Lang) -> String {
    if lang == Lang::Zh {
        return value(f, terms, lang);
    }
    let symbol = match f.qualifier {
        Qualifier::Exact => "",
        Qualifier::More => "> ",
        Qualifier::AtLeast => "\u{2265} ",
        Qualifier::About => "~ ",
        Qualifier::Less => "< ",
    };
    format!("{symbol}{}", group_thousands(&f.value_text))
}

/// One division's bar in `ranked_bars`.
pub struct RankedRow<'a> {
    pub place: &'a Place,
    pub value: f64,
    /// The text at the end of the bar (see `value_label`).
    pub label: String,
    pub tooltip: String,
    /// The figure that states the value, if a figure does (coverage is counted).
    pub figure: Option<String>,
}

/// Where a chart goes: the view (a place id) and its key there.
pub struct Slot<'a> {
    pub view: &'a str,
    pub key: &'a str,
}

/// Divisions ranked by one quantity, largest first, the selected one in the accent colour;
/// `title`, `unit` and the rows' texts are in `lang`, and so are the place names it draws.
pub fn ranked_bars(
    at: Slot<'_>,
    title: &str,
    unit: &str,
    rows: Vec<RankedRow<'_>>,
    selected: Option<&str>,
    lang: Lang,
) -> ChartSpec {
    let mut rows = rows;
    crate::sort_short_by(&mut rows, |a, b| b.value.total_cmp(&a.value).then_with(|| a.place.id.cmp(&b.place.id)));
    let plot = Plot::Bars {
        unit: unit.to_string(),
        categories: rows.iter().map(|r| r.place.name(lang).to_string()).collect(),
        values: rows.iter().map(|r| r.value).collect(),
        selected: rows.iter().map(|r| Some(r.place.id.as_str()) == selected).collect(),
    };
    let items = vec![
        rows.iter()
            .map(|r| Item {
                place: Some(r.place.id.clone()),
                figure: r.figure.clone(),
                tooltip: r.tooltip.clone(),
                label: Some(r.label.clone()),
            })
            .collect(),
    ];
    let bars = words::list(rows.iter().map(|r| words::bar(r.place.name(lang), &r.label, unit, lang)), lang);
    let description = words::ranked(title, &bars, lang);
    let height = height_for(rows.len());
    chart(at, title, description, height, plot, items)
}

fn chart(at: Slot<'_>, title: &str, description: String, height: u32, plot: Plot, items: Vec<Vec<Item>>) -> ChartSpec {
    ChartSpec { view: at.view.into(), key: at.key.into(), title: title.into(), description, height, plot, items }
}

/// Divisions compared by one quantity that each states (a group the grammar calls `Compare`).
pub fn compare(data: &Dataset, at: Slot<'_>, figures: &[&Figure], selected: Option<&str>, lang: Lang) -> ChartSpec {
    let first = figures[0];
    let rows = figures
        .iter()
        .filter_map(|f| {
            Some(RankedRow {
                place: data.place(&f.place)?,
                value: f.value,
                label: value_label(f, &data.terms, lang),
                tooltip: figure_tooltip(data, f, lang),
                figure: Some(f.id.clone()),
            })
        })
        .collect();
    let unit = data.terms.unit(&first.unit, lang);
    ranked_bars(at, &words::quantity(first.indicator.get(lang), unit, lang), unit, rows, selected, lang)
}

/// One place's values of one quantity over its periods, oldest first (a group the grammar calls
/// `Series`). The periods are category labels, so a year is never drawn as "2,019".
pub fn series(data: &Dataset, at: Slot<'_>, figures: &[&Figure], lang: Lang) -> ChartSpec {
    let mut figures = figures.to_vec();
    crate::sort_short_by(&mut figures, |a, b| a.period.cmp(&b.period));
    let first = figures[0];
    let unit = data.terms.unit(&first.unit, lang);
    let title = words::quantity(first.indicator.get(lang), unit, lang);
    let periods: Vec<String> = figures.iter().map(|f| words::period(&f.period, lang)).collect();
    let labels: Vec<String> = figures.iter().map(|f| value_label(f, &data.terms, lang)).collect();
    let items = vec![
        figures
            .iter()
            .zip(&labels)
            .map(|(f, label)| Item {
                place: None,
                figure: Some(f.id.clone()),
                tooltip: figure_tooltip(data, f, lang),
                label: Some(label.clone()),
            })
            .collect(),
    ];
    let bars = words::list(periods.iter().zip(&labels).map(|(p, l)| words::bar(p, l, unit, lang)), lang);
    let description = words::by_period(&title, &bars, lang);
    let plot = Plot::Bars {
        unit: unit.to_string(),
        categories: periods,
        values: figures.iter().map(|f| f.value).collect(),
        selected: vec![false; figures.len()],
    };
    let height = height_for(figures.len());
    chart(at, &title, description, height, plot, items)
}

/// Where a figure comes from (defined in `super`, which the app may link: this module it may not).
pub use super::source_label;

/// The name of a place in `lang`, or its id if the dataset has no such place.
fn place_name<'a>(data: &'a Dataset, place: &'a str, lang: Lang) -> &'a str {
    data.place(place).map_or(place, |p| p.name(lang))
}

/// What a reader needs next to a number: what, where, value, period and source.
pub fn figure_tooltip(data: &Dataset, f: &Figure, lang: Lang) -> String {
    let tip = FigureTip {
        place: place_name(data, &f.place, lang),
        subplace: f.subplace.get(lang),
        indicator: f.indicator.get(lang),
        value: &value(f, &data.terms, lang),
        as_stated: &as_stated(f, &data.terms, lang),
        period: &words::period(&f.period, lang),
        source: &source_label(data, &f.source, lang),
        note: f.note.get(lang),
    };
    words::figure_tip(&tip, lang)
}

/// Height in pixels that gives each of `rows` bars room.
pub fn height_for(rows: usize) -> u32 {
    (rows as u32 * 40 + 60).clamp(150, 640)
}

/// A period as a date on the time axis: its day, the middle of its month, or the middle of its
/// year ("2019" -> "2019-07-01"). Periods are validated as YYYY, YYYY-MM or YYYY-MM-DD.
fn date_of(period: &str) -> Option<String> {
    let year = period.get(..4).filter(|y| y.chars().all(|c| c.is_ascii_digit()))?;
    Some(match period.len() {
        4 => format!("{year}-07-01"),
        7 => format!("{period}-15"),
        _ => period.to_string(),
    })
}

/// Figures (circles) and dated events (diamonds) on a year axis, one row per topic: all of them
/// (`place` None) or a place's. Undated highlights are left out.
pub fn timeline(data: &Dataset, view: &str, place: Option<&str>, selected: Option<&str>, lang: Lang) -> ChartSpec {
    // (date, topic, item, what it is in the description)
    type Point = (String, Topic, Item, String);
    let mut figures: Vec<Point> = Vec::new();
    let mut events: Vec<Point> = Vec::new();
    for f in data.figures.iter().filter(|f| !data.is_official(f) && place.is_none_or(|p| f.place == p)) {
        if let Some(x) = date_of(&f.period) {
            let item = Item {
                place: division(data, &f.place),
                figure: Some(f.id.clone()),
                tooltip: figure_tooltip(data, f, lang),
                label: None,
            };
            let text = words::timeline_figure(
                place_name(data, &f.place, lang),
                &words::period(&f.period, lang),
                data.terms.topic(f.topic, lang),
                f.indicator.get(lang),
                &value(f, &data.terms, lang),
                lang,
            );
            figures.push((x, f.topic, item, text));
        }
    }
    for h in data.highlights.iter().filter(|h| place.is_none_or(|p| h.place == p)) {
        if let Some(x) = date_of(&h.period) {
            let (name, period) = (place_name(data, &h.place, lang), words::period(&h.period, lang));
            let text = h.text.get(lang);
            let tooltip = words::event_tip(name, &period, text, &source_label(data, &h.source, lang), lang);
            let item = Item { place: division(data, &h.place), figure: None, tooltip, label: None };
            let described = words::timeline_event(name, &period, data.terms.topic(h.topic, lang), text, lang);
            events.push((x, h.topic, item, described));
        }
    }
    for points in [&mut figures, &mut events] {
        crate::sort_short_by(points, |a, b| a.0.cmp(&b.0));
    }
    let all = || figures.iter().chain(&events);
    let topics: Vec<Topic> = Topic::ALL.iter().copied().filter(|t| all().any(|p| p.1 == *t)).collect();
    let year = |p: &Point| p.0[..4].parse::<u32>().unwrap_or(0);
    let first = all().map(year).min().unwrap_or(0);
    let last = all().map(year).max().unwrap_or(0) + 1;
    let series_of = |name: &'static str, shape: Shape, colour: &'static str, points: &[Point]| TimeSeries {
        name,
        shape,
        colour,
        points: points
            .iter()
            .map(|(date, topic, item, _)| TimePoint {
                date: date.clone(),
                row: topics.iter().position(|t| t == topic).unwrap_or(0),
                selected: item.place.is_some() && item.place.as_deref() == selected,
            })
            .collect(),
    };
    let [figures_name, events_name] = words::timeline_series(lang);
    let plot = Plot::Timeline {
        first_year: first,
        last_year: last,
        topics: topics.iter().map(|t| data.terms.topic(*t, lang).to_string()).collect(),
        series: vec![
            series_of(figures_name, Shape::Circle, BAR, &figures),
            series_of(events_name, Shape::Diamond, EVENT, &events),
        ],
    };
    let list = |points: &[Point]| words::list(points.iter().map(|p| p.3.clone()), lang);
    let description =
        words::timeline(figures.len(), events.len(), first, last - 1, [&list(&figures), &list(&events)], lang);
    let items = vec![figures.into_iter().map(|p| p.2).collect(), events.into_iter().map(|p| p.2).collect()];
    let height = (topics.len() as u32 * 34 + 82).max(170);
    chart(Slot { view, key: "timeline" }, words::timeline_title(lang), description, height, plot, items)
}

/// The place id if it is a division (points of the province link to nothing on the map).
fn division(data: &Dataset, place: &str) -> Option<String> {
    data.place(place).filter(|p| p.kind != PlaceKind::Province).map(|p| p.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PlaceKind;

    fn place(id: &str) -> Place {
        Place {
            id: id.into(),
            adcode: "430000".into(),
            kind: PlaceKind::City,
            name_en: id.to_uppercase(),
            name_zh: format!("{id}市"),
            official_en: String::new(),
            official_zh: String::new(),
            neighbours: Vec::new(),
        }
    }

    fn row<'a>(place: &'a Place, value: f64, tooltip: &str) -> RankedRow<'a> {
        RankedRow { place, value, label: group_thousands(&value.to_string()), tooltip: tooltip.into(), figure: None }
    }

    fn data() -> Dataset {
        crate::data::parse(crate::data::embedded_files()).unwrap()
    }

    const AT: Slot<'static> = Slot { view: "hunan", key: "k" };

    fn bars(spec: &ChartSpec) -> (&[String], &[f64], &[bool]) {
        match &spec.plot {
            Plot::Bars { categories, values, selected, .. } => (categories, values, selected),
            Plot::Timeline { .. } => panic!("{} is not a bar chart", spec.key),
        }
    }

    fn labels(spec: &ChartSpec) -> Vec<&str> {
        spec.items[0].iter().map(|i| i.label.as_deref().unwrap_or("")).collect()
    }

    #[test]
    fn ranks_largest_first_and_marks_the_selection() {
        let (a, b) = (place("a"), place("b"));
        let spec = ranked_bars(AT, "T", "km²", vec![row(&a, 1.0, "a"), row(&b, 2500.0, "b")], Some("a"), Lang::En);
        assert_eq!(spec.place_at(0, 0), Some("b"));
        assert_eq!(spec.place_at(0, 1), Some("a"));
        assert_eq!(spec.items_of("a"), vec![(0, 1)]);
        assert_eq!(bars(&spec), (&["B".to_string(), "A".to_string()][..], &[2500.0, 1.0][..], &[false, true][..]));
        // The bar's label is the same text as the description's: thousands separated.
        assert_eq!(labels(&spec), ["2,500", "1"]);
        assert!(spec.description.starts_with("T, largest first: B 2,500 km²; A 1 km²"), "{}", spec.description);
        assert_eq!((spec.view.as_str(), spec.key.as_str()), ("hunan", "k"));
    }

    #[test]
    fn chinese_bars_are_named_and_described_in_chinese() {
        let (a, b) = (place("a"), place("b"));
        let spec = ranked_bars(AT, "标题", "年", vec![row(&a, 1.0, "a"), row(&b, 2500.0, "b")], None, Lang::Zh);
        assert_eq!(bars(&spec).0, ["b市", "a市"]);
        assert_eq!(spec.description, "标题，从大到小排列。b市：2,500；a市：1。");
    }

    #[test]
    fn tooltips_are_escaped() {
        let a = place("a");
        let spec = ranked_bars(AT, "T", "u", vec![row(&a, 1.0, "<b>x</b>\nline")], None, Lang::En);
        assert_eq!(spec.tooltips(), vec![vec!["&lt;b&gt;x&lt;/b&gt;<br>line".to_string()]]);
    }

    #[test]
    fn qualified_values_say_so_at_the_end_of_their_bar() {
        let data = data();
        let history: Vec<&Figure> = data.figures.iter().filter(|f| f.indicator_id == "industry-history").collect();
        let spec = compare(&data, AT, &history, Some("zhuzhou"), Lang::En);
        // "more than 2,000 years" (Liling) and "more than 1,400 years" (Dayao), largest first.
        assert_eq!(labels(&spec), ["> 2,000", "> 1,400"]);
        assert_eq!(bars(&spec).2, [true, false]);
        assert_eq!(spec.items_of("zhuzhou"), vec![(0, 0)]);
        // In Chinese (data/figures.csv, data/places.csv and data/terms.csv, read by hand).
        let zh = compare(&data, AT, &history, Some("zhuzhou"), Lang::Zh);
        assert_eq!(zh.title, "特色产业历史（年）");
        assert_eq!(bars(&zh).0, ["株洲", "长沙"]);
        assert_eq!(labels(&zh), ["超过2,000年", "超过1,400年"]);
        assert_eq!(zh.description, "特色产业历史（年），从大到小排列。株洲：超过2,000年；长沙：超过1,400年。");
        assert_eq!((bars(&zh).1, bars(&zh).2), (bars(&spec).1, bars(&spec).2));
        assert!(matches!(&zh.plot, Plot::Bars { unit, .. } if unit == "年"));
        assert_eq!(
            zh.items[0][0].tooltip,
            "株洲（醴陵）\n特色产业历史\n超过2,000年，2020年\n来源：红网，2020年\n注：陶瓷"
        );
    }

    #[test]
    fn a_series_puts_periods_in_order_as_text() {
        let data = data();
        let mut a = data.figures[0].clone();
        let mut b = a.clone();
        (a.period, a.value, a.value_text) = ("2019".into(), 2019.0, "2019".into());
        (b.period, b.value, b.value_text, b.id) = ("2018-04".into(), 845200.0, "845200".into(), "b".into());
        let spec = series(&data, AT, &[&a, &b], Lang::En);
        assert_eq!(bars(&spec).0, ["2018-04", "2019"]);
        assert_eq!(labels(&spec), ["845,200", "2,019"]);
        // data.figures[0] is a growth in % (data/figures.csv, row 2).
        let zh = series(&data, AT, &[&a, &b], Lang::Zh);
        assert_eq!(bars(&zh).0, ["2018年4月", "2019年"]);
        assert_eq!(
            zh.description,
            "规模以上工业增加值增速（%），按时间先后排列。2018年4月：845,200%；2019年：2,019%。"
        );
    }

    #[test]
    fn chinese_money_is_shifted_in_the_tooltip_and_stated_beside_it() {
        let data = data();
        let mut f = data.figures[0].clone();
        (f.value_text, f.unit) = ("1173.51".into(), "million CNY".into());
        let tip = figure_tooltip(&data, &f, Lang::Zh);
        // Source khn-2019-01-28 (data/sources.csv).
        assert_eq!(
            tip,
            "湖南\n规模以上工业增加值增速\n11.7351亿元，2018年\n原文数值：1,173.51百万元\n来源：湖南省人民政府英文网（Knowing All about Hunan），2019年1月28日"
        );
        assert_eq!(
            figure_tooltip(&data, &f, Lang::En),
            "Hunan\nIndustrial value added above designated size, growth\n1,173.51 million CNY, 2018\nSource: Knowing All about Hunan, 2019-01-28"
        );
    }

    #[test]
    fn the_timeline_has_a_year_axis_a_shape_for_each_series_and_describes_every_point() {
        let data = data();
        let spec = timeline(&data, "hunan", None, None, Lang::En);
        let Plot::Timeline { first_year, last_year, series, .. } = &spec.plot else { panic!("not a timeline") };
        assert_eq!((*first_year, *last_year), (2017, 2026));
        assert_eq!((series[0].shape, series[1].shape), (Shape::Circle, Shape::Diamond));
        assert_eq!((series[0].name, series[1].name), ("Figures", "Events"));
        // A year alone sits mid-year, a month mid-month.
        let dates: Vec<&str> = series[1].points.iter().map(|p| p.date.as_str()).collect();
        assert_eq!((dates[0], dates[dates.len() - 1]), ("2017-10-15", "2025-07-01"));
        // Every figure has a period; 16 of the 37 highlights have one, from 2017-10 to 2025
        // (data/*.csv, read by hand).
        assert_eq!(spec.items[0].len(), 89);
        assert_eq!(spec.items[1].len(), 16);
        assert!(spec.description.starts_with("89 figures (circles) and 16 dated events (diamonds) from 2017 to 2025"));
        for f in &data.figures {
            assert!(
                spec.description.contains(&format!("{}, {}", f.indicator.en, value(f, &data.terms, Lang::En))),
                "{}",
                f.id
            );
        }
    }

    #[test]
    fn the_chinese_timeline_names_its_series_topics_and_points_in_chinese() {
        let data = data();
        let en = timeline(&data, "hunan", None, None, Lang::En);
        let zh = timeline(&data, "hunan", None, None, Lang::Zh);
        let Plot::Timeline { topics, series, .. } = &zh.plot else { panic!("not a timeline") };
        assert_eq!(zh.title, "数据与事件时间线（按主题）");
        assert_eq!((series[0].name, series[1].name), ("数据", "事件"));
        // The topics of data/terms.csv, in the order of Topic::ALL.
        assert_eq!(
            topics,
            &[
                "工业",
                "产业园区",
                "产业集群与产业链",
                "特色产业小镇",
                "创新",
                "项目与投资",
                "对外贸易",
                "新能源汽车",
                "电子信息"
            ]
        );
        assert!(
            zh.description
                .starts_with("89条数据（圆点）和16个有日期的事件（菱形），2017年至2025年，按主题排列。【数据】")
        );
        // The first row of data/figures.csv, and the same points as in English.
        assert!(zh.description.contains("湖南2018年（工业）：规模以上工业增加值增速为7.4%"), "{}", zh.description);
        let Plot::Timeline { series: en_series, .. } = &en.plot else { panic!("not a timeline") };
        assert_eq!(series[0].points, en_series[0].points);
        assert_eq!(zh.items.iter().map(Vec::len).collect::<Vec<_>>(), [89, 16]);
    }
}
