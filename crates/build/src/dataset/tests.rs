//! Tests of `dataset`: the real files pass, and each kind of error is reported at its line.

use super::*;

const PLACES: &str = "id,adcode,kind,name_en,name_zh,official_en,official_zh\n\
hunan,430000,province,Hunan,湖南,Hunan Province,湖南省\n\
zhuzhou,430200,city,Zhuzhou,株洲,Zhuzhou City,株洲市\n";
const SOURCES: &str = "id,file,title,publisher,site,date,date_note\n\
s1,s1.txt,T,P,S,2019-01-28,\n";
const HIGHLIGHTS: &str = "id,place,subplace,topic,text,period,source,quote\n\
h1,zhuzhou,,clusters,Power Valley.,2018,s1,Zhuzhou \u{201c}Power Valley\u{201d}\n";
const TEXT: &str = "In 2018 the   value rose by 7.4%. Zhuzhou \u{201c}Power Valley\u{201d} expanded; 1,173.51 million yuan; three plans.";
const HEAD: &str =
    "id,place,subplace,topic,indicator,indicator_id,value,unit,period,kind,qualifier,source,quote,note\n";
const GOOD: &str = "f1,zhuzhou,,industry,Growth,,7.4,%,2018,growth,,s1,the value rose by 7.4%,\n";

/// `csv` with a Chinese column `<c>_zh` appended for each of `columns`: the English field marked
/// as translated ("译 ..."), empty where it is empty. Rows keep their lines; a header that is not
/// CSV is left alone.
fn translated(csv: &str, columns: &[&str]) -> &'static str {
    let Ok(table) = crate::csv::Table::parse(csv) else { return csv.to_string().leak() };
    let quote =
        |f: &str| if f.contains([',', '"', '\n']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f.into() };
    let at: Vec<Option<usize>> = columns.iter().map(|c| table.header.iter().position(|h| h == c)).collect();
    let mut out = table.header.iter().map(|h| quote(h)).collect::<Vec<_>>().join(",");
    for c in columns {
        out.push_str(&format!(",{c}_zh"));
    }
    out.push('\n');
    for r in &table.rows {
        let mut fields: Vec<String> = r.fields.iter().map(|f| quote(f)).collect();
        for i in &at {
            let en = i.and_then(|i| r.fields.get(i)).map_or("", String::as_str);
            fields.push(if en.is_empty() { String::new() } else { quote(&format!("译 {en}")) });
        }
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out.leak()
}

/// Every code of the closed sets and the units of these tests, labelled.
fn terms() -> &'static str {
    let mut out = String::from("set,code,en,zh\n");
    let sets: [(&str, Vec<&str>); 5] = [
        ("kind", Kind::ALL.iter().map(|k| k.code()).collect()),
        ("topic", Topic::ALL.iter().map(|t| t.code()).collect()),
        ("qualifier", vec![">", ">=", "~", "<"]),
        ("place-kind", PlaceKind::ALL.iter().map(|k| k.code()).collect()),
        ("unit", vec!["%", "percentage points"]),
    ];
    for (set, codes) in sets {
        for code in codes {
            out.push_str(&format!("{set},{code},{code},译{code}\n"));
        }
    }
    out.leak()
}

