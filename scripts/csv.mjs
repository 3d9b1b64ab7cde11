// The CSV reader of the JavaScript tests and benchmark (RFC 4180: quotes, "" escapes, CRLF, BOM).
import { readFileSync } from 'node:fs';

/** Parses CSV text into { header, rows }: the first record, then the others. Blank lines are
 * skipped; commas and line breaks inside quotes belong to the field. */
export function parseCsv(text) {
  const s = text.replace(/^\uFEFF/, '');
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  let blank = true; // nothing read yet in this record, not even an empty quoted field
  const endRecord = () => {
    if (!blank) records.push([...record, field]);
    [record, field, blank] = [[], '', true];
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (s[i + 1] === '"') { field += '"'; i++; } else quoted = false;
    } else if (c === '"' && field === '') [quoted, blank] = [true, false];
    else if (c === ',') [record, field, blank] = [[...record, field], '', false];
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
    } else [field, blank] = [field + c, false];
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed');
  endRecord();
  const [header = [], ...rows] = records;
  return { header, rows };
}

/** Reads a CSV file into one object per row, keyed by the header's names. */
export function readCsv(path) {
  const { header, rows } = parseCsv(readFileSync(path, 'utf8'));
  return rows.map((row, i) => {
    if (row.length !== header.length) throw new Error(`${path}: data row ${i + 1} has ${row.length} fields, not ${header.length}`);
    return Object.fromEntries(header.map((name, j) => [name, row[j]]));
  });
}
