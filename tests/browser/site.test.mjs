// Real-browser tests of a built portal site, served by a real web server.
//
//   node tests/browser/site.test.mjs --base-url http://127.0.0.1:PORT/community-safety/ \
//        --site-dir WORK/site --work-dir WORK [--concurrency 2] [--max-pages N]
//
// Normally started by run-browser-tests.sh, which builds the site and serves it
// with nginx or Apache httpd. Visits every page reachable from the home page
// plus every .html file in --site-dir, in headless Chromium (Debian's, through
// playwright-core), and checks each page: console, requests, links and
// anchors, axe-core (WCAG 2.1 A and AA), html-validate, mobile width,
// JavaScript off, print, charts, no cookies and no storage in the browser; then
// what the server answers (content types, the 404 page, folders without their
// final slash), the keyboard journey on the home page and a report, and
// screenshots for a human.
// Prints every problem, then "N passed, N failed" on its own line; exits 1 when
// any check failed. Writes WORK/browser-report.json with the same results.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { HtmlValidate } from 'html-validate';

const require = createRequire(import.meta.url);

// --- arguments ----------------------------------------------------------------
function parseArgs(argv) {
  const out = { concurrency: 2, maxPages: Infinity };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--base-url') out.baseUrl = v();
    else if (a === '--site-dir') out.siteDir = v();
    else if (a === '--bare-url') out.bareUrl = v();
    else if (a === '--work-dir') out.workDir = v();
    else if (a === '--concurrency') out.concurrency = Math.max(1, parseInt(v(), 10));
    else if (a === '--max-pages') out.maxPages = parseInt(v(), 10);
    else throw new Error(`unknown argument ${a}`);
  }
  for (const k of ['baseUrl', 'siteDir', 'workDir'])
    if (!out[k]) throw new Error(`--${k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())} is required`);
  if (!out.baseUrl.endsWith('/')) out.baseUrl += '/';
  return out;
}

const opts = parseArgs(process.argv);
const BASE = new URL(opts.baseUrl);
const ORIGIN = BASE.origin;
const PREFIX = BASE.pathname; // e.g. /community-safety/
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 360, height: 740 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOT_DIR = path.join(opts.workDir, 'screenshots');

// html-validate's recommended rules, less those that are only a matter of taste
// and say nothing about whether the page is valid or accessible.
const htmlvalidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are "Page – Site", as on GOV.UK; the 70-character limit is about
    // search engines truncating them, not about validity or accessibility.
    'long-title': 'off',
    // HTML5 allows any id without white space; the strict default (start with a
    // letter, ASCII only) is the HTML 4 rule, kept by some for CSS selectors.
    // Headings numbered "1. Purpose" get ids like "1-purpose", which work.
    'valid-id': ['error', { relaxed: true }],
  },
});

// --- results --------------------------------------------------------------------
const results = []; // { check, target, problems: [] }
function record(check, target, problems) {
  results.push({ check, target, problems: problems.filter(Boolean) });
}

// --- URLs ------------------------------------------------------------------------
const shortUrl = (u) => (u.startsWith(opts.baseUrl) ? u.slice(opts.baseUrl.length) || '(home)' : u);

// The page a URL names, without fragment or query; "x/" and "x/index.html" are one page.
function pageKey(u) {
  const url = new URL(u);
  url.hash = '';
  url.search = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
}
const isInternal = (u) => {
  const url = new URL(u);
  return url.origin === ORIGIN;
};
const isHtmlPage = (u) => /\.html?$/.test(new URL(u).pathname) || new URL(u).pathname.endsWith('/');

function htmlFilesIn(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

// --- the browser ----------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  // playwright-core starts every launch with a fresh temporary profile (user-data-dir).
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ],
});
const CONTEXTS = {
  desktop: { viewport: DESKTOP, locale: 'en-GB' },
  mobile: { viewport: MOBILE, isMobile: true, hasTouch: true, deviceScaleFactor: 1, locale: 'en-GB' },
  nojs: { viewport: DESKTOP, javaScriptEnabled: false, locale: 'en-GB' },
};

// --- privacy -------------------------------------------------------------------
// The site promises no cookies, nothing stored in the browser and no request to
// another host (the last is "no failed request"). Counted as it happens, by this
// script, which runs in every page before the page's own scripts and outside its
// policy; and checked after each page in what the browser holds, which also
// catches what no counter sees (a cookie from a Set-Cookie header,
// `localStorage.x = 1`).
function privacyProbe() {
  if (window.__privacyWrites) return; // (a document that keeps its window)
  const writes = [];
  Object.defineProperty(window, '__privacyWrites', { value: writes });
  const note = (kind, text) => writes.length < 20 && writes.push({ kind, text });
  const arg = (a) => JSON.stringify(String(a)).slice(0, 80);
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: cookie.enumerable,
    get() { return cookie.get.call(this); },
    set(v) { note('cookie', `document.cookie = ${arg(v)}`); cookie.set.call(this, v); },
  });
  if (window.cookieStore) {
    const set = CookieStore.prototype.set;
    CookieStore.prototype.set = function (...a) { note('cookie', `cookieStore.set(${arg(a[0]?.name ?? a[0])})`); return set.apply(this, a); };
  }
  for (const m of ['setItem', 'removeItem', 'clear']) {
    const orig = Storage.prototype[m];
    Storage.prototype[m] = function (...a) {
      let which = 'sessionStorage';
      try { if (this === window.localStorage) which = 'localStorage'; } catch { /* storage refused */ }
      note('storage', `${which}.${m}(${a.length ? arg(a[0]) : ''})`);
      return orig.apply(this, a);
    };
  }
  if (window.IDBFactory) {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...a) { note('storage', `indexedDB.open(${arg(a[0])})`); return open.apply(this, a); };
  }
}

// What a page left in the browser: storage, databases, caches, service workers,
// and what the probe above counted. Then it is all removed, so that nothing of
// one page is blamed on the next.
async function storageLeft(page) {
  return page.evaluate(async () => {
    const out = { writes: [...(window.__privacyWrites || [])], left: [] };
    for (const which of ['localStorage', 'sessionStorage']) {
      try {
        const s = window[which];
        if (s.length) out.left.push(`${which} holds ${s.length} item(s): ${Object.keys(s).slice(0, 5).join(', ')}`);
        Storage.prototype.clear.call(s);
      } catch { /* no storage for this page */ }
    }
    try {
      const dbs = await indexedDB.databases();
      if (dbs.length) out.left.push(`IndexedDB holds ${dbs.map((d) => `"${d.name}"`).join(', ')}`);
      for (const d of dbs) indexedDB.deleteDatabase(d.name);
    } catch { /* no IndexedDB */ }
    try {
      const keys = self.caches ? await caches.keys() : [];
      if (keys.length) out.left.push(`Cache Storage holds ${keys.join(', ')}`);
      for (const k of keys) await caches.delete(k);
    } catch { /* no Cache Storage */ }
    try {
      const regs = navigator.serviceWorker ? await navigator.serviceWorker.getRegistrations() : [];
      if (regs.length) out.left.push(`a service worker is registered for ${regs.map((r) => r.scope).join(', ')}`);
      for (const r of regs) await r.unregister();
    } catch { /* no service workers */ }
    return out;
  });
}

