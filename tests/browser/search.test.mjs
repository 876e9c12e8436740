// The site's search, in a real browser, on the example site (issue 20):
//
//   node tests/browser/search.test.mjs --base-url http://127.0.0.1:PORT/community-safety/ \
//        --site-dir WORK/site
//
// Started by run-browser-tests.sh for the example site. What a visitor does:
// finds a page of every kind by a word of its title; title matches first;
// "quoted phrases"; filters by kind and year; the address of a search opens it
// again; an honest message for no results; words that were withheld find
// nothing; more results on request, with the focus on the first new one; the
// page at 360 px and under axe with results shown; without JavaScript, the A-Z
// list of every page. Only the index files a query needs are fetched.
// Prints every problem, then "N passed, N failed"; exits 1 when any failed.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (i % 2 ? a : [...a, [v.replace(/^--/, ''), all[i + 1]]]), []));
const BASE = args['base-url'].endsWith('/') ? args['base-url'] : args['base-url'] + '/';
const SITE = args['site-dir'];
const SEARCH = BASE + 'search/index.html';
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// Words only in withheld parts of the example's sources (its personal data).
const WITHHELD = ['Melbourne', 'Brown'];

const results = [];
async function check(name, fn) {
  const problems = [];
  try {
    await fn(problems);
  } catch (e) {
    problems.push(`the test itself failed: ${e.message.split('\n')[0]}`);
  }
  results.push({ name, problems });
}

// The index as search.js reads it, from the built files.
function data(name) {
  const text = fs.readFileSync(path.join(SITE, 'search', name), 'utf8');
  const head = `portalSearchLoaded(${JSON.stringify(name)},`;
  if (!text.startsWith(head) || !text.endsWith(');\n')) throw new Error(`${name} is not a search file`);
  return JSON.parse(text.slice(head.length, -3));
}
const entry = data('index.js');
const fragments = [];
for (const t of entry.tables) for (const h of data(t)) fragments.push(data(`f/${h}.js`));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });

// Opens a search address; waits for the count (or the no-results message).
async function open(query, ctx = context) {
  const page = await ctx.newPage();
  const errors = [];
  const fetched = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => { if (r.url().includes('/search/') && !r.url().includes('index.html')) fetched.push(r.url().replace(/.*\/search\//, '')); });
  await page.goto(SEARCH + query, { waitUntil: 'load' });
  await page.waitForFunction(() => /match|could not/.test(document.getElementById('search-status').textContent), null, { timeout: 10000 });
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status').textContent;
    return /^No pages/.test(s) || document.querySelectorAll('#search-results li').length > 0;
  }, null, { timeout: 10000 });
  return { page, errors, fetched };
}
async function shown(page) {
  return page.$$eval('#search-results li', (lis) => lis.map((li) => ({
    title: li.querySelector('a').textContent,
    href: li.querySelector('a').href,
    meta: li.querySelector('.search-meta').textContent,
    snippet: li.querySelector('.search-snippet').textContent,
  })));
}
async function all(page) {  // every result, pressing "Show more" until there are no more
  for (let i = 0; i < 50 && await page.isVisible('#search-more'); i++) {
    const before = (await shown(page)).length;
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
  }
  return shown(page);
}
const count = async (page) => +((await page.textContent('#search-status')).match(/^(\d+)/) || [0, 0])[1];
const words = (t) => t.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) || [];

await check('a page of every kind is found by a word of its title', async (problems) => {
  const kinds = entry.filters.kind[1].map(([k]) => k);
  for (const kind of ['report', 'plan', 'milestone', 'dataset', 'funding', 'meeting', 'page'])
    if (!kinds.includes(kind)) problems.push(`the example site has no page of kind ${kind} in the index`);
  for (const kind of kinds) {
    const f = fragments.find((x) => x.k === kind && words(x.t).some((w) => w.length >= 5));
    const word = words(f.t).filter((w) => w.length >= 5).sort((a, b) => b.length - a.length)[0];
    const { page, errors } = await open(`?q=${encodeURIComponent(word)}&kind=${kind}`);
    const found = await all(page);
    if (!found.some((r) => r.href === new URL(f.u, SEARCH.replace('search/index.html', '')).href))
      problems.push(`"${word}" (kind ${kind}) did not find ${f.u} among ${found.length} results`);
    if (found.some((r) => !r.meta.startsWith({ report: 'Report', plan: 'Plan', milestone: 'Milestones', dataset: 'Dataset', funding: 'Funding', meeting: 'Meeting', page: 'Page' }[kind])))
      problems.push(`kind ${kind}: a result of another kind was shown`);
    problems.push(...errors);
    await page.close();
  }
});

