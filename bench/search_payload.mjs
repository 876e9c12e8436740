// bench/search_payload.mjs — what a visitor downloads to search the site, and
// how soon the results show once the index files a query needs have arrived.
// Run by bench/run on the first corpus's output; alone:
//
//   node bench/search_payload.mjs SITE_OUT_DIR [--verbose]
//
// Serves SITE_OUT_DIR from two small HTTP servers on 127.0.0.1: one gzips text
// (html, js, css, json, svg, xml) on the fly for clients that accept it, as a
// host normally would; the other sends every file as it is. For each server
// and each query below, a fresh browser context (empty cache) opens
// search/index.html?q=… in Chromium (Debian's, through playwright-core) and
// waits until #search-status says "match" and the results are drawn. Bytes
// are what Chromium's network layer received (CDP Network.loadingFinished
// encodedDataLength: headers and body, compressed when the server compressed),
// for the whole page load and for search alone (search.js and every file under
// search/ but index.html). The time is window.portalSearchStats.shown minus
// .lastArrival: from the last index file's arrival to the results drawn.
// Also prints the size of the whole index (every file under search/ but
// index.html, raw and gzipped at level 6): what a single-file index would make
// every visitor download. --verbose lists the files each query fetched.
// Exits 0 whenever everything was measured, targets met or not; 1 when
// something could not be measured.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const argv = process.argv.slice(2);
const VERBOSE = argv.includes('--verbose');
const SITE = argv.find((a) => !a.startsWith('--'));
if (!SITE || !fs.existsSync(path.join(SITE, 'search', 'index.html'))) {
  console.error('usage: search_payload.mjs SITE_OUT_DIR [--verbose]   (a built site, with search/index.html)');
  process.exit(2);
}
const ROOT = path.resolve(SITE);
const BUDGET_KB = 300;     // per query, search script included (gzip server, one- and three-word queries)
const RESULTS_MS = 100;    // from the last needed index file's arrival to results drawn
const QUERY_TIMEOUT = 30000;
const QUERIES = [
  { label: 'one word', q: 'burglary', budget: true },
  { label: 'three words', q: 'domestic abuse support', budget: true },
  { label: 'prefix', q: 'burgl' },
  { label: 'phrase', q: '"community safety"' },
  { label: 'word, kind=page', q: 'burglary', kind: 'page' },
];

// ---------------------------------------------------------------- servers
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.xml': 'application/xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
};
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

function serve(gzip) {
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(ROOT, path.normalize(rel));
    if (file !== ROOT && !file.startsWith(ROOT + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) file = path.join(file, 'index.html');
      fs.readFile(file, (err2, body) => {
        if (err2) {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
        const ext = path.extname(file).toLowerCase();
        const headers = { 'Content-Type': TYPES[ext] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
        if (gzip && TEXT.has(ext)) headers.Vary = 'Accept-Encoding';
        if (gzip && TEXT.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
          zlib.gzip(body, { level: 6 }, (err3, packed) => {
            if (err3) {
              res.writeHead(500).end();
              return;
            }
            res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': packed.length });
            res.end(packed);
          });
        } else {
          res.writeHead(200, { ...headers, 'Content-Length': body.length });
          res.end(body);
        }
      });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------- the whole index
function indexFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p !== path.join(ROOT, 'search', 'index.html')) out.push(p);
    }
  };
  walk(path.join(ROOT, 'search'));
  return out;
}
function wholeIndex() {
  // Gzipped as one stream, as the single file would be.
  const gz = zlib.createGzip({ level: 6 });
  let packed = 0;
  gz.on('data', (d) => (packed += d.length));
  const files = indexFiles().sort();
  const parts = {};  // folder (w, p, t, f, k; "" for the entry) -> bytes
  let raw = 0;
  return new Promise((resolve, reject) => {
    gz.on('end', () => resolve({ files: files.length, raw, packed, parts }));
    gz.on('error', reject);
    (async () => {
      for (const f of files) {
        const body = fs.readFileSync(f);
        raw += body.length;
        const part = path.relative(path.join(ROOT, 'search'), f).split(path.sep).slice(0, -1).join('/');
        parts[part] = (parts[part] || 0) + body.length;
        if (!gz.write(body)) await new Promise((r) => gz.once('drain', r));
      }
      gz.end();
    })().catch(reject);
  });
}