// Cookies the browser context holds (from scripts or Set-Cookie headers), then none.
async function cookiesLeft(ctx) {
  const cookies = await ctx.cookies();
  await ctx.clearCookies();
  return cookies.map((c) => `the browser holds a cookie "${c.name}" for ${c.domain}${c.path}`);
}

async function newContext(kind) {
  const ctx = await browser.newContext(CONTEXTS[kind]);
  await ctx.addInitScript(privacyProbe);
  return ctx;
}
const desktopCtx = await newContext('desktop');
const mobileCtx = await newContext('mobile');
const noJsCtx = await newContext('nojs');

// A page that records what goes wrong while it loads: console errors, uncaught
// exceptions, failed requests, requests to other hosts, Set-Cookie headers. The
// record is swapped for every visit; between visits the page rests on
// about:blank so that nothing of one page is blamed on the next. Each has a
// browser context of its own, so that a cookie in it is this page's.
async function watchedPage(kind) {
  const ctx = await newContext(kind);
  const page = await ctx.newPage();
  const w = { page, ctx, log: null };
  const push = (kind, text) => w.log && w.log[kind].push(text);
  page.on('console', (m) => {
    if (m.type() === 'error') {
      const loc = m.location();
      push('console', `console error: ${m.text()}${loc && loc.url ? ` (${shortUrl(loc.url)}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (e) => push('console', `uncaught exception: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (/^(data|blob|about):/.test(u)) return;
    if (!u.startsWith(ORIGIN + '/')) push('requests', `request to another host: ${u}`);
    else if (!new URL(u).pathname.startsWith(PREFIX)) push('requests', `request outside the site's sub-path ${PREFIX}: ${u}`);
  });
  page.on('requestfailed', (r) => push('requests', `request failed: ${shortUrl(r.url())} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) push('requests', `HTTP ${r.status()} for ${shortUrl(r.url())}`);
    // (headers() leaves out cookie headers; headerValue() has them.)
    const log = w.log;
    if (log) log.pending.push(r.headerValue('set-cookie').then((v) => {
      if (v) log.cookies.push(`Set-Cookie from ${shortUrl(r.url())}: ${v.replace(/\s+/g, ' ').slice(0, 80)}`);
    }, () => {}));
  });
  w.start = () => (w.log = { console: [], requests: [], cookies: [], storage: [], pending: [] });
  w.finish = async () => {
    // Stop recording before leaving the page: requests that our own navigation
    // away cuts short (Chromium fetches the favicon late) are not the site's fault.
    // A file that is really missing still fails the link check and the HTTP check.
    const log = w.log;
    try {
      const s = await storageLeft(page);
      for (const x of s.writes) log[x.kind === 'cookie' ? 'cookies' : 'storage'].push(`the page wrote ${x.text}`);
      log.storage.push(...s.left);
    } catch (e) {
      log.storage.push(`could not look at the browser's storage: ${e.message.split('\n')[0]}`);
    }
    await Promise.race([Promise.all(log.pending), new Promise((r) => setTimeout(r, 2000))]);
    w.log = null;
    await page.goto('about:blank').catch(() => {});
    log.cookies.push(...(await cookiesLeft(ctx)));
    return log;
  };
  return w;
}

// --- in-page helpers (run in the browser) -------------------------------------------
function collectPageFacts() {
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  const names = [...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name'));
  const links = [...document.querySelectorAll('a[href], area[href], link[href]')].map((e) => ({
    tag: e.tagName.toLowerCase(),
    rel: e.getAttribute('rel') || '',
    raw: e.getAttribute('href'),
    abs: e.href,
    text: (e.textContent || '').trim().slice(0, 60),
  }));
  return { ids: [...ids, ...names], links, title: document.title, tables: document.querySelectorAll('main table').length };
}

function isVisible(el) {
  if (!el) return false;
  if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

// Elements that reach past the right edge of the viewport and are not inside a
// scroll container: what makes a page scroll sideways.
function overflowReport(limit) {
  const out = [];
  const inScroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') return true;
    }
    return false;
  };
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    if (el.classList.length) s += '.' + [...el.classList].join('.');
    const t = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return t ? `${s} ("${t}")` : s;
  };
  const all = [...document.body.querySelectorAll('*')].filter((el) => !inScroller(el));
  // Boxes wider than the screen (a table, an image): the outermost one.
  for (const el of all) {
    const r = el.getBoundingClientRect();
    if (r.right > limit + 0.5 && r.width > 0) {
      let parentOffends = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (p.getBoundingClientRect().right > limit + 0.5) { parentOffends = true; break; }
      if (!parentOffends) out.push(`${describe(el)} reaches ${Math.round(r.right)}px`);
    }
    if (out.length >= 5) return out;
  }
  if (out.length) return out;
  // Content spilling out of a box that fits (a long unbreakable word): the innermost one.
  const spills = (el) => el.getBoundingClientRect().left + el.scrollWidth > limit + 0.5;
  for (const el of all) {
    if (spills(el) && ![...el.children].some(spills))
      out.push(`${describe(el)} overflows to ${Math.round(el.getBoundingClientRect().left + el.scrollWidth)}px`);
    if (out.length >= 5) break;
  }
  return out;
}

// A region that scrolls sideways (a wide table on a phone) must be reachable by
// keyboard, or keyboard users cannot see what is cut off.
function scrollRegionsReport() {
  const out = [];
  const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  for (const el of document.body.querySelectorAll('*')) {
    const ox = getComputedStyle(el).overflowX;
    if ((ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
      const ti = el.getAttribute('tabindex');
      const ok = (ti !== null && +ti >= 0) || el.querySelector(focusable);
      if (!ok) out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} scrolls sideways but cannot be reached by keyboard (give it tabindex="0" and a name)`);
    }
  }
  return out;
}

// The helpers above, installed in a page through the DevTools protocol (a strict
// CSP forbids the page itself to build functions from strings).
const HELPERS = `window.__portalTest = { isVisible: ${isVisible}, overflowReport: ${overflowReport}, scrollRegionsReport: ${scrollRegionsReport} }; 0`;
const installHelpers = (page) => page.evaluate(HELPERS);

// --- charts ---------------------------------------------------------------------------
// Numbers in a chart's configuration, as [label, category, value] triples. Understands
// Chart.js's {data: {labels, datasets: [{label, data}]}} and portal's statistics shape
// {categories, series: [{name, values}]}.
function configFigures(cfg) {
  const out = [];
  const data = cfg && cfg.data && Array.isArray(cfg.data.datasets) ? cfg.data : null;
  if (data) {
    for (const ds of data.datasets)
      (ds.data || []).forEach((v, i) => {
        const value = v !== null && typeof v === 'object' ? (v.y ?? v.value ?? null) : v;
        out.push([ds.label ?? '', data.labels ? data.labels[i] : i, value]);
      });
  } else if (cfg && Array.isArray(cfg.series)) {
    for (const s of cfg.series)
      (s.values || []).forEach((v, i) => out.push([s.name ?? '', cfg.categories ? cfg.categories[i] : i, v]));
  } else {
    return null;
  }
  return out;
}

function parseNumber(text) {
  // format_money writes a minus as U+2212; a figure is read as a number either way.
  const m = String(text).replace(/[,£%\s]/g, '').replace(/\u2212/g, '-').match(/^[^\d-]*(-?\d+(?:\.\d+)?)/);
  return m ? parseFloat(m[1]) : null;
}

function compareChartTable(cfg, table) {
  const problems = [];
  const figures = configFigures(cfg);
  if (!figures) return ['its JSON configuration has neither data.datasets nor series'];
  const cells = table.cells.map((c) => parseNumber(c)).filter((n) => n !== null);
  const pool = new Map();
  for (const n of cells) pool.set(n.toFixed(2), (pool.get(n.toFixed(2)) || 0) + 1);
  let nulls = 0;
  for (const [label, category, value] of figures) {
    if (value === null || value === undefined) { nulls++; continue; }
    const v = Number(value);
    const key = v.toFixed(2);
    if (pool.get(key)) pool.set(key, pool.get(key) - 1);
    else problems.push(`the configuration's ${label ? label + ', ' : ''}${category}: ${value} is not in the table`);
  }
  const missingWords = table.cells.filter((c) => /not available|withheld|n\/a|—|–|^\s*$/i.test(c)).length;
  if (nulls > missingWords) problems.push(`the configuration has ${nulls} missing figures but the table shows only ${missingWords} as not available`);
  const text = table.headerText.toLowerCase();
  const labels = new Set(figures.flatMap(([l, c]) => [l, c]).filter((x) => typeof x === 'string' && x));
  for (const l of labels) if (!text.includes(l.toLowerCase())) problems.push(`the table has no heading "${l}"`);
  return problems.slice(0, 10);
}

async function checkCharts(page) {
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll('figure')].filter((f) => f.querySelector('canvas')).map((f, i) => {
      f.setAttribute('data-test-chart', String(i));
      const cfg = f.querySelector('script[type="application/json"]');
      const table = f.querySelector('table') ||
        (f.getAttribute('aria-describedby') && document.getElementById(f.getAttribute('aria-describedby'))?.querySelector('table'));
      return {
        index: i,
        caption: (f.querySelector('figcaption')?.textContent || '').trim().slice(0, 60),
        config: cfg ? cfg.textContent : null,
        table: table ? {
          cells: [...table.querySelectorAll('td')].map((c) => c.textContent.trim()),
          headerText: [...table.querySelectorAll('th, caption')].map((c) => c.textContent.trim()).join(' | '),
        } : null,
      };
    }));
  const problems = [];
  for (const c of charts) {
    const name = `chart ${c.index + 1}${c.caption ? ` ("${c.caption}")` : ''}`;
    // Chart.js draws on the next animation frames; give it up to 3 s.
    let drawn = { ok: false, why: '' };
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      drawn = await page.evaluate((i) => {
        const canvas = document.querySelector(`figure[data-test-chart="${i}"] canvas`);
        if (!canvas.width || !canvas.height) return { ok: false, why: 'the canvas has no size' };
        const r = canvas.getBoundingClientRect();
        if (!r.width || !r.height) return { ok: false, why: 'the canvas is not displayed' };
        const ctx = canvas.getContext('2d');
        if (!ctx) return { ok: false, why: 'the canvas has no 2d context' };
        const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let k = 3; k < d.length; k += 4) if (d[k] !== 0) painted++;
        return painted > 50 ? { ok: true } : { ok: false, why: `the canvas is blank (${painted} painted pixels)` };
      }, c.index);
      if (drawn.ok) break;
      await page.waitForTimeout(100);
    }
    if (!drawn.ok) problems.push(`${name}: ${drawn.why}`);
    if (c.config === null) { problems.push(`${name}: no <script type="application/json"> configuration in the figure`); continue; }
    if (!c.table) { problems.push(`${name}: no table with the chart's figures`); continue; }
    let cfg;
    try { cfg = JSON.parse(c.config); } catch (e) { problems.push(`${name}: its configuration is not JSON: ${e.message}`); continue; }
    for (const p of compareChartTable(cfg, c.table)) problems.push(`${name}: ${p}`);
  }
  return { count: charts.length, problems };
}