await check('title matches come first, matched words are marked', async (problems) => {
  const { page, errors } = await open('?q=burglary');
  const found = await shown(page);
  if (!found.length) problems.push('no results for burglary');
  else if (!/burglary/i.test(found[0].title)) problems.push(`first result "${found[0].title}" has no "burglary" in its title`);
  const titled = fragments.filter((f) => /burglary/i.test(f.t)).length;
  const firstUntitled = found.findIndex((r) => !/burglary/i.test(r.title));
  if (firstUntitled >= 0 && firstUntitled < Math.min(titled, found.length) - 0)
    if (found.slice(firstUntitled).some((r) => /burglary/i.test(r.title))) problems.push('a page with "burglary" in its title ranks below one without');
  const marks = await page.$$eval('#search-results mark', (m) => m.map((x) => x.textContent.toLowerCase()));
  if (!marks.length || marks.some((m) => !m.startsWith('burglar'))) problems.push(`marked words: ${marks.slice(0, 5).join(', ')}`);
  problems.push(...errors);
  await page.close();
});

await check('a quoted phrase finds the words side by side', async (problems) => {
  const a = await open('?q=' + encodeURIComponent('"domestic violence"'));
  const b = await open('?q=' + encodeURIComponent('violence domestic'));
  const phrase = await count(a.page), loose = await count(b.page);
  if (!(phrase > 0)) problems.push('no page has "domestic violence"');
  if (phrase > loose) problems.push(`the phrase found more pages (${phrase}) than its words (${loose})`);
  for (const r of (await all(a.page)).slice(0, 8)) {
    const html = await (await fetch(r.href)).text();
    const text = html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ').toLowerCase();
    if (!text.includes('domestic violence')) problems.push(`${r.href} does not have "domestic violence"`);
  }
  problems.push(...a.errors, ...b.errors);
  await a.page.close();
  await b.page.close();
});

await check('a prefix of three letters or more finds the words it starts', async (problems) => {
  const { page, errors } = await open('?q=burgl');
  if ((await count(page)) === 0) problems.push('"burgl" found nothing');
  problems.push(...errors);
  await page.close();
});

await check('filters by kind and year, and the address opens the same search', async (problems) => {
  const { page, errors } = await open('?q=crime&kind=report&year=2010-11');
  const found = await all(page);
  if (!found.length) problems.push('no 2010-11 report mentions crime');
  for (const r of found)
    if (!r.meta.startsWith('Report') || !r.meta.includes('2010-11')) problems.push(`result "${r.title}" is "${r.meta}"`);
  if ((await page.inputValue('#search-input')) !== 'crime') problems.push('the query was not put back in the box');
  if ((await page.inputValue('#search-kind')) !== 'report') problems.push('the kind was not chosen from the address');
  if ((await page.inputValue('#search-year')) !== '2010-11') problems.push('the year was not chosen from the address');
  // A new search from the form: the address follows it.
  await page.fill('#search-input', 'partnership board');
  await page.selectOption('#search-kind', 'page');
  await page.selectOption('#search-year', '');
  await page.click('.search-form button[type=submit]');
  await page.waitForFunction(() => /partnership board/.test(document.getElementById('search-status').textContent));
  const u = new URL(page.url());
  if (u.searchParams.get('q') !== 'partnership board' || u.searchParams.get('kind') !== 'page' || u.searchParams.has('year'))
    problems.push(`the address is ${u.search}`);
  problems.push(...errors);
  await page.close();
});

await check('no results: an honest message and the A-Z list', async (problems) => {
  const { page, errors } = await open('?q=zqxjvw');
  const status = await page.textContent('#search-status');
  if (!/^No pages match “zqxjvw”/.test(status)) problems.push(`status: ${status}`);
  if (!(await page.$('#search-status a[href*="a-z"]'))) problems.push('no link to the A-Z list');
  if ((await page.getAttribute('#search-status', 'role')) !== 'status') problems.push('the count is not in a live region');
  problems.push(...errors);
  await page.close();
});