// ---------------------------------------------------------------- one query
const isSearch = (pathname) =>
  /^\/assets\/js\/search(\.[0-9a-f]+)?\.js$/.test(pathname) ||
  (pathname.startsWith('/search/') && pathname !== '/search/index.html' && pathname !== '/search/');
const isIndexFile = (pathname) => isSearch(pathname) && pathname.startsWith('/search/');

async function measure(browser, base, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  // A script error (a site built with another search.js, say) ends the wait at once.
  let pageError;
  const errored = new Promise((_, reject) => (pageError = reject));
  errored.catch(() => {});
  page.on('pageerror', (e) => pageError(new Error(`script error in the page: ${e.message}`)));
  const requests = new Map();  // requestId -> {url, bytes, done}
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0, done: false }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: true, failed: e.errorText });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const deadline = Date.now() + QUERY_TIMEOUT;  // for the whole query
  const left = () => Math.max(1, deadline - Date.now());
  try {
    const url = `${base}/search/index.html?q=${encodeURIComponent(query.q)}` +
      (query.kind ? `&kind=${encodeURIComponent(query.kind)}` : '');
    await page.goto(url, { timeout: left() });
    // search.js is deferred: it has run by the load event, or it never will.
    if (!(await page.evaluate(() => Boolean(window.portalSearchStats))))
      throw new Error('search.js did not start (no window.portalSearchStats after the load event): a site built with another search.js?');
    // Done when the count is said and, if pages matched, the first results drawn.
    const handle = await Promise.race([errored, page.waitForFunction(() => {
      const s = document.getElementById('search-status');
      const t = s ? s.textContent : '';
      const stats = window.portalSearchStats;
      if (/could not load/.test(t)) return { error: t };
      if (!/match/.test(t) || !stats) return false;
      if (/^No pages/.test(t)) return { status: t, stats: { ...stats } };
      return stats.shown > 0 ? { status: t, stats: { ...stats } } : false;
    }, null, { timeout: left(), polling: 10 })]);
    const seen = await handle.jsonValue();
    if (seen.error) throw new Error(`the page said: ${seen.error}`);
    // Every request answered (nothing else should start once results are drawn).
    while ([...requests.values()].some((r) => !r.done)) {
      if (Date.now() > deadline) throw new Error(`requests still open ${QUERY_TIMEOUT / 1000} s after the query started`);
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(100);  // a late request would show here
    const all = [...requests.values()].map((r) => ({ ...r, pathname: new URL(r.url).pathname }));
    const failed = all.filter((r) => r.failed);
    if (failed.length) throw new Error(`failed requests: ${failed.map((r) => `${r.pathname} (${r.failed})`).join(', ')}`);
    // Cross-check with Resource Timing: the bodies' sizes as received.
    const timing = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => ({ pathname: new URL(e.name).pathname, body: e.encodedBodySize, decoded: e.decodedBodySize, end: e.responseEnd })));
    // The last of the files that find the pages (entry, word and place chunks,
    // filters), before the page tables and fragments of the results shown.
    const chunksIn = Math.max(...timing.filter((e) => /^\/search\/(index\.js|[wpk]\/)/.test(e.pathname)).map((e) => e.end));
    const sum = (xs, f) => xs.reduce((s, x) => s + f(x), 0);
    const search = all.filter((r) => isSearch(r.pathname));
    const index = all.filter((r) => isIndexFile(r.pathname));
    const ok = /pages? match/.test(seen.status) && !/^No pages/.test(seen.status);
    return {
      status: seen.status,
      matched: ok ? Number(seen.status.match(/^(\d+)/)?.[1]) : 0,
      whole: sum(all, (r) => r.bytes),
      search: sum(search, (r) => r.bytes),
      searchBodies: sum(timing.filter((e) => isSearch(e.pathname)), (e) => e.body),
      searchDecoded: sum(timing.filter((e) => isSearch(e.pathname)), (e) => e.decoded),
      requests: all.length,
      files: index.length,
      loaded: seen.stats.files,
      afterLast: ok ? seen.stats.shown - seen.stats.lastArrival : NaN,
      afterChunks: ok ? seen.stats.shown - chunksIn : NaN,
      total: ok ? seen.stats.shown : NaN,
      fetched: index.map((r) => `${r.pathname.replace(/^\/search\//, '')} ${r.bytes}`),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- run
const servers = { gzip: await serve(true), plain: await serve(false) };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const rows = [];
const problems = [];
try {
  for (const query of QUERIES) {
    for (const [name, server] of Object.entries(servers)) {
      const base = `http://127.0.0.1:${server.address().port}`;
      try {
        rows.push({ query, server: name, ...(await measure(browser, base, query)) });
      } catch (e) {
        problems.push(`${query.q}${query.kind ? ` (kind=${query.kind})` : ''}, ${name} server: ${e.message.split('\n')[0]}`);
      }
    }
  }
} finally {
  await browser.close();
  for (const s of Object.values(servers)) s.close();
}
const whole = await wholeIndex();

// ---------------------------------------------------------------- report
const kb = (b) => (b / 1000).toFixed(1);
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const ms = (x, digits) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const table = [['query', 'server', 'KB search', 'KB page', 'files', 'found',
  'ms last file → shown', 'ms chunks → shown', 'ms to shown', `≤ ${BUDGET_KB} KB`, `≤ ${RESULTS_MS} ms`]];
for (const r of rows) {
  const q = r.query.q + (r.query.kind ? ` kind=${r.query.kind}` : '');
  const budget = r.query.budget && r.server === 'gzip' ? verdict(r.search <= BUDGET_KB * 1000) : '';
  const fast = Number.isFinite(r.afterLast) ? verdict(r.afterLast <= RESULTS_MS) : 'none found';
  table.push([q, r.server, kb(r.search), kb(r.whole), String(r.files), String(r.matched),
    ms(r.afterLast, 1), ms(r.afterChunks, 0), ms(r.total, 0), budget, fast]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => [...row[i]].length)));