// --- one page -------------------------------------------------------------------------
const pages = new Map(); // pageKey -> { url, ids, links, status, isHtml }
const queue = [];
const queued = new Set();
function enqueue(u) {
  const k = pageKey(u);
  if (queued.has(k) || queued.size >= opts.maxPages) return;
  queued.add(k);
  queue.push(k);
}

async function visit(worker, url) {
  const { desktop, mobile, nojs } = worker;
  const name = shortUrl(url);
  const info = { url, ids: [], links: [], status: 0, isHtml: false, charts: 0 };
  pages.set(url, info);

  // Desktop, JavaScript on.
  desktop.start();
  let resp;
  try {
    resp = await desktop.page.goto(url, { waitUntil: 'load', timeout: 30000 });
  } catch (e) {
    const log = await desktop.finish();
    record('loads', name, [`could not load: ${e.message.split('\n')[0]}`, ...log.requests]);
    return;
  }
  info.status = resp ? resp.status() : 0;
  const contentType = resp?.headers()['content-type'] || '';
  info.isHtml = contentType.startsWith('text/html');
  if (!resp || !resp.ok() || !info.isHtml) {
    const log = await desktop.finish();
    record('loads', name, [`HTTP ${info.status} (${contentType})`, ...log.requests]);
    return;
  }
  const html = await resp.text();
  const facts = await desktop.page.evaluate(collectPageFacts);
  info.ids = facts.ids;
  info.links = facts.links;
  info.tables = facts.tables;
  for (const l of facts.links) {
    if (!l.abs || !/^https?:/.test(l.abs) || !isInternal(l.abs)) continue;
    if (l.tag === 'a' || l.tag === 'area') if (isHtmlPage(l.abs) && new URL(l.abs).pathname.startsWith(PREFIX)) enqueue(l.abs);
  }

  // axe-core, evaluated through the DevTools protocol so a strict CSP cannot block it.
  const axeProblems = [];
  try {
    await desktop.page.evaluate(AXE_SOURCE);
    const axe = await desktop.page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ').slice(0, 200) : ''}`),
        count: v.nodes.length,
      }));
    }, AXE_TAGS);
    for (const v of axe) axeProblems.push(`${v.id} (${v.impact}): ${v.help} — ${v.count} element(s): ${v.nodes.join('; ')}`);
  } catch (e) {
    axeProblems.push(`axe-core could not run: ${e.message.split('\n')[0]}`);
  }
  record('axe-core WCAG 2.1 AA', name, axeProblems);

  // html-validate on the HTML exactly as the server sent it.
  const report = await htmlvalidate.validateString(html, name);
  // One line per rule and message: "line 35:40 rule: message (and 57 more)".
  const hv = new Map();
  for (const r of report.results)
    for (const m of r.messages) {
      if (m.severity !== 2) continue;
      const key = `${m.ruleId}: ${m.message}`;
      const g = hv.get(key) || { at: `line ${m.line}:${m.column}`, n: 0 };
      g.n++;
      hv.set(key, g);
    }
  record('html-validate', name, [...hv].map(([k, g]) => `${g.at} ${k}${g.n > 1 ? ` (and ${g.n - 1} more)` : ''}`));

  // Structure every page must have.
  const structure = await desktop.page.evaluate(() => {
    const p = [];
    const h1 = document.querySelectorAll('h1');
    if (h1.length !== 1) p.push(`${h1.length} h1 elements (want exactly 1)`);
    const main = document.querySelectorAll('main');
    if (main.length !== 1) p.push(`${main.length} main elements (want exactly 1)`);
    const first = document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
    const mainEl = document.querySelector('main');
    if (!first || !mainEl || first.getAttribute('href') !== '#' + mainEl.id)
      p.push('the first focusable element is not a skip link to main');
    return p;
  });
  record('page structure (one h1, main, skip link)', name, structure);

  // Charts (activates once pages have figure > canvas).
  const charts = await checkCharts(desktop.page);
  info.charts = charts.count;
  if (charts.count) record('charts draw and match their tables', name, charts.problems);

  // Print: navigation hidden, main content, charts and tables shown.
  await desktop.page.emulateMedia({ media: 'print' });
  await installHelpers(desktop.page);
  const printProblems = await desktop.page.evaluate(() => {
    const { isVisible } = window.__portalTest;
    const p = [];
    const main = document.querySelector('main');
    for (const nav of document.querySelectorAll('nav'))
      if (!(main && main.contains(nav)) && isVisible(nav))
        p.push(`navigation "${nav.getAttribute('aria-label') || ''}" is printed`);
    if (!isVisible(main)) p.push('main is not printed');
    for (const f of document.querySelectorAll('main figure')) {
      const graphic = [...f.querySelectorAll('svg, canvas, img')].some(isVisible);
      if (f.querySelector('svg, canvas') && !graphic) p.push(`chart "${f.querySelector('figcaption')?.textContent.trim().slice(0, 40)}" is not printed`);
    }
    for (const t of document.querySelectorAll('main table'))
      if (!isVisible(t)) p.push(`table "${t.caption?.textContent.trim().slice(0, 40) || ''}" is not printed`);
    return p;
  });
  await desktop.page.emulateMedia({ media: null });
  record('print', name, printProblems);

  const desktopLog = await desktop.finish();

  // Mobile, 360 px wide.
  mobile.start();
  const mobileProblems = [];
  try {
    await mobile.page.goto(url, { waitUntil: 'load', timeout: 30000 });
    await installHelpers(mobile.page);
    const m = await mobile.page.evaluate((limit) => {
      const { overflowReport, scrollRegionsReport } = window.__portalTest;
      const sw = document.scrollingElement.scrollWidth;
      return { sw, offenders: sw > limit ? overflowReport(limit) : [], regions: scrollRegionsReport() };
    }, MOBILE.width);
    if (m.sw > MOBILE.width) mobileProblems.push(`the page is ${m.sw}px wide at ${MOBILE.width}px and scrolls sideways: ${m.offenders.join('; ')}`);
    mobileProblems.push(...m.regions);
  } catch (e) {
    mobileProblems.push(`could not load: ${e.message.split('\n')[0]}`);
  }
  const mobileLog = await mobile.finish();
  record(`mobile ${MOBILE.width}px`, name, mobileProblems);

  // JavaScript off.
  nojs.start();
  const nojsProblems = [];
  try {
    await nojs.page.goto(url, { waitUntil: 'load', timeout: 30000 });
    await installHelpers(nojs.page);
    const p = await nojs.page.evaluate((limit) => {
      const { isVisible } = window.__portalTest;
      const p = [];
      const main = document.querySelector('main');
      if (!isVisible(main)) p.push('main is not visible');
      else if (main.getBoundingClientRect().width < 280) p.push(`main is only ${Math.round(main.getBoundingClientRect().width)}px wide`);
      const h1 = document.querySelector('h1');
      if (!isVisible(h1)) p.push('the h1 is not visible');
      if (document.scrollingElement.scrollWidth > limit) p.push(`the page scrolls sideways (${document.scrollingElement.scrollWidth}px)`);
      for (const f of document.querySelectorAll('figure')) {
        const isChart = f.querySelector('canvas, svg, script[type="application/json"]');
        if (!isChart) continue;
        const cap = f.querySelector('figcaption')?.textContent.trim().slice(0, 40) || '';
        if (![...f.querySelectorAll('svg')].some(isVisible)) p.push(`chart "${cap}" shows no SVG without JavaScript`);
        const t = f.querySelector('table');
        if (!t) p.push(`chart "${cap}" has no table`);
        else if (!isVisible(t) && !t.closest('details:not([open])')) p.push(`chart "${cap}": its table is hidden`);
      }
      return p;
    }, DESKTOP.width);
    nojsProblems.push(...p);
  } catch (e) {
    nojsProblems.push(`could not load: ${e.message.split('\n')[0]}`);
  }
  const nojsLog = await nojs.finish();
  record('JavaScript off', name, nojsProblems);

  const uniq = (a) => [...new Set(a)];
  record('no console error', name, uniq([...desktopLog.console, ...mobileLog.console, ...nojsLog.console]));
  record('no failed request', name, uniq([...desktopLog.requests, ...mobileLog.requests, ...nojsLog.requests]));
  record('no cookies', name, uniq([...desktopLog.cookies, ...mobileLog.cookies, ...nojsLog.cookies]));
  record('no storage in the browser', name, uniq([...desktopLog.storage, ...mobileLog.storage, ...nojsLog.storage]));
}

