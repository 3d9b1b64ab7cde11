// Bundles the custom ECharts build (scripts/echarts-entry.js) into build/echarts.min.js, a
// classic script defining `window.echarts`, which Trunk copies into dist/. Skips the work when
// the bundle is newer than its inputs.
import { build } from 'esbuild';
import { statSync, mkdirSync } from 'node:fs';

const out = 'build/echarts.min.js';
const inputs = ['scripts/echarts-entry.js', 'scripts/build-echarts.mjs', 'package-lock.json'];
const mtime = (f) => { try { return statSync(f).mtimeMs; } catch { return 0; } };
if (mtime(out) > Math.max(...inputs.map(mtime))) {
  console.log(`${out} is up to date`);
} else {
  mkdirSync('build', { recursive: true });
  await build({
    entryPoints: ['scripts/echarts-entry.js'],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'echarts',
    target: 'es2020',
    legalComments: 'none',
    outfile: out,
  });
  console.log(`wrote ${out} (${statSync(out).size} bytes)`);
}