await check('withheld words find nothing', async (problems) => {
  for (const w of WITHHELD) {
    const { page, errors } = await open('?q=' + w);
    if (!/^No pages match/.test(await page.textContent('#search-status'))) problems.push(`"${w}" found pages`);
    problems.push(...errors);
    await page.close();
  }
  for (const f of fs.readdirSync(path.join(SITE, 'search'), { recursive: true }))
    if (/\.js$/.test(f)) {
      const text = fs.readFileSync(path.join(SITE, 'search', f), 'utf8').toLowerCase();
      for (const w of WITHHELD) if (text.includes(w.toLowerCase())) problems.push(`search/${f} has "${w}"`);
    }
});

await check('only the files a query needs are fetched', async (problems) => {
  const { page, fetched } = await open('?q=burglary');
  const kinds = fetched.map((f) => f.replace(/[?].*/, '').split('/')[0]).reduce((m, k) => ({ ...m, [k]: (m[k] || 0) + 1 }), {});
  if (kinds['index.js'] !== 1) problems.push(`the entry was fetched ${kinds['index.js'] || 0} times`);
  if ((kinds.w || 0) !== 1) problems.push(`${kinds.w || 0} word chunks for one word`);
  if (kinds.p) problems.push('word places were fetched for a query with no phrase');
  if (kinds.k) problems.push('a filter was fetched with no filter chosen');
  if ((kinds.f || 0) > 10) problems.push(`${kinds.f} fragments for 10 results shown`);
  await page.close();
});

await check('"Show more" adds results and moves the focus to the first new one', async (problems) => {
  const { page } = await open('?q=the');
  const before = (await shown(page)).length;
  if (before !== 10) problems.push(`${before} results shown at first`);
  await page.focus('#search-more');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.closest('#search-results li') ? [...document.querySelectorAll('#search-results li')].indexOf(document.activeElement.closest('li')) : -1);
  if (focused !== before) problems.push(`the focus is on result ${focused}, not ${before}`);
  await page.close();
});

await check('at 360 px nothing scrolls sideways; axe finds nothing with results shown', async (problems) => {
  const mobile = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const { page } = await open('?q=burglary&kind=dataset', mobile);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (wide > 0) problems.push(`the page is ${wide} px wider than the screen`);
  await page.evaluate(AXE_SOURCE);  // as site.test.mjs does: evaluate is not held by the page's policy
  const axe = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  problems.push(...axe.map((v) => `axe: ${v}`));
  await page.screenshot({ path: path.join(path.dirname(SITE), 'screenshots', 'search-360.png'), fullPage: true }).catch(() => {});
  await mobile.close();
});

await check('without JavaScript: the A-Z list of every page', async (problems) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(SEARCH + '?q=burglary');
  if (!(await page.isVisible('#search-fallback'))) problems.push('the search page does not say search needs JavaScript');
  const az = await page.$('#search-fallback a[href*="a-z"]');
  if (!az) problems.push('no link to the A-Z list');
  else {
    await az.click();
    await page.waitForLoadState('load');
    const hrefs = new Set(await page.$$eval('main a', (as) => as.map((a) => a.href)));
    const root = new URL('..', SEARCH).href;
    for (const f of fragments) {
      const u = new URL(f.u.replace(/index\.html$/, ''), root).href;
      if (!hrefs.has(u) && !hrefs.has(new URL(f.u, root).href)) problems.push(`A-Z does not list ${f.u}`);
    }
    const headings = await page.$$eval('main h2', (h) => h.map((x) => x.textContent));
    for (const h of ['Reports', 'Plans', 'Funding', 'Datasets', 'Meetings', 'Other pages'])
      if (!headings.includes(h)) problems.push(`A-Z has no "${h}" group`);
  }
  await noJs.close();
});

await browser.close();
const failed = results.filter((r) => r.problems.length);
for (const r of failed) {
  console.log(`FAIL ${r.name}`);
  for (const p of r.problems) console.log(`     ${p}`);
}
for (const r of results) if (!r.problems.length) console.log(`ok   ${r.name}`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
