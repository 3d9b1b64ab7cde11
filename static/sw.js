// The atlas's service worker: after one visit every view opens with no network. The build
// (scripts/offline.mjs) writes the list of every file of dist/ and a version, the hash of their
// contents, in place of the two markers below, so nothing is forgotten or listed by hand.
// One cache a version: a new deploy installs beside the old one, waits until the reader chooses
// to reload (static/boot.js shows the notice), then deletes the old cache. Never registered in an
// embed. A hand-written worker: the page needs a precache and an offline fallback, nothing more.
const VERSION = '__VERSION__';
const FILES = /* FILES */ [];
const CACHE = `hunan-atlas-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'hunan-atlas:activate') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('hunan-atlas-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const path = new URL(request.url).pathname;
    if (request.mode === 'navigate' && VIEW_PAGE.test(path)) return viewPage(cache, request);
    // index.html is every view of an old link, whatever its query; a download is its own file.
    const index = request.mode === 'navigate' && (path.endsWith('/') || path.endsWith('/index.html'));
    const cached = await cache.match(index ? './index.html' : request, { ignoreSearch: true });
    return cached ?? fetch(request);
  })());
});

// A view's own page (`zhuzhou.en.html`; the build does not precache them): the copy kept from an
// earlier visit in this version, else the network's, kept; with no network, index.html, on which
// the app shows the view the page's name pins.
const VIEW_PAGE = /\/[a-z-]+\.(en|zh)\.html$/;

async function viewPage(cache, request) {
  const kept = await cache.match(request, { ignoreSearch: true });
  if (kept) return kept;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(new URL(request.url).pathname, response.clone());
    return response;
  } catch (offline) {
    return (await cache.match('./index.html')) ?? Promise.reject(offline);
  }
}
