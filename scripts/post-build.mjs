// Trunk's post-build hook: the staging steps in order (Trunk starts the hooks of a stage side
// by side, and precompressing must see the finished page and every staged file).
await import('./prerender.mjs');
(await import('./minify.mjs')).stage(process.env.TRUNK_STAGING_DIR);
(await import('./csp.mjs')).stage(process.env.TRUNK_STAGING_DIR);
(await import('./pages.mjs')).stage(process.env.TRUNK_STAGING_DIR);
(await import('./offline.mjs')).stage(process.env.TRUNK_STAGING_DIR);
await import('./precompress.mjs');