// --- crawl ---------------------------------------------------------------------------
const started = Date.now();
enqueue(opts.baseUrl);
const files = htmlFilesIn(opts.siteDir);
const fileUrls = files.map((f) => pageKey(new URL(f, opts.baseUrl).href));
for (const u of fileUrls) enqueue(u);

const workers = [];
for (let i = 0; i < opts.concurrency; i++)
  workers.push({ desktop: await watchedPage('desktop'), mobile: await watchedPage('mobile'), nojs: await watchedPage('nojs') });

let busy = 0;
await Promise.all(workers.map(async (w) => {
  for (;;) {
    const u = queue.shift();
    if (!u) {
      if (busy === 0) return;
      await new Promise((r) => setTimeout(r, 25));
      continue;
    }
    busy++;
    try {
      await visit(w, u);
    } catch (e) {
      record('visit', shortUrl(u), [`the test itself failed: ${e.stack}`]);
    } finally {
      busy--;
    }
  }
}));
const crawlSeconds = (Date.now() - started) / 1000;

// --- links and anchors ----------------------------------------------------------------
const statusCache = new Map();
async function statusOf(key) {
  if (pages.has(key)) return pages.get(key).status;
  if (!statusCache.has(key)) {
    statusCache.set(key, fetch(key, { redirect: 'manual' }).then((r) => r.status, () => 0));
  }
  return statusCache.get(key);
}

