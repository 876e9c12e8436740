// bench/serve_latency.mjs — how long an officer waits, with `portal serve`
// running, between saving a page and seeing it in the browser. Run by bench/run
// on the first corpus; alone:
//
//   node bench/serve_latency.mjs --portal build/release/portal --site DIR/portal \
//        --out /dev/shm/serve-out [--page content/s050/page-05000.md] [--runs 11]
//
// Starts `portal serve`, opens the page in Chromium (Debian's, through
// playwright-core), and each run rewrites the page's file with a new sentence at
// the end of its text, then times from just before the write until the browser
// has loaded the reloaded page and shows the sentence. That is the whole path:
// the change noticed, the page remade, the open page told, the page fetched
// again. Then the same for an edit of the page's title, which every list, the
// feed and the search index show, so it builds the whole site. Prints medians;
// the page's file is restored at the end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const PORTAL = args.portal;
const SITE = args.site;
const OUT = args.out;
if (!PORTAL || !SITE || !OUT) {
  console.error('usage: serve_latency.mjs --portal BIN --site DIR --out DIR [--page content/x.md] [--runs N]');
  process.exit(2);
}
// By default a page from the middle of the corpus, without a marking region
// (an edit of a region is redaction's work: it builds the whole site).
function middlePage() {
  const pages = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md') && e.name !== 'index.md') pages.push(p);
    }
  };
  walk(path.join(SITE, 'content'));
  pages.sort();
  for (let i = Math.floor(pages.length / 2); i < pages.length; i++)
    if (!fs.readFileSync(pages[i], 'utf8').includes(':::')) return path.relative(SITE, pages[i]);
  throw new Error(`no page without a marking region under ${SITE}/content`);
}
const PAGE = args.page || middlePage();
const RUNS = Number(args.runs || 11);
const FULL_RUNS = Number(args['full-runs'] || 3);
const PORT = Number(args.port || 8765);

const file = path.join(SITE, PAGE);
const original = fs.readFileSync(file, 'utf8');
const address = PAGE.replace(/^content\//, '').replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '/');
const url = `http://127.0.0.1:${PORT}/${address}`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = spawn(PORTAL, ['serve', '--site', SITE, '--out', OUT, '--port', String(PORT)], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));
const ready = await new Promise((resolve) => {
  const started = Date.now();
  const timer = setInterval(() => {
    if (log.includes('portal: serving')) resolve(true);
    else if (Date.now() - started > 120000 || server.exitCode !== null) resolve(false);
    else return;
    clearInterval(timer);
  }, 50);
});
if (!ready) {
  console.error(`serve_latency: portal serve did not start:\n${log}`);
  server.kill();
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage();
await page.goto(url);

// Writes `text` to the page's file and waits until the browser shows `mark`.
async function timeEdit(text, mark, where) {
  await page.waitForTimeout(400);  // the page's question to the server is waiting again
  const started = performance.now();
  fs.writeFileSync(file, text);
  for (;;) {
    await page.waitForEvent('load', { timeout: 60000 });
    const shown = await page.evaluate(([m, w]) => (w === 'title' ? document.title : document.body.innerText).includes(m), [mark, where]);
    if (shown) return performance.now() - started;
  }
}

let failed = false;
const text = [];
const full = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const mark = `Checked in preview ${Date.now().toString(36)}${i}`;
    text.push(await timeEdit(`${original.trimEnd()}\n\n${mark}.\n`, mark, 'text'));
  }
  for (let i = 0; i < FULL_RUNS; i++) {
    const mark = `Retitled ${Date.now().toString(36)}${i}`;
    const retitled = original.replace(/^title: .*$/m, `title: "${mark}"`);
    full.push(await timeEdit(retitled, mark, 'title'));
  }
} catch (e) {
  failed = true;
  console.error(`serve_latency: ${e.message}\n${log.split('\n').slice(-20).join('\n')}`);
} finally {
  fs.writeFileSync(file, original);
  await browser.close();
  server.kill();
}
if (failed) process.exit(1);
const ms = (x) => `${Math.round(x)} ms`;
console.log(`serve: ${url}`);
console.log(`serve: edit of a page's text, saved to shown in the browser: median ${ms(median(text))} (${text.map(ms).join(', ')})`);
console.log(`serve: edit of a page's title (whole site built): median ${ms(median(full))} (${full.map(ms).join(', ')})`);
