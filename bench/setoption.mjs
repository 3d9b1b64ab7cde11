// What parts of a bar chart's option cost ECharts' setOption: the official statistics chart of two
// divisions, drawn alternately into one instance (as a click redraws it), as built and with one
// part changed; after 30 warm-up draws, the variants in turn, median of 15 draws each. For choosing what the build puts in an option.
// Prints the medians and writes them to docs/setoption-costs.txt, under the command, commit and
// time. Usage: node bench/setoption.mjs   (after `trunk build --release`)
import { writeFileSync } from 'node:fs';
import { launch, serveDist, openAtlas } from '../e2e/support.mjs';
import { madeBy } from './made-by.mjs';

const browser = await launch();
const served = await serveDist();
const atlas = await openAtlas(browser, `${served.url}?city=loudi`);
const page = atlas.page;
await page.locator('.chart[data-chart="baseline"] .chart-canvas').scrollIntoViewIfNeeded();
await page.waitForFunction(() => window.echarts?.getInstanceByDom(document.querySelector('.chart[data-chart="baseline"] .chart-canvas')));
const medians = await page.evaluate(async () => {
  const file = await (await fetch('charts-en.json')).json();
  const chart = window.echarts.getInstanceByDom(document.querySelector('.chart[data-chart="baseline"] .chart-canvas'));
  let turn = 0;
  const next = () => JSON.parse(JSON.stringify((turn++ % 2 ? file.loudi : file.yueyang).baseline.option));
  const variants = {
    'as built': (o) => o,
    'value axis with hideOverlap': (o) => { o.xAxis.axisLabel = { hideOverlap: true }; return o; },
    'without containLabel (fixed left margin)': (o) => { o.grid[0].containLabel = false; o.grid[0].left = 120; return o; },
    'category labels without overflow: break': (o) => { delete o.yAxis.axisLabel.overflow; delete o.yAxis.axisLabel.width; return o; },
    'without bar labels': (o) => { o.series[0].label.show = false; return o; },
  };
  // Warm up (ECharts' code is compiled as it runs), then take the variants in turn, so that
  // neither warming nor the machine's moods favour one.
  for (let k = 0; k < 30; k++) chart.setOption(next(), { notMerge: true });
  const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let k = 0; k < 15; k++) {
    for (const [name, change] of Object.entries(variants)) {
      const option = change(next());
      const start = performance.now();
      chart.setOption(option, { notMerge: true });
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, t.sort((a, b) => a - b)[7]]));
});
const OUTPUT = 'docs/setoption-costs.txt';
const lines = [
  madeBy('node bench/setoption.mjs', OUTPUT),
  'setOption of the official statistics chart (Loudi\'s and Yueyang\'s in turn), median of 15 alternating draws (ms):',
  ...Object.entries(medians).map(([name, ms]) => `${ms.toFixed(1).padStart(6)}  ${name}`),
];
console.log(lines.join('\n'));
writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
await browser.close();
served.server.close();
