// Builds bench/out/reference/: the reference page the benchmark compares the atlas with — the same
// 14 divisions made "the usual way": the full echarts.min.js in a plain <script> tag, the GeoJSON
// fetched and registered with echarts.registerMap, a map series and a bar chart linked by clicks.
// Usage: node bench/reference/build.mjs   (bench/run.mjs calls buildReference() itself)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCsv } from '../../scripts/csv.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUT = fileURLToPath(new URL('../out/reference/', import.meta.url));

/** The bar values: the number of figures per division in data/figures.csv, by GeoJSON name,
 * with the division's id (what a shared link names: `?city=zhuzhou`). */
function figuresPerDivision(geojson) {
  const idByAdcode = {};
  for (const { id, adcode } of readCsv(`${ROOT}data/places.csv`)) idByAdcode[adcode] = id;
  const counts = {};
  for (const { place } of readCsv(`${ROOT}data/figures.csv`)) counts[place] = (counts[place] ?? 0) + 1;
  return geojson.features.map((f) => ({
    id: idByAdcode[f.properties.adcode],
    name: f.properties.name,
    value: counts[idByAdcode[f.properties.adcode]] ?? 0,
  }));
}

const INDEX_HTML = `<!doctype html>
<html lang="zh">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>湖南 · reference page</title>
    <style>
      body { margin: 0; font-family: sans-serif; display: flex; flex-wrap: wrap; }
      #map { width: 640px; height: 640px; }
      #bar { width: 560px; height: 640px; }
    </style>
  </head>
  <body>
    <div id="map"></div>
    <div id="bar"></div>
    <script src="echarts.min.js"></script>
    <script src="app.js"></script>
  </body>
</html>
`;

// The page script. Two markers on <body> tell the benchmark what has rendered:
// data-map-painted once the map chart's first 'finished' event fired, data-selected=<name>
// once both charts finished rendering a click, and data-shared=<name> once both have drawn the
// division a shared link names (\`?city=zhuzhou\`, selected as the page loads, the usual way). Update and state animations are off so that
// 'finished' means "the final state is drawn" rather than "a 300-500 ms transition ended".
const appJs = (data) => `'use strict';
const DATA = ${JSON.stringify(data)};
const NORMAL = '#5470c6';
const SELECTED = '#c2410c';

const mapChart = echarts.init(document.getElementById('map'));
const barChart = echarts.init(document.getElementById('bar'));

/** Resolves the next time the chart fires 'finished'. */
function finished(chart) {
  return new Promise((resolve) => {
    chart.on('finished', function once() { chart.off('finished', once); resolve(); });
  });
}

function barOption(selected) {
  return {
    title: { text: selected ? selected + '：' + DATA.find((d) => d.name === selected).value + ' 条数据' : '湖南省各市州数据条目' },
    grid: { left: 150, right: 30, top: 50, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: DATA.map((d) => d.name) },
    series: [{
      type: 'bar',
      data: DATA.map((d) => ({ value: d.value, itemStyle: { color: d.name === selected ? SELECTED : NORMAL } })),
    }],
  };
}

fetch('hunan.json')
  .then((r) => r.json())
  .then((geojson) => {
    echarts.registerMap('hunan', geojson);
    const shared = DATA.find((d) => d.id === new URLSearchParams(location.search).get('city'));
    const drawn = Promise.all([finished(mapChart), finished(barChart)]);
    finished(mapChart).then(() => { document.body.dataset.mapPainted = '1'; });
    if (shared) drawn.then(() => { document.body.dataset.shared = shared.name; });
    mapChart.setOption({
      stateAnimation: { duration: 0 },
      tooltip: { trigger: 'item' },
      series: [{
        type: 'map',
        map: 'hunan',
        selectedMode: 'single',
        label: { show: true, fontSize: 11 },
        select: { itemStyle: { areaColor: SELECTED }, label: { color: '#fff' } },
        data: DATA.map((d) => ({ ...d, selected: d === shared })),
      }],
    });
    barChart.setOption({ animationDurationUpdate: 0, ...barOption(shared?.name ?? null) });

    mapChart.on('click', (params) => {
      // setOption renders synchronously, so listen before calling it.
      Promise.all([finished(mapChart), finished(barChart)]).then(() => {
        // When its charts are drawn: the benchmark's click-to-charts-drawn row.
        window.__chartsDrawn = performance.now();
        document.body.dataset.selected = params.name;
      });
      barChart.setOption(barOption(params.name));
    });
  });
`;

/** Writes the reference page into OUT; returns OUT. */
export function buildReference() {
  mkdirSync(OUT, { recursive: true });
  const geojsonText = readFileSync(`${ROOT}data/hunan.geojson`, 'utf8');
  writeFileSync(`${OUT}hunan.json`, geojsonText);
  copyFileSync(`${ROOT}node_modules/echarts/dist/echarts.min.js`, `${OUT}echarts.min.js`);
  writeFileSync(`${OUT}index.html`, INDEX_HTML);
  writeFileSync(`${OUT}app.js`, appJs(figuresPerDivision(JSON.parse(geojsonText))));
  return OUT;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`reference page written to ${buildReference()}`);