for (const [key, info] of pages) {
  if (!info.isHtml) continue;
  const problems = [];
  for (const l of info.links) {
    if (l.raw === null) continue;
    const label = `"${l.text || l.raw}" -> ${l.raw}`;
    if (l.raw === '' || l.raw === '#') { problems.push(`${label}: an empty link`); continue; }
    if (!/^https?:/.test(l.abs)) continue; // mailto:, tel:
    if (!isInternal(l.abs)) continue; // other sites are not checked (no network in CI)
    const target = new URL(l.abs);
    if (!target.pathname.startsWith(PREFIX)) {
      problems.push(`${label}: leaves the site's folder (${target.pathname}); links must be relative so the site works under a sub-path`);
      continue;
    }
    const tkey = pageKey(l.abs);
    const status = await statusOf(tkey);
    if (status !== 200) { problems.push(`${label}: HTTP ${status || 'no response'}`); continue; }
    if (target.hash && target.hash !== '#') {
      const frag = decodeURIComponent(target.hash.slice(1));
      const tp = pages.get(tkey);
      if (tp && tp.isHtml && !tp.ids.includes(frag))
        problems.push(`${label}: no element with id "${frag}" on ${shortUrl(tkey)}`);
    }
  }
  record('links and anchors resolve', shortUrl(key), [...new Set(problems)]);
}

// Pages the output has but nothing links to: not an error (404.html is one),
// but worth seeing.
const linked = new Set();
for (const info of pages.values()) for (const l of info.links) if (l.abs && /^https?:/.test(l.abs)) linked.add(pageKey(l.abs));
const orphans = fileUrls.filter((u) => !linked.has(u) && u !== pageKey(opts.baseUrl));

// --- the server ----------------------------------------------------------------------
// What docs/hosting.md asks of every web server, checked on the one serving the
// site now (nginx or Apache): each kind of file the site has, with its content
// type (browsers refuse a script or style sheet of the wrong type under
// nosniff) and UTF-8 for text (the CSV files carry £ and names); a missing page
// answered 404 with the site's own 404 page, styled, at any depth; a folder's
// address without its final slash redirected to the folder.
const CONTENT_TYPES = {
  html: ['text/html'], css: ['text/css'], js: ['text/javascript', 'application/javascript'],
  mjs: ['text/javascript', 'application/javascript'], json: ['application/json'],
  xml: ['application/xml', 'text/xml'], atom: ['application/atom+xml'], csv: ['text/csv'],
  txt: ['text/plain'], svg: ['image/svg+xml'], png: ['image/png'], jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'], ico: ['image/x-icon', 'image/vnd.microsoft.icon'], woff2: ['font/woff2'],
  webmanifest: ['application/manifest+json'],
};
function filesIn(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      // portal's own marker, and IIS's settings (hosting.iis_web_config): never linked.
      if (e.name.startsWith('.') || e.name === 'web.config') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
{
  const byExt = new Map();
  for (const f of filesIn(opts.siteDir)) {
    const ext = path.extname(f).slice(1).toLowerCase();
    if (!byExt.has(ext)) byExt.set(ext, f);
  }
  for (const [ext, f] of byExt) {
    const problems = [];
    const want = CONTENT_TYPES[ext];
    try {
      const r = await fetch(opts.baseUrl + f, { redirect: 'manual' });
      await r.arrayBuffer();
      const type = r.headers.get('content-type') || '';
      const mime = type.split(';')[0].trim().toLowerCase();
      const charset = (type.match(/;\s*charset=([^;\s]+)/i) || [])[1];
      if (r.status !== 200) problems.push(`HTTP ${r.status}`);
      else if (!want) problems.push(`served as "${type}"; the site now has .${ext} files: add their type to CONTENT_TYPES here, to the test servers' configs in run-browser-tests.sh, and to docs/hosting.md`);
      else if (!want.includes(mime)) problems.push(`served as "${type || 'no content type'}", not ${want.join(' or ')}`);
      else if (mime.startsWith('text/') && !/^utf-?8$/i.test(charset || '')) problems.push(`served as "${type}": text needs "; charset=utf-8"`);
      else if (charset && !/^utf-?8$/i.test(charset)) problems.push(`served as "${type}": the files are UTF-8`);
    } catch (e) {
      problems.push(`no response: ${e.message}`);
    }
    record('server: content type', `.${ext || '(no extension)'} (${f})`, problems);
  }

  if (fs.existsSync(path.join(opts.siteDir, '404.html'))) {
    const missing = opts.baseUrl + 'no-such-folder/no-such-page.html';
    const problems = [];
    // The title to expect, from a page of its own: the next one records only
    // its own requests (a navigation cuts short the favicon fetch of the last).
    const first = await desktopCtx.newPage();
    const title = await first.goto(opts.baseUrl + '404.html', { waitUntil: 'load' }).then(() => first.title(), () => '');
    await first.close();
    const page = await desktopCtx.newPage();
    const failed = [];
    page.on('requestfailed', (r) => failed.push(`request failed: ${shortUrl(r.url())}`));
    page.on('response', (r) => r.url() !== missing && r.status() >= 400 && failed.push(`HTTP ${r.status()} for ${shortUrl(r.url())}`));
    try {
      const resp = await page.goto(missing, { waitUntil: 'load' });
      if (resp.status() !== 404) problems.push(`HTTP ${resp.status()}, not 404`);
      if (!(resp.headers()['content-type'] || '').startsWith('text/html')) problems.push(`served as "${resp.headers()['content-type']}"`);
      if ((await page.title()) !== title) problems.push(`the page is "${await page.title()}", not the site's 404 page ("${title}")`);
      const unstyled = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')]
        .filter((l) => { try { return !l.sheet || !l.sheet.cssRules.length; } catch { return true; } })
        .map((l) => l.getAttribute('href')));
      for (const h of unstyled) problems.push(`its style sheet ${h} did not load at this depth`);
      problems.push(...failed); // (before the page closes, which would cut short what still loads)
    } catch (e) {
      problems.push(`could not load: ${e.message.split('\n')[0]}`);
    }
    await page.close();
    record("server: a missing page gets the site's 404 page", shortUrl(missing), problems);
  }

  const folder = fs.readdirSync(opts.siteDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(opts.siteDir, e.name, 'index.html')))
    .map((e) => e.name).sort()[0];
  for (const [from, to] of [[opts.baseUrl.replace(/\/$/, ''), opts.baseUrl], ...(folder ? [[opts.baseUrl + folder, opts.baseUrl + folder + '/']] : [])]) {
    const problems = [];
    try {
      const r = await fetch(from, { redirect: 'manual' });
      await r.arrayBuffer();
      const location = r.headers.get('location');
      if (![301, 302, 303, 307, 308].includes(r.status)) problems.push(`HTTP ${r.status}, not a redirect to ${new URL(to).pathname}`);
      else if (!location || new URL(location, from).href !== to) problems.push(`redirects to ${location}, not ${new URL(to).pathname}`);
    } catch (e) {
      problems.push(`no response: ${e.message}`);
    }
    record('server: a folder without its final slash redirects', new URL(from).pathname, problems);
  }
}

