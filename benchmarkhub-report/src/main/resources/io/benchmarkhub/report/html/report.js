(function () {
  'use strict';
  // BenchmarkHub HTML report. Every text from a model or a dataset is inserted with textContent,
  // never as markup; the trial data comes from the JSON block #data, never from eval.
  var doc = document;
  var PAGE = 50;
  var marks = window.performance && performance.mark ? function (n) { performance.mark(n); } : function () {};
  marks('bh-script');

  var el = BH.el;
  var add = BH.add;
  var fmtInt = BH.fmtInt;
  var badge = BH.badge;
  function renderVerdict(v, parent) { BH.renderVerdict(v, parent, judges); }

  // ---- sortable tables (server-rendered rows; a cell's data-v holds its number, empty when unknown)
  function sortValue(td) {
    var v = td.getAttribute('data-v');
    if (v !== null) { return v === '' ? NaN : Number(v); }
    return td.textContent.trim().toLowerCase();
  }
  function makeSortable(table) {
    var head = table.tHead && table.tHead.rows[0];
    if (!head || !table.tBodies.length) { return; }
    var ths = Array.prototype.slice.call(head.cells);
    ths.forEach(function (th, col) {
      th.tabIndex = 0;
      th.classList.add('sort');
      function sort() {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var numeric = rows.length > 0 && rows[0].cells[col] && rows[0].cells[col].hasAttribute('data-v');
        var cur = th.getAttribute('aria-sort');
        var desc = cur === 'ascending' ? true : cur === 'descending' ? false : numeric;
        rows.sort(function (a, b) {
          var x = sortValue(a.cells[col]);
          var y = sortValue(b.cells[col]);
          var xu = typeof x === 'number' && isNaN(x);
          var yu = typeof y === 'number' && isNaN(y);
          if (xu || yu) { return xu === yu ? 0 : xu ? 1 : -1; } // unknown values last either way
          var c = x < y ? -1 : x > y ? 1 : 0;
          return desc ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        ths.forEach(function (o) { o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', desc ? 'descending' : 'ascending');
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
      });
    });
  }
  Array.prototype.forEach.call(doc.querySelectorAll('table.sortable'), makeSortable);

  // ---- cases
  var data = JSON.parse(doc.getElementById('data').textContent);
  marks('bh-parsed');
  var models = data.m || [];
  var judges = data.j || [];
  var cases = data.c || [];
  var state = { model: -1, outcome: '', tag: '', diff: '', q: '', page: 0 };
  var shown = [];

  var fModel = doc.getElementById('f-model');
  var fOutcome = doc.getElementById('f-outcome');
  var fTag = doc.getElementById('f-tag');
  var fDiff = doc.getElementById('f-diff');
  var fQ = doc.getElementById('f-q');
  var table = doc.getElementById('cases');
  var info = doc.getElementById('p-info');
  var count = doc.getElementById('f-count');

  function option(select, value, text) {
    var o = el('option', null, text);
    o.value = value;
    select.appendChild(o);
  }
  models.forEach(function (m, i) { option(fModel, String(i), m); });
  (data.tags || []).forEach(function (t) { option(fTag, t, t); });
  (data.diffs || []).forEach(function (d) { option(fDiff, d, d); });
  if (!(data.tags || []).length) { fTag.disabled = true; }
  if (!(data.diffs || []).length) { fDiff.disabled = true; }

  function verdictText(v, out) {
    out.push(judges[v.j] || '', v.r || '');
    (v.p || []).forEach(function (p) { verdictText(p, out); });
  }
  function haystack(c) {
    if (c._h === undefined) {
      var out = [c.id, c['in'] || '', c.x || '', c.d || ''];
      (c.msg || []).forEach(function (m) { out.push(m[1]); });
      (c.tg || []).forEach(function (t) { out.push(t); });
      c.t.forEach(function (t) {
        out.push(t.a || '');
        if (t.e) { out.push(t.e[1], t.e[2]); }
        (t.v || []).forEach(function (v) { verdictText(v, out); });
      });
      c._h = out.join('\n').toLowerCase();
    }
    return c._h;
  }
  function select(c) {
    if (state.tag && !(c.tg && c.tg.indexOf(state.tag) >= 0)) { return null; }
    if (state.diff && c.d !== state.diff) { return null; }
    var ts = c.t;
    if (state.model >= 0) { ts = ts.filter(function (t) { return t.m === state.model; }); }
    if (!ts.length) { return null; }
    if (state.outcome === 'split') {
      var p = ts.some(function (t) { return t.s === 'P'; });
      var f = ts.some(function (t) { return t.s === 'F'; });
      if (!(p && f)) { return null; }
    } else if (state.outcome) {
      ts = ts.filter(function (t) { return t.s === state.outcome; });
      if (!ts.length) { return null; }
    }
    if (state.q && haystack(c).indexOf(state.q) < 0) { return null; }
    return ts;
  }
  function refilter() {
    shown = [];
    var trials = 0;
    for (var i = 0; i < cases.length; i++) {
      var ts = select(cases[i]);
      if (ts) { shown.push([cases[i], ts]); trials += ts.length; }
    }
    count.textContent = fmtInt(shown.length) + ' of ' + fmtInt(cases.length) + ' cases, ' + fmtInt(trials) + ' trials';
    state.page = 0;
  }

  // ---- word-level diff of the expected output against the answer (LCS over words)
  function renderDiff(expected, actual, box) {
    var a = BH.words(expected);
    var b = BH.words(actual);
    if ((a.length + 1) * (b.length + 1) > 2000000) {
      box.textContent = 'too long to diff (' + a.length + ' × ' + b.length + ' words)';
      return;
    }
    BH.wordDiff(a, b, box);
  }

  // ---- rendering of one page of cases
  function trialMeta(t) {
    var parts = [];
    if (typeof t.l === 'number') { parts.push(fmtInt(t.l) + ' ms'); }
    if (t.tk) { parts.push(fmtInt(t.tk[0]) + '/' + fmtInt(t.tk[1]) + ' tokens'); }
    if (typeof t.$ === 'number') { parts.push('$' + t.$.toPrecision(3)); }
    if (t.f) { parts.push('finish ' + t.f); }
    if (t.o) { parts.push(t.o); }
    if (t.sv) { parts.push('served by ' + t.sv); }
    return parts.join(' · ');
  }
  function renderTrial(c, t, body) {
    var tr = add(body, el('tr', 'trial'));
    tr.setAttribute('data-status', t.s);
    var who = add(tr, el('td', 'model', models[t.m]));
    if (t.r) { add(who, el('span', 'tmeta', ' #' + t.r)); }
    add(add(tr, el('td')), badge(t.s));
    add(tr, el('td', 'n', typeof t.sc === 'number' ? t.sc.toFixed(3) : '—'));
    var ans = add(tr, el('td'));
    if (typeof t.a === 'string') {
      add(ans, el('pre', 'answer', t.a));
      if (typeof c.x === 'string' && t.a !== c.x) {
        var det = add(ans, el('details'));
        add(det, el('summary', null, 'diff with expected'));
        var box = add(det, el('div', 'diff mono'));
        det.addEventListener('toggle', function () {
          if (det.open && !box.firstChild) { renderDiff(c.x, t.a, box); }
        });
      }
    } else {
      add(ans, el('span', 'tmeta', 'no answer'));
    }
    var meta = trialMeta(t);
    if (meta) { add(ans, el('div', 'tmeta', meta)); }
    var ver = add(tr, el('td'));
    (t.v || []).forEach(function (v) { renderVerdict(v, ver); });
    if (t.e) { add(ver, el('div', 'error', t.e[0] + ' ' + t.e[1] + ': ' + t.e[2])); }
  }
  function renderCase(c, ts) {
    var body = el('tbody', 'case');
    var head = add(add(body, el('tr', 'head')), el('td'));
    head.colSpan = 5;
    add(head, el('span', 'cid', c.id));
    add(head, el('span', 'tmeta', '#' + c.i + ' '));
    if (c.d) { add(head, el('span', 'chip', 'difficulty ' + c.d)); }
    (c.tg || []).forEach(function (t) { add(head, el('span', 'chip tag', t)); });
    add(head, el('span', 'lbl', c.msg ? 'input (conversation)' : 'input'));
    if (c.msg) {
      c.msg.forEach(function (m) { add(head, el('pre', 'input', m[0] + ': ' + m[1])); });
    } else {
      add(head, el('pre', 'input', c['in']));
    }
    if (typeof c.x === 'string') {
      add(head, el('span', 'lbl', 'expected'));
      add(head, el('pre', 'expected', c.x));
    }
    if (c.md) {
      var det = add(head, el('details'));
      add(det, el('summary', null, 'metadata'));
      add(det, el('pre', null, JSON.stringify(c.md, null, 1)));
    }
    ts.forEach(function (t) { renderTrial(c, t, body); });
    return body;
  }
  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    if (state.page >= pages) { state.page = pages - 1; }
    if (state.page < 0) { state.page = 0; }
    Array.prototype.slice.call(table.tBodies).forEach(function (b) { table.removeChild(b); });
    var from = state.page * PAGE;
    var to = Math.min(shown.length, from + PAGE);
    for (var k = from; k < to; k++) { table.appendChild(renderCase(shown[k][0], shown[k][1])); }
    if (!shown.length) {
      var td = add(add(add(table, el('tbody')), el('tr')), el('td', 'empty', 'no case matches the filters'));
      td.colSpan = 5;
    }
    info.textContent = shown.length ? 'cases ' + fmtInt(from + 1) + '–' + fmtInt(to) + ' of ' + fmtInt(shown.length)
      + ' · page ' + (state.page + 1) + ' of ' + pages : 'page 1 of 1';
    table.setAttribute('data-page', String(state.page + 1));
    Array.prototype.forEach.call(doc.querySelectorAll('.p-prev'), function (b) { b.disabled = state.page === 0; });
    Array.prototype.forEach.call(doc.querySelectorAll('.p-next'), function (b) { b.disabled = state.page >= pages - 1; });
  }
  function onFilter() {
    state.model = fModel.value === '' ? -1 : Number(fModel.value);
    state.outcome = fOutcome.value;
    state.tag = fTag.value;
    state.diff = fDiff.value;
    state.q = fQ.value.trim().toLowerCase();
    refilter();
    render();
  }
  [fModel, fOutcome, fTag, fDiff].forEach(function (s) { s.addEventListener('change', onFilter); });
  BH.onSearch(fQ, onFilter);
  BH.paging(state, render, table);

  refilter();
  render();
  marks('bh-ready');
  // for tests and the load bench: when the leaderboard and the first page of cases are drawn
  doc.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
  doc.body.setAttribute('data-ready', '1');
})();
