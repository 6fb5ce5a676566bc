// Dashboard charts: drawn from the data-chart JSON of each .chart-box (no inline scripts: CSP). Every chart is readable
// without colour: values are written on bars and points, datasets differ by pattern and marker, and a table with the
// same numbers sits under each chart. Clicking a bar or point opens the list behind it.
(function () {
  'use strict';

  var STYLES = {
    score: { color: '#1d4ed8', pattern: null, point: 'circle', dash: [] },
    max: { color: '#9ca3af', pattern: 'dots', point: 'rect', dash: [] },
    projected: { color: '#b45309', pattern: null, point: 'triangle', dash: [6, 4] },
    done: { color: '#15803d', pattern: null, point: 'circle', dash: [] },
    doneLate: { color: '#65a30d', pattern: 'dots', point: 'rectRot', dash: [] },
    inProgress: { color: '#2563eb', pattern: 'diagonal', point: 'rect', dash: [] },
    overdue: { color: '#b91c1c', pattern: 'cross', point: 'crossRot', dash: [] }
  };

  function pattern(color, kind) {
    if (!kind) { return color; }
    var c = document.createElement('canvas');
    c.width = 10; c.height = 10;
    var g = c.getContext('2d');
    g.fillStyle = color; g.fillRect(0, 0, 10, 10);
    g.strokeStyle = 'rgba(255,255,255,0.85)'; g.fillStyle = 'rgba(255,255,255,0.85)'; g.lineWidth = 2;
    if (kind === 'diagonal' || kind === 'cross') {
      g.beginPath(); g.moveTo(0, 10); g.lineTo(10, 0); g.stroke();
    }
    if (kind === 'cross') {
      g.beginPath(); g.moveTo(0, 0); g.lineTo(10, 10); g.stroke();
    }
    if (kind === 'dots') {
      g.beginPath(); g.arc(5, 5, 1.8, 0, Math.PI * 2); g.fill();
    }
    return g.createPattern(c, 'repeat');
  }

  function format(v) {
    if (v === null || v === undefined) { return ''; }
    return Number(v).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  }

  // Writes each value on its bar or point, so numbers are read without the colours. On a line chart the first
  // dataset's values go above its points and the second's below, and a value that would touch one already written is
  // left out (the tooltip and the table under the chart have every number): never "88,3688,36".
  function overlaps(box, drawn) {
    return drawn.some(function (d) {
      return box.left < d.right + 2 && d.left < box.right + 2 && box.top < d.bottom && d.top < box.bottom;
    });
  }
  var valueLabels = {
    id: 'valueLabels',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var stacked = !!(chart.options.scales.x && chart.options.scales.x.stacked);
      var drawn = [];
      ctx.save();
      ctx.font = '600 11px system-ui, sans-serif';
      chart.data.datasets.forEach(function (ds, i) {
        var meta = chart.getDatasetMeta(i);
        if (meta.hidden) { return; }
        meta.data.forEach(function (el, j) {
          var v = ds.data[j];
          if (v === null || v === undefined || (stacked && Number(v) === 0)) { return; }
          var text = format(v);
          var p = el.tooltipPosition();
          if (stacked) {
            var w = Math.abs(el.x - el.base);
            if (w < ctx.measureText(text).width + 4) { return; }
            ctx.fillStyle = '#fff'; ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
            ctx.strokeStyle = 'rgba(0,0,0,0.6)'; ctx.lineWidth = 3;
            ctx.strokeText(text, (el.x + el.base) / 2, p.y); ctx.fillText(text, (el.x + el.base) / 2, p.y);
          } else if (chart.config.type === 'line') {
            var width = ctx.measureText(text).width;
            var below = i % 2 === 1;
            var top = below ? p.y + 8 : p.y - 8 - 12;
            var box = { left: p.x - width / 2, right: p.x + width / 2, top: top, bottom: top + 12 };
            if (overlaps(box, drawn)) { return; }
            drawn.push(box);
            ctx.fillStyle = '#111'; ctx.textAlign = 'center'; ctx.textBaseline = 'top';
            ctx.fillText(text, p.x, top);
          } else if (chart.options.indexAxis === 'y') {
            ctx.fillStyle = '#111'; ctx.textAlign = 'left'; ctx.textBaseline = 'middle';
            ctx.fillText(text, el.x + 4, p.y);
          } else {
            ctx.fillStyle = '#111'; ctx.textAlign = 'center'; ctx.textBaseline = 'bottom';
            ctx.fillText(text, p.x, el.y - 4);
          }
        });
      });
      ctx.restore();
      chart.$valueLabels = drawn; // the boxes written, for the browser tests
    }
  };

  // Category axis: long labels wrap onto up to three lines of about 28 characters (the last one shortened with "…"
  // if still longer) instead of being cut at the edge of the chart; the table view has them in full.
  function wrap(label) {
    var words = String(label).split(/\s+/), lines = [], line = '';
    words.forEach(function (w) {
      if (line && (line + ' ' + w).length > 28) { lines.push(line); line = w; } else { line = line ? line + ' ' + w : w; }
    });
    if (line) { lines.push(line); }
    if (lines.length > 3) { lines = lines.slice(0, 3); lines[2] = lines[2].replace(/.{0,1}$/, '') + '…'; }
    return lines.length === 1 ? lines[0] : lines;
  }
  function labelTicks() {
    return { autoSkip: false, callback: function (v) { return wrap(this.getLabelForValue(v)); } };
  }

  // Value axis: Vietnamese number format; whole numbers only for counts.
  function valueTicks(spec) {
    return { precision: spec.type === 'stacked' ? 0 : undefined, callback: function (v) { return format(v); } };
  }

  function draw(box) {
    var spec;
    try { spec = JSON.parse(box.getAttribute('data-chart')); } catch (e) { return; }
    var canvas = box.querySelector('canvas');
    if (!spec || !canvas || typeof Chart === 'undefined') { return; }
    var horizontal = spec.type === 'hbar' || spec.type === 'stacked';
    var isLine = spec.type === 'line';
    if (horizontal) {
      box.style.setProperty('--chart-rows', String(Math.max(spec.labels.length, 2)));
      box.classList.add('chart-box-rows');
    }
    var datasets = spec.datasets.map(function (d) {
      var s = STYLES[d.style] || STYLES.score;
      var fill = pattern(s.color, isLine ? null : s.pattern);
      if (spec.barStyles) { // one style per bar (e.g. the agency against the province)
        fill = spec.barStyles.map(function (name) { var b = STYLES[name] || s; return pattern(b.color, b.pattern); });
      }
      return {
        label: d.label, data: d.data, backgroundColor: fill, borderColor: s.color, borderWidth: isLine ? 2 : 1,
        borderDash: s.dash, pointStyle: s.point, pointRadius: 5, pointHoverRadius: 7, spanGaps: true,
        yAxisID: d.axis === 'y1' ? 'y1' : 'y', unit: d.axis === 'y1' ? '%' : (spec.unit || '')
      };
    });
    var secondAxis = spec.datasets.some(function (d) { return d.axis === 'y1'; });
    var config = {
      type: isLine ? 'line' : 'bar',
      data: { labels: spec.labels, datasets: datasets },
      plugins: [valueLabels],
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        indexAxis: horizontal ? 'y' : 'x',
        layout: { padding: { right: horizontal || isLine ? 36 : 8, top: 20, left: isLine ? 8 : 0 } },
        plugins: { legend: { labels: { usePointStyle: true } }, tooltip: { callbacks: {
          label: function (c) { return c.dataset.label + ': ' + format(c.raw) + (c.dataset.unit || ''); } } } },
        scales: {
          x: { stacked: spec.type === 'stacked', beginAtZero: true, ticks: horizontal ? valueTicks(spec) : labelTicks() },
          y: { stacked: spec.type === 'stacked', beginAtZero: true, max: spec.max,
               ticks: horizontal ? labelTicks() : valueTicks(spec),
               title: { display: !!spec.axisTitle, text: spec.axisTitle || '' } }
        },
        onClick: function (evt, elements) {
          if (elements.length && spec.links && spec.links[elements[0].index]) {
            window.location.href = spec.links[elements[0].index];
          }
        },
        onHover: function (evt, elements) {
          evt.native.target.style.cursor = elements.length ? 'pointer' : 'default';
        }
      }
    };
    if (secondAxis) {
      config.options.scales.y1 = { position: 'right', beginAtZero: true, max: spec.axis2Max,
        grid: { drawOnChartArea: false }, ticks: valueTicks(spec),
        title: { display: !!spec.axis2Title, text: spec.axis2Title || '' } };
    }
    box.chart = new Chart(canvas, config);
    box.setAttribute('data-rendered', 'true');
  }

  document.querySelectorAll('.chart-box[data-chart]').forEach(draw);

  // Printing: charts become images and every table view opens, so paper carries the numbers too.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('.chart-box[data-rendered]').forEach(function (box) {
      var canvas = box.querySelector('canvas');
      if (!box.querySelector('img.chart-print')) {
        var img = document.createElement('img');
        img.className = 'chart-print';
        img.alt = canvas.getAttribute('aria-label') || '';
        img.src = canvas.toDataURL('image/png');
        box.appendChild(img);
      }
    });
    document.querySelectorAll('details.chart-table:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
  var printButton = document.querySelector('[data-print]');
  if (printButton) { printButton.addEventListener('click', function () { window.print(); }); }
})();
