// scripts/csv.mjs, the CSV reader of the tests and benchmark: pure, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, readCsv } from '../scripts/csv.mjs';

test('quoted commas, doubled quotes and line breaks stay inside their field', () => {
  const { header, rows } = parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n');
  assert.deepEqual(header, ['a', 'b', 'c']);
  assert.deepEqual(rows, [['x, y', 'say "hi"', 'two\nlines']]);
});

test('CRLF, a BOM and blank lines; empty fields are kept', () => {
  const { header, rows } = parseCsv('\uFEFFid,n\r\n\r\nx,1\r\n,\r\n""\r\n\ny,"2\r\n3"\r\n\r\n');
  assert.deepEqual(header, ['id', 'n']);
  assert.deepEqual(rows, [['x', '1'], ['', ''], [''], ['y', '2\r\n3']]);
});

test('no trailing line break, and empty text', () => {
  assert.deepEqual(parseCsv('a\n1'), { header: ['a'], rows: [['1']] });
  assert.deepEqual(parseCsv(''), { header: [], rows: [] });
  assert.throws(() => parseCsv('a\n"open'));
});

test('readCsv keys rows by header name: data/places.csv has 15 places', () => {
  const places = readCsv('data/places.csv');
  assert.equal(places.length, 15);
  const ids = places.map((p) => p.id);
  assert.ok(ids.includes('hunan') && ids.includes('changsha'), ids.join(' '));
  assert.equal(places.find((p) => p.id === 'changsha').adcode, '430100');
});
