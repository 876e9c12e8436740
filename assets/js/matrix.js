/* Filters the milestone x quarter matrix at the top of a plan's milestone
   history in place (layouts/milestones.mustache). Without JavaScript each
   filter is a link to a page of its own (milestones/<plan>/priority-N/,
   latest-<status>/); with it, a click on one of those links hides the rows of
   the other priorities or latest statuses (and a priority's heading when none
   of its rows is left), marks the link aria-current, says what is shown in a
   polite live region and puts the filter page's own address in the address
   bar (history.pushState), so that reloading, a bookmark or a shared link give
   the same rows: the filter page. Back and forward show the rows of the
   address they come to. The links stay links (Enter activates them, focus
   stays on the one chosen); a modified click (new tab or window) is left to
   the browser.

   Only the unfiltered history page loads this file (layouts/base.mustache),
   and it does nothing unless the page has the "Show every milestone" link that
   only that page has: a filter page holds only its own rows, so it cannot show
   another filter's in place, and there the links stay plain links to the other
   pages. Fetching the full page's rows into a filter page would be a second
   copy of the matrix to keep right, for a click the browser already does well.

   Every word shown comes from the page (the links' labels, the priorities'
   headings) apart from "Showing N of M milestones" and its like. Each row
   carries data-priority and data-latest (the model's latest status key), each
   filter link the one it filters by.

   After pushState the page's address is a folder deeper than the page, so the
   first time it changes every relative link (and form, and the icon's link) is
   made absolute first: they still lead where they led. Where the address cannot change (a page
   opened from disk: file:// addresses refuse pushState between folders), the
   click is left to the link. */
(function () {
  'use strict';
  var nav = document.querySelector('.matrix-filters');
  var table = document.querySelector('table.matrix');
  var allPara = nav && nav.querySelector('.matrix-all');
  var allLink = allPara && allPara.querySelector('a[href]');
  if (!table || !allLink || !window.history || typeof history.pushState !== 'function' ||
      typeof window.URL !== 'function') return;

  var rows = [].slice.call(table.querySelectorAll('tbody tr[data-priority]'));
  var bodies = [].slice.call(table.tBodies);
  var links = [].slice.call(nav.querySelectorAll('a[href][data-priority], a[href][data-latest]'));
  if (!rows.length || !links.length) return;
  var box = table.parentElement && table.parentElement.closest('.matrix-scroll');

  function words(el) { return (el.textContent || '').replace(/\s+/g, ' ').trim(); }

  // A page's address without query and fragment; "x/" and "x/index.html" are one.
  function pageKey(href) {
    var u = new URL(href, location.href);
    var path = u.pathname.charAt(u.pathname.length - 1) === '/' ? u.pathname + 'index.html' : u.pathname;
    return u.protocol + '//' + u.host + path;
  }
  // What an address shows: null for every row, a filter link, or undefined
  // for an address that is neither (left alone).
  function viewOf(href) {
    var k = pageKey(href);
    if (k === pageKey(allLink.href)) return null;
    for (var i = 0; i < links.length; i++) if (pageKey(links[i].href) === k) return links[i];
    return undefined;
  }

  // The live region, there before anything changes so that what it says is heard.
  var status = document.createElement('p');
  status.className = 'matrix-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('aria-atomic', 'true');
  nav.parentNode.insertBefore(status, nav.nextSibling);

  // The document's title as the filter page has it: "<h1>, Priority 1 – <site>".
  var h1 = document.querySelector('h1');
  var pageTitle = h1 ? words(h1) : '';
  var baseTitle = document.title;
  function titleOf(link) {
    if (!link || !pageTitle || baseTitle.indexOf(pageTitle) !== 0) return baseTitle;
    var what = link.hasAttribute('data-priority') ? words(link) : 'latest status ' + words(link);
    return pageTitle + ', ' + what + baseTitle.slice(pageTitle.length);
  }

  function message(link, shown) {
    var total = rows.length;
    if (!link) return 'Showing all ' + total + (total === 1 ? ' milestone' : ' milestones');
    var head = 'Showing ' + shown + ' of ' + total + ' milestones';
    if (link.hasAttribute('data-latest')) return head + ' whose latest status is ' + words(link);
    // The priority's heading in the matrix ("Priority 1: Reduce ..."), else the link's label.
    for (var i = 0; i < rows.length; i++)
      if (!rows[i].hidden) {
        var h = rows[i].parentNode.querySelector('.matrix-priority');
        if (h) return head + ', ' + words(h);
        break;
      }
    return head + ', ' + words(link);
  }

  var current;  // the link whose rows are shown, null for all
  function show(link, announce) {
    if (link === current) return;
    current = link;
    var by = link && (link.hasAttribute('data-priority') ? 'data-priority' : 'data-latest');
    var value = link && link.getAttribute(by);
    var shown = 0;
    rows.forEach(function (r) {
      r.hidden = !!link && r.getAttribute(by) !== value;
      if (!r.hidden) shown++;
    });
    bodies.forEach(function (b) {
      var has = [].some.call(b.rows, function (r) { return r.hasAttribute('data-priority') && !r.hidden; });
      b.hidden = !has;
    });
    links.concat(allLink).forEach(function (a) {
      if (a === (link || allLink)) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    document.title = titleOf(link);
    if (announce) status.textContent = message(link, shown);
    // Focus inside a row just hidden (back, with a milestone's link focused)
    // would be lost: it goes to the matrix, which can be scrolled and read.
    var active = document.activeElement;
    if (box && active && active !== document.body && active.closest && active.closest('[hidden]')) box.focus();
  }

  // Links, forms and the head's links (the browser fetches the icon again when
  // the address changes); not the style sheet, which would be loaded again.
  var absolute = false;
  function makeLinksAbsolute() {
    if (absolute) return;
    absolute = true;
    var sel = 'a[href], area[href], link[href]:not([rel~="stylesheet"])';
    [].forEach.call(document.querySelectorAll(sel), function (a) {
      if (a.getAttribute('href').charAt(0) !== '#') a.setAttribute('href', a.href);
    });
    [].forEach.call(document.querySelectorAll('form[action]'), function (f) {
      f.setAttribute('action', f.action);
    });
  }

  nav.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target.closest ? e.target.closest('a[href]') : null;
    if (!a || (a !== allLink && links.indexOf(a) < 0)) return;
    var link = a === allLink ? null : a;
    if (link !== current) {
      makeLinksAbsolute();
      try {
        history.pushState({matrix: true}, '', a.href);
      } catch (err) {
        return;  // the address cannot change: the link leads to the page
      }
    }
    e.preventDefault();
    show(link, true);
  });

  window.addEventListener('popstate', function () {
    var view = viewOf(location.href);
    if (view !== undefined) show(view, true);
  });

  allPara.hidden = false;
  var first = viewOf(location.href);
  show(first === undefined ? null : first, false);
})();
