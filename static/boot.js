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
  },
  zh: {
    failed: '互动地图未能加载：网络出错，或此浏览器无法运行 WebAssembly。地图上的链接仍可打开各市州的页面。',
    retry: '重试',
    loading: '正在加载数据…',
  },
};

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
  const lang = chinese() ? 'zh' : 'en';
  const words = WORDS[lang];
  const box = document.createElement('div');
  box.className = 'boot-error';
  box.setAttribute('role', 'alert');
  box.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const text = document.createElement('p');
  text.textContent = words.failed;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = words.retry;
  retry.addEventListener('click', () => {
    const waiting = document.createElement('p');
    waiting.textContent = words.loading;
    panel.replaceChildren(waiting);
    attempt += 1;
    start().catch(fail);
  });
  box.append(text, retry);
  panel.replaceChildren(box);
}

start().catch(fail);
