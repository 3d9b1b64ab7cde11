// Trunk post-build step (scripts/post-build.mjs runs it after prerender.mjs): writes .gz and .br
// beside every text and wasm asset of the staged dist/, for static hosts that serve precompressed
// files (nginx gzip_static, brotli_static, ...).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
for (const file of readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|json|svg|txt|xml)$/.test(file)) continue;
  const raw = readFileSync(join(dir, file));
  writeFileSync(join(dir, `${file}.gz`), gzipSync(raw, { level: 9 }));
  writeFileSync(join(dir, `${file}.br`), brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
console.log('precompress: wrote .gz and .br files');
