// Where the atlas's heap grows: heap snapshots of one page after 10 and after 300 selections (the
// benchmark's endurance run, bench/run.mjs), and the object groups (by constructor or kind) whose
// retained count and self size grew most in between. A tool for finding leaks, not a benchmark.
// Prints them and writes them to docs/heap-growth.txt, under the command, commit and time.
// Usage: node bench/heap-diff.mjs [--top N]   (after `trunk build --release`)
import { writeFileSync } from 'node:fs';
import { launch } from '../e2e/support.mjs';
import { serve } from '../scripts/serve-static.mjs';
import { readCsv } from '../scripts/csv.mjs';
import { SELECT_IN_PAGE } from './selections.mjs';
import { madeBy } from './made-by.mjs';

const TOP = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const IDS = readCsv('data/places.csv').filter((p) => p.kind !== 'province').map((p) => p.id);

/** Self size and count per (node type, name) of a heap snapshot. */
function groups(snapshot) {
  const { meta } = snapshot.snapshot;
  const fields = meta.node_fields;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const types = meta.node_types[typeAt];
  const out = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '(string)' : snapshot.strings[snapshot.nodes[i + nameAt]];
    const key = `${type} ${name.slice(0, 80)}`;
    const g = out.get(key) ?? { count: 0, size: 0 };
    g.count++;
    g.size += snapshot.nodes[i + sizeAt];
    out.set(key, g);
  }
  return out;
}

async function snapshot(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return groups(JSON.parse(chunks.join('')));
}

/** The benchmark's selections (bench/selections.mjs). */
const select = (page, from, to) => page.evaluate(SELECT_IN_PAGE.atlas, { from, to, ids: IDS });

const server = await serve('dist', 0, { gzip: true });
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForSelector('.panel-head h2');
await select(page, 0, 10);
const before = await snapshot(cdp);
await select(page, 10, 300);
const after = await snapshot(cdp);
const rows = [...after].map(([key, a]) => {
  const b = before.get(key) ?? { count: 0, size: 0 };
  return { key, count: a.count - b.count, size: a.size - b.size };
});
const total = (m) => [...m.values()].reduce((n, g) => n + g.size, 0);
const OUTPUT = 'docs/heap-growth.txt';
const lines = [
  madeBy(['node', 'bench/heap-diff.mjs', ...process.argv.slice(2)].join(' '), OUTPUT),
  `heap snapshot self sizes: ${(total(before) / 1024).toFixed(1)} KiB after 10 selections, ${(total(after) / 1024).toFixed(1)} KiB after 300`,
  'growth  count  group',
  ...rows.sort((x, y) => y.size - x.size).slice(0, TOP).map((r) => `${(r.size / 1024).toFixed(1).padStart(7)} KiB ${String(r.count).padStart(6)}  ${r.key}`),
];
console.log(lines.join('\n'));
writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
await browser.close();
server.close();
