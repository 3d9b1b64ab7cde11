// Helper for scripts/make-geometry.sh: derives data/hunan.geojson from the
// encoded map/json/province/hunan.json shipped in the npm package echarts@4.9.0.
//
//   node make-geometry.mjs decode <echarts hunan.json> <out plain.geojson>
//   node make-geometry.mjs finish <simplified.geojson> <out hunan.geojson> <tools dir>
//
// "decode" turns ECharts' UTF-8 encoding into plain GeoJSON (lon/lat degrees) with
// properties {adcode, name}. mapshaper (run by the shell script) cleans slivers between
// neighbours and simplifies with shared-border topology. "finish" rounds to 3 decimals, drops degenerate rings,
// orients rings (RFC 7946: outer counter-clockwise, holes clockwise), adds a
// polylabel label point and writes one feature per line, sorted by adcode.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

const DECIMALS = 3;               // ~100 m
const LABEL_PRECISION = 0.01;     // polylabel precision, degrees (x scaled by cos(lat))
const MIN_PART_KM2 = 0.05;        // rings smaller than this after rounding count as degenerate

function fail(msg) {
  console.error(`make-geometry.mjs: ${msg}`);
  process.exit(1);
}

// ---- decode -------------------------------------------------------------------------------
// Same algorithm as decodePolygon() in echarts@4.9.0 lib/coord/geo/parseGeoJson.js.
function decodeRing(str, offset, scale) {
  const ring = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < str.length; i += 2) {
    let x = str.charCodeAt(i) - 64;
    let y = str.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1); // zigzag
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function decode(inFile, outFile) {
  const src = JSON.parse(fs.readFileSync(inFile, 'utf8'));
  if (src.type !== 'FeatureCollection') fail(`${inFile}: not a FeatureCollection`);
  const encoded = src.UTF8Encoding === true;
  const scale = src.UTF8Scale ?? 1024;
  let points = 0;
  const features = src.features.map((f) => {
    const g = f.geometry;
    const adcode = String(f.id);
    if (!/^\d{6}$/.test(adcode)) fail(`unexpected feature id ${f.id}`);
    let polygons;
    if (g.type === 'Polygon') {
      polygons = [g.coordinates.map((r, i) => (encoded ? decodeRing(r, g.encodeOffsets[i], scale) : r))];
    } else if (g.type === 'MultiPolygon') {
      polygons = g.coordinates.map((p, i) =>
        p.map((r, k) => (encoded ? decodeRing(r, g.encodeOffsets[i][k], scale) : r)));
    } else {
      fail(`${adcode}: unexpected geometry type ${g.type}`);
    }
    for (const p of polygons) for (const r of p) points += r.length;
    return {
      type: 'Feature',
      properties: { adcode, name: f.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    };
  });
  fs.writeFileSync(outFile, JSON.stringify({ type: 'FeatureCollection', features }));
  console.log(`decoded ${features.length} features, ${points} points (encoded: ${encoded}, scale ${scale})`);
}

// ---- finish -------------------------------------------------------------------------------
const round = (v) => {
  const f = 10 ** DECIMALS;
  return Math.round(v * f) / f;
};

// Signed planar area in square degrees (positive = counter-clockwise).
function ringArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return a / 2;
}

function ringKm2(ring) {
  const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  return Math.abs(ringArea(ring)) * 111.195 ** 2 * Math.cos((lat * Math.PI) / 180);
}

// Round a closed ring; drop consecutive duplicates created by rounding; keep it closed.
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const a = out[0];
  const b = out[out.length - 1];
  if (out.length > 1 && (a[0] !== b[0] || a[1] !== b[1])) out.push([a[0], a[1]]);
  return out;
}

function orient(ring, ccw) {
  return (ringArea(ring) > 0) === ccw ? ring : ring.slice().reverse();
}

function countSpikes(ring) {
  // a vertex whose neighbours coincide (A-B-A) would be a zero-width spike
  let n = 0;
  const m = ring.length - 1; // ring is closed
  for (let i = 0; i < m; i++) {
    const p = ring[(i - 1 + m) % m];
    const q = ring[(i + 1) % m];
    if (p[0] === q[0] && p[1] === q[1]) n++;
  }
  return n;
}

