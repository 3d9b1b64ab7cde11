//! The build's data files read by column name: a file's header must name exactly its columns,
//! its `id`s are unique, and every problem comes back as a `DataError` with file and line.

use crate::csv::Table;
use crate::dataset::DataError;
use std::collections::{HashMap, HashSet};

/// A problem at `file:line`.
pub fn at(file: &str, line: usize, message: String) -> DataError {
    DataError { file: file.into(), line, message }
}

/// One row of a data file, read by column name.
pub struct Row<'a> {
    file: &'a str,
    pub line: usize,
    fields: HashMap<String, String>,
}

impl Row<'_> {
    pub fn get(&self, column: &str) -> &str {
        self.fields.get(column).map_or("", String::as_str)
    }

    pub fn error(&self, message: String) -> DataError {
        at(self.file, self.line, message)
    }

    /// `column` and `<column>_zh`: both empty, or neither.
    pub fn translated(&self, column: &str, errors: &mut Vec<DataError>) {
        let (en, zh) = (self.get(column).trim(), self.get(&format!("{column}_zh")).trim());
        if en.is_empty() != zh.is_empty() {
            errors.push(self.error(format!("{column} and {column}_zh: give both, or neither")));
        }
    }
}

/// Every row of `text` as (line, column -> field), or nothing if it does not parse (`read`
/// reports that).
pub fn table_rows(text: &str) -> Vec<(usize, HashMap<String, String>)> {
    let Ok(table) = Table::parse(text) else { return Vec::new() };
    table.rows.iter().map(|r| (r.line, table.header.iter().cloned().zip(r.fields.iter().cloned()).collect())).collect()
}

/// Reads `file`, whose header must be exactly `columns` (in any order) and whose `id`s are
/// unique, turning each row into a `T` with `row` (`None` for a row with errors).
pub fn read<T>(
    file: &str,
    text: &str,
    columns: &[&str],
    errors: &mut Vec<DataError>,
    mut row: impl FnMut(&Row<'_>, &mut Vec<DataError>) -> Option<T>,
) -> Vec<T> {
    let table = match Table::parse(text) {
        Ok(t) => t,
        Err(e) => {
            errors.push(at(file, e.line, e.message));
            return Vec::new();
        }
    };
    let mut header: Vec<&str> = table.header.iter().map(String::as_str).collect();
    header.sort_unstable();
    let mut expected = columns.to_vec();
    expected.sort_unstable();
    if header != expected {
        errors.push(at(file, 1, format!("the columns must be {}", columns.join(","))));
        return Vec::new();
    }
    let mut ids = HashSet::new();
    let mut out = Vec::new();
    for (line, fields) in table_rows(text) {
        let r = Row { file, line, fields };
        let id = r.get("id");
        if id.is_empty() || id != id.trim() {
            errors.push(r.error(format!("id {id:?} is empty or has surrounding spaces")));
        } else if !ids.insert(id.to_string()) {
            errors.push(r.error(format!("duplicate id {id:?}")));
        }
        let control = r.fields.values().any(|f| f.chars().any(char::is_control));
        if control {
            errors.push(r.error("a field holds a control character".into()));
        }
        out.extend(row(&r, errors));
    }
    out
}
