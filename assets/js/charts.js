/* Turns each chart figure's static SVG into an interactive Chart.js canvas.
   The figures come from the <script type="application/json"> beside it (no
   inline script, so the site works under a strict Content-Security-Policy, and
   nothing is fetched, so it works from file:// too). The generator has already
   chosen colours, patterns, horizontal bars and notes; this file follows those
   choices so the canvas and the SVG agree. Without JavaScript, or without
   Chart.js, the SVG and the table remain. */
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') return;
  var Chart = window.Chart;

  Chart.defaults.font.family = 'Arial, Helvetica, sans-serif';
  Chart.defaults.font.size = 14;
  Chart.defaults.color = '#0b0c0c';

  // Series are told apart by pattern and marker as well as colour (WCAG 1.4.1).
  var MARKERS = ['circle', 'rect', 'triangle', 'rectRot'];

  // Numbers as the table prints them: grouped in thousands, as many decimals as
  // the data has, "-" as the data writes it; money as £60,545.90 (with the true
  // minus sign, U+2212, as the generator's money), axis ticks in whole pounds.
  function formats(spec) {
    var money = spec.format === 'money';
    var full = money
      ? new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'GBP'})
      : new Intl.NumberFormat('en-GB', {maximumFractionDigits: 10});
    var whole = money
      ? new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'GBP',
        minimumFractionDigits: 0, maximumFractionDigits: 0})
      : full;
    function minus(s) { return money ? s.replace('-', '\u2212') : s; }
    return {
      value: function (v) {
        return typeof v === 'number' ? minus(full.format(v)) : 'not available';
      },
      tick: function (v) {
        return minus((Number.isInteger(v) ? whole : full).format(v));
      }
    };
  }

  function pattern(colour, kind) {
    if (!kind) return colour;
    var tile = document.createElement('canvas');
    tile.width = tile.height = 6;
    var c = tile.getContext('2d');
    c.fillStyle = colour;
    c.fillRect(0, 0, 6, 6);
    c.fillStyle = c.strokeStyle = '#fff';
    c.lineWidth = kind === 3 ? 1.2 : 1.8;
    c.beginPath();
    if (kind === 2) {
      c.arc(3, 3, 1.4, 0, 2 * Math.PI);
      c.fill();
    } else {
      // Diagonal stripes (and, for cross-hatch, the other diagonal), drawn past the
      // tile's corners so that tiles join seamlessly.
      c.moveTo(-1, 1); c.lineTo(1, -1);
      c.moveTo(0, 6); c.lineTo(6, 0);
      c.moveTo(5, 7); c.lineTo(7, 5);
      if (kind === 3) {
        c.moveTo(-1, 5); c.lineTo(1, 7);
        c.moveTo(0, 0); c.lineTo(6, 6);
        c.moveTo(5, -1); c.lineTo(7, 1);
      }
      c.stroke();
    }
    return c.createPattern(tile, 'repeat');
  }

  // Text cut into lines of at most `chars` characters, at most `max` lines.
  function wrap(text, chars, max) {
    var lines = [];
    String(text).split(' ').forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && (lines[last] + ' ' + word).length <= chars) lines[last] += ' ' + word;
      else lines.push(word);
    });
    if (lines.length > max) {
      lines.length = max;
      lines[max - 1] += '\u2026';
    }
    return lines.map(function (l) {
      return l.length > chars + 1 ? l.slice(0, Math.max(1, chars - 1)) + '\u2026' : l;
    });
  }

  // Something to draw: a figure other than 0 (for a doughnut, above 0).
  function hasFigures(spec) {
    return spec.series.some(function (s) {
      return s.values.some(function (v) {
        return typeof v === 'number' && (spec.type === 'doughnut' ? v > 0 : v !== 0);
      });
    });
  }

  function allIntegers(spec) {
    return spec.series.every(function (s) {
      return s.values.every(function (v) { return typeof v !== 'number' || Number.isInteger(v); });
    });
  }

  function datasets(spec) {
    var type = spec.type === 'stacked-bar' ? 'bar' : spec.type;
    return spec.series.map(function (s) {
      if (type === 'doughnut') {
        // Slices cannot be negative: the SVG's note and the table show those figures.
        var slices = spec.slices || [];
        return {label: s.name,
                data: s.values.map(function (v) { return typeof v === 'number' && v > 0 ? v : null; }),
                backgroundColor: slices.map(function (sl) { return pattern(sl.colour, sl.pattern); }),
                borderColor: '#fff', borderWidth: 1.5};
      }
      if (type === 'line') {
        return {label: s.name, data: s.values, borderColor: s.colour, backgroundColor: s.colour,
                borderWidth: 2.5, pointStyle: MARKERS[s.pattern || 0], pointRadius: 5,
                pointHoverRadius: 7, spanGaps: false};
      }
      return {label: s.name, data: s.values, backgroundColor: pattern(s.colour, s.pattern),
              borderColor: s.colour, borderWidth: s.pattern ? 1 : 0};
    });
  }

  function tooltip(spec, fmt) {
    return {callbacks: {label: function (ctx) {
      // The figure as the data has it (a doughnut's canvas leaves out negatives).
      var v = spec.series[ctx.datasetIndex].values[ctx.dataIndex];
      var name = spec.type === 'doughnut' ? spec.categories[ctx.dataIndex] : ctx.dataset.label;
      if (spec.type === 'doughnut' && spec.series.length > 1) name += ', ' + ctx.dataset.label;
      return (name ? name + ': ' : '') + fmt.value(v);
    }}};
  }

  // A doughnut's legend lists every slice with its figures, as the SVG's does.
  function doughnutLegend(spec, fmt, chars, font) {
    var base = Chart.overrides.doughnut.plugins.legend.labels.generateLabels;
    return {position: 'bottom', labels: {font: font, generateLabels: function (chart) {
      return base(chart).map(function (item) {
        var k = item.index;
        var text = spec.series.length === 1
          ? spec.categories[k] + ': ' + fmt.value(spec.series[0].values[k])
          : spec.categories[k] + ' \u2014 ' + spec.series.map(function (s) {
            return s.name + ': ' + fmt.value(s.values[k]);
          }).join('; ');
        item.text = wrap(text, chars, 1)[0];
        return item;
      });
    }}};
  }

  function scales(spec, fmt, chars, font, width) {
    var stacked = spec.type === 'stacked-bar';
    // Ticks stay level: on a narrow screen, fewer of them rather than slanted.
    var valueAxis = {stacked: stacked, beginAtZero: true,
                     grid: {color: function (c) { return c.tick && c.tick.value === 0 ? '#0b0c0c' : '#dcdcdc'; }},
                     ticks: {font: font, maxRotation: 0,
                             maxTicksLimit: spec.horizontal ? Math.max(3, Math.floor(width / 75)) : 11,
                             callback: function (v) { return fmt.tick(v); }}};
    if (allIntegers(spec)) valueAxis.ticks.precision = 0;
    // offset: points sit in the middle of their category, as in the SVG. Labels
    // wrap instead of slanting; a line's are thinned out when there are many.
    var categoryAxis = {stacked: stacked, grid: {display: false}, offset: true,
                        ticks: {font: font, autoSkip: spec.type === 'line', maxRotation: 0,
                                callback: function (v, i) { return wrap(spec.categories[i], chars, 2); }}};
    return spec.horizontal ? {x: valueAxis, y: categoryAxis} : {x: categoryAxis, y: valueAxis};
  }

  // Height for the canvas: rows of bars, or a doughnut's legend, need room.
  function height(spec, width) {
    var n = spec.categories.length;
    if (spec.horizontal) {
      var per = spec.type === 'bar' && spec.series.length > 1 ? spec.series.length * 18 + 16 : 40;
      return n * per + (spec.series.length > 1 ? 90 : 60);
    }
    if (spec.type === 'doughnut') return 260 + Math.ceil(n / Math.max(1, Math.floor(width / 240))) * 24;
    // On a phone a legend of several series takes rows of its own.
    if (width < 480 && spec.series.length > 2) return 260 + Math.ceil(spec.series.length / 2) * 26;
    return 0;  // the stylesheet's height
  }

  function draw(figure) {
    var script = figure.querySelector('script.chart-config');
    var visual = figure.querySelector('.chart-visual');
    if (!script || !visual) return;
    var spec;
    try { spec = JSON.parse(script.textContent); } catch (e) { return; }
    // Nothing to draw: the SVG already says so in words; keep it.
    if (!hasFigures(spec)) return;
    var fmt = formats(spec);
    var type = spec.type === 'stacked-bar' ? 'bar' : spec.type;
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', spec.title + ': chart; the figures are in the table that follows');
    var box = document.createElement('div');
    box.className = 'chart-canvas';
    box.appendChild(canvas);
    visual.parentNode.insertBefore(box, visual);
    visual.hidden = true;
    var width = box.clientWidth || 320;
    var h = height(spec, width);
    if (h) box.style.height = h + 'px';
    // Smaller text on a phone; characters a label may take per line before it wraps.
    var font = {size: width < 480 ? 12 : 14};
    var charWidth = font.size * 0.62;
    var chars = spec.horizontal || type === 'doughnut'
      ? Math.max(12, Math.floor(width / (type === 'doughnut' ? 1 : width < 480 ? 2.5 : 2) / charWidth))
      : Math.max(4, Math.floor(width / Math.max(1, spec.categories.length) / charWidth) - 2);
    var multi = spec.series.length > 1;
    new Chart(canvas, {
      type: type,
      data: {labels: spec.categories, datasets: datasets(spec)},
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        plugins: {
          legend: type === 'doughnut' ? doughnutLegend(spec, fmt, chars, font)
            : {display: multi, position: 'top', labels: {usePointStyle: type === 'line', font: font}},
          subtitle: {display: !!spec.note, position: 'bottom', font: font,
                     text: wrap(spec.note || '', chars, 4)},
          tooltip: tooltip(spec, fmt)
        },
        scales: type === 'doughnut' ? {} : scales(spec, fmt, chars, font, width)
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('figure.chart'), draw);
})();