const right = new Set([2, 3, 4, 5, 6, 7, 8]);
const line = (row) => `| ${row.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
console.log(line(table[0]));
console.log(`|${widths.map((w, i) => (right.has(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
console.log();
console.log(`Whole index (every file under search/ but index.html: ${whole.files} files), what a single-file index ` +
  `would make every visitor download: ${(whole.raw / 1e6).toFixed(1)} MB raw, ${(whole.packed / 1e6).toFixed(1)} MB gzipped (level 6); ` +
  `raw by folder: ${Object.entries(whole.parts).sort().map(([k, v]) => `${k ? `${k}/` : 'entry'} ${(v / 1e6).toFixed(2)} MB`).join(', ')}.`);
console.log('KB search: search.js and every index file (search/ but index.html); KB page: the whole page load; ' +
  'KB = 1,000 bytes received by Chromium (CDP Network.loadingFinished encodedDataLength: headers and body, ' +
  'compressed on the gzip server). files: index files fetched; found: pages matching. ' +
  'ms last file → shown: window.portalSearchStats.shown − .lastArrival (the last index file to arrive, ' +
  'a result\'s fragment as a rule); ms chunks → shown: from the last entry, word, place or filter file ' +
  '(Resource Timing responseEnd) to results drawn, the page tables\' and fragments\' round trips included; ' +
  'ms to shown: from navigation start. ' +
  `${BUDGET_KB} KB judged on the one- and three-word queries, gzip server; ${RESULTS_MS} ms on ms last file → shown.`);
// Sanity: the gzip server must send less, and Resource Timing must agree on the bodies.
for (const query of QUERIES) {
  const g = rows.find((r) => r.query === query && r.server === 'gzip');
  const p = rows.find((r) => r.query === query && r.server === 'plain');
  if (g && p && !(g.search < p.search)) problems.push(`${query.q}: gzip server sent no less than the plain one (${g.search} against ${p.search} bytes)`);
  if (p && p.searchBodies !== p.searchDecoded) problems.push(`${query.q}: plain server's bodies were encoded (${p.searchBodies} against ${p.searchDecoded})`);
}
for (const r of rows) {
  if (r.files !== r.loaded) console.log(`note: ${r.query.q}, ${r.server}: ${r.files} index files requested, ${r.loaded} reported loaded by search.js`);
  if (VERBOSE) {
    console.log(`${r.query.q}${r.query.kind ? ` kind=${r.query.kind}` : ''} (${r.server}, "${r.status}"): ${r.fetched.join(', ')}`);
    console.log(`  search bytes: CDP ${r.search} (headers included), Resource Timing bodies ${r.searchBodies} (${r.searchDecoded} decoded)`);
  }
}
if (problems.length) {
  for (const p of problems) console.error(`search_payload: could not measure: ${p}`);
  process.exit(1);
}
