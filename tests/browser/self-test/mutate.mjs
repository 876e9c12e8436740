// Damages a built copy of the fixture site (tests/browser/fixture-site) so that
// every check of site.test.mjs has something to catch. Used by self-test.sh:
//   node mutate.mjs WORK/site
// Each damage names the checks that must fail because of it; self-test.sh
// reads EXPECTED from here (node mutate.mjs --expected) and compares.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPECTED = [
  // [check (prefix of the name site.test.mjs records), page]
  ['links and anchors resolve', 'about/index.html'],       // a link to a page that does not exist
  ['links and anchors resolve', 'index.html'],             // an anchor that is not on the target page
  ['axe-core WCAG 2.1 AA', 'about/index.html'],            // an image with no alt text
  ['html-validate', 'about/index.html'],                   // the same image, and a div inside a span
  ['no failed request', 'about/index.html'],               // the image is not there (404)
  ['no console error', 'meetings/2011-02-01/index.html'],  // an inline script, refused by the CSP
  ['mobile 360px', 'meetings/2011-02-01/index.html'],      // a box wider than a phone
  ['page structure', 'index.html'],                        // no skip link
  ['keyboard', 'index.html'],                              // no skip link, focus style removed
  ['print', 'about/index.html'],                           // the print stylesheet shows the nav
  ['JavaScript off', 'plans/2011-14/index.html'],          // main hidden when scripts do not run
  ['charts draw and match their tables', 'plans/2011-14/index.html'], // blank canvas, wrong figures
  // Each of the next three on a page no other damage is aimed at, so that the
  // failure is known to be blamed on the page that caused it.
  ['no cookies', 'meetings/index.html'],                   // a script of the site's own sets a cookie
  ['no storage in the browser', 'a-z/index.html'],         // ... and one stores an item in localStorage
  ['no failed request', 'search/index.html'],              // an image from another host
  ['server: content type', '.geojson (assets/areas.geojson)'], // a kind of file no server config knows
  ["server: a missing page gets the site's 404 page", 'no-such-folder/no-such-page.html'], // 404.html's style sheet made relative
];

// Checks whose failures must be on the pages named above and nowhere else: a
// cookie or stored item must be blamed on the page that made it, not on
// whichever page the browser happened to open next.
export const ONLY_ON_THOSE_PAGES = ['no cookies', 'no storage in the browser'];

function edit(site, rel, fn) {
  const file = path.join(site, rel);
  const before = fs.readFileSync(file, 'utf8');
  const after = fn(before);
  if (after === before) throw new Error(`mutate: nothing changed in ${rel}`);
  fs.writeFileSync(file, after);
}

function mutate(site) {
  edit(site, 'about/index.html', (h) => h
    .replace(/href="\.\.\/index\.html"/, 'href="../no-such-page/index.html"')
    .replace('</article>', '<img src="../assets/no-such-image.png"><span><div>a block in an inline</div></span></article>'));
  edit(site, 'index.html', (h) => h
    .replace('#how-progress-is-measured', '#no-such-heading')
    .replace(/<a class="skip-link"[^>]*>[^<]*<\/a>/, ''));
  edit(site, 'meetings/2011-02-01/index.html', (h) => h
    .replace('</article>', '<script>document.title = "inline";</script></article>')
    .replace('<h2 id="agenda">', '<div class="too-wide-for-a-phone"></div><h2 id="agenda">'));
  edit(site, 'plans/2011-14/index.html', (h) => h
    .replace('</head>', '<noscript><link rel="stylesheet" href="../../assets/css/no-js-broken.css"></noscript>\n</head>')
    .replace('</article>', `<figure><figcaption>Burglaries</figcaption>
<canvas width="300" height="150" role="img" aria-label="Burglaries by quarter"></canvas>
<script type="application/json">{"type":"bar","data":{"labels":["Q1","Q2"],"datasets":[{"label":"Burglaries","data":[12,34]}]}}</script>
<table><caption>Burglaries</caption><thead><tr><th scope="col">Quarter</th><th scope="col">Burglaries</th></tr></thead>
<tbody><tr><th scope="row">Q1</th><td>12</td></tr><tr><th scope="row">Q2</th><td>43</td></tr></tbody></table></figure></article>`));
  fs.writeFileSync(path.join(site, 'assets/css/no-js-broken.css'), 'main { display: none; }\n');
  fs.writeFileSync(path.join(site, 'assets/js/sets-a-cookie.js'), 'document.cookie = "visitor=1; path=/; SameSite=Lax";\n');
  edit(site, 'meetings/index.html', (h) => h.replace('</body>', '<script src="../assets/js/sets-a-cookie.js"></script>\n</body>'));
  // Stored as a property, which no counter of setItem sees: what the browser
  // holds afterwards must be looked at too.
  fs.writeFileSync(path.join(site, 'assets/js/stores-a-visit.js'), 'localStorage["last-visit"] = String(Date.now());\n');
  edit(site, 'a-z/index.html', (h) => h.replace('</body>', '<script src="../assets/js/stores-a-visit.js"></script>\n</body>'));
  edit(site, 'search/index.html', (h) => h.replace('</main>', '<img src="http://192.0.2.1/pixel.gif" alt="" width="1" height="1"></main>'));
  fs.writeFileSync(path.join(site, 'assets/areas.geojson'), '{"type": "FeatureCollection", "features": []}\n');
  // Served for a missing page at any depth, 404.html must not link relatively.
  edit(site, '404.html', (h) => h.replace(/(<link rel="stylesheet" href=")[^"]*?(assets\/css\/)/, '$1$2'));
  const cssDir = path.join(site, 'assets/css');
  for (const f of fs.readdirSync(cssDir).filter((f) => /^site\..*\.css$/.test(f)))
    fs.appendFileSync(path.join(cssDir, f), `
.too-wide-for-a-phone { width: 500px; height: 1px; }
a:focus { background-color: inherit !important; box-shadow: none !important; outline: none !important; }
@media print { nav { display: block !important; } .site-nav { display: flex !important; } }
`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (!isMain) { /* imported by self-test.sh for EXPECTED */ }
else if (process.argv[2] === '--expected') console.log(JSON.stringify(EXPECTED));
else if (process.argv[2]) mutate(process.argv[2]);
else { console.error('usage: node mutate.mjs SITE_OUTPUT_DIR | --expected'); process.exit(2); }
