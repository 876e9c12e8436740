/* Turns each chart figure's static SVG into an interactive Chart.js canvas.
   The figures come from the <script type="application/json"> beside it (no
   inline script, so the site works under a strict Content-Security-Policy).
   Without JavaScript, or without Chart.js, the SVG and the table remain. */
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') return;
  var figures = document.querySelectorAll('figure.chart');
  Array.prototype.forEach.call(figures, function (figure) {
    var script = figure.querySelector('script.chart-config');
    var visual = figure.querySelector('.chart-visual');
    if (!script || !visual) return;
    var spec;
    try { spec = JSON.parse(script.textContent); } catch (e) { return; }
    var stacked = spec.type === 'stacked-bar';
    var type = stacked ? 'bar' : spec.type;
    var datasets = spec.series.map(function (s) {
      var colours = type === 'doughnut'
        ? ['#1d70b8', '#d4351c', '#00703c', '#6f72af', '#b58840', '#28a197', '#912b88', '#505a5f']
        : s.colour;
      return {label: s.name, data: s.values, backgroundColor: colours, borderColor: colours,
              borderWidth: type === 'line' ? 3 : 0, spanGaps: false};
    });
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', spec.title + ': chart; the figures are in the table that follows');
    var box = document.createElement('div');
    box.className = 'chart-canvas';
    box.appendChild(canvas);
    visual.parentNode.insertBefore(box, visual);
    visual.hidden = true;
    new window.Chart(canvas, {
      type: type,
      data: {labels: spec.categories, datasets: datasets},
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {legend: {position: 'bottom'},
                  tooltip: {callbacks: {label: function (ctx) {
                    var v = ctx.raw === null ? 'not available' : ctx.raw;
                    return (ctx.dataset.label || '') + ': ' + v;
                  }}}},
        scales: type === 'doughnut' ? {} : {x: {stacked: stacked}, y: {stacked: stacked, beginAtZero: true}}
      }
    });
  });
})();
