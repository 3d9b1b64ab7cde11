//! A small RFC 4180 CSV reader that keeps the line number of every record, so data errors can
//! point at the line to fix.

use std::fmt;

/// One data row: its 1-based line number in the file and its fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// A parsed file: the header and the data rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Record>,
}

/// A syntax error at a line.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl Table {
    /// Parses `text`; every record must have as many fields as the header.
    pub fn parse(text: &str) -> Result<Table, CsvError> {
        let mut records = parse_records(text)?.into_iter();
        let header = records
            .next()
            .ok_or(CsvError { line: 1, message: "the file is empty: a header row is expected".into() })?
            .fields;
        let mut rows = Vec::new();
        for record in records {
            if record.fields.len() != header.len() {
                return Err(CsvError {
                    line: record.line,
                    message: format!(
                        "{} fields, but the header has {} ({})",
                        record.fields.len(),
                        header.len(),
                        header.join(",")
                    ),
                });
            }
            rows.push(record);
        }
        Ok(Table { header, rows })
    }
}

fn parse_records(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        loop {
            match chars.next() {
                None => {
                    if quoted {
                        return Err(CsvError { line: start, message: "a quoted field is never closed".into() });
                    }
                    fields.push(std::mem::take(&mut field));
                    break;
                }
                Some('"') if quoted => {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        quoted = false;
                    }
                }
                Some(',') if !quoted => fields.push(std::mem::take(&mut field)),
                Some('"') if field.is_empty() => quoted = true,
                Some('"') => {
                    return Err(CsvError { line, message: "a double quote inside an unquoted field".into() });
                }
                Some('\n') if !quoted => {
                    line += 1;
                    fields.push(std::mem::take(&mut field));
                    break;
                }
                Some('\r') if !quoted && chars.peek() == Some(&'\n') => {}
                Some(c) => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
        }
        // Blank lines carry no record.
        if !(fields.len() == 1 && fields[0].is_empty()) {
            records.push(Record { line: start, fields });
        }
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_quotes_and_keeps_line_numbers() {
        let t = Table::parse("a,b\n1,\"x, \"\"y\"\"\"\n\n2,z\r\n").unwrap();
        assert_eq!(t.header, ["a", "b"]);
        assert_eq!(t.rows[0], Record { line: 2, fields: vec!["1".into(), "x, \"y\"".into()] });
        assert_eq!(t.rows[1], Record { line: 4, fields: vec!["2".into(), "z".into()] });
    }

    #[test]
    fn rejects_wrong_field_count_with_its_line() {
        let e = Table::parse("a,b\n1,2\n3\n").unwrap_err();
        assert_eq!(e.line, 3);
    }

    #[test]
    fn rejects_unclosed_quote() {
        assert!(Table::parse("a\n\"open\n").is_err());
    }

    /// The pieces CSV syntax is made of: quotes (stray, or around a whole field), commas, line
    /// breaks of both kinds, byte order marks and a few letters.
    fn piece() -> impl Strategy<Value = &'static str> {
        let short = vec!["\"", "\"\"", ",", ",", "\n", "\n", "\r", "\r\n", "\u{feff}", "a", "b", "é"];
        prop_oneof![8 => prop::sample::select(short), 1 => Just("\"a,\r\n\"\"b\"")]
    }

    /// Any text: arbitrary unicode, arbitrary bytes read leniently, a run of CSV pieces, or a
    /// well-formed table with a piece slipped in somewhere.
    fn any_text() -> impl Strategy<Value = String> {
        let damaged = (sheet(), piece(), any::<prop::sample::Index>()).prop_map(|(sheet, piece, at)| {
            let (mut text, _) = sheet.write();
            let at = text.char_indices().map(|(i, _)| i).chain([text.len()]).nth(at.index(text.chars().count() + 1));
            text.insert_str(at.unwrap(), piece);
            text
        });
        prop_oneof![
            1 => any::<String>(),
            1 => prop::collection::vec(any::<u8>(), 0..64).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
            2 => prop::collection::vec(piece(), 0..24).prop_map(|p| p.concat()),
            2 => damaged,
        ]
    }

    /// A table to write: `blank[i]` blank lines go before data row `i`; `eol` ends lines, and
    /// the last one too if `trailing`; `bom` starts the file with a byte order mark.
    #[derive(Debug)]
    struct Sheet {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        blank: Vec<usize>,
        eol: &'static str,
        bom: bool,
        trailing: bool,
    }

    impl Sheet {
        /// RFC 4180 writing: a field is quoted, its quotes doubled, when it holds a quote, a
        /// comma or a line break, or (first in the file) starts with a byte order mark, which
        /// the reader would otherwise take for the file's own. Returns the text and the line
        /// each data row starts on.
        fn write(&self) -> (String, Vec<usize>) {
            let field = |f: &String, first: bool| {
                if f.contains(['"', ',', '\r', '\n']) || (first && f.starts_with('\u{feff}')) {
                    format!("\"{}\"", f.replace('"', "\"\""))
                } else {
                    f.clone()
                }
            };
            let record = |r: &[String], first: bool| {
                r.iter().enumerate().map(|(i, f)| field(f, first && i == 0)).collect::<Vec<_>>().join(",")
            };
            let mut text = String::from(if self.bom { "\u{feff}" } else { "" });
            text += &record(&self.header, true);
            let mut lines = Vec::new();
            for (row, blank) in self.rows.iter().zip(&self.blank) {
                text += &self.eol.repeat(blank + 1);
                lines.push(text.matches('\n').count() + 1);
                text += &record(row, false);
            }
            if self.trailing {
                text += self.eol;
            }
            (text, lines)
        }
    }

    /// Tables of 1 to 4 columns of arbitrary fields, rich in what needs quoting. With one
    /// column no field is empty: such a record is an empty line (or `""`), which the reader
    /// takes for a blank line and skips, as a spreadsheet's stray empty line should be.
    fn sheet() -> impl Strategy<Value = Sheet> {
        (1usize..5)
            .prop_flat_map(|columns| {
                let chars = prop_oneof![
                    3 => any::<char>(),
                    2 => prop::sample::select(vec!['"', ',', '\n', '\r', '\u{feff}', ' ']),
                ];
                let field = prop::collection::vec(chars, usize::from(columns == 1)..6).prop_map(String::from_iter);
                let record = prop::collection::vec(field, columns);
                let rows = prop::collection::vec((record.clone(), 0usize..3), 0..6);
                (record, rows, prop::sample::select(vec!["\n", "\r\n"]), any::<bool>(), any::<bool>())
            })
            .prop_map(|(header, rows, eol, bom, trailing)| {
                let (rows, blank) = rows.into_iter().unzip();
                Sheet { header, rows, blank, eol, bom, trailing }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// No text makes the reader panic. A table it reads is rectangular, its rows in order
        /// after the header; an error points at a line of the text and says what is wrong.
        /// (At most the line after the last line break: tighter than `lines().count() + 1`.)
        #[test]
        fn any_text_reads_as_a_rectangular_table_or_an_error_at_one_of_its_lines(text in any_text()) {
            // Lines, counting the (maybe empty) one after the last line break.
            let lines = text.matches('\n').count() + 1;
            match Table::parse(&text) {
                Ok(t) => {
                    prop_assert!(t.rows.iter().all(|r| r.fields.len() == t.header.len()), "{t:?}");
                    let at: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
                    prop_assert!(at.first().is_none_or(|&l| l >= 2), "{at:?}");
                    prop_assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
                    prop_assert!(at.last().is_none_or(|&l| l <= lines), "{at:?} of {lines} lines");
                }
                Err(e) => {
                    prop_assert!((1..=lines).contains(&e.line), "{e} of {lines} lines");
                    prop_assert!(!e.message.is_empty());
                    // A quote that is stray or never closed is on the line named.
                    let named = text.split('\n').nth(e.line - 1).unwrap_or_default();
                    prop_assert!(!e.message.contains("quote") || named.contains('"'), "{e}: {named:?}");
                }
            }
        }

        /// A table written with RFC 4180 quoting, `\n` or `\r\n` line ends, maybe a byte order
        /// mark, blank lines between rows and a final line break, reads back as itself, each
        /// row at the line it was written on.
        #[test]
        fn a_written_table_reads_back_as_itself(sheet in sheet()) {
            let (text, lines) = sheet.write();
            let t = Table::parse(&text).map_err(|e| TestCaseError::fail(format!("{e} in {text:?}")))?;
            prop_assert_eq!(&t.header, &sheet.header, "{:?}", text);
            let read: Vec<(usize, &Vec<String>)> = t.rows.iter().map(|r| (r.line, &r.fields)).collect();
            let written: Vec<(usize, &Vec<String>)> = lines.into_iter().zip(&sheet.rows).collect();
            prop_assert_eq!(read, written, "{:?}", text);
        }
    }
}
