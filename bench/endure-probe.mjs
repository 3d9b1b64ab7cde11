// Where the JS heap of both pages goes over a long endurance run (bench/endurance.mjs): the heap
// after 10, 100, 300, 600 and 900 selections, with V8's machine code on (as readers' browsers
// run) and off (`NO_MACHINE_CODE`), so that growth that is compiled code can be told from growth
// that is the page's own (a leak). Writes docs/heap-tiers.txt. A tool for investigating the heap
// budget, not a benchmark. Usage: node bench/endure-probe.mjs   (after `trunk build --release`)
import { readFileSync, writeFileSync } from 'node:fs';
import { serve } from '../scripts/serve-static.mjs';
import { readCsv } from '../scripts/csv.mjs';
import { buildReference } from './reference/build.mjs';
import { endurance, launchFor, NO_MACHINE_CODE } from './endurance.mjs';
import { madeBy } from './made-by.mjs';

const CHECKPOINTS = [10, 100, 300, 600, 900];
const GEO = JSON.parse(readFileSync('data/hunan.geojson', 'utf8'));
const IDS = Object.fromEntries(readCsv('data/places.csv').map((p) => [p.adcode, p.id]));
const args = { ids: GEO.features.map((f) => IDS[f.properties.adcode]), names: GEO.features.map((f) => f.properties.name) };
const servers = { atlas: await serve('dist', 0, { gzip: true }), reference: await serve(buildReference(), 0, { gzip: true }) };
const lines = [
  madeBy('node bench/endure-probe.mjs', 'docs/heap-tiers.txt'),
  `# JS heap after a forced GC (KiB) after ${CHECKPOINTS.join(' / ')} selections; growth per selection after 300`,
];
for (const interpreted of [false, true]) {
  const browser = await launchFor(interpreted);
  for (const kind of ['atlas', 'reference']) {
    const runs = await endurance(browser, kind, `http://127.0.0.1:${servers[kind].address().port}/`, CHECKPOINTS, args);
    const at = (n) => runs.find((r) => r.selections === n).heap / 1024;
    const label = `${kind}, ${interpreted ? `interpreted (${NO_MACHINE_CODE})` : 'machine code on'}`;
    const line = `${label.padEnd(72)} ${CHECKPOINTS.map((n) => at(n).toFixed(0)).join(' / ')}; ratio 300/10 ${(at(300) / at(10)).toFixed(3)}; after 300: ${((at(900) - at(300)) / 600 * 1024).toFixed(0)} B a selection`;
    console.log(line);
    lines.push(line);
  }
  await browser.close();
}
writeFileSync('docs/heap-tiers.txt', `${lines.join('\n')}\n`);
for (const s of Object.values(servers)) s.close();