async function finish(inFile, outFile, toolsDir) {
  const polylabelPath = path.join(toolsDir, 'node_modules', 'polylabel', 'polylabel.js');
  const { default: polylabel } = await import(pathToFileURL(polylabelPath).href);

  const src = JSON.parse(fs.readFileSync(inFile, 'utf8'));
  const dropped = [];
  let spikes = 0;
  const features = src.features.map((f) => {
    const { adcode, name } = f.properties;
    const g = f.geometry;
    if (!g) fail(`${adcode}: geometry vanished in simplification`);
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : fail(`${adcode}: ${g.type}`);
    const polygons = [];
    for (const poly of polys) {
      const rings = [];
      poly.forEach((r, i) => {
        const ring = roundRing(r);
        const km2 = ring.length >= 4 ? ringKm2(ring) : 0;
        if (ring.length < 4 || km2 < MIN_PART_KM2) {
          dropped.push(`${adcode} ${name}: ${i === 0 ? 'part' : 'hole'} of ${r.length} points, ${km2.toFixed(3)} km2 after rounding`);
          if (i === 0) rings.length = 0;
          return;
        }
        if (i > 0 && rings.length === 0) return; // outer ring was dropped: drop its holes too
        spikes += countSpikes(ring);
        rings.push(orient(ring, i === 0)); // RFC 7946: outer CCW, holes CW
      });
      if (rings.length) polygons.push(rings);
    }
    if (!polygons.length) fail(`${adcode}: no polygon left`);
    // largest part first (stable, deterministic)
    polygons.sort((a, b) => Math.abs(ringArea(b[0])) - Math.abs(ringArea(a[0])));

    // label: pole of inaccessibility of the largest part, computed with x scaled by cos(lat)
    const main = polygons[0];
    const ys = main[0].map((p) => p[1]);
    const k = Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
    const lp = polylabel(main.map((r) => r.map(([x, y]) => [x * k, y])), LABEL_PRECISION);
    const label = [round(lp[0] / k), round(lp[1])];

    return {
      type: 'Feature',
      properties: { adcode, name, label },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    };
  });

  if (features.length !== 14) fail(`expected 14 features, got ${features.length}`);
  features.sort((a, b) => (a.properties.adcode < b.properties.adcode ? -1 : a.properties.adcode > b.properties.adcode ? 1 : 0));
  if (new Set(features.map((f) => f.properties.adcode)).size !== 14) fail('duplicate adcodes');
  if (spikes) console.warn(`warning: ${spikes} zero-width spike vertices after rounding`);

  const text = '{"type":"FeatureCollection","features":[\n'
    + features.map((f) => JSON.stringify(f)).join(',\n')
    + '\n]}\n';
  fs.writeFileSync(outFile, text);

  // summary
  for (const d of dropped) console.log(`dropped degenerate ${d}`);
  let total = 0;
  console.log('adcode  parts  points  label            name');
  for (const f of features) {
    const c = f.geometry.coordinates;
    const n = c.reduce((s, p) => s + p.reduce((t, r) => t + r.length, 0), 0);
    total += n;
    const parts = c.map((p) => `${ringKm2(p[0]).toFixed(1)} km2`).join(', ');
    console.log(`${f.properties.adcode}  ${String(c.length).padStart(5)}  ${String(n).padStart(6)}  ${JSON.stringify(f.properties.label).padEnd(15)}  ${f.properties.name} (${parts})`);
  }
  const raw = Buffer.byteLength(text);
  const gz = zlib.gzipSync(text, { level: 9 }).length;
  console.log(`total points: ${total} (ring vertices, closing points included)`);
  console.log(`${outFile}: ${raw} bytes raw, ${gz} bytes gzip -9`);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'decode' && args.length === 2) decode(...args);
else if (cmd === 'finish' && args.length === 3) await finish(...args);
else fail('usage: decode <in> <out> | finish <in> <out> <tools dir>');
