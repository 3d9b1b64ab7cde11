//! The chart grammar: what a set of figures becomes on the page. A bar chart compares one
//! quantity (the same indicator, unit and kind) across divisions, or one place's values of it
//! over periods; a threshold ("at least 100 billion") is a membership, never a bar; everything
//! else (unlike indicators that only share a unit, shares of different wholes, a lone figure)
//! is a card that names what it is.

use atlas_core::model::{Figure, Kind};

/// How a group of figures is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Bars, one a place: one quantity compared across places.
    Compare,
    /// Bars, one a period: one place's values of one quantity over time.
    Series,
    /// The places a class names ("100-billion-yuan clusters"): a list and a map measure.
    Membership,
    /// Cards: figures that no axis may put side by side.
    Cards,
}

/// Figures of one quantity (or, for cards, of one quantity each) and what they become.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    pub form: Form,
    pub figures: Vec<&'a Figure>,
}

/// What makes figures the same quantity: indicator, unit and kind.
fn quantity(f: &Figure) -> (&str, &str, Kind) {
    (&f.indicator.en, &f.unit, f.kind)
}

/// Groups `figures` by quantity, in the order each quantity first appears, and decides the form
/// of each group. Every figure is in exactly one group.
pub fn arrange<'a>(figures: &[&'a Figure]) -> Vec<Group<'a>> {
    let mut groups: Vec<Vec<&'a Figure>> = Vec::new();
    for f in figures {
        match groups.iter_mut().find(|g| quantity(g[0]) == quantity(f)) {
            Some(g) => g.push(f),
            None => groups.push(vec![f]),
        }
    }
    groups.into_iter().map(|figures| Group { form: form_of(&figures), figures }).collect()
}

/// The form of one quantity's figures.
pub fn form_of(figures: &[&Figure]) -> Form {
    if figures.iter().any(|f| f.kind == Kind::Threshold) {
        return Form::Membership;
    }
    let distinct = |key: fn(&Figure) -> &str| crate::count_distinct(figures.iter().map(|f| key(f)));
    let all_equal = figures.iter().all(|f| f.value == figures[0].value);
    if figures.len() < 2 || all_equal {
        // One bar, or bars all of one length, say nothing a card does not.
        return Form::Cards;
    }
    let (places, periods) = (distinct(|f| &f.place), distinct(|f| &f.period));
    if places == figures.len() {
        Form::Compare
    } else if places == 1 && periods == figures.len() {
        Form::Series
    } else {
        // The same place twice in one period (two subplaces, say): no single axis orders them.
        Form::Cards
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::lang::Text;
    use atlas_core::model::{Qualifier, Topic};

    fn figure(id: &str, place: &str, indicator: &str, unit: &str, kind: Kind, value: f64, period: &str) -> Figure {
        Figure {
            id: id.into(),
            place: place.into(),
            subplace: Text::default(),
            topic: Topic::Industry,
            indicator: Text::new(indicator, indicator),
            indicator_id: String::new(),
            value,
            value_text: value.to_string(),
            shown: Text::default(),
            stated: Text::default(),
            unit: unit.into(),
            period: period.into(),
            kind,
            qualifier: Qualifier::Exact,
            source: "s".into(),
            quote: String::new(),
            quote_zh: String::new(),
            note: Text::default(),
            line: 2,
        }
    }

    fn forms(figures: &[Figure]) -> Vec<(Form, Vec<&str>)> {
        let refs: Vec<&Figure> = figures.iter().collect();
        arrange(&refs).into_iter().map(|g| (g.form, g.figures.iter().map(|f| f.id.as_str()).collect())).collect()
    }

    #[test]
    fn one_quantity_across_places_is_compared() {
        let f = [
            figure("a", "changsha", "History", "years", Kind::Duration, 1400.0, "2020"),
            figure("b", "zhuzhou", "History", "years", Kind::Duration, 2000.0, "2020"),
        ];
        assert_eq!(forms(&f), [(Form::Compare, vec!["a", "b"])]);
    }

    #[test]
    fn one_place_over_periods_is_a_series() {
        let f = [
            figure("a", "hunan", "Towns awarded", "towns", Kind::Count, 6.0, "2019-04"),
            figure("b", "hunan", "Towns awarded", "towns", Kind::Count, 4.0, "2019-10"),
        ];
        assert_eq!(forms(&f), [(Form::Series, vec!["a", "b"])]);
    }

    #[test]
    fn unlike_indicators_that_share_a_unit_are_cards() {
        let f = [
            figure("a", "hunan", "Tax per mu", "CNY per mu", Kind::Intensity, 99000.0, "2020"),
            figure("b", "hunan", "GDP per mu", "CNY per mu", Kind::Intensity, 845200.0, "2020"),
        ];
        assert_eq!(forms(&f), [(Form::Cards, vec!["a"]), (Form::Cards, vec!["b"])]);
    }

    #[test]
    fn thresholds_are_memberships_never_bars() {
        let f = [
            figure("a", "yueyang", "Cluster of the 100-billion class", "billion CNY", Kind::Threshold, 100.0, "2020"),
            figure("b", "loudi", "Cluster of the 100-billion class", "billion CNY", Kind::Threshold, 100.0, "2020"),
        ];
        assert_eq!(forms(&f), [(Form::Membership, vec!["a", "b"])]);
    }

    #[test]
    fn shares_of_different_wholes_are_cards() {
        let f = [
            figure("a", "zhuzhou", "Domestic market share of aero-engines", "%", Kind::Share, 90.0, "2020"),
            figure("b", "chenzhou", "Share of the province's casting output", "%", Kind::Share, 40.0, "2020"),
        ];
        assert!(forms(&f).iter().all(|(form, _)| *form == Form::Cards));
    }

    #[test]
    fn bars_all_equal_or_alone_are_cards() {
        let equal = [
            figure("a", "changsha", "X", "u", Kind::Count, 3.0, "2020"),
            figure("b", "zhuzhou", "X", "u", Kind::Count, 3.0, "2020"),
        ];
        assert_eq!(forms(&equal), [(Form::Cards, vec!["a", "b"])]);
        assert_eq!(forms(&equal[..1]), [(Form::Cards, vec!["a"])]);
        let same_place_and_period = [
            figure("a", "changsha", "X", "u", Kind::Count, 3.0, "2020"),
            figure("b", "changsha", "X", "u", Kind::Count, 4.0, "2020"),
        ];
        assert_eq!(forms(&same_place_and_period), [(Form::Cards, vec!["a", "b"])]);
    }

    #[test]
    fn the_real_data_compares_only_like_with_like() {
        let data = crate::dataset::parse(crate::dataset::embedded_files()).unwrap();
        let all: Vec<&Figure> = data.figures.iter().collect();
        let groups = arrange(&all);
        assert_eq!(groups.iter().map(|g| g.figures.len()).sum::<usize>(), all.len(), "every figure once");
        let compared: Vec<Vec<&str>> = groups
            .iter()
            .filter(|g| g.form == Form::Compare)
            .map(|g| g.figures.iter().map(|f| f.id.as_str()).collect())
            .collect();
        // The one indicator two divisions give, checked by hand in data/figures.csv.
        assert_eq!(compared, [["changsha-dayao-fireworks-history", "zhuzhou-liling-ceramics-history"]]);
        let members: Vec<usize> =
            groups.iter().filter(|g| g.form == Form::Membership).map(|g| g.figures.len()).collect();
        assert_eq!(members, [5], "four divisions' 100-billion clusters and the province's own");
    }
}
