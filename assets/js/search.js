/* Client-side search over window.PORTAL_SEARCH (search/index.js, built by
   portal). Works from disk and under a strict Content-Security-Policy: no
   fetch, no inline script, no eval. A page matches when every word of the query
   starts a word of the page; titles and headings count more. */
(function () {
  'use strict';
  var pages = window.PORTAL_SEARCH;
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!pages || !form || !input || !status || !list) return;
  document.documentElement.className += ' js-enabled';

  // The index gives addresses from the site root; this page is search/index.html.
  var root = '../';
  // Lower case, accents folded ("Café" finds "cafe"), split on anything that is
  // not a letter or digit in any script (dashes, curly quotes, symbols).
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }
  function wordList(joined) {
    return joined ? joined.split('\u001f').map(fold) : [];
  }
  function startsAny(list, word) {
    for (var i = 0; i < list.length; i++) if (list[i].lastIndexOf(word, 0) === 0) return true;
    return false;
  }
  var prepared = pages.map(function (p) {
    return {page: p, t: words(p.t), h: wordList(p.h), w: wordList(p.w)};
  });

  function run(query) {
    var q = words(query);
    while (list.firstChild) list.removeChild(list.firstChild);
    if (q.length === 0) { status.textContent = ''; return; }
    var hits = [];
    prepared.forEach(function (e) {
      var score = 0;
      for (var i = 0; i < q.length; i++) {
        var inTitle = startsAny(e.t, q[i]), inHead = startsAny(e.h, q[i]), inText = startsAny(e.w, q[i]);
        if (!inTitle && !inHead && !inText) return;
        score += (inTitle ? 10 : 0) + (inHead ? 3 : 0) + (inText ? 1 : 0);
      }
      hits.push({e: e, score: score});
    });
    hits.sort(function (a, b) { return b.score - a.score || (a.e.page.t < b.e.page.t ? -1 : 1); });
    status.textContent = hits.length === 0 ? 'No pages match \u201c' + query + '\u201d.'
      : hits.length + (hits.length === 1 ? ' page matches' : ' pages match') + ' \u201c' + query + '\u201d.';
    hits.slice(0, 50).forEach(function (h) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + h.e.page.u;
      a.textContent = h.e.page.t;
      var p = document.createElement('p');
      p.textContent = h.e.page.s;
      li.appendChild(a);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    run(input.value);
    if (window.history && window.history.replaceState) {
      try { window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (e) { /* file:// */ }
    }
  });
  var match = /[?&]q=([^&]*)/.exec(window.location.search);
  if (match) {
    input.value = decodeURIComponent(match[1].replace(/\+/g, ' '));
    run(input.value);
  }
})();
