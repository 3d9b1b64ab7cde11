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
}