fn files(figures: &str, places: &'static str, highlights: &str) -> Files<'static> {
    Files {
        places: File { path: "data/places.csv", text: places },
        sources: File { path: "data/sources.csv", text: translated(SOURCES, &["title", "publisher", "site"]) },
        figures: File {
            path: "data/figures.csv",
            text: translated(figures, &["subplace", "indicator", "quote", "note"]),
        },
        highlights: File { path: "data/highlights.csv", text: translated(highlights, &["subplace", "text", "quote"]) },
        terms: File { path: "data/terms.csv", text: terms() },
    }
}

/// Parses and checks quotes of a figures file made of `rows` after the header.
fn check(rows: &str) -> Result<Dataset, Vec<DataError>> {
    let figures = format!("{HEAD}{rows}");
    let f = files(&figures, PLACES, HIGHLIGHTS);
    let data = parse(f)?;
    check_quotes(&data, f, |file| (file == "s1.txt").then_some(TEXT))?;
    Ok(data)
}

/// The single error of a broken figures file.
fn error(rows: &str) -> DataError {
    let errors = check(rows).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors[0].clone()
}

#[test]
fn the_real_files_are_valid() {
    let files = embedded_files();
    let data = parse(files).unwrap();
    let texts = |file: &str| match file {
        "khn-2019-01-28.txt" => Some(include_str!("../../../../data/sources/khn-2019-01-28.txt")),
        "chinadaily-2019-08-05.txt" => Some(include_str!("../../../../data/sources/chinadaily-2019-08-05.txt")),
        "rednet-2020.txt" => Some(include_str!("../../../../data/sources/rednet-2020.txt")),
        "hunangov-2019-12-05.txt" => Some(include_str!("../../../../data/sources/hunangov-2019-12-05.txt")),
        "chinadaily-2023-03-06.txt" => Some(include_str!("../../../../data/sources/chinadaily-2023-03-06.txt")),
        _ => None,
    };
    check_quotes(&data, files, texts).unwrap();
    assert_eq!(data.divisions().count(), 14);
    assert_eq!(data.province().unwrap().id, "hunan");
    // The 89 rows of data/figures.csv after its header (its quotes hold no line break).
    assert_eq!(data.figures.len(), 89);
}

#[test]
fn a_good_row_parses_into_a_typed_figure() {
    let data = check(GOOD).unwrap();
    let f = &data.figures[0];
    assert_eq!((f.place.as_str(), f.value, f.kind, f.line), ("zhuzhou", 7.4, Kind::Growth, 2));
    assert_eq!(data.highlights_of("zhuzhou").count(), 1);
}

#[test]
fn unknown_place_is_reported_at_its_line() {
    let e = error(&format!("{GOOD}f2,atlantis,,industry,Growth,,7.4,%,2018,growth,,s1,the value rose by 7.4%,\n"));
    assert_eq!((e.file.as_str(), e.line), ("data/figures.csv", 3));
    assert!(e.message.contains("unknown place \"atlantis\""), "{e}");
    assert_eq!(e.to_string(), format!("data/figures.csv:3: {}", e.message));
}

#[test]
fn unknown_source_is_reported() {
    let e = error("f1,zhuzhou,,industry,Growth,,7.4,%,2018,growth,,nope,the value rose by 7.4%,\n");
    assert!(e.message.contains("unknown source \"nope\""), "{e}");
}

#[test]
fn duplicate_id_is_reported() {
    let e = error(&format!("{GOOD}{GOOD}"));
    assert_eq!(e.line, 3);
    assert!(e.message.contains("duplicate id \"f1\""), "{e}");
}

#[test]
fn value_that_is_not_a_number_is_reported() {
    for bad in ["7,4", "about 7", "", "-3", "1e3"] {
        let e = error(&format!("f1,zhuzhou,,industry,Growth,,\"{bad}\",%,2018,growth,,s1,the value rose by 7.4%,\n"));
        assert!(e.message.contains("is not a plain number"), "{bad}: {e}");
    }
}

#[test]
fn unknown_kind_topic_and_qualifier_are_reported() {
    let e = error("f1,zhuzhou,,industry,Growth,,7.4,%,2018,speed,,s1,the value rose by 7.4%,\n");
    assert!(e.message.starts_with("unknown kind \"speed\""), "{e}");
    let e = error("f1,zhuzhou,,weather,Growth,,7.4,%,2018,growth,,s1,the value rose by 7.4%,\n");
    assert!(e.message.starts_with("unknown topic \"weather\""), "{e}");
    let e = error("f1,zhuzhou,,industry,Growth,,7.4,%,2018,growth,?,s1,the value rose by 7.4%,\n");
    assert!(e.message.starts_with("unknown qualifier \"?\""), "{e}");
}

#[test]
fn quote_not_in_the_source_is_reported() {
    let e = error("f1,zhuzhou,,industry,Growth,,7.4,%,2018,growth,,s1,the value fell by 7.4%,\n");
    assert_eq!(e.line, 2);
    assert!(e.message.starts_with("quote not found verbatim in source \"s1\""), "{e}");
}

#[test]
fn quotes_match_across_whitespace_differences() {
    // The source has three spaces after "the"; the quote's line break and spaces are normalised.
    check("f1,zhuzhou,,industry,Growth,,7.4,%,2018,growth,,s1,\"the value\n rose by   7.4%\",\n").unwrap();
    check("f1,zhuzhou,,industry,Growth,,7.4,%,2018,growth,,s1,the  value rose by 7.4%,\n").unwrap();
}

#[test]
fn value_not_stated_in_its_quote_is_reported() {
    let e = error("f1,zhuzhou,,industry,Growth,,7.5,%,2018,growth,,s1,the value rose by 7.4%,\n");
    assert!(e.message.starts_with("value 7.5 is not stated in its quote"), "{e}");
}

#[test]
fn malformed_period_and_broken_csv_are_reported() {
    let e = error("f1,zhuzhou,,industry,Growth,,7.4,%,2018-13,growth,,s1,the value rose by 7.4%,\n");
    assert!(e.message.contains("period \"2018-13\""), "{e}");
    let e = error("f1,zhuzhou,,industry,Growth,,7.4,%,2018\n");
    assert!(e.message.contains("fields, but the header has 14"), "{e}");
}

#[test]
fn highlight_with_unknown_place_is_reported_in_its_file() {
    let figures = format!("{HEAD}{GOOD}");
    let bad = "id,place,subplace,topic,text,period,source,quote\nh1,atlantis,,clusters,x,,s1,Power\n";
    let errors = parse(files(&figures, PLACES, bad)).unwrap_err();
    assert_eq!(errors[0].file, "data/highlights.csv");
    assert_eq!(errors[0].line, 2);
}

#[test]
fn values_are_found_as_digits_with_separators_or_as_words() {
    assert!(value_in_quote(1173.51, "1,173.51 million yuan"));
    assert!(value_in_quote(3.0, "released three technological innovation plans"));
    assert!(value_in_quote(12.0, "ranked 12th nationwide"));
    assert!(value_in_quote(2018.0, "in 2018."));
    assert!(!value_in_quote(173.0, "1,173.51 million yuan"));
    assert!(!value_in_quote(7.0, "rose by 7.4%"));
}

#[test]
fn columns_are_read_by_name_in_any_order() {
    let head = "note,quote,source,qualifier,kind,period,unit,value,indicator_id,indicator,topic,subplace,place,id\n";
    let row = ",the value rose by 7.4%,s1,,growth,2018,%,7.4,,Growth,industry,,zhuzhou,f1\n";
    let figures = format!("{head}{row}");
    let data = parse(files(&figures, PLACES, HIGHLIGHTS)).unwrap();
    assert_eq!((data.figures[0].id.as_str(), data.figures[0].value), ("f1", 7.4));
}

#[test]
fn a_missing_or_unknown_column_is_reported_on_the_header_line() {
    let figures = format!("{}{GOOD}", HEAD.replace("indicator_id,", "measure,"));
    let errors = parse(files(&figures, PLACES, HIGHLIGHTS)).unwrap_err();
    assert_eq!((errors[0].file.as_str(), errors[0].line), ("data/figures.csv", 1));
    assert!(
        errors[0].message.starts_with("missing column(s) indicator_id; unknown column(s) measure"),
        "{}",
        errors[0]
    );
}

const TWO_CITIES: &str = "id,adcode,kind,name_en,name_zh,official_en,official_zh\n\
hunan,430000,province,Hunan,湖南,Hunan Province,湖南省\n\
zhuzhou,430200,city,Zhuzhou,株洲,Zhuzhou City,株洲市\n\
loudi,431300,city,Loudi,娄底,Loudi City,娄底市\n";

fn two_cities(rows: &str) -> Result<Dataset, Vec<DataError>> {
    let figures = format!("{HEAD}{rows}");
    parse(files(&figures, TWO_CITIES, HIGHLIGHTS))
}

#[test]
fn an_indicator_shared_by_divisions_needs_one_id() {
    let row = |id: &str, place: &str, indicator_id: &str| {
        format!("{id},{place},,industry,Growth,{indicator_id},7.4,%,2018,growth,,s1,the value rose by 7.4%,\n")
    };
    two_cities(&(row("f1", "zhuzhou", "growth") + &row("f2", "loudi", "growth"))).unwrap();
    let e = two_cities(&(row("f1", "zhuzhou", "") + &row("f2", "loudi", ""))).unwrap_err();
    assert_eq!(e[0].line, 2);
    assert!(e[0].message.contains("is shared by several divisions (lines 2, 3)"), "{}", e[0]);
    let e = two_cities(&(row("f1", "zhuzhou", "growth") + &row("f2", "loudi", "rise"))).unwrap_err();
    assert_eq!(e[0].line, 3);
    assert!(e[0].message.contains("has the indicator_id \"growth\" at line 2, and here \"rise\""), "{}", e[0]);
    let e = two_cities(&row("f1", "zhuzhou", "Growth!")).unwrap_err();
    assert!(e[0].message.starts_with("indicator_id \"Growth!\" must be"), "{}", e[0]);
}

#[test]
fn an_indicator_id_names_one_indicator() {
    let rows = "f1,zhuzhou,,industry,Growth,gr,7.4,%,2018,growth,,s1,the value rose by 7.4%,\n\
                f2,loudi,,industry,Growth,gr,7.4,percentage points,2018,growth,,s1,the value rose by 7.4%,\n";
    let e = two_cities(rows).unwrap_err();
    assert_eq!(e[0].line, 3);
    assert!(e[0].message.starts_with("indicator_id \"gr\" names \"Growth\" (%, growth) at line 2"), "{}", e[0]);
}

#[test]
fn a_threshold_is_at_least_its_value() {
    let e = error("f1,zhuzhou,,industry,Growth,,7.4,%,2018,threshold,,s1,the value rose by 7.4%,\n");
    assert!(e.message.starts_with("a threshold is the lower bound of a class"), "{e}");
    check("f1,zhuzhou,,industry,Growth,,7.4,%,2018,threshold,>=,s1,the value rose by 7.4%,\n").unwrap();
}

#[test]
fn a_missing_or_empty_translation_is_reported_at_its_line() {
    // Written by hand, not through `translated`: the second row's indicator_zh is empty.
    let head = format!("{},subplace_zh,indicator_zh,quote_zh,note_zh\n", HEAD.trim_end());
    let rows = "f1,zhuzhou,,industry,Growth,,7.4,%,2018,growth,,s1,the value rose by 7.4%,,,增速,增长7.4%,\n\
                f2,zhuzhou,,industry,Growth 2,,7.4,%,2018,growth,,s1,the value rose by 7.4%,,,,增长7.4%,\n";
    let mut f = files("", PLACES, HIGHLIGHTS);
    let figures = format!("{head}{rows}");
    f.figures = File { path: "data/figures.csv", text: &figures };
    let errors = parse(f).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!((errors[0].file.as_str(), errors[0].line), ("data/figures.csv", 3));
    assert!(errors[0].message.contains("indicator_zh is empty"), "{}", errors[0].message);
}

#[test]
fn one_indicator_has_one_translation() {
    let head = format!("{},subplace_zh,indicator_zh,quote_zh,note_zh\n", HEAD.trim_end());
    let rows = "f1,zhuzhou,,industry,Growth,,7.4,%,2018,growth,,s1,the value rose by 7.4%,,,增速,增长7.4%,\n\
                f2,zhuzhou,,industry,Growth,,7.4,%,2019,growth,,s1,the value rose by 7.4%,,,增长,增长7.4%,\n";
    let mut f = files("", PLACES, HIGHLIGHTS);
    let figures = format!("{head}{rows}");
    f.figures = File { path: "data/figures.csv", text: &figures };
    let errors = parse(f).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 3);
    assert!(errors[0].message.contains("use one translation"), "{}", errors[0].message);
}

#[test]
fn a_code_or_unit_without_a_label_is_reported() {
    let mut f = files(&format!("{HEAD}{GOOD}"), PLACES, HIGHLIGHTS);
    let fewer = terms().replace("topic,towns,towns,译towns\n", "").replace("unit,%,%,译%\n", "");
    f.terms = File { path: "data/terms.csv", text: &fewer };
    let errors = parse(f).unwrap_err();
    let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].starts_with("data/terms.csv:1: topic \"towns\" has no row"), "{messages:?}");
    assert!(messages[1].starts_with("data/figures.csv:2: unit \"%\" has no row"), "{messages:?}");
    let empty = terms().replace("kind,rank,rank,译rank", "kind,rank,rank,");
    f.terms = File { path: "data/terms.csv", text: &empty };
    let e = parse(f).unwrap_err();
    assert!(e.iter().any(|e| e.file == "data/terms.csv" && e.message.contains("zh is empty")), "{e:?}");
}
