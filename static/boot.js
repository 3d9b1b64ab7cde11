// Starts the app: loads wasm-bindgen's glue and the wasm, whose names the build's CSP step
// (scripts/csp.mjs) writes on this script's tag in place of Trunk's inline loader, which a
// strict Content-Security-Policy refuses. If either cannot load (a network error, or a browser
// without WebAssembly), the prerendered page says so in its panel and offers Retry; the map's
// links keep working meanwhile. A retry that succeeds mounts the view the address names.
const tag = document.querySelector('script[data-glue][data-wasm]');
let glue = null;
let attempt = 0;

/** The reader's language as the app would choose it: the address's, else the browser's. */
function chinese() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'zh' || asked === 'en') return asked === 'zh';
  const first = (navigator.languages ?? [navigator.language]).find((l) => /^(zh|en)\b/i.test(l ?? ''));
  return /^zh/i.test(first ?? '');
}

const WORDS = {
  en: {
    failed: 'The interactive atlas could not load: the network failed, or this browser cannot run WebAssembly. The links of the map still open each division’s view.',
    retry: 'Retry',
    loading: 'Loading the figures…',
    update: 'A new version is available.',
    reload: 'Reload',
    crashed: 'Something went wrong and the atlas stopped responding. Reload to continue: the address keeps your view.',
  },
  zh: {
    failed: '互动地图未能加载：网络出错，或此浏览器无法运行 WebAssembly。地图上的链接仍可打开各市州的页面。',
    retry: '重试',
    loading: '正在加载数据…',
    update: '有新版本。',
    reload: '重新加载',
    crashed: '地图出错，已停止响应。重新加载即可回到当前页面（页面状态保存在网址中）。',
  },
};
const words = () => WORDS[chinese() ? 'zh' : 'en'];

/** A message in the reader's language (`text` of WORDS) with one button (`button`), as an
 * element of `className` and ARIA `role`. */
function message(className, role, text, button, onClick) {
  const zh = chinese();
  const box = document.createElement('div');
  box.className = className;
  box.setAttribute('role', role);
  box.lang = zh ? 'zh-CN' : 'en';
  const p = document.createElement('p');
  p.textContent = words()[text];
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = words()[button];
  b.addEventListener('click', onClick);
  box.append(p, b);
  return box;
}

async function start() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    throw new Error('this browser has no WebAssembly');
  }
  // A module that failed to load stays failed under its address: a retry asks under a new one.
  if (!glue) glue = await import(attempt === 0 ? tag.dataset.glue : `${tag.dataset.glue}?retry=${attempt}`);
  await glue.default({ module_or_path: tag.dataset.wasm });
}

function fail(error) {
  console.error('The atlas could not start:', error);
  const panel = document.querySelector('#prerendered .panel');
  if (!panel) return;
  panel.replaceChildren(message('boot-error', 'alert', 'failed', 'retry', () => {
    const waiting = document.createElement('p');
    waiting.textContent = words().loading;
    panel.replaceChildren(waiting);
    attempt += 1;
    start().catch(fail);
  }));
}

start().catch(fail);

// Offline after the first visit (static/sw.js), except in an embed, which belongs to its host's
// page. A new deploy's worker waits until the reader reloads: the page offers it, quietly.
const embedded = new URLSearchParams(location.search).get('embed') === '1';
// Registered once the page has loaded and settled, so that precaching never competes with the
// first view's downloads.
const settled = () => new Promise((ok) => {
  const idle = () => setTimeout(() => (window.requestIdleCallback ?? ((f) => f()))(ok), 1000);
  if (document.readyState === 'complete') idle(); else addEventListener('load', idle, { once: true });
});
if (!embedded && 'serviceWorker' in navigator) {
  settled().then(() => navigator.serviceWorker.register('./sw.js')).then((registration) => {
    const offer = (worker) => {
      if (!navigator.serviceWorker.controller) return; // the first visit: nothing older is open
      if (document.querySelector('.update-notice')) return;
      document.body.append(message('update-notice', 'status', 'update', 'reload', () => worker.postMessage('hunan-atlas:activate')));
    };
    const watch = (worker) => worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(worker); });
    if (registration.waiting) offer(registration.waiting);
    if (registration.installing) watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    // Once the new worker has taken over, the page it serves is the new one.
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (!reloading && document.querySelector('.update-notice')) { reloading = true; location.reload(); }
    });
  }).catch((e) => console.warn('The atlas will not work offline:', e));
}

// A panic in the app (none is expected) logs what it was (src/main.rs) and ends in a trap, a
// WebAssembly.RuntimeError thrown to whatever called into the wasm: the app is dead from then on.
// Instead of a map that no longer answers, the page says so and offers a reload, which opens the
// same view, since the address holds it.
function crashed(error) {
  if (typeof WebAssembly !== 'object' || !(error instanceof WebAssembly.RuntimeError)) return;
  if (document.querySelector('.crash-notice')) return;
  document.body.append(message('crash-notice', 'alert', 'crashed', 'reload', () => location.reload()));
}
addEventListener('error', (e) => crashed(e.error));
addEventListener('unhandledrejection', (e) => crashed(e.reason));
