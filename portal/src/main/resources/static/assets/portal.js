// FireGov portal: the only script of our own (no build step). htmx sends the forms; this adds the gateway's CSRF
// header and draws the charts. No OAuth token ever reaches this script: the gateway keeps them in its session.
(function () {
  'use strict';

  // The gateway's CSRF token: the XSRF-TOKEN cookie, sent back as a header on every htmx request.
  document.addEventListener('htmx:configRequest', function (event) {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    if (match) {
      event.detail.headers['X-XSRF-TOKEN'] = decodeURIComponent(match[1]);
    }
  });

  // Problem messages (4xx/5xx) are swapped in next to the form, like any answer.
  document.addEventListener('DOMContentLoaded', function () {
    if (window.htmx) {
      htmx.config.responseHandling = [
        {code: '204', swap: false},
        {code: '[23]..', swap: true},
        {code: '[45]..', swap: true, error: false}
      ];
    }
    document.querySelectorAll('[data-chart]').forEach(drawScores);
    document.querySelectorAll('[data-quarters]').forEach(drawQuarters);
  });

  // A refusal the gateway answers itself (its rate limit of anonymous POSTs: 429; an expired CSRF token: 403) is
  // problem JSON, not a portal message: a form that names a text for the status (data-problem-429, …) shows that.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    var form = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest('form') : null;
    var text = form && form.getAttribute('data-problem-' + xhr.status);
    if (text && (xhr.getResponseHeader('Content-Type') || '').indexOf('application/problem+json') === 0) {
      var message = document.createElement('p');
      message.className = 'problem';
      message.setAttribute('role', 'alert');
      message.textContent = text;
      event.detail.serverResponse = message.outerHTML;
    }
  });

  function drawScores(element) {
    if (!window.echarts) {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var lang = element.getAttribute('data-lang') === 'en' ? 'en' : 'zh';
    var kinds = [['TOWN', element.getAttribute('data-town-label')],
                 ['DEPARTMENT', element.getAttribute('data-department-label')]];
    // one category axis with the towns, then the departments (each by rank); one series per kind
    var names = [];
    var chartSeries = kinds.map(function (kind) {
      var rows = data[kind[0]] || [];
      var offset = names.length;
      rows.forEach(function (row) { names.push(row[lang]); });
      return {kind: kind, offset: offset, rows: rows};
    }).map(function (group) {
      var values = [];
      group.rows.forEach(function (row, i) { values[group.offset + i] = row.total; });
      return {name: group.kind[1], type: 'bar', barGap: '-100%', barCategoryGap: '30%', data: values,
              label: {show: true, position: 'right'}};
    });
    chartSeries.forEach(function (series) {
      for (var i = 0; i < names.length; i++) {
        if (series.data[i] === undefined) { series.data[i] = null; }
      }
    });
    horizontalBars(element, names, chartSeries, 100);
  }

  // Bars along a value axis from 0 to max, one category per name (top to bottom); the page's table has the figures.
  function horizontalBars(element, names, series, max) {
    var chart = echarts.init(element, null, {renderer: 'svg'});
    chart.setOption({
      aria: {enabled: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0},
      grid: {left: 8, right: 40, top: 32, bottom: 8, containLabel: true},
      xAxis: {type: 'value', min: 0, max: max},
      yAxis: {type: 'category', data: names, inverse: true},
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // One indicator's points per party (towns, then departments), one bar per quarter; the table below has the figures.
  function drawQuarters(element) {
    if (!window.echarts) {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-quarters'));
    var lang = element.getAttribute('data-lang') === 'en' ? 'en' : 'zh';
    var label = element.getAttribute('data-quarter-label');
    horizontalBars(element, data.parties.map(function (party) { return party[lang]; }),
      data.series.map(function (quarter) {
        return {name: label.replace('{0}', quarter.quarter), type: 'bar', data: quarter.data};
      }), data.max);
  }
})();