// --- keyboard ----------------------------------------------------------------------
async function keyboardJourney(url) {
  const problems = [];
  const page = await desktopCtx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.mouse.move(DESKTOP.width - 1, DESKTOP.height - 1);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const a = document.activeElement;
      const main = document.querySelector('main');
      const r = a.getBoundingClientRect();
      return {
        tag: a.tagName.toLowerCase(), href: a.getAttribute('href'), text: a.textContent.trim(),
        mainHash: main ? '#' + main.id : null,
        onScreen: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
      };
    });
    if (first.tag !== 'a' || !first.mainHash || first.href !== first.mainHash)
      problems.push(`the first Tab focuses <${first.tag}> "${first.text}" (${first.href}), not a skip link to ${first.mainHash}`);
    else {
      if (!first.onScreen) problems.push('the skip link is not on screen when focused');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(50);
      const inMain = await page.evaluate(() => document.activeElement === document.querySelector('main'));
      if (!inMain) problems.push('Enter on the skip link does not move focus to main');
      await page.keyboard.press('Tab');
      const after = await page.evaluate(() => {
        const main = document.querySelector('main');
        const a = document.activeElement;
        return main.contains(a) || !!(main.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      if (!after) problems.push('after the skip link, Tab goes back before main');
    }

    // Focus is visible on every interactive element, in tab order.
    await page.goto(url, { waitUntil: 'load' });
    await page.mouse.move(DESKTOP.width - 1, DESKTOP.height - 1);
    const total = await page.evaluate(() => {
      const sel = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
      const style = (el) => {
        const s = getComputedStyle(el);
        return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor,
          boxShadow: s.boxShadow, background: s.backgroundColor,
          // A border only shows if it has a width (its colour follows the text colour otherwise).
          border: ['Top', 'Right', 'Bottom', 'Left'].map((e) => s[`border${e}Style`] === 'none' || parseFloat(s[`border${e}Width`]) === 0 ? 'none' : `${s[`border${e}Width`]} ${s[`border${e}Color`]}`).join(',') };
      };
      const els = [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility({ visibilityProperty: true }) && e.tabIndex >= 0);
      window.__kbd = els.map((e, i) => { e.setAttribute('data-kbd', String(i)); return style(e); });
      window.__kbdStyle = style;
      return els.length;
    });
    const reached = new Set();
    const noFocusStyle = [];
    for (let step = 0; step < total + 5; step++) {
      await page.keyboard.press('Tab');
      const s = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body || !a.hasAttribute('data-kbd')) return null;
        const i = +a.getAttribute('data-kbd');
        const before = window.__kbd[i];
        const now = window.__kbdStyle(a);
        const transparent = (c) => /rgba\(.*,\s*0\)$/.test(c) || c === 'transparent';
        const outline = now.outlineStyle !== 'none' && parseFloat(now.outlineWidth) > 0 && !transparent(now.outlineColor);
        const visible = outline || (now.boxShadow !== before.boxShadow && now.boxShadow !== 'none') ||
          now.background !== before.background || (now.border !== before.border);
        return { i, visible, desc: `${a.tagName.toLowerCase()} "${a.textContent.trim().slice(0, 40)}"` };
      });
      if (!s || reached.has(s.i)) break;
      reached.add(s.i);
      if (!s.visible) noFocusStyle.push(s.desc);
    }
    for (const d of noFocusStyle) problems.push(`${d} shows no visible focus (no outline, box-shadow, background or border change)`);
    if (reached.size < total) problems.push(`Tab reached only ${reached.size} of ${total} interactive elements`);
    return { problems, total };
  } finally {
    await page.close();
  }
}

const htmlPages = [...pages.values()].filter((p) => p.isHtml && p.status === 200).map((p) => p.url);
const home = pageKey(opts.baseUrl);
const reportPage = htmlPages.find((u) => /\/reports\/\d{4}-\d{2}-q\d\/index\.html$/.test(u));
for (const u of [home, reportPage].filter(Boolean)) {
  try {
    const k = await keyboardJourney(u);
    record(`keyboard: skip link and visible focus (${k.total} elements)`, shortUrl(u), k.problems);
  } catch (e) {
    record('keyboard: skip link and visible focus', shortUrl(u), [`the test itself failed: ${e.message.split('\n')[0]}`]);
  }
}
if (!reportPage) console.log('note: no quarterly report page (reports/<year>-q<n>/) yet; keyboard journey ran on the home page only');

// --- a host that sends no headers ---------------------------------------------------
// The same pages from a server that sends no Content-Security-Policy: each page's
// own policy (its meta element) holds, and nothing the page needs is blocked by it.
if (opts.bareUrl) {
  if (!opts.bareUrl.endsWith('/')) opts.bareUrl += '/';
  const bare = (u) => opts.bareUrl + u.slice(opts.baseUrl.length);
  const searchPage = htmlPages.find((u) => /\/search\/(index\.html)?$/.test(u));
  const targets = [home, reportPage, htmlPages.find((u) => /\/statistics\/[^/]+\/index\.html$/.test(u)), searchPage]
    .filter(Boolean);
  for (const u of targets) {
    // Cookies ignore the port: none from the pages opened before is this one's.
    await desktopCtx.clearCookies();
    const page = await desktopCtx.newPage();
    const problems = [];
    const cookies = [];
    const storage = [];
    const pending = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
    page.on('response', (r) => pending.push(r.headerValue('set-cookie').then((v) => {
      if (v) cookies.push(`Set-Cookie from ${shortUrl(r.url())}: ${v.slice(0, 80)}`);
    }, () => {})));
    // (An init script runs outside the page's policy.)
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    try {
      const resp = await page.goto(bare(u) + (u === searchPage ? '?q=crime' : ''), { waitUntil: 'load' });
      if (resp.headers()['content-security-policy']) problems.push('the bare server sent a policy header: this check proves nothing');
      if (!(await page.$('meta[http-equiv="Content-Security-Policy"]'))) problems.push('no Content-Security-Policy meta element');
      if (!(await page.$('meta[name="referrer"]'))) problems.push('no referrer meta element');
      await page.waitForTimeout(300);
      for (const v of await page.evaluate(() => window.__csp)) problems.push(`blocked by the page's own policy: ${v}`);
      if (/statistics/.test(u) && (await page.$$('canvas')).length === 0) problems.push('no chart was drawn');
      // The search page is visited with a query only here: what a search leaves behind.
      const s = await storageLeft(page);
      for (const x of s.writes) (x.kind === 'cookie' ? cookies : storage).push(`the page wrote ${x.text}`);
      storage.push(...s.left);
    } catch (e) {
      problems.push(`the test itself failed: ${e.message.split('\n')[0]}`);
    }
    record('works under its own policy with no header sent', shortUrl(u), problems);
    await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 2000))]);
    await page.close();
    cookies.push(...(await cookiesLeft(desktopCtx)));
    const target = `${shortUrl(u)}${u === searchPage ? '?q=crime' : ''} (no headers sent)`;
    record('no cookies', target, [...new Set(cookies)]);
    record('no storage in the browser', target, [...new Set(storage)]);
  }
}

