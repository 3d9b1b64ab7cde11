// The two engines besides Chromium, behind one small page interface for e2e/engines.test.mjs:
// Debian's Firefox ESR over WebDriver BiDi (puppeteer-core; Playwright needs a patched Firefox
// that cannot be downloaded here) and Debian's WebKitGTK, its MiniBrowser driven by
// WebKitWebDriver (selenium-webdriver; it needs a display: `make e2e` runs under xvfb-run).
// Neither driver can intercept requests or add a script before the page's own, so the server
// does both (scripts/serve-static.mjs: `fail` and `probe`); PROBE records the page's errors.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key, Origin } from 'selenium-webdriver';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Served as /__probe.js before each page's scripts: the page's uncaught errors, rejected
 * promises and console errors, in `window.__errors`. */
export const PROBE = `window.__errors = [];
addEventListener('error', (e) => window.__errors.push('error: ' + e.message));
addEventListener('unhandledrejection', (e) => window.__errors.push('rejection: ' + String(e.reason)));
{ const log = console.error.bind(console);
  console.error = (...a) => { window.__errors.push('console: ' + a.map(String).join(' ')); log(...a); }; }
`;

/** Starts the named engine ('firefox' or 'webkit'); resolves to { name, open(url, viewport),
 * close() }, where `open` resolves to a page (see EnginePage). */
export async function launchEngine(name) {
  if (name === 'firefox') return firefox();
  if (name === 'webkit') return webkit();
  throw new Error(`unknown engine ${name}`);
}

async function firefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  return {
    name: 'firefox',
    async open(url, viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.goto(url);
      return new EnginePage(new FirefoxTab(page));
    },
    close: () => browser.close(),
  };
}

async function webkit() {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  const gone = new Promise((_, fail) => driver.on('exit', (code) => fail(new Error(`WebKitWebDriver exited (${code})`))));
  gone.catch(() => {});
  await Promise.race([untilListening(port), gone]);
  const session = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
    browserName: 'MiniBrowser',
    // MiniBrowser hangs with --headless here; it draws into the X display of xvfb-run.
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  }).build();
  return {
    name: 'webkit',
    // One window a session: each journey navigates it anew.
    async open(url, viewport = { width: 1280, height: 900 }) {
      await setViewport(session, viewport);
      await session.get(url);
      return new EnginePage(new WebKitTab(session));
    },
    async close() {
      await session.quit().catch(() => {});
      driver.kill();
    },
  };
}

/** The window's outer size that gives the page `viewport` (the window has a toolbar). */
async function setViewport(session, { width, height }) {
  for (let i = 0; i < 3; i++) {
    const inner = await session.executeScript('return [innerWidth, innerHeight]');
    if (inner[0] === width && inner[1] === height) return;
    const rect = await session.manage().window().getRect();
    await session.manage().window().setRect({ width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
  }
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

async function untilListening(port) {
  for (let i = 0; i < 100; i++) {
    try { await fetch(`http://127.0.0.1:${port}/status`); return; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  throw new Error(`WebKitWebDriver did not listen on ${port}`);
}

/** A function and its arguments as a script that returns its (awaited) result. */
const call = (fn, args) => `return (${fn}).apply(null, ${JSON.stringify(args)});`;

class FirefoxTab {
  constructor(page) { this.page = page; }
  goto(url) { return this.page.goto(url); }
  url() { return this.page.url(); }
  run(fn, args) { return this.page.evaluate(new Function(call(fn, args))); }
  async runInFrame(selector, fn, args) {
    const frame = await (await this.page.$(selector)).contentFrame();
    return frame.evaluate(new Function(call(fn, args)));
  }
  click(x, y) { return this.page.mouse.click(x, y); }
  type(text) { return this.page.keyboard.type(text); }
  press(key) { return this.page.keyboard.press(key); }
  back() { return this.page.goBack(); }
  forward() { return this.page.goForward(); }
  close() { return this.page.close(); }
}

const KEYS = { Escape: Key.ESCAPE, Enter: Key.ENTER, Tab: Key.TAB };

class WebKitTab {
  constructor(session) { this.session = session; }
  goto(url) { return this.session.get(url); }
  url() { return this.session.getCurrentUrl(); }
  run(fn, args) { return this.session.executeScript(call(fn, args)); }
  async runInFrame(selector, fn, args) {
    await this.session.switchTo().frame(await this.session.findElement(By.css(selector)));
    try { return await this.session.executeScript(call(fn, args)); } finally { await this.session.switchTo().defaultContent(); }
  }
  click(x, y) {
    return this.session.actions({ async: true })
      .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).press().release().perform();
  }
  type(text) { return this.session.actions({ async: true }).sendKeys(text).perform(); }
  press(key) { return this.session.actions({ async: true }).sendKeys(KEYS[key] ?? key).perform(); }
  back() { return this.session.navigate().back(); }
  forward() { return this.session.navigate().forward(); }
  // The session's one window stays for the next journey.
  close() { return this.session.get('about:blank'); }
}

/** What the journeys do with a page, the same in both engines. Functions passed to `run` are
 * sent as source and called with JSON arguments in the page. */
export class EnginePage {
  constructor(tab) { this.tab = tab; }
  goto(url) { return this.tab.goto(url); }
  url() { return this.tab.url(); }
  async search() { return new URL(await this.url()).search; }
  run(fn, ...args) { return this.tab.run(String(fn), args); }
  runInFrame(selector, fn, ...args) { return this.tab.runInFrame(selector, String(fn), args); }
  /** Polls `fn` in the page until it returns something truthy, which it resolves to. */
  async until(what, fn, args = [], ms = 10000) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
      try { last = await this.run(fn, ...args); if (last) return last; } catch (e) { last = e; }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what} (last: ${last})`);
  }
  /** Clicks with the mouse in the middle of the first element `selector` finds, scrolled into
   * view (in a frame's document when `frame` names the iframe). */
  async clickOn(selector, frame = null) {
    const centre = (sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    let at;
    if (frame) {
      const inner = await this.runInFrame(frame, centre, selector);
      const box = await this.run((f) => { const r = document.querySelector(f).getBoundingClientRect(); return { x: r.left, y: r.top }; }, frame);
      at = inner && { x: box.x + inner.x, y: box.y + inner.y };
    } else {
      at = await this.run(centre, selector);
    }
    if (!at) throw new Error(`nothing to click at ${selector}`);
    await this.tab.click(at.x, at.y);
  }
  type(text) { return this.tab.type(text); }
  press(key) { return this.tab.press(key); }
  back() { return this.tab.back(); }
  forward() { return this.tab.forward(); }
  /** The errors PROBE recorded, or null where it did not load (offline: the worker keeps only
   * the site's files). */
  errors() { return this.run(() => window.__errors ?? null); }
  close() { return this.tab.close(); }
}
