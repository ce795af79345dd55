/*
 * <mendwell-chart>: one Chart.js chart drawn from plain data the server sets as the "chart" property
 * (see ProgressChart.java). Chart.js comes from its WebJar as a classic script (window.Chart); no Node
 * build is involved. The canvas is an image with a summary for screen readers; the figures themselves
 * are in a table beside it.
 */
(() => {
  // Okabe–Ito colours: told apart by people with the common colour-vision deficiencies.
  const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
  const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];
  const DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3]];
  const BAND_COLOURS = ['rgba(0,158,115,0.10)', 'rgba(240,228,66,0.16)', 'rgba(230,159,0,0.16)',
    'rgba(213,94,0,0.14)', 'rgba(204,0,0,0.14)'];

  /** Shades the severity bands behind a measure's totals and names each one at its left edge. */
  const bandsPlugin = {
    id: 'mendwellBands',
    beforeDatasetsDraw(chart, args, options) {
      const bands = options.bands || [];
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      bands.forEach((band, i) => {
        const top = scales.y.getPixelForValue(Math.min(band.to + 1, scales.y.max));
        const bottom = scales.y.getPixelForValue(band.from);
        ctx.fillStyle = BAND_COLOURS[i % BAND_COLOURS.length];
        ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
        ctx.fillStyle = '#4a4a4a';
        ctx.font = '11px sans-serif';
        ctx.textBaseline = 'top';
        ctx.fillText(band.label, chartArea.left + 4, top + 2);
      });
      ctx.restore();
    }
  };

  class MendwellChart extends HTMLElement {
    set chart(value) {
      this._data = value;
      this._render();
    }

    get chart() {
      return this._data;
    }

    connectedCallback() {
      // The server may have set the property before this element was defined: take it over.
      if (Object.prototype.hasOwnProperty.call(this, 'chart')) {
        const value = this.chart;
        delete this.chart;
        this.chart = value;
      }
      this._render();
    }

    disconnectedCallback() {
      if (this._chart) {
        this._chart.destroy();
        this._chart = null;
      }
    }

    _render() {
      if (!this.isConnected || !this._data) {
        return;
      }
      if (!window.Chart) {
        // Chart.js is a separate script that may still be on its way.
        setTimeout(() => this._render(), 50);
        return;
      }
      const data = this._data;
      if (!this._canvas) {
        const box = document.createElement('div');
        box.className = 'mw-chart-box';
        this._canvas = document.createElement('canvas');
        this._canvas.setAttribute('role', 'img');
        box.appendChild(this._canvas);
        this.appendChild(box);
      }
      this._canvas.setAttribute('aria-label', data.summary);
      if (this._chart) {
        this._chart.destroy();
      }
      const line = data.kind === 'line';
      this._chart = new window.Chart(this._canvas, {
        type: data.kind,
        data: {
          labels: data.labels,
          datasets: data.series.map((series, i) => ({
            label: series.label,
            data: series.values,
            borderColor: COLOURS[i % COLOURS.length],
            backgroundColor: line ? COLOURS[i % COLOURS.length] : series.colour || COLOURS[i % COLOURS.length],
            borderDash: line ? DASHES[i % DASHES.length] : undefined,
            pointStyle: POINTS[i % POINTS.length],
            pointRadius: line ? 4 : undefined,
            spanGaps: false,
            stack: data.stacked ? 'all' : undefined
          }))
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            // Dates level, thinned out where they would crowd: a slanted first date ran past the canvas's left
            // edge ("5 nov" drawn as "ɔ nov"); a level one is centred on its point, which Chart.js keeps inside.
            x: { stacked: data.stacked, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
            y: {
              stacked: data.stacked,
              min: data.yMin,
              max: data.yMax,
              ticks: { stepSize: data.yStep },
              title: { display: !!data.yTitle, text: data.yTitle }
            }
          },
          plugins: {
            legend: { display: data.series.length > 1, labels: { usePointStyle: true } },
            mendwellBands: { bands: data.bands || [] }
          }
        },
        plugins: [bandsPlugin]
      });
    }
  }

  if (!customElements.get('mendwell-chart')) {
    customElements.define('mendwell-chart', MendwellChart);
  }
})();