// --- the milestone matrix ---------------------------------------------------------------
// On a plan's milestone history: at 360 px the milestone column stays put while
// the quarters scroll beside it; at 1280 px and without JavaScript the matrix is
// there too, and a filter link leads to a page with fewer rows (issue 19).
const matrixPage = htmlPages.find((u) => /\/milestones\/[^/]+\/index\.html$/.test(u));
if (matrixPage) {
  for (const [kind, ctx] of [['desktop', desktopCtx], ['mobile', mobileCtx], ['nojs', noJsCtx]]) {
    const page = await ctx.newPage();
    const problems = [];
    try {
      await page.goto(matrixPage, { waitUntil: 'load' });
      const m = await page.evaluate(() => {
        const box = document.querySelector('.matrix-scroll');
        // A plan that no quarter has reported on has no matrix to show.
        const reported = [...document.querySelectorAll('caption')].some((c) => / in each quarter that reported it$/.test(c.textContent));
        if (!box) return reported ? null : { none: true };
        const head = box.querySelector('tbody th[scope="row"]');
        const before = head.getBoundingClientRect().left;
        const scrolls = box.scrollWidth > box.clientWidth + 1;
        box.scrollLeft = box.scrollWidth;
        return {
          scrolls, moved: Math.abs(head.getBoundingClientRect().left - before),
          rows: box.querySelectorAll('tbody th[scope="row"]').length,
          filter: document.querySelector('.matrix-filters a')?.href || '',
        };
      });
      if (!m) {
        problems.push('no milestone matrix (.matrix-scroll) on the history page');
      } else if (!m.none) {
        if (kind === 'mobile' && !m.scrolls) problems.push('at 360 px the matrix does not scroll sideways');
        if (m.moved > 1) problems.push(`the milestone column moved ${m.moved}px as the quarters scrolled`);
        if (!m.filter) problems.push('no filter links above the matrix');
        else {
          await page.goto(m.filter, { waitUntil: 'load' });
          const rows = await page.locator('.matrix-scroll tbody th[scope="row"]').count();
          if (!(rows > 0 && rows < m.rows)) problems.push(`the first filter shows ${rows} of ${m.rows} rows`);
        }
      }
    } catch (e) {
      problems.push(e.message.split('\n')[0]);
    } finally {
      await page.close();
    }
    record('milestone matrix', `${shortUrl(matrixPage)} (${kind})`, problems);
  }

  // With JavaScript (assets/js/matrix.js) a filter link filters the rows in
  // place: the same document, the filter page's address, aria-current on the
  // link, a live region saying what is shown; the filter page itself shows the
  // same rows; back and forward restore each view; Enter on a focused link does
  // what a click does and keeps the focus; axe-core passes on the filtered page.
  const page = await desktopCtx.newPage();
  const problems = [];
  const errors = [];
  page.on('pageerror', (e) => errors.push(`uncaught exception: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
  // (The icon is fetched again when the address changes: from where?)
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} for ${shortUrl(r.url())}`));
  // The rows shown, and what the filters and the live region say.
  const matrixState = () => page.evaluate(() => {
    const shown = (el) => el.checkVisibility();
    const rows = [...document.querySelectorAll('.matrix tbody tr[data-priority]')];
    return {
      marker: window.__sameDocument === true,
      url: location.href,
      title: document.title,
      total: rows.length,
      shown: rows.filter(shown).map((r) => r.querySelector('th[scope="row"] a').textContent.trim()),
      emptyGroups: [...document.querySelectorAll('.matrix tbody')].filter((b) => shown(b) && ![...b.rows].some((r) => r.hasAttribute('data-priority') && shown(r))).length,
      current: [...document.querySelectorAll('.matrix-filters a[aria-current="page"]')].map((a) => a.textContent.trim()),
      status: document.querySelector('.matrix-status')?.textContent || '',
      statusRole: document.querySelector('.matrix-status')?.getAttribute('role') || '',
      focus: !document.activeElement || document.activeElement === document.body ? '(nothing: the page)' : document.activeElement.textContent.replace(/\s+/g, ' ').trim().slice(0, 60),
      // Where the link back to the plan and the first row's link lead.
      hrefs: [document.querySelector('main > p > a[href]')?.href, document.querySelector('.matrix tbody th[scope="row"] a')?.href],
    };
  });
  const settle = (text) => page.waitForFunction((t) => (document.querySelector('.matrix-status')?.textContent || '').startsWith(t), text, { timeout: 3000 })
    .catch(async () => { throw new Error(`the live region did not come to say "${text}..." (it says "${(await matrixState()).status}")`); });
  try {
    await page.goto(matrixPage, { waitUntil: 'load' });
    if (await page.locator('.matrix-scroll').count()) {
      await page.waitForFunction(() => { const p = document.querySelector('.matrix-all'); return p && !p.hidden; }, null, { timeout: 3000 })
        .catch(() => problems.push('the script did not run: "Show every milestone" is still hidden'));
      await page.evaluate(() => { window.__sameDocument = true; });
      const before = await matrixState();
      if (before.shown.length !== before.total) problems.push(`before any filter ${before.shown.length} of ${before.total} rows show`);
      if (before.current.join() !== 'Show every milestone') problems.push(`before any filter aria-current is on "${before.current.join('", "')}", not "Show every milestone"`);
      if (before.statusRole !== 'status') problems.push('no live region (role="status") for what the filter shows');

      // A click on the first priority's link.
      const link = page.locator('.matrix-filters a[data-priority]').first();
      const label = (await link.textContent()).trim();
      const target = await link.evaluate((a) => a.href);
      const [want, heading] = await page.evaluate((p) => {
        const rows = [...document.querySelectorAll('.matrix tbody tr[data-priority]')].filter((r) => r.getAttribute('data-priority') === p);
        return [rows.length, (rows[0]?.parentNode.querySelector('.matrix-priority')?.textContent || '').replace(/\s+/g, ' ').trim()];
      }, await link.getAttribute('data-priority'));
      await link.click();
      await settle('Showing ');
      const p1 = await matrixState();
      if (!p1.marker) problems.push('the click loaded another page (the matrix was not filtered in place)');
      if (p1.url !== target) problems.push(`after the click the address is ${shortUrl(p1.url)}, not the filter page's ${shortUrl(target)}`);
      if (!(p1.shown.length === want && want > 0 && want < p1.total)) problems.push(`"${label}" shows ${p1.shown.length} of ${p1.total} rows, not its ${want}`);
      if (p1.emptyGroups) problems.push(`${p1.emptyGroups} priority heading(s) show with none of their rows`);
      if (p1.current.join() !== label) problems.push(`aria-current is on "${p1.current.join('", "')}", not "${label}"`);
      const say = `Showing ${want} of ${p1.total} milestones, ${heading}`;
      if (p1.status !== say) problems.push(`the live region says "${p1.status}", not "${say}"`);
      if (!p1.title.includes(`, ${label}`)) problems.push(`the document's title "${p1.title}" does not name the filter`);
      // The address is a folder deeper now: the page's links still lead where they did.
      if (p1.hrefs.join() !== before.hrefs.join()) problems.push(`at the filter's address the links lead to ${p1.hrefs.map(shortUrl).join(', ')}, not ${before.hrefs.map(shortUrl).join(', ')}`);

      // The filter page at that address (a reload, a bookmark) shows the same rows.
      const own = await desktopCtx.newPage();
      try {
        await own.goto(target, { waitUntil: 'load' });
        const rows = await own.locator('.matrix tbody th[scope="row"] a').allTextContents();
        if (rows.map((t) => t.trim()).join() !== p1.shown.join()) problems.push(`the filter page ${shortUrl(target)} shows ${rows.length} rows, the filtered matrix ${p1.shown.length}`);
        if ((await own.title()) !== p1.title) problems.push(`the filter page's title is "${await own.title()}", the filtered matrix's "${p1.title}"`);
      } finally {
        await own.close();
      }

      // axe-core on the filtered matrix.
      await page.evaluate(AXE_SOURCE);
      const axe = await page.evaluate(async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
        .violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`), AXE_TAGS);
      for (const v of axe) problems.push(`axe-core on the filtered matrix: ${v}`);

      // Back: every row again, in the same document; forward: the filter again.
      await page.goBack();
      await settle('Showing all');
      const back = await matrixState();
      if (!back.marker) problems.push('back loaded another page');
      if (pageKey(back.url) !== pageKey(matrixPage)) problems.push(`after back the address is ${shortUrl(back.url)}`);
      if (back.shown.length !== back.total) problems.push(`after back ${back.shown.length} of ${back.total} rows show`);
      if (back.current.join() !== 'Show every milestone') problems.push(`after back aria-current is on "${back.current.join('", "')}"`);
      if (back.status !== `Showing all ${back.total} milestones`) problems.push(`after back the live region says "${back.status}"`);
      await page.goForward();
      await settle(`Showing ${want} of`);
      const fwd = await matrixState();
      if (fwd.url !== target || fwd.shown.length !== want) problems.push(`after forward ${shortUrl(fwd.url)} shows ${fwd.shown.length} rows, not ${shortUrl(target)} with ${want}`);

      // The keyboard: Enter on a focused status link, then on "Show every milestone".
      const statusLink = page.locator('.matrix-filters a[data-latest]').first();
      const word = (await statusLink.textContent()).trim();
      const statusWant = await page.evaluate((k) => [...document.querySelectorAll('.matrix tbody tr[data-latest]')].filter((r) => r.getAttribute('data-latest') === k).length, await statusLink.getAttribute('data-latest'));
      await statusLink.focus();
      await page.keyboard.press('Enter');
      await settle(`Showing ${statusWant} of`);
      const st = await matrixState();
      if (!st.marker) problems.push('Enter on a status link loaded another page');
      if (st.url !== (await statusLink.evaluate((a) => a.href))) problems.push(`after Enter on "${word}" the address is ${shortUrl(st.url)}`);
      if (st.shown.length !== statusWant) problems.push(`Enter on "${word}" shows ${st.shown.length} rows, not ${statusWant}`);
      if (st.focus !== word) problems.push(`after Enter on "${word}" the focus is on "${st.focus}"`);
      if (st.status !== `Showing ${statusWant} of ${st.total} milestones whose latest status is ${word}`) problems.push(`after Enter on "${word}" the live region says "${st.status}"`);
      await page.locator('.matrix-all a').focus();
      await page.keyboard.press('Enter');
      await settle('Showing all');
      const all = await matrixState();
      if (pageKey(all.url) !== pageKey(matrixPage) || all.shown.length !== all.total) problems.push(`Enter on "Show every milestone": ${shortUrl(all.url)} shows ${all.shown.length} of ${all.total} rows`);
      if (all.focus !== 'Show every milestone') problems.push(`after Enter on "Show every milestone" the focus is on "${all.focus}"`);
    }
  } catch (e) {
    problems.push(e.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  record('milestone matrix filters in place with JavaScript', shortUrl(matrixPage), [...problems, ...errors]);
}

// --- screenshots ---------------------------------------------------------------------
fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
const wanted = [
  ['home', home],
  ['report', reportPage],
  ['funding', htmlPages.find((u) => /\/funding\/\d{4}-\d{2}\/index\.html$/.test(u))],
  ['dataset', htmlPages.find((u) => /\/statistics\/[^/]+\/index\.html$/.test(u))],
  ['milestones', matrixPage],
];
// Until every kind of page exists, fill up with pages from other sections, those
// with the most tables first (they are the hardest to lay out).
const chosen = new Set(wanted.map(([, u]) => u).filter(Boolean));
const sections = new Set([...chosen].map((u) => shortUrl(u).split('/')[0]));
const others = htmlPages.filter((u) => !chosen.has(u) && !/\/404\.html$/.test(u))
  .sort((a, b) => (pages.get(b).tables || 0) - (pages.get(a).tables || 0));
for (const pass of [true, false]) {
  for (const u of others) {
    if (chosen.size >= 4) break;
    const section = shortUrl(u).split('/')[0];
    if (chosen.has(u) || (pass && sections.has(section))) continue;
    wanted.push([shortUrl(u).replace(/\/?index\.html$/, '').replace(/[^a-z0-9]+/gi, '-') || 'page', u]);
    chosen.add(u);
    sections.add(section);
  }
}
const shots = [];
for (const [label, u] of wanted) {
  if (!u) continue;
  for (const [ctx, width] of [[desktopCtx, DESKTOP.width], [mobileCtx, MOBILE.width]]) {
    const page = await ctx.newPage();
    try {
      await page.goto(u, { waitUntil: 'load' });
      // Let Chart.js finish its animation (one second by default).
      if (await page.locator('canvas').count()) await page.waitForTimeout(1200);
      const file = path.join(SCREENSHOT_DIR, `${label}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      shots.push(file);
    } catch (e) {
      record('screenshots', shortUrl(u), [`no screenshot at ${width}px: ${e.message.split('\n')[0]}`]);
    } finally {
      await page.close();
    }
  }
}
await browser.close();

// --- report ----------------------------------------------------------------------------
const failed = results.filter((r) => r.problems.length);
const passed = results.length - failed.length;
const byCheck = new Map();
for (const r of results) {
  const c = byCheck.get(r.check) || { pass: 0, fail: 0 };
  r.problems.length ? c.fail++ : c.pass++;
  byCheck.set(r.check, c);
}
for (const r of failed) {
  console.log(`FAIL ${r.check} — ${r.target}`);
  for (const p of r.problems) console.log(`     ${p}`);
}
console.log('');
console.log(`pages visited: ${[...pages.values()].filter((p) => p.isHtml).length} (${fileUrls.length} .html files in the output), charts: ${[...pages.values()].reduce((n, p) => n + p.charts, 0)}, in ${crawlSeconds.toFixed(1)} s`);
if (orphans.length) console.log(`note: not linked from any page: ${orphans.map(shortUrl).join(', ')}`);
for (const [check, c] of byCheck) console.log(`  ${c.fail ? 'FAIL' : 'ok  '} ${check}: ${c.pass} passed, ${c.fail} failed`);
console.log(`screenshots: ${shots.length} in ${SCREENSHOT_DIR}`);
fs.writeFileSync(path.join(opts.workDir, 'browser-report.json'), JSON.stringify({ baseUrl: opts.baseUrl, results, orphans, screenshots: shots }, null, 2));
console.log(`${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
