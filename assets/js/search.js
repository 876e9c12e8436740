/* Site search over the index portal writes in search/ (render/search_index.hpp
   says what each file holds). Only what a query needs is loaded: the entry
   (index.js), the word chunks holding the query's words (w/), their places for
   a "quoted phrase" (p/), a filter (k/) when one is chosen, and the page table
   (t/) and fragment (f/) of each result shown. Every file is a script that
   calls portalSearchLoaded(name, data), so that search works from disk
   (file://), where fetch() cannot, and under a strict Content-Security-Policy:
   no fetch, no inline script, no eval.
   A page matches when it has every word of the query (a word of three letters
   or more also finds longer words it starts: "burgl" finds "burglary") and
   every quoted phrase, words side by side. Title words count most, then
   heading words, then how often the text says them. */
(function () {
  'use strict';
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-input');
  var kindSelect = document.getElementById('search-kind');
  var yearSelect = document.getElementById('search-year');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  if (!form || !input || !status || !list) return;
  document.documentElement.className += ' js-enabled';

  var base = (form.getAttribute('data-index') || 'index.js').replace(/index\.js$/, '');
  var root = form.getAttribute('data-root') || '../';
  var azHref = form.getAttribute('data-az') || '';
  var PAGE_SIZE = 10;
  var KIND_WORDS = {
    report: 'Report', plan: 'Plan', milestone: 'Milestones', dataset: 'Dataset',
    funding: 'Funding', meeting: 'Meeting', page: 'Page'
  };
  var KIND_PLURAL = {
    report: 'reports', plan: 'plans', milestone: 'milestone histories', dataset: 'datasets',
    funding: 'funding years', meeting: 'meetings', page: 'other pages'
  };

  // ---------------------------------------------------------------- loading
  var waiting = {};  // file name -> [callbacks]
  var loaded = {};   // file name -> data
  var stats = window.portalSearchStats = {files: 0, lastArrival: 0, shown: 0};
  window.portalSearchLoaded = function (name, data) {
    loaded[name] = data;
    stats.files++;
    stats.lastArrival = performance.now();
    var calls = waiting[name] || [];
    delete waiting[name];
    calls.forEach(function (c) { c.ok(data); });
  };
  function load(name, fresh) {
    return new Promise(function (ok, fail) {
      if (Object.prototype.hasOwnProperty.call(loaded, name)) { ok(loaded[name]); return; }
      if (waiting[name]) { waiting[name].push({ok: ok, fail: fail}); return; }
      waiting[name] = [{ok: ok, fail: fail}];
      var s = document.createElement('script');
      // The entry is the one file not named by its content: never a cached copy.
      s.src = base + name + (fresh ? '?v=' + Date.now() : '');
      s.async = true;
      s.onerror = function () {
        var calls = waiting[name] || [];
        delete waiting[name];
        calls.forEach(function (c) { c.fail(new Error(name)); });
      };
      document.head.appendChild(s);
    });
  }

  // ---------------------------------------------------------------- words
  // As render/search_words.cpp reads a page: runs of letters, digits and
  // accents; case folded (upper then lower case: "ß" is "ss"), accents dropped.
  function fold(word) {
    return word.toUpperCase().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
      .replace(/\u03c2/g, '\u03c3');
  }
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  function words(text) {
    return (text.match(WORD) || []).map(fold).filter(function (w) { return w.length > 0; });
  }
  // The query's terms: each quoted phrase (two words or more) and each word.
  function parse(query) {
    var terms = [];
    var rest = query.replace(/["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?/g, function (m, inner) {
      var w = words(inner);
      if (w.length > 1) terms.push({phrase: w});
      else if (w.length === 1) terms.push({word: w[0], exact: true});
      return ' ';
    });
    words(rest).forEach(function (w) { terms.push({word: w, exact: w.length < 3}); });
    return terms;
  }

  // ---------------------------------------------------------------- the index
  // The chunks whose words may start with `word` (or be it).
  function chunksFor(entry, word, exact) {
    var chunks = entry.chunks, lo = 0, hi = chunks.length - 1;
    while (lo < hi) {  // the last chunk starting at or before word
      var mid = (lo + hi + 1) >> 1;
      if (chunks[mid][0] <= word) lo = mid; else hi = mid - 1;
    }
    var out = [lo];
    if (!exact)
      for (var i = lo + 1; i < chunks.length && chunks[i][0].lastIndexOf(word, 0) === 0; i++) out.push(i);
    return out;
  }
  // "3B1A" -> [[3, 1], [4, 0]]: page numbers (deltas, base 36) and weights (A = 0).
  function postings(text) {
    var out = [], page = 0, digits = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        page += parseInt(digits, 36);
        out.push([page, c - 65]);
        digits = '';
      } else digits += text[i];
    }
    return out;
  }
  function pageList(text) {
    var out = [], page = 0;
    if (text) text.split('.').forEach(function (d) { page += parseInt(d, 36); out.push(page); });
    return out;
  }
  function places(text) {
    return text.split(',').map(function (one) {
      var at = 0;
      return one ? one.split('.').map(function (d) { at += parseInt(d, 36); return at; }) : [];
    });
  }
  // page -> weight for one word (or all the words it starts).
  function termPages(entry, term) {
    var ids = chunksFor(entry, term.word, term.exact);
    return Promise.all(ids.map(function (i) { return load(entry.chunks[i][1]); })).then(function (chunks) {
      var found = new Map();
      chunks.forEach(function (chunk) {
        Object.keys(chunk).forEach(function (w) {
          if (term.exact ? w !== term.word : w.lastIndexOf(term.word, 0) !== 0) return;
          postings(chunk[w]).forEach(function (p) {
            if ((found.get(p[0]) || 0) < p[1]) found.set(p[0], p[1]);
          });
        });
      });
      return found;
    });
  }
  // page -> weight of the pages where the phrase's words stand side by side.
  function phrasePages(entry, phrase) {
    var need = phrase.map(function (w) { return chunksFor(entry, w, true)[0]; });
    return Promise.all(need.map(function (i) {
      return Promise.all([load(entry.chunks[i][1]), load(entry.chunks[i][2])]);
    })).then(function (got) {
      var at = phrase.map(function (w, k) {
        var list = got[k][0][w], where = got[k][1][w];
        var m = new Map();
        if (list === undefined || where === undefined) return m;
        var p = postings(list), q = places(where);
        for (var j = 0; j < p.length; j++) m.set(p[j][0], {weight: p[j][1], places: q[j]});
        return m;
      });
      var found = new Map();
      at[0].forEach(function (first, page) {
        var sets = [];
        for (var k = 1; k < at.length; k++) {
          var e = at[k].get(page);
          if (!e) return;
          sets.push(new Set(e.places));
        }
        var side = first.places.some(function (start) {
          return sets.every(function (s, k) { return s.has(start + k + 1); });
        });
        if (side) {
          var weight = 0;
          at.forEach(function (m) { weight += m.get(page).weight; });
          found.set(page, weight);
        }
      });
      return found;
    });
  }
  function filterPages(entry, name, value) {
    if (!value || !entry.filters[name]) return Promise.resolve(null);
    return load(entry.filters[name][0]).then(function (data) {
      return new Set(pageList(data[value] || ''));
    });
  }

  // ---------------------------------------------------------------- results
  function fragment(entry, page) {
    var table = Math.floor(page / entry.table);
    return load(entry.tables[table]).then(function (names) {
      return load('f/' + names[page % entry.table] + '.js');
    });
  }
  // The part of the text around the words found, matched words in <mark>.
  // U+001F ends each block of the page in the text (render/search_index.hpp):
  // shown as a space.
  function snippet(text, terms) {
    text = text.replace(/\u001f/g, ' ');
    var matches = function (w) {
      return terms.some(function (t) {
        if (t.phrase) return t.phrase.indexOf(w) >= 0;
        return t.exact ? w === t.word : w.lastIndexOf(t.word, 0) === 0;
      });
    };
    var tokens = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) tokens.push({at: m.index, end: m.index + m[0].length, hit: matches(fold(m[0]))});
    var first = -1;
    for (var i = 0; i < tokens.length; i++) if (tokens[i].hit) { first = i; break; }
    if (first < 0) return null;
    var from = Math.max(0, first - 12), to = Math.min(tokens.length, first + 24);
    var start = tokens[from].at, end = to < tokens.length ? tokens[to - 1].end : text.length;
    var p = document.createElement('p');
    p.className = 'search-snippet';
    if (from > 0) p.appendChild(document.createTextNode('\u2026 '));
    var pos = start;
    for (var k = from; k < to; k++) {
      if (!tokens[k].hit) continue;
      p.appendChild(document.createTextNode(text.slice(pos, tokens[k].at)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(tokens[k].at, tokens[k].end);
      p.appendChild(mark);
      pos = tokens[k].end;
    }
    p.appendChild(document.createTextNode(text.slice(pos, end)));
    if (end < text.length) p.appendChild(document.createTextNode(' \u2026'));
    return p;
  }
  function resultItem(f, terms) {
    var li = document.createElement('li');
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = root + f.u;
    a.textContent = f.t;
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'search-meta';
    meta.textContent = (KIND_WORDS[f.k] || 'Page') + (f.y && f.y.length ? ', ' + f.y.join(', ') : '');
    li.appendChild(meta);
    var snip = snippet(f.x || '', terms);
    if (!snip) {
      snip = document.createElement('p');
      snip.className = 'search-snippet';
      snip.textContent = f.s;
    }
    li.appendChild(snip);
    return li;
  }

  // ---------------------------------------------------------------- a search
  var run = 0;  // the latest search; an older one that finishes late shows nothing
  var shown = [], ranked = [], lastTerms = [];
  function say(text, az) {
    while (status.firstChild) status.removeChild(status.firstChild);
    status.appendChild(document.createTextNode(text));
    if (az && azHref) {
      status.appendChild(document.createTextNode(' Or '));
      var a = document.createElement('a');
      a.href = azHref;
      a.textContent = 'browse every page from A to Z';
      status.appendChild(a);
      status.appendChild(document.createTextNode('.'));
    }
  }
  function describe(query, kind, year) {
    // A query with quotes of its own ("domestic violence") is shown as typed.
    var q = query.trim();
    var what = /["\u201c\u201d]/.test(q) ? q : '\u201c' + q + '\u201d';
    if (kind) what += ' among ' + (KIND_PLURAL[kind] || kind);
    if (year) what += ' in ' + year;
    return what;
  }
  function showMore(mine) {
    var next = ranked.slice(shown.length, shown.length + PAGE_SIZE);
    shown = shown.concat(next);
    if (more) more.hidden = true;
    return Promise.all(next.map(function (r) { return fragment(entry(), r[0]); })).then(function (frags) {
      if (mine !== run) return;
      frags.forEach(function (f) { list.appendChild(resultItem(f, lastTerms)); });
      stats.shown = performance.now();
      if (more) {
        more.hidden = shown.length >= ranked.length;
        more.textContent = 'Show ' + Math.min(PAGE_SIZE, ranked.length - shown.length) + ' more results';
      }
    });
  }
  var theEntry = null;
  function entry() { return theEntry; }
  function search(query, kind, year) {
    var mine = ++run;
    while (list.firstChild) list.removeChild(list.firstChild);
    if (more) more.hidden = true;
    shown = []; ranked = [];
    var terms = parse(query);
    lastTerms = terms;
    if (terms.length === 0) { say(''); return Promise.resolve(); }
    say('Searching\u2026');
    return load('index.js', true).then(function (e) {
      theEntry = e;
      fillFilters(e);
      return Promise.all(terms.map(function (t) {
        return t.phrase ? phrasePages(e, t.phrase) : termPages(e, t);
      }).concat([filterPages(e, 'kind', kind), filterPages(e, 'year', year)]));
    }).then(function (found) {
      if (mine !== run) return;
      var filters = found.splice(terms.length);
      var score = new Map(found[0]);
      for (var k = 1; k < found.length; k++)
        score.forEach(function (w, page) {
          if (found[k].has(page)) score.set(page, w + found[k].get(page)); else score.delete(page);
        });
      filters.forEach(function (only) {
        if (only) score.forEach(function (w, page) { if (!only.has(page)) score.delete(page); });
      });
      ranked = Array.from(score.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      var what = describe(query, kind, year);
      if (ranked.length === 0) {
        say('No pages match ' + what + '. Check the spelling, try fewer or shorter words' +
            (kind || year ? ', or search all kinds and years.' : '.'), true);
        return;
      }
      say(ranked.length + (ranked.length === 1 ? ' page matches ' : ' pages match ') + what + '.');
      return showMore(mine);
    }).catch(function () {
      if (mine !== run) return;
      say('Search could not load its index. Reload the page to try again.', true);
    });
  }

  // ---------------------------------------------------------------- the form
  function fillFilters(e) {
    [[kindSelect, 'kind'], [yearSelect, 'year']].forEach(function (pair) {
      var select = pair[0], values = e.filters[pair[1]];
      if (!select || !values || select.getAttribute('data-filled')) return;
      select.setAttribute('data-filled', '1');
      var wanted = select.getAttribute('data-wanted') || '';
      values[1].forEach(function (v) {
        var o = document.createElement('option');
        o.value = v[0];
        o.textContent = (pair[1] === 'kind' ? (KIND_WORDS[v[0]] || v[0]) : v[0]) + ' (' + v[1] + ')';
        if (v[0] === wanted) o.selected = true;
        select.appendChild(o);
      });
    });
  }
  function params() {
    var out = {q: '', kind: '', year: ''};
    window.location.search.replace(/^\?/, '').split('&').forEach(function (pair) {
      var kv = pair.split('=');
      if (kv.length === 2 && Object.prototype.hasOwnProperty.call(out, kv[0])) {
        try { out[kv[0]] = decodeURIComponent(kv[1].replace(/\+/g, ' ')); } catch (err) { /* bad escape */ }
      }
    });
    return out;
  }
  function value(select) { return select ? select.value : ''; }
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var q = input.value, kind = value(kindSelect), year = value(yearSelect);
    if (window.history && window.history.replaceState) {
      var url = '?q=' + encodeURIComponent(q) + (kind ? '&kind=' + encodeURIComponent(kind) : '') +
        (year ? '&year=' + encodeURIComponent(year) : '');
      try { window.history.replaceState(null, '', url); } catch (err) { /* file:// */ }
    }
    search(q, kind, year);
  });
  if (more) more.addEventListener('click', function () {
    var first = shown.length;
    showMore(run).then(function () {
      var item = list.children[first];
      var link = item && item.querySelector('a');
      if (link) link.focus();
    });
  });
  var p = params();
  if (kindSelect) kindSelect.setAttribute('data-wanted', p.kind);
  if (yearSelect) yearSelect.setAttribute('data-wanted', p.year);
  input.value = p.q;
  if (p.q) search(p.q, p.kind, p.year);
  else load('index.js', true).then(fillFilters).catch(function () { /* shown on search */ });
})();
