// The two pages the benchmark compares (bench/run.mjs, bench/next-paint.mjs): the divisions it
// clicks, when each page's map counts as painted, its first view as done and a click's update as
// shown, and where to click a division.
import { readFileSync } from 'node:fs';
import { readCsv } from '../scripts/csv.mjs';

// The divisions clicked, with where to click: their label point, in lon/lat from the geometry.
const GEO = JSON.parse(readFileSync('data/hunan.geojson', 'utf8'));
const PLACES = Object.fromEntries(readCsv('data/places.csv').map((p) => [p.adcode, { id: p.id, en: p.name_en }]));
export const DIVISIONS = GEO.features.map((f) => ({ ...PLACES[f.properties.adcode], zh: f.properties.name, label: f.properties.label }));
export const CLICKS = ['hengyang', 'changsha', 'zhuzhou', 'loudi', 'yueyang'].map((id) => DIVISIONS.find((d) => d.id === id));

/** Per page: when its map counts as painted, and when a click's update is done. */
export const PAGES = {
  atlas: {
    painted: () => document.querySelectorAll('svg.map path.division').length === 14,
    updated: (d) => document.querySelector('.panel-head h2')?.textContent.startsWith(d.en)
      && document.querySelector('path.division.selected')?.dataset.place === d.id,
    // The panel is up and every chart in the viewport is drawn (charts further down are drawn
    // when they come near, so none may be: the province view opens with none in sight).
    firstViewDone: () => document.querySelector('.panel-head h2')
      && [...document.querySelectorAll('.chart-canvas')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; })
        .every((el) => window.echarts?.getInstanceByDom(el)),
  },
  reference: {
    painted: () => document.body?.dataset.mapPainted === '1',
    updated: (d) => document.body.dataset.selected === d.zh,
    firstViewDone: () => document.body?.dataset.mapPainted === '1',
  },
};

/** Where to click a division: atlas at its label; reference at its label point on the map. */
export async function pointOf(page, kind, d) {
  if (kind === 'atlas') {
    const box = await page.locator(`g.label[data-place="${d.id}"]`).boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return page.evaluate((lonlat) => {
    const el = document.getElementById('map');
    const [x, y] = window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, lonlat);
    const box = el.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, d.label);
}
