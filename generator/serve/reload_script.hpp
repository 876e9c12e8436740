// serve/reload_script.hpp — the script `portal serve` adds to every page it
// serves (never written into the site): it long-polls /__portal/status, reloads
// the page when a new build exists (the search page also when an edit rewrote
// the search index), and shows a failed build's errors over the last good site.
#pragma once

namespace portal {

// Served only by the dev server, never written into the site: asks whether a
// new build exists (the question waits at the server) and reloads the page
// when it does.
constexpr const char* kReloadScript = R"JS((function () {
  // Each question waits at the server until something changes (or 20 s pass),
  // so a new build shows at once without asking many times a second.
  // The search page (where search.js defines window.portalSearchLoaded) also
  // reloads when a page's edit has rewritten the search index, which lands
  // just after the page.
  var seen = null, seenIndex = null, version = -1;
  function ask() {
    fetch('/__portal/status?since=' + version, {cache: 'no-store'})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (seen !== null && (s.build !== seen ||
            (window.portalSearchLoaded && s.search_index !== seenIndex))) { location.reload(); return; }
        seen = s.build;
        seenIndex = s.search_index;
        version = s.version;
        var box = document.getElementById('portal-build-errors');
        if (s.errors) {
          if (!box) {
            box = document.createElement('pre');
            box.id = 'portal-build-errors';
            box.setAttribute('role', 'alert');
            box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;' +
              'margin:0;padding:1em;background:#fff;color:#0b0c0c;border-top:5px solid #d4351c;' +
              'font:14px/1.4 monospace;z-index:99999;white-space:pre-wrap';
            document.body.appendChild(box);
          }
          box.textContent = 'The last build failed; this is the last good site.\n\n' + s.errors;
        } else if (box) { box.remove(); }
        // Answered without waiting (dozens of previews open): ask again soon.
        if (s.waited) { ask(); } else { setTimeout(ask, 1000); }
      }).catch(function () { setTimeout(ask, 1000); });
  }
  ask();
})();)JS";

}  // namespace portal
